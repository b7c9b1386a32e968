// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenizer.h"

#include <algorithm>
#include <array>

namespace Gloss {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'’';
}

// What ASCII characters are, looked up instead of asked of the Unicode tables (most characters
// of a text are ASCII): as QChar::isLetterOrNumber(), isDigit() and isSpace() answer.
enum AsciiClass : quint8 { WordChar = 1, Digit = 2, Space = 4 };

constexpr std::array<quint8, 128> asciiClasses = [] {
    std::array<quint8, 128> classes{};
    for (int c = 0; c < 128; ++c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
            classes[c] = WordChar;
        } else if (c >= '0' && c <= '9') {
            classes[c] = WordChar | Digit;
        } else if (c == ' ' || (c >= 0x09 && c <= 0x0d)) {
            classes[c] = Space;
        }
    }
    return classes;
}();

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        return asciiClasses[u] & WordChar;
    }
    return c.isLetterOrNumber() || c.isMark();
}

bool isDigit(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? (asciiClasses[u] & Digit) != 0 : c.isDigit();
}

bool isSpace(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x80 ? (asciiClasses[u] & Space) != 0 : c.isSpace();
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
    const char16_t *p = text.utf16();
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const char16_t c = p[i];
        if (isSpace(QChar(c))) {
            if (c == u'\n' && i + 1 < n && p[i + 1] == u'\n') {
                atSentenceStart = true; // a new paragraph
            }
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        if (isWordChar(QChar(c))) {
            bool digits = isDigit(QChar(c));
            qsizetype end = i + 1;
            while (end < n) {
                // ASCII letters and digits first, in a loop of their own: most of a word. Only a
                // token that began with a digit can still be a number.
                if (digits) {
                    quint8 classes = WordChar | Digit;
                    while (end < n && p[end] < 0x80 && (asciiClasses[p[end]] & WordChar)) {
                        classes &= asciiClasses[p[end]];
                        ++end;
                    }
                    digits = (classes & Digit) != 0;
                } else {
                    while (end < n && p[end] < 0x80 && (asciiClasses[p[end]] & WordChar)) {
                        ++end;
                    }
                }
                if (end >= n) {
                    break;
                }
                const QChar d(p[end]);
                if (d.unicode() >= 0x80 && isWordChar(d)) {
                    digits = digits && d.isDigit();
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
                } else if ((d == u'.' || d == u',') && digits && end + 1 < n && isDigit(text.at(end + 1))) {
                    end += 2; // 1,400 and 1.5
                } else {
                    break;
                }
            }
            token.end = end;
            token.kind = digits ? Token::Kind::Number : Token::Kind::Word;
            token.capitalised = QChar(c).isUpper();
            token.sentenceStart = atSentenceStart;
            atSentenceStart = false;
            i = end;
        } else if (isApostrophe(QChar(c)) && i + 1 < n && (p[i + 1] == u's' || p[i + 1] == u'S')
                   && (i + 2 >= n || !isWordChar(text.at(i + 2))) && i > 0 && isWordChar(text.at(i - 1))) {
            token.end = i + 2; // the possessive 's
            token.kind = Token::Kind::Punctuation;
            i = token.end;
        } else {
            token.end = i + 1;
            token.kind = Token::Kind::Punctuation;
            // A quotation opens a sentence-like unit of its own.
            if (endsSentence(QChar(c)) || c == u'“' || c == u'"') {
                atSentenceStart = true;
            }
            i = token.end;
        }
        tokens.append(token);
    }
    return tokens;
}

QList<QStringView> Tokenizer::lowerCaseWords(const QString &text, const QList<Token> &tokens, QString &lowered)
{
    // Simple (one-to-one) case mapping keeps every offset where it was; QString::toLower()'s
    // full mapping would not, and costs ~70 instructions a character. ASCII first, in a loop
    // the compiler vectorises; the few other characters after.
    const qsizetype n = text.size();
    lowered.resize(n);
    const char16_t *in = reinterpret_cast<const char16_t *>(text.constData());
    char16_t *out = reinterpret_cast<char16_t *>(lowered.data());
    char16_t all = 0;
    for (qsizetype k = 0; k < n; ++k) {
        const char16_t c = in[k];
        out[k] = char16_t(c - u'A') < 26 ? char16_t(c + 32) : c;
        all |= c;
    }
    if (all >= 0x80) {
        // Blocks without a non-ASCII character (nearly all of an English text) are skipped whole.
        constexpr qsizetype Block = 16;
        for (qsizetype first = 0; first < n; first += Block) {
            const qsizetype last = std::min(first + Block, n);
            char16_t block = 0;
            for (qsizetype k = first; k < last; ++k) {
                block |= in[k];
            }
            if (block < 0x80) {
                continue;
            }
            for (qsizetype k = first; k < last; ++k) {
                const char16_t c = in[k];
                if (c >= 0x80 && !QChar::isSurrogate(c)) { // letters outside the BMP are left as they are
                    out[k] = QChar(c).toLower().unicode();
                }
            }
        }
    }
    QList<QStringView> words;
    words.reserve(tokens.size());
    const QStringView loweredText(lowered);
    for (const Token &token : tokens) {
        words.append(loweredText.sliced(token.start, token.length()));
    }
    return words;
}

} // namespace Gloss
