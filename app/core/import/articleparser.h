// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datetext.h"
#include "store/document.h"

#include <QString>

#include <optional>

namespace Gloss {

// Turns the decoded text of one article into a document: the optional ` date YYYY-MM-DD `
// header, the body with normalised line ends, boilerplate and bare links marked, a title, and a
// publication date with where it came from (header, dateline, a linked X post, or the text).
class ArticleParser final
{
public:
    static constexpr qsizetype MaxTitleLength = 110;

    struct DateInference {
        PartialDate date;
        DateSource source = DateSource::None;
        QString note; // how it was found, for the user
    };

    NewDocument parse(const QString &text, const QString &source) const;
    // Fills in what a format's metadata left open: regions, title and date. Call after setting body.
    void complete(NewDocument &document) const;

    // A body's title: a real headline line when there is one, else the first sentence shortened
    // at a word boundary; boilerplate, links and a leading dateline are skipped.
    static QString titleFor(const QString &body, const QList<Region> &regions = {});
    static QString normaliseLineEnds(const QString &text);
    static QList<Region> findRegions(const QString &body);
    // The dateline's length at the start of the body ("WASHINGTON, March 3 (Reuters) - "), or 0.
    static qsizetype datelineLength(const QString &body);
    static std::optional<DateInference> inferDate(const QString &body);
};

} // namespace Gloss
