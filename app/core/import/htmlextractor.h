// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Gloss {

// The article inside an HTML page, as plain text: scripts, styles and other non-content dropped,
// block elements turned into paragraphs (separated by a blank line), entities decoded. Never
// recursive, so any nesting depth is safe.
struct HtmlArticle {
    QString title;     // og:title, else the first <h1>, else <title>
    QString text;      // paragraphs separated by "\n\n"
    QString published; // as written in <time datetime>, article:published_time or another date meta
    QString url;       // <link rel="canonical"> or og:url
};

class HtmlExtractor final
{
public:
    static HtmlArticle extract(const QString &html);
    static bool looksLikeHtml(const QString &text);
};

} // namespace Gloss
