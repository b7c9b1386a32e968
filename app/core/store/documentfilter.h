// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace Gloss {

// The conditions the document list and `gloss documents` combine (all must hold).
struct DocumentFilter {
    QString text;   // full-text query in the Gloss search syntax
    QDate from;     // published on or after (inclusive), when valid
    QDate to;       // published on or before (inclusive), when valid
    QString entity; // canonical name or alias of an entity mentioned in the document
    QString code;   // name of a code used by an annotation in the document

    bool isEmpty() const { return text.trimmed().isEmpty() && !from.isValid() && !to.isValid() && entity.isEmpty() && code.isEmpty(); }
    friend bool operator==(const DocumentFilter &, const DocumentFilter &) = default;
};

enum class DocumentSort { PublishedDescending, PublishedAscending, TitleAscending, TitleDescending, Relevance };

} // namespace Gloss
