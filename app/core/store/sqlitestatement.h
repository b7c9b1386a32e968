// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringView>

struct sqlite3;
struct sqlite3_stmt;

namespace Gloss {

// A prepared statement on the SQLite connection under a QSqlDatabase, for the few bulk writes
// where QSqlQuery's per-value binding costs more than SQLite's own work (binding an integer
// through QSqlQuery is ~40 times the cost of sqlite3_bind_int64).
class SqliteStatement final
{
public:
    // The connection's sqlite3 handle, or nullptr when it is not a SQLite connection.
    static sqlite3 *handleOf(const QSqlDatabase &database);

    SqliteStatement(const QSqlDatabase &database, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // Parameters count from 1, as in SQLite.
    void bind(int parameter, qint64 value);
    // The text is not copied: it must outlive the next execute().
    void bind(int parameter, QStringView text);
    void bindNull(int parameter);
    // Runs the statement once and resets it for the next bindings; false on an error.
    bool execute();
    QString errorString() const;

private:
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace Gloss
