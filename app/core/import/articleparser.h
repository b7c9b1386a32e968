// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/document.h"

#include <QString>

namespace Gloss {

// Turns the decoded text of one article file into a document: the optional ` date YYYY-MM-DD `
// header, the body with normalised line ends, a title, and a publication date with where it
// came from.
class ArticleParser final
{
public:
    static constexpr qsizetype MaxTitleLength = 110;

    NewDocument parse(const QString &text, const QString &source) const;

    // A body's title: a real headline line when there is one, else the first sentence shortened
    // at a word boundary.
    static QString titleFor(const QString &body);
    static QString normaliseLineEnds(const QString &text);
};

} // namespace Gloss
