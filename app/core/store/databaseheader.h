// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace Gloss {

// What the first 100 bytes of a file say about it, read without opening it through SQLite so
// that a file Gloss refuses is never touched.
struct DatabaseHeader final {
    enum class Kind {
        Missing,  // no such file: a new database will be created
        Empty,    // zero bytes: treated like a new database
        NotSqlite,
        Truncated, // starts like SQLite but is shorter than its header
        Sqlite,
    };

    Kind kind = Kind::Missing;
    std::uint32_t applicationId = 0;
    std::uint32_t userVersion = 0;
    std::uint32_t pageCount = 0;

    static DatabaseHeader read(const QString &path);
};

} // namespace Gloss
