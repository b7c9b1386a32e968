// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

namespace Gloss {

// Writes a ZIP archive (PKWARE APPNOTE 6.3: local headers, the central directory, the end
// record) to a device, entry by entry, so only one entry is in memory at a time. Entries are
// deflated (raw DEFLATE, taken from qCompress()'s zlib stream) or stored when that is not
// smaller; names are UTF-8 (general purpose flag bit 11). No ZIP64: an archive stays below 4 GB
// and 65,535 entries, which addFile() checks.
class ZipWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ZipWriter)

public:
    enum class Compression { Stored, Deflated };

    explicit ZipWriter(QIODevice *device);
    Q_DISABLE_COPY_MOVE(ZipWriter)

    // `name` is a relative path with '/' separators. False when the device failed or the
    // archive would need ZIP64; see errorString().
    bool addFile(const QString &name, const QByteArray &data, Compression compression = Compression::Deflated,
                 const QDateTime &modified = QDateTime::currentDateTime());
    // Writes the central directory and the end record; nothing can be added afterwards.
    bool finish();
    QString errorString() const { return m_error; }

    // CRC-32 (ISO 3309, the polynomial ZIP and PNG use) of `data`.
    static quint32 crc32(const QByteArray &data);
    // `data` as raw DEFLATE (RFC 1951).
    static QByteArray deflate(const QByteArray &data);

private:
    struct Entry {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint16 method = 0;
        quint16 time = 0;
        quint16 date = 0;
        quint32 offset = 0;
    };
    bool write(const QByteArray &bytes);

    QIODevice *m_device = nullptr;
    QList<Entry> m_entries;
    qint64 m_offset = 0;
    bool m_finished = false;
    QString m_error;
};

} // namespace Gloss
