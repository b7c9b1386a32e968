// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <vector>

namespace Gloss {

// The INSERTs of 1…maxRows rows of `columns` "?" parameters each ("HEAD VALUES (?, …), (?, …)…"),
// built once, for storing many small rows with few statements: running a statement costs SQLite
// more than storing a small row, and costs a PostgreSQL server a round trip. Any count of rows
// then takes ceil(count / maxRows) statements, the last one exactly as long as what is left.
class MultiRowInsert final
{
public:
    MultiRowInsert(const char *head, int columns, int maxRows);

    int columns() const { return m_columns; }
    int maxRows() const { return int(m_statements.size()); }
    // The statement for `rows` rows, 1 ≤ rows ≤ maxRows(); it lives as long as this object.
    const char *sql(qsizetype rows) const;
    // How many rows the statement for rows [first, total) takes: at most maxRows().
    qsizetype rowsFrom(qsizetype first, qsizetype total) const;

private:
    int m_columns;
    std::vector<QByteArray> m_statements;
};

} // namespace Gloss
