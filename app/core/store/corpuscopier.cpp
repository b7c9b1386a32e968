// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpuscopier.h"

#include "database.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

Error sqlError(const QSqlQuery &query, const Database &database)
{
    return databaseError(Database::describeSqlError(query.lastError().text(), database.path()));
}

Result<QStringList> storedColumns(Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    query.prepare(database.dialect().tableColumnsQuery());
    query.addBindValue(table);
    if (!query.exec()) {
        return sqlError(query, database);
    }
    QStringList columns;
    while (query.next()) {
        columns << query.value(0).toString();
    }
    return columns;
}

// One value as both backends give it: integers in decimal, text as it is, blobs in hex.
QString canonical(const QVariant &value)
{
    if (value.isNull()) {
        return u"\\N"_s;
    }
    if (value.metaType() == QMetaType::fromType<QByteArray>()) {
        return u"x"_s + QString::fromLatin1(value.toByteArray().toHex());
    }
    return value.toString();
}

} // namespace

bool CorpusCopier::Summary::verified() const
{
    return std::all_of(tables.cbegin(), tables.cend(), [](const TableCopy &table) { return table.matches(); });
}

CorpusCopier::CorpusCopier(Database &source, Database &target)
    : m_source(source)
    , m_target(target)
{
}

QStringList CorpusCopier::tables()
{
    return {u"meta"_s,          u"document"_s,          u"document_region"_s, u"entity"_s,  u"entity_alias"_s,
            u"mention"_s,       u"document_mentions"_s, u"document_entity"_s, u"time_expression"_s,
            u"event"_s,         u"code"_s,              u"annotation"_s,      u"document_note"_s,
            u"entity_correction"_s};
}

