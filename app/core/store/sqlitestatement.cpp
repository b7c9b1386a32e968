// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QStringEncoder>
#include <QVariant>

#include <sqlite3.h>

namespace Gloss {

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &database)
{
    const QVariant handle = database.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &database, const char *sql)
    : m_connection(handleOf(database))
{
    if (m_connection && sqlite3_prepare_v3(m_connection, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        m_statement = nullptr;
    }
    if (m_statement) {
        m_utf8.resize(std::size_t(sqlite3_bind_parameter_count(m_statement)));
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int parameter, qint64 value)
{
    sqlite3_bind_int64(m_statement, parameter, value);
}

void SqliteStatement::bind(int parameter, QStringView text)
{
    if (parameter < 1 || std::size_t(parameter) > m_utf8.size()) {
        return; // as SQLite would: SQLITE_RANGE, and the statement runs without it
    }
    QByteArray &buffer = m_utf8[std::size_t(parameter - 1)];
    buffer.resize(text.size() * 3); // the most UTF-8 one UTF-16 unit needs; capacity is kept
    QStringEncoder encoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    char *end = encoder.appendToBuffer(buffer.data(), text);
    buffer.truncate(end - buffer.constData());
    // Never a null pointer, which SQLite would store as NULL: "" for an empty text.
    sqlite3_bind_text(m_statement, parameter, buffer.constData(), int(buffer.size()), SQLITE_STATIC);
}

void SqliteStatement::bindUtf8(int parameter, QByteArrayView text)
{
    sqlite3_bind_text(m_statement, parameter, text.isNull() ? "" : text.data(), int(text.size()), SQLITE_STATIC);
}

void SqliteStatement::bindBlob(int parameter, QByteArrayView data)
{
    sqlite3_bind_blob(m_statement, parameter, data.isNull() ? "" : data.data(), int(data.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int parameter)
{
    sqlite3_bind_null(m_statement, parameter);
}

bool SqliteStatement::execute()
{
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    releaseLargeBuffers();
    return rc == SQLITE_DONE || rc == SQLITE_ROW;
}

qint64 SqliteStatement::selectInteger()
{
    const int rc = sqlite3_step(m_statement);
    const qint64 value = rc == SQLITE_ROW ? sqlite3_column_int64(m_statement, 0) : rc == SQLITE_DONE ? 0 : -1;
    sqlite3_reset(m_statement);
    releaseLargeBuffers();
    return value;
}

// Statements are kept for the connection's life: one huge text must not keep its buffer that long.
// The bindings stay set after a reset, so a released one is bound again as "" until the next bind.
void SqliteStatement::releaseLargeBuffers()
{
    constexpr qsizetype KeptBytes = 64 * 1024;
    for (std::size_t k = 0; k < m_utf8.size(); ++k) {
        if (m_utf8[k].capacity() > KeptBytes) {
            m_utf8[k] = QByteArray();
            sqlite3_bind_text(m_statement, int(k + 1), "", 0, SQLITE_STATIC);
        }
    }
}

QString SqliteStatement::errorString() const
{
    return m_connection ? QString::fromUtf8(sqlite3_errmsg(m_connection)) : QStringLiteral("not a SQLite connection");
}

} // namespace Gloss
