// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenizer.h"

namespace Gloss {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

bool endsSentence(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?';
}

} // namespace

QList<Token> Tokenizer::tokenize(QStringView text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 5);
    bool atSentenceStart = true;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            if (c == u'\n' && i + 1 < n && text.at(i + 1) == u'\n') {
                atSentenceStart = true; // a new paragraph
            }
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        if (isWordChar(c)) {
            bool digits = c.isDigit();
            qsizetype end = i + 1;
            while (end < n) {
                const QChar d = text.at(end);
                if (isWordChar(d)) {
                    digits = digits && (d.isDigit());
                    ++end;
                } else if (isApostrophe(d) && end + 1 < n && isWordChar(text.at(end + 1))) {
                    // "'s" at the end of a word is a possessive, not part of the name.
                    const bool possessive = (text.at(end + 1) == u's' || text.at(end + 1) == u'S')
                        && (end + 2 >= n || !isWordChar(text.at(end + 2)));
                    if (possessive) {
                        break;
                    }
                    end += 2;
                } else if (d == u'.' && end + 1 < n && text.at(end + 1).isLetter() && end - i == 1
                           && text.at(i).isUpper()) {
                    // U.S., U.K.: single letters joined by full stops.
                    qsizetype j = end;
                    while (j + 1 < n && text.at(j) == u'.' && text.at(j + 1).isLetter()
                           && (j + 2 >= n || !isWordChar(text.at(j + 2)))) {
                        j += 2;
                    }
                    if (j > end && j < n && text.at(j) == u'.') {
                        ++j;
                    }
                    end = j > end ? j : end;
                    break;
                } else if ((d == u'.' || d == u',') && digits && end + 1 < n && text.at(end + 1).isDigit()) {
                    end += 2; // 1,400 and 1.5
                } else {
                    break;
                }
            }
            token.end = end;
            token.kind = digits ? Token::Kind::Number : Token::Kind::Word;
            token.capitalised = c.isUpper();
            token.sentenceStart = atSentenceStart;
            atSentenceStart = false;
            i = end;
        } else if (isApostrophe(c) && i + 1 < n && (text.at(i + 1) == u's' || text.at(i + 1) == u'S')
                   && (i + 2 >= n || !isWordChar(text.at(i + 2))) && i > 0 && isWordChar(text.at(i - 1))) {
            token.end = i + 2; // the possessive 's
            token.kind = Token::Kind::Punctuation;
            i = token.end;
        } else {
            token.end = i + 1;
            token.kind = Token::Kind::Punctuation;
            // A quotation opens a sentence-like unit of its own.
            if (endsSentence(c) || c == u'“' || c == u'"') {
                atSentenceStart = true;
            }
            i = token.end;
        }
        tokens.append(token);
    }
    return tokens;
}

QStringList Tokenizer::lowerCaseWords(const QString &text, const QList<Token> &tokens, QString &lowered)
{
    // Simple (one-to-one) case mapping keeps every offset where it was; QString::toLower()'s
    // full mapping would not, and costs ~70 instructions a character.
    lowered.resize(text.size());
    QChar *out = lowered.data();
    for (qsizetype k = 0; k < text.size(); ++k) {
        const char16_t c = text.at(k).unicode();
        if (c < 0x80) {
            out[k] = QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c);
        } else if (QChar::isSurrogate(c)) {
            out[k] = QChar(c); // letters outside the BMP are left as they are
        } else {
            out[k] = QChar(c).toLower();
        }
    }
    QStringList words;
    words.reserve(tokens.size());
    for (const Token &token : tokens) {
        words.append(QString::fromRawData(lowered.constData() + token.start, token.length()));
    }
    return words;
}

} // namespace Gloss
