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

class BulkStatement;
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

    // Bulk imports: documents are added to the full-text index by flushIndex(), in index order,
    // just before the transaction commits, instead of one by one: FTS5 flushes its pending index
    // whenever a key arrives out of order, and imports arrive in any date order. Call
    // discardPendingIndex() after a rollback.
    void setDeferredIndexing(bool deferred) { m_deferIndexing = deferred; }
    Result<void> flushIndex();
    void discardPendingIndex();
    // The full-text index key: the day of publication (0 when unknown) in the high half, the id in
    // the low half, so index order is publication order.
    static qint64 sortKeyFor(const QString &published, qint64 id);
    // Undated documents have day 0: every sort key from here on has a date.
    static constexpr qint64 FirstDatedSortKey = qint64(1) << 32;
    Result<void> remove(qint64 id);

    std::optional<Document> find(qint64 id) const;
    Result<QList<DocumentSummary>> list(const DocumentFilter &filter, DocumentSort sort, qint64 offset, qint64 limit) const;
    Result<qint64> count(const DocumentFilter &filter) const;
    Result<qint64> countAll() const;

    // How many documents were published on one date (month- and year-precise dates count at the
    // first day of their period), oldest first: what the timeline draws, a few hundred rows even
    // for 100,000 documents.
    struct PublicationDay {
        QDate date;
        int count = 0;
        qint64 firstDocumentId = 0;
    };
    Result<QList<PublicationDay>> publicationDays() const;

    // The documents whose text has this content hash (at most one) or that came from this source
    // (a path or URL; several rows of one CSV file differ in their #line), oldest id first.
    Result<QList<qint64>> idsByContentHash(const QByteArray &hash) const;
    Result<QList<qint64>> idsBySource(const QString &source) const;

    // Ranking by relevance looks at this many of the newest matches at most.
    static constexpr int RankedMatchesLimit = 10000;

private:
    Result<Inserted> insertLocally(const NewDocument &document, const QByteArray &hash);
    Result<Inserted> insertOnServer(const NewDocument &document, const QByteArray &hash);
    Result<qint64> idOfContent(const QByteArray &hash);
    void bindDescription(BulkStatement &insert, const NewDocument &document);
    Error failedStatement(const BulkStatement &statement) const;
    const QString &importedAtNow();

    Database &m_database;
    struct PendingIndexEntry {
        qint64 sortKey = 0;
        QString title;
        QByteArray body; // UTF-8, as the database keeps it
    };
    bool m_deferIndexing = false;
    qint64 m_nextId = 0; // 0: read max(id) at the next insert
    qint64 m_importedAtSecond = -1;
    QString m_importedAt;
    QList<PendingIndexEntry> m_pendingIndex;
};

} // namespace Gloss
