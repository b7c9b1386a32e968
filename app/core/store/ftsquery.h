// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Gloss {

// Turns what a user types in a search box into a valid FTS5 expression, or the same query as a
// PostgreSQL tsquery (for to_tsquery('simple', …)): a phrase becomes words joined by <->, a
// prefix* becomes word:*, AND / OR / NOT become & | & !.
// Supported: words (implicitly ANDed), "quoted phrases", prefix*, AND / OR / NOT between terms
// and parentheses. Anything else (punctuation, unbalanced quotes or parentheses, a dangling
// operator) is made harmless instead of reaching FTS5 as a syntax error.
class FtsQuery final
{
public:
    static QString toFts5(const QString &userQuery);
    static QString toTsQuery(const QString &userQuery);
    // About 16 words of `body` around the first match of the query's words, every matching word
    // wrapped in \x02 … \x03 and cut ends marked with …, as FTS5's snippet() gives them. For
    // PostgreSQL, whose ts_headline() costs 0.4 ms an article (100 ms for a page of the list).
    static QString snippet(QStringView body, const QString &userQuery);
};

} // namespace Gloss
