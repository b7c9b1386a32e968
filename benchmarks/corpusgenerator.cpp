// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusgenerator.h"

#include "import/articleparser.h"
#include "import/samplecorpus.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Gloss {

CorpusGenerator::CorpusGenerator(quint32 seed)
    : m_random(seed)
{
    static const QRegularExpression sentenceEnd(u"(?<=[.!?”\"])\\s+(?=[A-Z“\"])"_s);
    for (const QString &path : SampleCorpus::resourcePaths()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const NewDocument article = ArticleParser().parse(QString::fromUtf8(file.readAll()), path);
        const QStringList paragraphs = article.body.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &paragraph : paragraphs) {
            for (const QString &s : paragraph.split(sentenceEnd, Qt::SkipEmptyParts)) {
                if (s.size() > 40 && !s.startsWith(u"http"_s)) {
                    m_sentences << s.trimmed();
                }
            }
        }
    }
    if (m_sentences.isEmpty()) {
        m_sentences << u"Officials met on Monday to discuss the situation."_s;
    }
    m_people = {u"Joe Biden"_s, u"Benjamin Netanyahu"_s, u"Antony Blinken"_s, u"Lloyd Austin"_s, u"Yoav Gallant"_s,
                u"Isaac Herzog"_s, u"John Kirby"_s, u"Emmanuel Macron"_s, u"Olaf Scholz"_s, u"Rishi Sunak"_s};
    m_places = {u"Gaza"_s, u"Rafah"_s, u"Israel"_s, u"Egypt"_s, u"Qatar"_s, u"Washington"_s, u"Jerusalem"_s,
                u"Cairo"_s, u"Doha"_s, u"the West Bank"_s};
}

QString CorpusGenerator::sentence()
{
    QString s = m_sentences.at(int(m_random.bounded(quint32(m_sentences.size()))));
    // Vary names and places so the index sees many distinct documents.
    const QString &person = m_people.at(int(m_random.bounded(quint32(m_people.size()))));
    const QString &place = m_places.at(int(m_random.bounded(quint32(m_places.size()))));
    s.replace(u"Netanyahu"_s, person.section(u' ', -1));
    s.replace(u"Rafah"_s, place);
    return s;
}

QString CorpusGenerator::nextArticle()
{
    ++m_serial;
    const QDate date = QDate(2023, 10, 1).addDays(m_random.bounded(600));
    QString body;
    const int paragraphs = 6 + int(m_random.bounded(6));
    for (int p = 0; p < paragraphs; ++p) {
        const int sentences = 1 + int(m_random.bounded(3));
        for (int s = 0; s < sentences; ++s) {
            body += (s ? u" "_s : QString()) + sentence();
        }
        body += u"\n\n"_s;
    }
    const QString headline = u"Report %1: talks on %2 continue"_s.arg(m_serial).arg(m_places.at(m_serial % m_places.size()));
    return u" date "_s + date.toString(Qt::ISODate) + u' ' + headline + u"\n\n"_s + body;
}

QStringList CorpusGenerator::writeFiles(const QString &directory, int count)
{
    QDir().mkpath(directory);
    QStringList paths;
    paths.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString path = QDir(directory).filePath(u"article-%1.txt"_s.arg(i, 6, 10, QLatin1Char('0')));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(nextArticle().toUtf8());
            paths << path;
        }
    }
    return paths;
}

} // namespace Gloss
