// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkstatement.h"

#include "sqlitestatement.h"

#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

// PostgreSQL's text cannot hold U+0000; one character for another keeps every offset.
QString storableText(QString text)
{
    if (text.contains(QChar(0))) {
        text.replace(QChar(0), QChar(QChar::ReplacementCharacter));
    }
    return text.isNull() ? u""_s : text;
}

} // namespace

BulkStatement::BulkStatement(const QSqlDatabase &database, const char *sql)
{
    if (SqliteStatement::handleOf(database)) {
        m_sqlite = std::make_unique<SqliteStatement>(database, sql);
    } else {
        m_query.emplace(database);
        m_query->setForwardOnly(true);
        if (!m_query->prepare(QString::fromUtf8(sql))) {
            m_error = m_query->lastError().text();
        }
    }
}

BulkStatement::~BulkStatement() = default;

void BulkStatement::bind(int parameter, qint64 value)
{
    if (m_sqlite) {
        m_sqlite->bind(parameter, value);
    } else {
        m_query->bindValue(parameter - 1, value);
    }
}

void BulkStatement::bind(int parameter, QStringView text)
{
    if (m_sqlite) {
        m_sqlite->bind(parameter, text);
    } else {
        m_query->bindValue(parameter - 1, storableText(text.toString()));
    }
}

void BulkStatement::bindUtf8(int parameter, QByteArrayView text)
{
    if (m_sqlite) {
        m_sqlite->bindUtf8(parameter, text);
    } else {
        m_query->bindValue(parameter - 1, storableText(QString::fromUtf8(text)));
    }
}

void BulkStatement::bindBlob(int parameter, QByteArrayView data)
{
    if (m_sqlite) {
        m_sqlite->bindBlob(parameter, data);
    } else {
        m_query->bindValue(parameter - 1, data.toByteArray());
    }
}

void BulkStatement::bindNull(int parameter)
{
    if (m_sqlite) {
        m_sqlite->bindNull(parameter);
    } else {
        m_query->bindValue(parameter - 1, QVariant());
    }
}

bool BulkStatement::execute()
{
    if (m_sqlite) {
        return m_sqlite->execute();
    }
    const bool ok = m_query->exec();
    m_error = ok ? QString() : m_query->lastError().text();
    m_query->finish();
    return ok;
}

qint64 BulkStatement::selectInteger()
{
    if (m_sqlite) {
        return m_sqlite->selectInteger();
    }
    if (!m_query->exec()) {
        m_error = m_query->lastError().text();
        return -1;
    }
    m_error.clear();
    const qint64 value = m_query->next() ? m_query->value(0).toLongLong() : 0;
    m_query->finish();
    return value;
}

QString BulkStatement::errorString() const
{
    return m_sqlite ? m_sqlite->errorString() : m_error;
}

} // namespace Gloss
