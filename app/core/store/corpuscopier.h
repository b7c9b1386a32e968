// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>
#include <QVariantList>
#include <QString>

namespace Gloss {

class Database;

// Copies a whole corpus from one database to an empty one, either way between SQLite and
// PostgreSQL (`gloss copy`): documents, regions, entities, mentions, time expressions, events,
// codes, annotations, notes and corrections, every row with its id. Each table is then verified:
// its row count and a checksum of its rows (each row's values in a form both backends give
// alike, hashed in sorted order) must be the same in both databases.
class CorpusCopier final
{
    Q_DECLARE_TR_FUNCTIONS(CorpusCopier)

public:
    struct TableCopy {
        QString table;
        qint64 sourceRows = 0;
        qint64 targetRows = 0;
        QString sourceChecksum; // SHA-256, hex
        QString targetChecksum;
        bool matches() const { return sourceRows == targetRows && sourceChecksum == targetChecksum; }
    };
    struct Summary {
        QList<TableCopy> tables;
        bool verified() const;
    };

    CorpusCopier(Database &source, Database &target);

    // The target must hold no corpus yet (no documents, codes or annotations). All of it is
    // written in one transaction: a failed copy leaves the target as empty as it was.
    Result<Summary> copy();

    // Row count and checksum of one table, as copy() verifies them.
    static Result<std::pair<qint64, QString>> checksum(Database &database, const QString &table);
    // The tables copied, parents before children.
    static QStringList tables();

private:
    Result<void> copyTable(const QString &table);
    Result<void> writeRow(QSqlQuery &write, const QVariantList &row);

    Database &m_source;
    Database &m_target;
};

} // namespace Gloss
