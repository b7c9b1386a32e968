// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document.h"
#include "documentfilter.h"
#include "result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QSqlQuery>

#include <optional>

namespace Gloss {

class Database;

// Reads and writes documents. Writes assume the caller holds a Transaction when several
// statements must land together (an import of one file).
class DocumentRepository final
{
public:
    explicit DocumentRepository(Database &database);

    struct Inserted {
        qint64 id = 0;
        bool duplicate = false; // the same content was already stored (id is the existing one)
    };

    static QByteArray contentHash(const QString &body);

    Result<Inserted> insert(const NewDocument &document);
    Result<void> remove(qint64 id);

    std::optional<Document> find(qint64 id) const;
    Result<QList<DocumentSummary>> list(const DocumentFilter &filter, DocumentSort sort, qint64 offset, qint64 limit) const;
    Result<qint64> count(const DocumentFilter &filter) const;
    Result<qint64> countAll() const;

    struct DatedDocument {
        qint64 id = 0;
        QDate published;
        DatePrecision precision = DatePrecision::None;
    };
    // Every document with a publication date, oldest first: what the timeline draws.
    Result<QList<DatedDocument>> publicationDates() const;

private:
    QSqlQuery &prepared(std::optional<QSqlQuery> &slot, const QString &sql);

    Database &m_database;
    // Prepared once per repository: an import inserts thousands of documents through one.
    std::optional<QSqlQuery> m_findByHash;
    std::optional<QSqlQuery> m_insert;
    std::optional<QSqlQuery> m_indexDocument;
    std::optional<QSqlQuery> m_insertRegion;
};

} // namespace Gloss
