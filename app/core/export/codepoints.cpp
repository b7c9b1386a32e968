// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepoints.h"

#include <algorithm>

namespace Gloss {

namespace {

bool isSecondHalf(const QString &text, qsizetype i)
{
    return i > 0 && text.at(i).isLowSurrogate() && text.at(i - 1).isHighSurrogate();
}

} // namespace

qsizetype CodePoints::fromUtf16(const QString &text, qsizetype utf16Offset)
{
    const qsizetype end = std::clamp<qsizetype>(utf16Offset, 0, text.size());
    qsizetype points = 0;
    for (qsizetype i = 0; i < end; ++i) {
        if (!isSecondHalf(text, i)) {
            ++points;
        }
    }
    return points;
}

qsizetype CodePoints::toUtf16(const QString &text, qsizetype codePoint)
{
    if (codePoint < 0) {
        return -1;
    }
    qsizetype points = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isSecondHalf(text, i)) {
            continue;
        }
        if (points == codePoint) {
            return i;
        }
        ++points;
    }
    return points == codePoint ? text.size() : -1;
}

bool CodePoints::isBmpOnly(const QString &text)
{
    return std::none_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSurrogate(); });
}

} // namespace Gloss
