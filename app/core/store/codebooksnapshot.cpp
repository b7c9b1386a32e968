// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebooksnapshot.h"

#include "database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

// Ids go to SQL in lists of bound parameters this long (well below every backend's limit).
constexpr qsizetype ChunkSize = 500;

Error sqlError(const QSqlQuery &query, const Database &database)
{
    return databaseError(Database::describeSqlError(query.lastError().text(), database.path()));
}

Result<void> exec(QSqlQuery &query, const Database &database)
{
    if (!query.exec()) {
        return sqlError(query, database);
    }
    return {};
}

Result<QSqlQuery> prepare(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    setForwardOnly(query);
    if (!query.prepare(sql)) {
        return sqlError(query, database);
    }
    return query;
}

// A column or table name of our own schema, quoted for SQL.
QString identifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString columnList(const QStringList &columns)
{
    QStringList quoted;
    for (const QString &column : columns) {
        quoted << identifier(column);
    }
    return quoted.join(u", "_s);
}

QList<qint64> sortedUnique(QList<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

Result<QStringList> CodeBookSnapshot::columnsOf(Database &database, const QString &table)
{
    Result<QSqlQuery> query = prepare(database, database.dialect().tableColumnsQuery());
    if (!query) {
        return query.error();
    }
    query->addBindValue(table);
    if (Result<void> done = exec(*query, database); !done) {
        return done.error();
    }
    QStringList columns;
    while (query->next()) {
        columns << query->value(0).toString();
    }
    if (!columns.contains(u"id"_s)) {
        return databaseError(tr("%1: the table '%2' has no column 'id'; the corpus is damaged.").arg(database.path(), table));
    }
    return columns;
}

Result<void> CodeBookSnapshot::collect(Database &database, Table &table, QSqlQuery &query)
{
    if (Result<void> done = exec(query, database); !done) {
        return done;
    }
    const qsizetype idColumn = table.columns.indexOf(u"id"_s);
    while (query.next()) {
        QVariantList row;
        row.reserve(table.columns.size());
        for (qsizetype k = 0; k < table.columns.size(); ++k) {
            row.append(query.value(int(k)));
        }
        table.rows.insert(row.at(idColumn).toLongLong(), row);
    }
    return {};
}

Result<void> CodeBookSnapshot::readWhereIn(Database &database, Table &table, const QString &tableName,
                                           const QString &column, const QList<qint64> &values)
{
    const QString select = u"SELECT "_s + columnList(table.columns) + u" FROM "_s + identifier(tableName) + u" WHERE "_s
        + identifier(column) + u" IN ("_s;
    for (qsizetype from = 0; from < values.size(); from += ChunkSize) {
        const QList<qint64> chunk = values.mid(from, ChunkSize);
        const QStringList marks(chunk.size(), u"?"_s);
        Result<QSqlQuery> query = prepare(database, select + marks.join(u", "_s) + u')');
        if (!query) {
            return query.error();
        }
        for (qint64 value : chunk) {
            query->addBindValue(value);
        }
        if (Result<void> collected = collect(database, table, *query); !collected) {
            return collected;
        }
    }
    return {};
}

Result<void> CodeBookSnapshot::readAll(Database &database, Table &table, const QString &tableName,
                                       const QString &notNullColumn)
{
    QString sql = u"SELECT "_s + columnList(table.columns) + u" FROM "_s + identifier(tableName);
    if (!notNullColumn.isEmpty()) {
        sql += u" WHERE "_s + identifier(notNullColumn) + u" IS NOT NULL"_s;
    }
    Result<QSqlQuery> query = prepare(database, sql);
    if (!query) {
        return query.error();
    }
    return collect(database, table, *query);
}

// A snapshot that covers nothing yet, with the columns the tables have now.
Result<CodeBookSnapshot> CodeBookSnapshot::empty(Database &database)
{
    CodeBookSnapshot snapshot;
    Result<QStringList> codeColumns = columnsOf(database, u"code"_s);
    if (!codeColumns) {
        return codeColumns.error();
    }
    Result<QStringList> annotationColumns = columnsOf(database, u"annotation"_s);
    if (!annotationColumns) {
        return annotationColumns.error();
    }
    snapshot.m_codes.columns = std::move(codeColumns).value();
    snapshot.m_annotations.columns = std::move(annotationColumns).value();
    return snapshot;
}

Result<CodeBookSnapshot> CodeBookSnapshot::take(Database &database, const QList<qint64> &codeIds)
{
    Result<CodeBookSnapshot> snapshot = empty(database);
    if (!snapshot) {
        return snapshot;
    }
    snapshot->m_codes.covered = sortedUnique(codeIds);
    if (Result<void> read = readWhereIn(database, snapshot->m_codes, u"code"_s, u"id"_s, snapshot->m_codes.covered); !read) {
        return read.error();
    }
    if (Result<void> read =
            readWhereIn(database, snapshot->m_annotations, u"annotation"_s, u"code_id"_s, snapshot->m_codes.covered);
        !read) {
        return read.error();
    }
    snapshot->m_annotations.covered = snapshot->m_annotations.rows.keys();
    return snapshot;
}

Result<CodeBookSnapshot> CodeBookSnapshot::take(Database &database, const QList<qint64> &codeIds,
                                                const QList<qint64> &annotationIds)
{
    Result<CodeBookSnapshot> snapshot = empty(database);
    if (!snapshot) {
        return snapshot;
    }
    snapshot->m_codes.covered = sortedUnique(codeIds);
    snapshot->m_annotations.covered = sortedUnique(annotationIds);
    if (Result<void> read = readWhereIn(database, snapshot->m_codes, u"code"_s, u"id"_s, snapshot->m_codes.covered); !read) {
        return read.error();
    }
    if (Result<void> read =
            readWhereIn(database, snapshot->m_annotations, u"annotation"_s, u"id"_s, snapshot->m_annotations.covered);
        !read) {
        return read.error();
    }
    return snapshot;
}

Result<CodeBookSnapshot> CodeBookSnapshot::takeAll(Database &database)
{
    Result<CodeBookSnapshot> snapshot = empty(database);
    if (!snapshot) {
        return snapshot;
    }
    if (Result<void> read = readAll(database, snapshot->m_codes, u"code"_s); !read) {
        return read.error();
    }
    if (Result<void> read = readAll(database, snapshot->m_annotations, u"annotation"_s, u"code_id"_s); !read) {
        return read.error();
    }
    snapshot->m_codes.covered = snapshot->m_codes.rows.keys();
    snapshot->m_annotations.covered = snapshot->m_annotations.rows.keys();
    return snapshot;
}

Result<QList<qint64>> CodeBookSnapshot::annotationsOf(Database &database, const QList<qint64> &codeIds)
{
    Table ids;
    ids.columns = QStringList{u"id"_s};
    if (Result<void> read = readWhereIn(database, ids, u"annotation"_s, u"code_id"_s, sortedUnique(codeIds)); !read) {
        return read.error();
    }
    return ids.rows.keys();
}

void CodeBookSnapshot::cover(const QList<qint64> &codeIds)
{
    m_codes.covered = sortedUnique(m_codes.covered + codeIds);
}

// The present codes in an order that writes each parent before its children.
QList<qint64> CodeBookSnapshot::codesParentsFirst() const
{
    const qsizetype parentColumn = m_codes.columns.indexOf(u"parent_id"_s);
    QList<std::pair<int, qint64>> byDepth;
    for (auto it = m_codes.rows.cbegin(); it != m_codes.rows.cend(); ++it) {
        int depth = 0;
        qint64 parent = parentColumn >= 0 ? it.value().at(parentColumn).toLongLong() : 0;
        // Bounded: a damaged table with a cycle must not hang the caller.
        while (parent > 0 && m_codes.rows.contains(parent) && depth < 1000) {
            ++depth;
            parent = m_codes.rows.value(parent).at(parentColumn).toLongLong();
        }
        byDepth.append({depth, it.key()});
    }
    std::sort(byDepth.begin(), byDepth.end());
    QList<qint64> ids;
    ids.reserve(byDepth.size());
    for (const auto &[depth, id] : std::as_const(byDepth)) {
        ids.append(id);
    }
    return ids;
}

Result<void> CodeBookSnapshot::restore(Database &database) const
{
    Transaction transaction(database.connection());
    if (!transaction.isActive()) {
        return databaseError(Database::describeSqlError(transaction.errorString(), database.path()));
    }

    // The order matters:
    // 1. Covered codes that are to take another place, and those about to go, get a name of
    //    their own first: (parent, name) is unique, and a code book replaced by another reuses
    //    ids for other codes.
    // 2. The codes the snapshot has are written, parents first. A code to be deleted may still
    //    be the parent of one of them now; moving them away first keeps ON DELETE CASCADE off.
    // 3. Codes it lacks are deleted (annotations still coded with them lose their code: the
    //    covered ones get it back in 5), then
    // 4. annotations it lacks, and
    // 5. the annotations it has are written.
    const qsizetype nameColumn = m_codes.columns.indexOf(u"name"_s);
    const qsizetype parentColumn = m_codes.columns.indexOf(u"parent_id"_s);
    QHash<qint64, std::pair<qint64, QString>> current;
    {
        Result<QSqlQuery> query = prepare(database, u"SELECT id, coalesce(parent_id, 0), name FROM code"_s);
        if (!query) {
            return query.error();
        }
        if (Result<void> done = exec(*query, database); !done) {
            return done;
        }
        while (query->next()) {
            current.insert(query->value(0).toLongLong(), {query->value(1).toLongLong(), query->value(2).toString()});
        }
    }

    if (nameColumn >= 0 && parentColumn >= 0) {
        Result<QSqlQuery> clear = prepare(database, u"UPDATE code SET name = ? WHERE id = ?"_s);
        if (!clear) {
            return clear.error();
        }
        for (qint64 id : m_codes.covered) {
            const auto now = current.constFind(id);
            if (now == current.cend()) {
                continue;
            }
            const auto row = m_codes.rows.constFind(id);
            if (row != m_codes.rows.cend()
                && now.value() == std::pair<qint64, QString>{row->at(parentColumn).toLongLong(), row->at(nameColumn).toString()}) {
                continue;
            }
            // A name no user can type ('/' separates path levels), unique by id.
            clear->bindValue(0, QString(u"/restoring/"_s + QString::number(id)));
            clear->bindValue(1, id);
            if (Result<void> done = exec(*clear, database); !done) {
                return done;
            }
        }
    }

    const auto upsert = [&](const Table &table, const QString &tableName, const QList<qint64> &order) -> Result<void> {
        if (order.isEmpty()) {
            return {};
        }
        QStringList assignments;
        for (const QString &column : table.columns) {
            if (column != u"id"_s) {
                assignments << identifier(column) + u" = excluded."_s + identifier(column);
            }
        }
        const QStringList marks(table.columns.size(), u"?"_s);
        Result<QSqlQuery> write =
            prepare(database, u"INSERT INTO "_s + identifier(tableName) + u" ("_s + columnList(table.columns) + u") VALUES ("_s
                                  + marks.join(u", "_s) + u") ON CONFLICT (id) DO UPDATE SET "_s + assignments.join(u", "_s));
        if (!write) {
            return write.error();
        }
        for (qint64 id : order) {
            const QVariantList &row = *table.rows.constFind(id);
            for (qsizetype k = 0; k < row.size(); ++k) {
                write->bindValue(int(k), row.at(k));
            }
            if (Result<void> done = exec(*write, database); !done) {
                return done;
            }
        }
        return {};
    };
    const auto deleteRows = [&](const Table &table, const QString &tableName) -> Result<void> {
        Result<QSqlQuery> remove = prepare(database, u"DELETE FROM "_s + identifier(tableName) + u" WHERE id = ?"_s);
        if (!remove) {
            return remove.error();
        }
        for (qint64 id : table.covered) {
            if (table.rows.contains(id)) {
                continue;
            }
            remove->bindValue(0, id);
            if (Result<void> done = exec(*remove, database); !done) {
                return done;
            }
        }
        return {};
    };

    if (Result<void> written = upsert(m_codes, u"code"_s, codesParentsFirst()); !written) {
        return written;
    }
    if (Result<void> deleted = deleteRows(m_codes, u"code"_s); !deleted) {
        return deleted;
    }
    if (Result<void> deleted = deleteRows(m_annotations, u"annotation"_s); !deleted) {
        return deleted;
    }
    if (Result<void> written = upsert(m_annotations, u"annotation"_s, m_annotations.rows.keys()); !written) {
        return written;
    }
    return transaction.commit();
}

} // namespace Gloss
