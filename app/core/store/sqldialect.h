// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Gloss {

// Every piece of SQL that differs between SQLite and PostgreSQL lives here, so the rest of the
// store speaks one portable SQL with bound parameters.
class SqlDialect final
{
public:
    enum class Backend { Sqlite, Postgres };

    // The PostgreSQL channel the schema's triggers notify with "table:document id" (ChangeWatcher).
    static inline const QString ChangeChannel = QStringLiteral("gloss_changes");

    explicit SqlDialect(Backend backend = Backend::Sqlite);

    Backend backend() const { return m_backend; }

    // The DDL of each schema version, applied in order; step N brings user_version N-1 to N.
    QList<QStringList> migrationSteps() const;
    int latestSchemaVersion() const;

    // Full-text search over documents aliased `d`: the FROM clause that joins the index, the
    // condition on the query bound as :fts (already translated by ftsQuery()), a snippet of the
    // matching body (matches wrapped in \x02 … \x03) and an ascending relevance expression.
    QString ftsFrom() const;
    // The full-text index alone, for what needs no document column (ftsCondition() applies).
    QString ftsTable() const;
    // Full-text matches in publication order, straight from the index (it is keyed by sort_key).
    QString ftsPublicationOrder(bool descending) const;
    // The day number of a published-date column or parameter (0 when NULL): the high half of
    // document.sort_key.
    QString sortKeyOfPublished(const QString &published) const;
    QString ftsCondition() const;
    QString ftsSnippet() const;
    QString ftsRank() const;
    // Keys a user-facing query in the Gloss syntax to the backend's own syntax.
    QString ftsQuery(const QString &userQuery) const;

    // `column LIKE pattern ESCAPE '\'` ignoring letter case, as SQLite's LIKE does.
    QString caseInsensitiveLike(const QString &column, const QString &pattern) const;
    // `column = parameter` ignoring letter case, and a case-insensitive sort key for a column.
    QString caseInsensitiveEquals(const QString &column, const QString &parameter) const;
    QString caseInsensitiveOrder(const QString &column) const;

    // The days named day-precisely by time expressions, each with how often and the first
    // mention (the lowest document, then its first offset): first_day, count, [document_id,]
    // start_offset, end_offset. With `oneDocument` only those of :document, without document_id.
    QString mentionedDays(bool oneDocument) const;

    // The stored (not generated) columns of the table bound as the one parameter, in order.
    QString tableColumnsQuery() const;

    // The value of an id column for an INSERT whose parameter may be NULL: a new id then.
    // (SQLite gives a NULL INTEGER PRIMARY KEY one; PostgreSQL refuses NULL in an identity.)
    QString idOrNew(const QString &table, const QString &parameter) const;

    // "INSERT … ON CONFLICT DO NOTHING" spelled for the backend.
    QString insertOrIgnore(const QString &table, const QStringList &columns) const;

    // How a bulk INSERT of many rows at once begins ("… INTO table (columns) VALUES …" follows).
    // Left to undo itself alone should a row break a constraint, such a statement makes SQLite
    // copy every page it touches to a statement journal first: a quarter of what an import's
    // entity rows cost. The bulk writers' callers roll their whole transaction back on any
    // error, so on SQLite a failing statement may keep the rows before the one that failed.
    QByteArray bulkInsert() const;

private:
    Backend m_backend;
};

} // namespace Gloss
