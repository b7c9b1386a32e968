// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace Gloss {

class Database;

// The stored rows of some codes and annotations, to be put back exactly as they were: undo and
// redo of the code-book changes that delete or rewrite rows (create, move, merge, remove,
// replace).
//
// A snapshot covers a set of code ids and a set of annotation ids. Of those that exist it keeps
// the whole row, every column the table has (so a later schema version loses nothing); those
// that do not exist it remembers as absent. restore() makes the store match the snapshot in one
// transaction: present rows are written back with upserts (INSERT … ON CONFLICT(id) DO UPDATE,
// which fires no foreign-key action, unlike INSERT OR REPLACE), absent ones are deleted.
class CodeBookSnapshot final
{
    Q_DECLARE_TR_FUNCTIONS(CodeBookSnapshot)

public:
    // The codes `codeIds` and every annotation coded with one of them.
    static Result<CodeBookSnapshot> take(Database &database, const QList<qint64> &codeIds);
    // The codes `codeIds` and the annotations `annotationIds`, whatever their code is now.
    static Result<CodeBookSnapshot> take(Database &database, const QList<qint64> &codeIds,
                                         const QList<qint64> &annotationIds);
    // Every code, and every annotation that has a code.
    static Result<CodeBookSnapshot> takeAll(Database &database);
    // The ids of the annotations coded with one of `codeIds`, ascending.
    static Result<QList<qint64>> annotationsOf(Database &database, const QList<qint64> &codeIds);

    // The ids covered, ascending (present or absent).
    QList<qint64> codeIds() const { return m_codes.covered; }
    QList<qint64> annotationIds() const { return m_annotations.covered; }
    // How many of the covered rows existed when the snapshot was taken.
    qsizetype presentCodes() const { return m_codes.rows.size(); }
    qsizetype presentAnnotations() const { return m_annotations.rows.size(); }
    bool hasCode(qint64 id) const { return m_codes.rows.contains(id); }

    // Covers more codes; those it has no row of are absent, so restore() deletes them.
    void cover(const QList<qint64> &codeIds);

    // Makes the covered rows of the store what the snapshot holds, all or nothing.
    Result<void> restore(Database &database) const;

    friend bool operator==(const CodeBookSnapshot &, const CodeBookSnapshot &) = default;

private:
    struct Table {
        QStringList columns;             // as the table has them; "id" among them
        QList<qint64> covered;           // ascending, unique
        QMap<qint64, QVariantList> rows; // id → values in `columns` order
        friend bool operator==(const Table &, const Table &) = default;
    };

    static Result<CodeBookSnapshot> empty(Database &database);
    static Result<QStringList> columnsOf(Database &database, const QString &table);
    // Adds the rows of `tableName` whose `column` is one of `values` to `table`.
    static Result<void> readWhereIn(Database &database, Table &table, const QString &tableName, const QString &column,
                                    const QList<qint64> &values);
    // Adds every row of `tableName` (that has a value in `notNullColumn`, when given).
    static Result<void> readAll(Database &database, Table &table, const QString &tableName,
                                const QString &notNullColumn = {});
    static Result<void> collect(Database &database, Table &table, QSqlQuery &query);
    QList<qint64> codesParentsFirst() const;

    Table m_codes;
    Table m_annotations;
};

} // namespace Gloss
