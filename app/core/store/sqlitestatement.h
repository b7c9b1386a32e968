// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

#include <vector>

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
    // The text is converted to UTF-8 into a buffer the statement keeps for that parameter, so
    // it need not outlive the call. SQLite's own conversion of UTF-16 (sqlite3_bind_text16)
    // allocates for every value and converts a byte at a time; imports bind a few dozen texts
    // per article.
    void bind(int parameter, QStringView text);
    // UTF-8 text, not copied: it must outlive the next execute(). Long texts are cheaper bound this way: the database keeps
    // UTF-8, and SQLite's own UTF-16 conversion is far slower than QString::toUtf8().
    void bindUtf8(int parameter, QByteArrayView text);
    // A blob, not copied.
    void bindBlob(int parameter, QByteArrayView data);
    void bindNull(int parameter);
    // Runs the statement once and resets it for the next bindings; false on an error.
    bool execute();
    // For a query: runs it up to its first row. Returns the first column of that row as an
    // integer, 0 when there is no row, and -1 on an error; the statement is reset.
    qint64 selectInteger();
    QString errorString() const;

private:
    void releaseLargeBuffers();

    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::vector<QByteArray> m_utf8; // per parameter, reused
};

} // namespace Gloss
