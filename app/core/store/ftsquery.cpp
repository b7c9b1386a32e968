// SPDX-License-Identifier: GPL-3.0-or-later
#include "ftsquery.h"

#include <QList>

#include <algorithm>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

struct Token {
    enum class Kind { Term, And, Or, Not, Open, Close };
    Kind kind;
    QStringList words; // for terms: the words of the phrase
    bool prefix = false; // for terms: the last word is a prefix
};

enum class Syntax { Fts5, TsQuery };

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c.isMark();
}

// A bare word keeps only what FTS5's unicode61 tokenizer would index; the rest separates tokens,
// so "Israel-Gaza" becomes the phrase "Israel Gaza".
QStringList wordsOf(const QString &word)
{
    QStringList parts;
    QString current;
    for (const QChar c : word) {
        if (isWordChar(c)) {
            current += c;
        } else if (!current.isEmpty()) {
            parts << current;
            current.clear();
        }
    }
    if (!current.isEmpty()) {
        parts << current;
    }
    return parts;
}

// A tsquery lexeme, quoted so that nothing in it reads as an operator.
QString lexeme(const QString &word)
{
    QString escaped = word.toLower();
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"''"_s);
    return u'\'' + escaped + u'\'';
}

QString termText(const Token &token, Syntax syntax)
{
    if (syntax == Syntax::Fts5) {
        return quoted(token.words.join(u' ')) + (token.prefix ? u"*"_s : QString());
    }
    QStringList lexemes;
    for (const QString &word : token.words) {
        lexemes << lexeme(word);
    }
    if (token.prefix) {
        lexemes.last() += u":*"_s;
    }
    return lexemes.size() == 1 ? lexemes.constFirst() : u'(' + lexemes.join(u" <-> "_s) + u')';
}

QList<Token> tokenize(const QString &query)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = query.size();
    while (i < n) {
        const QChar c = query.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == u'(') {
            tokens.append({Token::Kind::Open, {}});
            ++i;
        } else if (c == u')') {
            tokens.append({Token::Kind::Close, {}});
            ++i;
        } else if (c == u'"') {
            const qsizetype close = query.indexOf(u'"', i + 1);
            const qsizetype end = close < 0 ? n : close;
            const QStringList phrase = wordsOf(query.mid(i + 1, end - i - 1));
            i = close < 0 ? n : close + 1;
            const bool prefix = i < n && query.at(i) == u'*';
            if (prefix) {
                ++i;
            }
            if (!phrase.isEmpty()) {
                tokens.append({Token::Kind::Term, phrase, prefix});
            }
        } else {
            qsizetype end = i;
            while (end < n && !query.at(end).isSpace() && query.at(end) != u'(' && query.at(end) != u')'
                   && query.at(end) != u'"') {
                ++end;
            }
            const QString word = query.mid(i, end - i);
            i = end;
            if (word == u"AND"_s) {
                tokens.append({Token::Kind::And, {}});
            } else if (word == u"OR"_s) {
                tokens.append({Token::Kind::Or, {}});
            } else if (word == u"NOT"_s) {
                tokens.append({Token::Kind::Not, {}});
            } else {
                const bool prefix = word.endsWith(u'*');
                const QStringList words = wordsOf(prefix ? word.chopped(1) : word);
                if (!words.isEmpty()) {
                    tokens.append({Token::Kind::Term, words, prefix});
                }
            }
        }
    }
    return tokens;
}

// Re-emits tokens so that every operator stands between two operands and parentheses balance.
class Writer
{
public:
    Writer(const QList<Token> &tokens, Syntax syntax)
        : m_tokens(tokens)
        , m_syntax(syntax)
    {
    }

