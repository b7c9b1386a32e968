// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace Gloss {

class SqliteStatement;

// A statement prepared once for the bulk writes of an import, with positional parameters.
// On SQLite it is a raw SqliteStatement (binding through QSqlQuery costs more than SQLite's own
// work there); on PostgreSQL a QSqlQuery, whose round trip to the server dwarfs the binding.
// The SQL is the same for both: "?" parameters, portable statements.
class BulkStatement final
{
public:
    BulkStatement(const QSqlDatabase &database, const char *sql);
    ~BulkStatement();
    BulkStatement(const BulkStatement &) = delete;
    BulkStatement &operator=(const BulkStatement &) = delete;

    // Parameters count from 1, as in SQLite. On SQLite UTF-8 texts and blobs are not copied: they
    // must outlive the next execute(); QStringView texts are.
    void bind(int parameter, qint64 value);
    void bind(int parameter, QStringView text);
    void bindUtf8(int parameter, QByteArrayView text);
    void bindBlob(int parameter, QByteArrayView data);
    void bindNull(int parameter);
    // Runs the statement once; false on an error.
    bool execute();
    // For a query: the first column of its first row as an integer, 0 when there is no row,
    // and -1 on an error.
    qint64 selectInteger();
    QString errorString() const;

private:
    std::unique_ptr<SqliteStatement> m_sqlite;
    std::optional<QSqlQuery> m_query;
    QString m_error;
};

} // namespace Gloss
