// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sentencesplitter.h"
#include "tokenizer.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Gloss {

// One article cut up once for everything that reads it (names, dates, events): its tokens, each
// token's lower-case text (and its hash) and its sentences.
class TokenizedText final
{
public:
    explicit TokenizedText(const QString &text);
    Q_DISABLE_COPY_MOVE(TokenizedText) // words point into lowered

    const QString &text() const { return m_text; }
    const QList<Token> &tokens() const { return m_tokens; }
    const QList<QStringView> &words() const { return m_words; }
    // wordHash() of each word (lower case), for lookups in WordTables.
    const QList<quint32> &wordHashes() const { return m_wordHashes; }
    const QList<Sentence> &sentences() const { return m_sentences; }

private:
    const QString &m_text;
    QList<Token> m_tokens;
    QString m_lowered;
    QList<QStringView> m_words;
    QList<quint32> m_wordHashes;
    QList<Sentence> m_sentences;
};

} // namespace Gloss