Result<std::pair<qint64, QString>> CorpusCopier::checksum(Database &database, const QString &table)
{
    Result<QStringList> columns = storedColumns(database, table);
    if (!columns) {
        return columns.error();
    }
    QStringList selected = *columns;
    if (table == u"meta"_s) {
        return std::pair<qint64, QString>{0, QString()}; // each database's own settings
    }
    QSqlQuery query(database.connection());
    setForwardOnly(query);
    if (!query.exec(u"SELECT "_s + selected.join(u", "_s) + u" FROM "_s + table)) {
        return sqlError(query, database);
    }
    QStringList rows;
    while (query.next()) {
        QStringList values;
        values.reserve(selected.size());
        for (int k = 0; k < selected.size(); ++k) {
            values << canonical(query.value(k));
        }
        rows << values.join(u'\x1f');
    }
    // Sorted here, not by the database: the two may collate text differently.
    std::sort(rows.begin(), rows.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &row : std::as_const(rows)) {
        hash.addData(row.toUtf8());
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return std::pair<qint64, QString>{rows.size(), QString::fromLatin1(hash.result().toHex())};
}

Result<CorpusCopier::Summary> CorpusCopier::copy()
{
    for (const QString &table : {u"document"_s, u"code"_s, u"annotation"_s, u"entity"_s}) {
        QSqlQuery count(m_target.connection());
        if (!count.exec(u"SELECT count(*) FROM "_s + table) || !count.next()) {
            return sqlError(count, m_target);
        }
        if (count.value(0).toLongLong() > 0) {
            return badInput(tr("%1 already holds a corpus (its %2 table has rows); copy into a new, empty one.")
                                .arg(m_target.path(), table));
        }
    }
    if (m_target.isReadOnly()) {
        return badInput(tr("%1 is read-only; nothing can be copied into it.").arg(m_target.path()));
    }
    Transaction transaction(m_target.connection());
    if (!transaction.isActive()) {
        return databaseError(Database::describeSqlError(transaction.errorString(), m_target.path()));
    }
    for (const QString &table : tables()) {
        if (Result<void> copied = copyTable(table); !copied) {
            return copied.error();
        }
    }
    if (!m_target.isServer()) {
        // SQLite's full-text index is a table of its own, built from the documents copied.
        QSqlQuery rebuild(m_target.connection());
        if (!rebuild.exec(u"INSERT INTO document_fts(document_fts) VALUES ('rebuild')"_s)) {
            return sqlError(rebuild, m_target);
        }
    } else {
        // New rows after the copy take ids after the copied ones.
        for (const QString &table : tables()) {
            Result<QStringList> columns = storedColumns(m_target, table);
            if (!columns) {
                return columns.error();
            }
            if (!columns->contains(u"id"_s)) {
                continue;
            }
            QSqlQuery sequence(m_target.connection());
            if (!sequence.exec(u"SELECT setval(pg_get_serial_sequence('"_s + table + u"', 'id'), coalesce(max(id), 0) + 1, false) FROM "_s
                               + table)) {
                return sqlError(sequence, m_target);
            }
        }
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    Summary summary;
    for (const QString &table : tables()) {
        if (table == u"meta"_s) {
            continue;
        }
        Result<std::pair<qint64, QString>> source = checksum(m_source, table);
        if (!source) {
            return source.error();
        }
        Result<std::pair<qint64, QString>> target = checksum(m_target, table);
        if (!target) {
            return target.error();
        }
        summary.tables.append({table, source->first, target->first, source->second, target->second});
    }
    return summary;
}

Result<void> CorpusCopier::copyTable(const QString &table)
{
    Result<QStringList> sourceColumns = storedColumns(m_source, table);
    if (!sourceColumns) {
        return sourceColumns.error();
    }
    Result<QStringList> targetColumns = storedColumns(m_target, table);
    if (!targetColumns) {
        return targetColumns.error();
    }
    QStringList columns;
    for (const QString &column : std::as_const(*sourceColumns)) {
        if (targetColumns->contains(column)) {
            columns << column;
        }
    }
    if (columns.isEmpty()) {
        return {};
    }
    QSqlQuery read(m_source.connection());
    setForwardOnly(read);
    const QString order = columns.contains(u"id"_s) ? u" ORDER BY id"_s : QString();
    if (!read.exec(u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + table + order)) {
        return sqlError(read, m_source);
    }
    QString sql = u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
        + QStringList(columns.size(), u"?"_s).join(u", "_s) + u")"_s;
    if (table == u"meta"_s) {
        sql += u" ON CONFLICT (key) DO NOTHING"_s; // the target's own settings stay
    }
    QSqlQuery write(m_target.connection());
    if (!write.prepare(sql)) {
        return sqlError(write, m_target);
    }
    QList<QVariantList> rows;
    while (read.next()) {
        QVariantList row;
        row.reserve(columns.size());
        for (int k = 0; k < columns.size(); ++k) {
            row << read.value(k);
        }
        rows.append(std::move(row));
        if (table != u"code"_s) {
            if (Result<void> written = writeRow(write, rows.takeLast()); !written) {
                return written;
            }
        }
    }
    if (table == u"code"_s) {
        // Codes refer to their parents: parents first (by depth, not id: codes move).
        const qsizetype idColumn = columns.indexOf(u"id"_s);
        const qsizetype parentColumn = columns.indexOf(u"parent_id"_s);
        QHash<qint64, qint64> parents;
        for (const QVariantList &row : std::as_const(rows)) {
            parents.insert(row.at(idColumn).toLongLong(), row.at(parentColumn).isNull() ? 0 : row.at(parentColumn).toLongLong());
        }
        const auto depth = [&parents](qint64 id) {
            int level = 0;
            for (qint64 parent = parents.value(id); parent > 0 && level < 1000; parent = parents.value(parent)) {
                ++level;
            }
            return level;
        };
        std::stable_sort(rows.begin(), rows.end(), [&](const QVariantList &a, const QVariantList &b) {
            return depth(a.at(idColumn).toLongLong()) < depth(b.at(idColumn).toLongLong());
        });
        for (const QVariantList &row : std::as_const(rows)) {
            if (Result<void> written = writeRow(write, row); !written) {
                return written;
            }
        }
    }
    return {};
}

Result<void> CorpusCopier::writeRow(QSqlQuery &write, const QVariantList &row)
{
    {
        for (int k = 0; k < row.size(); ++k) {
            QVariant value = row.at(k);
            if (m_target.isServer() && value.metaType() == QMetaType::fromType<QString>()
                && value.toString().contains(QChar(0))) {
                // PostgreSQL's text cannot hold U+0000: one character for another keeps the offsets.
                value = value.toString().replace(QChar(0), QChar(QChar::ReplacementCharacter));
            }
            write.bindValue(k, value);
        }
        if (!write.exec()) {
            return sqlError(write, m_target);
        }
    }
    return {};
}

} // namespace Gloss
