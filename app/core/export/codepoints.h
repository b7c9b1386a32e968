// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Gloss {

// Gloss stores offsets in UTF-16 code units (QString indices); the exchange formats (W3C
// TextPositionSelector, REFI-QDA positions) count Unicode characters, i.e. code points. They
// differ only after a character outside the Basic Multilingual Plane (emoji, some CJK).
class CodePoints final
{
public:
    // How many code points the first `utf16Offset` code units of `text` hold.
    static qsizetype fromUtf16(const QString &text, qsizetype utf16Offset);
    // The UTF-16 offset of code point `codePoint`; -1 when the text has fewer code points.
    static qsizetype toUtf16(const QString &text, qsizetype codePoint);
    static qsizetype count(const QString &text) { return fromUtf16(text, text.size()); }
    // True when every code point is one code unit, so offsets are the same in both counts.
    static bool isBmpOnly(const QString &text);
};

} // namespace Gloss
