// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QStringList>

namespace Gloss {

// Deterministic synthetic news articles built from the sample corpus's sentences and
// vocabulary: same seed, same corpus. Each has the ` date YYYY-MM-DD ` header of the seeds.
class CorpusGenerator final
{
public:
    explicit CorpusGenerator(quint32 seed = 20231007);

    QString nextArticle();
    // Writes `count` articles as files into `directory`; returns their paths.
    QStringList writeFiles(const QString &directory, int count);

private:
    QString sentence();

    QRandomGenerator m_random;
    QStringList m_sentences;
    QStringList m_people;
    QStringList m_places;
    int m_serial = 0;
};

} // namespace Gloss
