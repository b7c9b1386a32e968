// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nlp/entitykind.h"
#include "nlp/entityrecognizer.h"
#include "result.h"

#include <QHash>
#include <QSet>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>

namespace Gloss {

class Database;
class BulkStatement;

// A mention as stored: where in which document, and the entity it names.
struct StoredMention {
    qint64 documentId = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    qint64 entityId = 0;
    EntityKind kind = EntityKind::Person;
    QString canonical;
    QString origin; // "auto" (recognised) or "user" (marked by hand)
};

// An entity of the corpus with how often it is mentioned.
struct EntitySummary {
    qint64 id = 0;
    EntityKind kind = EntityKind::Person;
    QString canonical;
    qint64 mentions = 0;
    qint64 documents = 0;
};

// Entities (one row per kind and canonical name), their aliases and their mentions.
class EntityRepository final
{
public:
    explicit EntityRepository(Database &database);
    ~EntityRepository();

    // The id of the entity, created when new. Cached: an import asks for the same few often.
    Result<qint64> entityId(EntityKind kind, const QString &canonical);
    // Forgets cached ids of entities that another connection deleted since this was last asked
    // (cheap when no other connection wrote). Call inside the write transaction that uses them.
    Result<void> forgetVanishedIds();
    // After a rollback: entities created in it no longer exist, and pending rows are dropped.
    void forgetCachedIds()
    {
        m_entityIds.clear();
        m_knownAliases.clear();
        m_pendingDocumentEntities.clear();
        m_checkedEntities = {};
    }

    // Stores a document's recognised mentions, replacing earlier ones (hand-made ones stay);
    // surface forms that differ from the canonical name are recorded as aliases.
    Result<void> storeRecognisedMentions(qint64 documentId, const QString &body, const QList<Mention> &mentions,
                                         bool replace);
    // Bulk imports of new documents: as storeRecognisedMentions(), but the entity → document
    // rows wait for flushPending() (before the commit), which writes them in key order with one
    // statement. Row-at-a-time inserts cost more than storing the article.
    Result<void> addRecognisedMentions(qint64 documentId, const QString &body, const QList<Mention> &mentions);
    Result<void> flushPending();

    // All mentions, or those of one document (documentId > 0), in document and text order.
    Result<QList<StoredMention>> mentions(qint64 documentId = 0) const;
    // Entities with counts, most mentioned first; of one document when documentId > 0.
    Result<QList<EntitySummary>> entities(qint64 documentId = 0) const;

    // The packed form of a document's recognised mentions (document_mentions.data).
    static QByteArray pack(const QList<Mention> &mentions, const QList<qint64> &entityIds);
    struct PackedMention {
        qsizetype start = 0;
        qsizetype end = 0;
        qint64 entityId = 0;
    };
    static QList<PackedMention> unpack(const QByteArray &data);

private:
    QSqlQuery &prepared(std::optional<QSqlQuery> &slot, const QString &sql);
    Result<qint64> personBySurname(const QString &surname);
    struct DocumentEntityRow {
        qint64 entityId = 0;
        qint64 documentId = 0;
        int mentions = 0;
    };
    Result<QList<qint64>> storePacked(qint64 documentId, const QString &body, const QList<Mention> &mentions);
    static void appendDocumentEntities(qint64 documentId, const QList<qint64> &entityIds, QList<DocumentEntityRow> &rows);
    Result<void> insertDocumentEntities(QList<DocumentEntityRow> rows);
    Result<QList<StoredMention>> withEntities(QList<StoredMention> mentions) const;

    Database &m_database;
    QHash<std::pair<int, QString>, qint64> m_entityIds; // (kind, canonical) → id
    QSet<std::pair<qint64, QString>> m_knownAliases;    // (entity, alias) already stored
    qint64 m_dataVersion = -1; // PRAGMA data_version when the cached ids were last checked
    // On a server (no data_version): the entity table's row count and highest id when the cached
    // ids were last checked, counting the entities created here since. Ids only grow, so another
    // connection's deletion or new entity changes one of the two.
    struct TableShape {
        qint64 rows = -1; // -1: not known
        qint64 highestId = 0;
        bool operator==(const TableShape &) const = default;
    };
    TableShape m_checkedEntities;
    std::optional<QSqlQuery> m_findBySurname;
    std::optional<QSqlQuery> m_deleteDocumentEntities;
    QList<DocumentEntityRow> m_pendingDocumentEntities;
};

} // namespace Gloss