    QString write()
    {
        QString out = expression(0);
        return out;
    }

private:
    // expression := operand (op? operand)*
    QString expression(int depth)
    {
        QString out;
        QString pendingOperator;
        while (m_pos < m_tokens.size()) {
            const Token &token = m_tokens.at(m_pos);
            switch (token.kind) {
            case Token::Kind::Close:
                if (depth > 0) {
                    return out;
                }
                ++m_pos; // stray closing parenthesis
                break;
            case Token::Kind::And:
            case Token::Kind::Or:
            case Token::Kind::Not:
                ++m_pos;
                if (!out.isEmpty()) {
                    pendingOperator = spelling(token.kind);
                }
                break;
            case Token::Kind::Open: {
                ++m_pos;
                const QString inner = expression(depth + 1);
                if (m_pos < m_tokens.size() && m_tokens.at(m_pos).kind == Token::Kind::Close) {
                    ++m_pos;
                }
                if (!inner.isEmpty()) {
                    append(out, pendingOperator, u'(' + inner + u')');
                }
                break;
            }
            case Token::Kind::Term:
                ++m_pos;
                append(out, pendingOperator, termText(token, m_syntax));
                break;
            }
        }
        return out;
    }

    // FTS5's binary NOT ("a NOT b": a without b) is tsquery's "a & !b"; both bind NOT tighter
    // than AND, and AND tighter than OR.
    QString spelling(Token::Kind kind) const
    {
        const bool fts5 = m_syntax == Syntax::Fts5;
        switch (kind) {
        case Token::Kind::Or:
            return fts5 ? u"OR"_s : u"|"_s;
        case Token::Kind::Not:
            return fts5 ? u"NOT"_s : u"& !"_s;
        default:
            return fts5 ? u"AND"_s : u"&"_s;
        }
    }

    void append(QString &out, QString &pendingOperator, const QString &operand) const
    {
        if (!out.isEmpty()) {
            const QString op = pendingOperator.isEmpty() ? spelling(Token::Kind::And) : pendingOperator;
            out += u' ' + op + (op.endsWith(u'!') ? u""_s : u" "_s);
        }
        out += operand;
        pendingOperator.clear();
    }

    const QList<Token> &m_tokens;
    Syntax m_syntax;
    qsizetype m_pos = 0;
};

} // namespace

QString FtsQuery::toFts5(const QString &userQuery)
{
    const QList<Token> tokens = tokenize(userQuery);
    return Writer(tokens, Syntax::Fts5).write();
}

QString FtsQuery::snippet(QStringView body, const QString &userQuery)
{
    constexpr qsizetype Words = 16;
    constexpr qsizetype Before = 5; // words shown before the first match
    struct Needle {
        QString word; // case-folded
        bool prefix = false;
    };
    QList<Needle> needles;
    for (const Token &token : tokenize(userQuery)) {
        if (token.kind != Token::Kind::Term) {
            continue;
        }
        for (qsizetype k = 0; k < token.words.size(); ++k) {
            needles.append({token.words.at(k).toCaseFolded(), token.prefix && k == token.words.size() - 1});
        }
    }
    struct Span {
        qsizetype start;
        qsizetype end;
    };
    QList<Span> words;
    for (qsizetype i = 0; i < body.size();) {
        if (!isWordChar(body.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < body.size() && isWordChar(body.at(i))) {
            ++i;
        }
        words.append({start, i});
    }
    const auto matches = [&](const Span &span) {
        const QString word = body.mid(span.start, span.end - span.start).toString().toCaseFolded();
        return std::any_of(needles.cbegin(), needles.cend(), [&word](const Needle &needle) {
            return needle.prefix ? word.startsWith(needle.word) : word == needle.word;
        });
    };
    qsizetype first = 0;
    while (first < words.size() && !matches(words.at(first))) {
        ++first;
    }
    if (first == words.size()) {
        first = 0;
    }
    const qsizetype from = std::max<qsizetype>(0, std::min(first - Before, words.size() - Words));
    const qsizetype to = std::min(words.size(), from + Words);
    if (from >= to) {
        return {};
    }
    QString out;
    if (from > 0) {
        out += u"…"_s;
    }
    qsizetype at = words.at(from).start;
    for (qsizetype k = from; k < to; ++k) {
        const Span &span = words.at(k);
        out += body.mid(at, span.start - at);
        const QStringView word = body.mid(span.start, span.end - span.start);
        if (matches(span)) {
            out += QChar(0x02) + word.toString() + QChar(0x03);
        } else {
            out += word;
        }
        at = span.end;
    }
    if (to < words.size()) {
        out += u"…"_s;
    }
    return out;
}

QString FtsQuery::toTsQuery(const QString &userQuery)
{
    const QList<Token> tokens = tokenize(userQuery);
    return Writer(tokens, Syntax::TsQuery).write();
}

} // namespace Gloss
