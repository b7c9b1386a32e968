// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace Gloss {

// A word, number or punctuation mark of a text, with its UTF-16 offsets.
struct Token {
    enum class Kind : quint8 { Word, Number, Punctuation };
    qsizetype start = 0;
    qsizetype end = 0;
    Kind kind = Kind::Word;
    bool capitalised = false;   // starts with an upper-case letter
    bool sentenceStart = false; // first word of a sentence (or paragraph)

    qsizetype length() const { return end - start; }
};

// Splits text into tokens in one pass. Apostrophes inside words stay ("O'Brien"); a trailing
// possessive ("Israel's", "Israel’s") becomes its own token; letters with full stops stay one
// token ("U.S."); hyphens separate ("Israel-Gaza" is three tokens).
class Tokenizer final
{
public:
    static QList<Token> tokenize(QStringView text);
    // Each token's text in lower case, for comparing with word lists: views into `lowered`, which
    // must outlive them and stay unchanged. One pass over the whole text instead of one
    // allocation per token.
    static QList<QStringView> lowerCaseWords(const QString &text, const QList<Token> &tokens, QString &lowered);
};

} // namespace Gloss
