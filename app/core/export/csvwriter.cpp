// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace Gloss {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(BufferBytes + 4096);
}

bool CsvWriter::startsFormula(const QString &value)
{
    if (value.isEmpty()) {
        return false;
    }
    switch (value.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString CsvWriter::neutralised(const QString &value)
{
    return startsFormula(value) ? u'\'' + value : value;
}

bool CsvWriter::needsQuotes(const QString &value)
{
    for (const QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            return true;
        }
    }
    return false;
}

QString CsvWriter::cell(const QString &value)
{
    QString text = neutralised(value);
    if (!needsQuotes(text)) {
        return text;
    }
    text.replace(u'"', u"\"\""_s);
    return u'"' + text + u'"';
}

bool CsvWriter::writeByteOrderMark()
{
    m_buffer.append("\xEF\xBB\xBF");
    return !m_failed;
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    QString row;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0) {
            row += u',';
        }
        row += cell(cells.at(i));
    }
    row += u"\r\n"_s;
    m_buffer.append(row.toUtf8());
    if (m_buffer.size() >= BufferBytes) {
        return flush();
    }
    return !m_failed;
}

bool CsvWriter::flush()
{
    if (m_failed) {
        return false;
    }
    if (!m_buffer.isEmpty()) {
        if (m_device->write(m_buffer) != m_buffer.size()) {
            m_failed = true;
        }
        m_buffer.clear();
    }
    return !m_failed;
}

} // namespace Gloss
