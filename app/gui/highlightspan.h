// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nlp/entitykind.h"

#include <QList>
#include <QString>

namespace Gloss {

// One entity mention to highlight in the reader: [start, end) are UTF-16 indices into the
// document's body, which is exactly the text of the reader's QTextDocument.
struct HighlightSpan {
    qsizetype start = 0;
    qsizetype end = 0;
    EntityKind kind = EntityKind::Person;
    QString canonical;
    qint64 entityId = 0;

    friend bool operator==(const HighlightSpan &, const HighlightSpan &) = default;
};

} // namespace Gloss
