// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstddef>
#include <cstdint>

namespace Gloss::Fuzz {

// The fuzzer's bytes as the text an importer would see (UTF-8, invalid sequences replaced).
inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

} // namespace Gloss::Fuzz
