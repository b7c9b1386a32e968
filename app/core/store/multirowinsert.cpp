// SPDX-License-Identifier: GPL-3.0-or-later
#include "multirowinsert.h"

#include <algorithm>

namespace Gloss {

namespace {

std::size_t indexOf(SqlDialect::Backend backend)
{
    return backend == SqlDialect::Backend::Sqlite ? 0 : 1;
}

} // namespace

MultiRowInsert::MultiRowInsert(const char *target, int columns, int maxRows)
    : m_columns(columns)
{
    Q_ASSERT(columns > 0 && maxRows > 0);
    QByteArray row = "(?";
    for (int k = 1; k < columns; ++k) {
        row += ", ?";
    }
    row += ')';
    for (const SqlDialect::Backend backend : {SqlDialect::Backend::Sqlite, SqlDialect::Backend::Postgres}) {
        std::vector<QByteArray> &statements = m_statements.at(indexOf(backend));
        QByteArray sql = SqlDialect(backend).bulkInsert();
        sql.append(" INTO ").append(target).append(" VALUES ").append(row);
        statements.reserve(std::size_t(maxRows));
        statements.push_back(sql);
        for (int k = 1; k < maxRows; ++k) {
            sql.append(", ").append(row);
            statements.push_back(sql);
        }
    }
}

const char *MultiRowInsert::sql(SqlDialect::Backend backend, qsizetype rows) const
{
    Q_ASSERT(rows >= 1 && rows <= maxRows());
    return m_statements.at(indexOf(backend)).at(std::size_t(rows - 1)).constData();
}

qsizetype MultiRowInsert::rowsFrom(qsizetype first, qsizetype total) const
{
    return std::min<qsizetype>(maxRows(), total - first);
}

} // namespace Gloss
