// SPDX-License-Identifier: GPL-3.0-or-later
#include "multirowinsert.h"

#include <algorithm>

namespace Gloss {

MultiRowInsert::MultiRowInsert(const char *head, int columns, int maxRows)
    : m_columns(columns)
{
    Q_ASSERT(columns > 0 && maxRows > 0);
    QByteArray row = "(?";
    for (int k = 1; k < columns; ++k) {
        row += ", ?";
    }
    row += ')';
    QByteArray sql(head);
    sql.append(" VALUES ").append(row);
    m_statements.reserve(std::size_t(maxRows));
    m_statements.push_back(sql);
    for (int k = 1; k < maxRows; ++k) {
        sql.append(", ").append(row);
        m_statements.push_back(sql);
    }
}

const char *MultiRowInsert::sql(qsizetype rows) const
{
    Q_ASSERT(rows >= 1 && rows <= maxRows());
    return m_statements.at(std::size_t(rows - 1)).constData();
}

qsizetype MultiRowInsert::rowsFrom(qsizetype first, qsizetype total) const
{
    return std::min<qsizetype>(maxRows(), total - first);
}

} // namespace Gloss
