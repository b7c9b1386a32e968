// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqldialect.h"

#include <QByteArray>
#include <QtGlobal>

#include <array>
#include <vector>

namespace Gloss {

// The INSERTs of 1…maxRows rows of `columns` "?" parameters each ("INSERT INTO target VALUES
// (?, …), (?, …)…", begun as SqlDialect::bulkInsert() says), built once, for storing many small
// rows with few statements: running a statement costs SQLite more than storing a small row, and
// costs a PostgreSQL server a round trip. Any count of rows then takes ceil(count / maxRows)
// statements, the last one exactly as long as what is left.
class MultiRowInsert final
{
public:
    // `target`: the table and its columns, "numbers (n, name)".
    MultiRowInsert(const char *target, int columns, int maxRows);

    int columns() const { return m_columns; }
    int maxRows() const { return int(m_statements.front().size()); }
    // The statement for `rows` rows on `backend`, 1 ≤ rows ≤ maxRows(); it lives as long as this
    // object.
    const char *sql(SqlDialect::Backend backend, qsizetype rows) const;
    // How many rows the statement for rows [first, total) takes: at most maxRows().
    qsizetype rowsFrom(qsizetype first, qsizetype total) const;

private:
    int m_columns;
    std::array<std::vector<QByteArray>, 2> m_statements; // by backend
};

} // namespace Gloss
