// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Gloss {

// The text of a file whatever its encoding: UTF-8 with or without BOM, UTF-16 with a BOM (or
// recognisably UTF-16 without one), else Windows-1252, which maps every byte, so invalid bytes
// never abort an import. Binary files are refused with a message naming the file.
struct DecodedText {
    QString text;
    QString encoding;        // "UTF-8", "UTF-8 BOM", "UTF-16LE", "UTF-16BE", "Windows-1252"
    bool hadInvalidBytes = false;
};

class TextDecoder final
{
public:
    static Result<DecodedText> decode(const QByteArray &bytes, const QString &path);
    static bool looksBinary(const QByteArray &bytes);
};

} // namespace Gloss
