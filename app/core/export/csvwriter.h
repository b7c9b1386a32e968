// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace Gloss {

// Writes RFC 4180 CSV to a device as it goes: comma separated, CRLF after every row, a field
// quoted when it holds a comma, a quote or a line break, quotes doubled, UTF-8. Text cells that
// a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) are
// neutralised with a leading apostrophe. Rows are buffered a few dozen kilobytes at a time, so
// a file of any length never sits in memory whole.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device);
    Q_DISABLE_COPY_MOVE(CsvWriter)

    // The UTF-8 byte order mark (EF BB BF), for Excel; before the first row.
    bool writeByteOrderMark();
    // One row of text cells, each neutralised and quoted as needed. False when the device failed.
    bool writeRow(const QStringList &cells);
    // Writes what is buffered (call it before closing the device); false when the device failed.
    bool flush();

    // A cell as it is written (neutralised, then quoted when needed).
    static QString cell(const QString &value);
    // The value with a leading apostrophe when it would start a formula.
    static QString neutralised(const QString &value);
    static bool startsFormula(const QString &value);
    static bool needsQuotes(const QString &value);

    static constexpr qsizetype BufferBytes = 64 * 1024;

private:
    QIODevice *m_device = nullptr;
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace Gloss
