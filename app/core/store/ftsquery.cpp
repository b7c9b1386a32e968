// SPDX-License-Identifier: GPL-3.0-or-later
#include "ftsquery.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

struct Token {
    enum class Kind { Term, And, Or, Not, Open, Close };
    Kind kind;
    QString text; // for terms: the FTS5 spelling
};

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
QString termFromWord(const QString &word, bool prefix)
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
    if (parts.isEmpty()) {
        return {};
    }
    return quoted(parts.join(u' ')) + (prefix ? u"*"_s : QString());
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
            const QString phrase = termFromWord(query.mid(i + 1, end - i - 1), false);
            i = close < 0 ? n : close + 1;
            const bool prefix = i < n && query.at(i) == u'*';
            if (prefix) {
                ++i;
            }
            if (!phrase.isEmpty()) {
                tokens.append({Token::Kind::Term, prefix ? phrase + u'*' : phrase});
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
                const QString term = termFromWord(prefix ? word.chopped(1) : word, prefix);
                if (!term.isEmpty()) {
                    tokens.append({Token::Kind::Term, term});
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
    explicit Writer(const QList<Token> &tokens)
        : m_tokens(tokens)
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
                    pendingOperator = token.kind == Token::Kind::And ? u"AND"_s
                        : token.kind == Token::Kind::Or              ? u"OR"_s
                                                                     : u"NOT"_s;
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
                append(out, pendingOperator, token.text);
                break;
            }
        }
        return out;
    }

    static void append(QString &out, QString &pendingOperator, const QString &operand)
    {
        if (!out.isEmpty()) {
            out += u' ' + (pendingOperator.isEmpty() ? u"AND"_s : pendingOperator) + u' ';
        }
        out += operand;
        pendingOperator.clear();
    }

    const QList<Token> &m_tokens;
    qsizetype m_pos = 0;
};

} // namespace

QString FtsQuery::toFts5(const QString &userQuery)
{
    const QList<Token> tokens = tokenize(userQuery);
    return Writer(tokens).write();
}

} // namespace Gloss
