// SPDX-License-Identifier: GPL-3.0-or-later
#include "zipwriter.h"

#include <QIODevice>
#include <QtEndian>

#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

constexpr quint32 LocalHeaderSignature = 0x04034b50;
constexpr quint32 CentralHeaderSignature = 0x02014b50;
constexpr quint32 EndRecordSignature = 0x06054b50;
constexpr quint16 VersionNeeded = 20; // 2.0: deflate, folders
constexpr quint16 Utf8Names = 0x0800;
constexpr quint16 MethodStored = 0;
constexpr quint16 MethodDeflated = 8;
constexpr qint64 Limit = std::numeric_limits<quint32>::max();

void put16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void put32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

constexpr std::array<quint32, 256> crcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k) {
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        table[n] = c;
    }
    return table;
}

// MS-DOS time and date, local time, two-second steps; 1980 is the earliest it can say.
std::pair<quint16, quint16> dosTime(const QDateTime &when)
{
    QDateTime local = when.isValid() ? when.toLocalTime() : QDateTime::currentDateTime();
    if (local.date().year() < 1980) {
        local = QDateTime(QDate(1980, 1, 1), QTime(0, 0));
    }
    const QTime t = local.time();
    const QDate d = local.date();
    const auto time = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));
    const auto date = quint16(((d.year() - 1980) << 9) | (d.month() << 5) | d.day());
    return {time, date};
}

} // namespace

ZipWriter::ZipWriter(QIODevice *device)
    : m_device(device)
{
}

quint32 ZipWriter::crc32(const QByteArray &data)
{
    static constexpr std::array<quint32, 256> table = crcTable();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc = table[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    }
    return crc ^ 0xFFFFFFFFu;
}

QByteArray ZipWriter::deflate(const QByteArray &data)
{
    // qCompress() gives a 4-byte length, a zlib stream header (2 bytes), the DEFLATE data and
    // an Adler-32 checksum (4 bytes): ZIP wants the DEFLATE data alone.
    const QByteArray zlib = qCompress(data, 6);
    if (zlib.size() < 10) {
        return {};
    }
    return zlib.sliced(6, zlib.size() - 10);
}

bool ZipWriter::write(const QByteArray &bytes)
{
    if (m_device->write(bytes) != bytes.size()) {
        m_error = m_device->errorString();
        return false;
    }
    m_offset += bytes.size();
    return true;
}

bool ZipWriter::addFile(const QString &name, const QByteArray &data, Compression compression, const QDateTime &modified)
{
    if (m_finished) {
        m_error = tr("the archive is already finished");
        return false;
    }
    Entry entry;
    entry.name = name.toUtf8();
    if (entry.name.isEmpty() || entry.name.size() > 0xFFFF) {
        m_error = tr("an entry name must have 1 to 65,535 bytes");
        return false;
    }
    QByteArray stored;
    entry.method = MethodStored;
    if (compression == Compression::Deflated && !data.isEmpty()) {
        QByteArray deflated = deflate(data);
        if (!deflated.isEmpty() && deflated.size() < data.size()) {
            stored = std::move(deflated);
            entry.method = MethodDeflated;
        }
    }
    const QByteArray &payload = entry.method == MethodDeflated ? stored : data;
    if (data.size() > Limit || m_offset + payload.size() + 30 + entry.name.size() > Limit || m_entries.size() >= 0xFFFF) {
        m_error = tr("the archive would be larger than ZIP without ZIP64 allows (4 GB, 65,535 entries)");
        return false;
    }
    entry.crc = crc32(data);
    entry.size = quint32(data.size());
    entry.compressedSize = quint32(payload.size());
    std::tie(entry.time, entry.date) = dosTime(modified);
    entry.offset = quint32(m_offset);

    QByteArray header;
    put32(header, LocalHeaderSignature);
    put16(header, VersionNeeded);
    put16(header, Utf8Names);
    put16(header, entry.method);
    put16(header, entry.time);
    put16(header, entry.date);
    put32(header, entry.crc);
    put32(header, entry.compressedSize);
    put32(header, entry.size);
    put16(header, quint16(entry.name.size()));
    put16(header, 0); // extra field length
    header.append(entry.name);
    if (!write(header) || !write(payload)) {
        return false;
    }
    m_entries.append(entry);
    return true;
}

bool ZipWriter::finish()
{
    if (m_finished) {
        return true;
    }
    const qint64 directoryStart = m_offset;
    QByteArray directory;
    for (const Entry &entry : std::as_const(m_entries)) {
        put32(directory, CentralHeaderSignature);
        put16(directory, VersionNeeded); // version made by: MS-DOS attributes, 2.0
        put16(directory, VersionNeeded);
        put16(directory, Utf8Names);
        put16(directory, entry.method);
        put16(directory, entry.time);
        put16(directory, entry.date);
        put32(directory, entry.crc);
        put32(directory, entry.compressedSize);
        put32(directory, entry.size);
        put16(directory, quint16(entry.name.size()));
        put16(directory, 0); // extra field length
        put16(directory, 0); // comment length
        put16(directory, 0); // disk number
        put16(directory, 0); // internal attributes
        put32(directory, 0); // external attributes
        put32(directory, entry.offset);
        directory.append(entry.name);
    }
    if (directoryStart + directory.size() + 22 > Limit) {
        m_error = tr("the archive would be larger than ZIP without ZIP64 allows (4 GB)");
        return false;
    }
    QByteArray end;
    put32(end, EndRecordSignature);
    put16(end, 0); // this disk
    put16(end, 0); // the disk the directory starts on
    put16(end, quint16(m_entries.size()));
    put16(end, quint16(m_entries.size()));
    put32(end, quint32(directory.size()));
    put32(end, quint32(directoryStart));
    put16(end, 0); // comment length
    m_finished = true;
    return write(directory) && write(end);
}

} // namespace Gloss
