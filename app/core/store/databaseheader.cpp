// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseheader.h"

#include <QFile>
#include <QFileInfo>

namespace Gloss {

namespace {

constexpr qsizetype HeaderSize = 100;

std::uint32_t bigEndian32(const QByteArray &bytes, int offset)
{
    const auto byte = [&](int i) { return std::uint32_t(std::uint8_t(bytes.at(offset + i))); };
    return byte(0) << 24 | byte(1) << 16 | byte(2) << 8 | byte(3);
}

} // namespace

DatabaseHeader DatabaseHeader::read(const QString &path)
{
    DatabaseHeader header;
    const QFileInfo info(path);
    if (!info.exists()) {
        return header;
    }
    if (info.size() == 0) {
        header.kind = Kind::Empty;
        return header;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        header.kind = Kind::NotSqlite;
        return header;
    }
    const QByteArray bytes = file.read(HeaderSize);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!bytes.startsWith(magic.left(std::min<qsizetype>(magic.size(), bytes.size())))) {
        header.kind = Kind::NotSqlite;
        return header;
    }
    if (bytes.size() < HeaderSize) {
        header.kind = Kind::Truncated;
        return header;
    }
    header.kind = Kind::Sqlite;
    header.pageCount = bigEndian32(bytes, 28);
    header.userVersion = bigEndian32(bytes, 60);
    header.applicationId = bigEndian32(bytes, 68);
    return header;
}

} // namespace Gloss
