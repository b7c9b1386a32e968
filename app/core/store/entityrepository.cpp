// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityrepository.h"

#include "database.h"
#include "bulkstatement.h"
#include "multirowinsert.h"

#include <QSqlError>
#include <QtEndian>
#include <QVariant>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

// Ids per "WHERE id IN (…)" statement.
constexpr qsizetype IdsPerStatement = 200;
// Entity → document rows per INSERT statement (three parameters each; SQLite allows 32,766).
constexpr qsizetype RowsPerStatement = 64;

Error sqlError(const QSqlQuery &query, const Database &database)
{
    return databaseError(Database::describeSqlError(query.lastError().text(), database.path()));
}

// SELECT `columns` FROM entity WHERE id IN (…) over `ids`, IdsPerStatement at a time; each row
// goes to `row`.
template <typename Row>
Result<void> selectEntitiesById(const Database &database, const QString &columns, const QList<qint64> &ids, Row row)
{
    for (qsizetype first = 0; first < ids.size(); first += IdsPerStatement) {
        const qsizetype count = std::min(IdsPerStatement, ids.size() - first);
        QString placeholders;
        for (qsizetype k = 0; k < count; ++k) {
            placeholders += k ? u",?"_s : u"?"_s;
        }
        QSqlQuery query(database.connection());
        setForwardOnly(query);
        query.prepare(u"SELECT "_s + columns + u" FROM entity WHERE id IN ("_s + placeholders + u')');
        for (qsizetype k = 0; k < count; ++k) {
            query.addBindValue(ids.at(first + k));
        }
        if (!query.exec()) {
            return sqlError(query, database);
        }
        while (query.next()) {
            row(query);
        }
    }
    return {};
}

} // namespace

EntityRepository::EntityRepository(Database &database)
    : m_database(database)
{
}

EntityRepository::~EntityRepository() = default;

QSqlQuery &EntityRepository::prepared(std::optional<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        slot.emplace(m_database.connection());
        slot->prepare(sql);
    }
    return *slot;
}

Result<qint64> EntityRepository::entityId(EntityKind kind, const QString &canonical)
{
    const std::pair<int, QString> key{int(kind), canonical};
    if (const auto cached = m_entityIds.constFind(key); cached != m_entityIds.cend()) {
        return *cached;
    }
    const QString kindName = entityKindName(kind);
    BulkStatement &find = m_database.bulkStatement("SELECT id FROM entity WHERE kind = ? AND canonical = ?");
    find.bind(1, kindName);
    find.bind(2, canonical);
    qint64 id = find.selectInteger();
    if (id < 0) {
        return databaseError(Database::describeSqlError(find.errorString(), m_database.path()));
    }
    if (id == 0 && kind == EntityKind::Person && !canonical.contains(u' ')) {
        Result<qint64> named = personBySurname(canonical);
        if (!named) {
            return named.error();
        }
        id = *named;
    }
    if (id == 0) {
        // Another user's import may add the same entity meanwhile (on a server): then it is read.
        BulkStatement &insert = m_database.bulkStatement(
            "INSERT INTO entity (kind, canonical) VALUES (?, ?) ON CONFLICT (kind, canonical) DO NOTHING RETURNING id");
        insert.bind(1, kindName);
        insert.bind(2, canonical);
        id = insert.selectInteger();
        if (id > 0 && m_checkedEntities.rows >= 0) {
            ++m_checkedEntities.rows;
            m_checkedEntities.highestId = std::max(m_checkedEntities.highestId, id);
        }
        if (id == 0) {
            find.bind(1, kindName);
            find.bind(2, canonical);
            id = find.selectInteger();
        }
        if (id <= 0) {
            return databaseError(Database::describeSqlError(insert.errorString(), m_database.path()));
        }
    }
    m_entityIds.insert(key, id);
    return id;
}

Result<void> EntityRepository::forgetVanishedIds()
{
    // PostgreSQL has no data_version: on a server the table's shape tells whether any other
    // connection changed it, and only then is every cached id checked again.
    if (m_database.isServer()) {
        QSqlQuery count(m_database.connection());
        if (!count.exec(u"SELECT count(*), coalesce(max(id), 0) FROM entity"_s) || !count.next()) {
            return sqlError(count, m_database);
        }
        const TableShape shape{count.value(0).toLongLong(), count.value(1).toLongLong()};
        if (shape == m_checkedEntities) {
            return {};
        }
        m_checkedEntities = shape;
    } else {
        QSqlQuery version(m_database.connection());
        if (!version.exec(u"PRAGMA data_version"_s) || !version.next()) {
            return sqlError(version, m_database);
        }
        const qint64 dataVersion = version.value(0).toLongLong();
        if (dataVersion == m_dataVersion) {
            return {}; // no other connection committed anything since
        }
        m_dataVersion = dataVersion;
    }
    QSet<qint64> cached;
    for (qint64 id : std::as_const(m_entityIds)) {
        cached.insert(id);
    }
    const QList<qint64> ids(cached.cbegin(), cached.cend());
    QSet<qint64> existing;
    if (Result<void> read = selectEntitiesById(m_database, u"id"_s, ids,
                                               [&existing](const QSqlQuery &query) { existing.insert(query.value(0).toLongLong()); });
        !read) {
        return read.error();
    }
    m_entityIds.removeIf([&existing](const auto &entry) { return !existing.contains(entry.value()); });
    m_knownAliases.removeIf([&existing](const std::pair<qint64, QString> &alias) { return !existing.contains(alias.first); });
    return {};
}

// An article that only ever writes "Netanyahu" names the one person of the corpus called
// "… Netanyahu", when there is exactly one; with two (Joe and Hunter Biden) it stays apart.
Result<qint64> EntityRepository::personBySurname(const QString &surname)
{
    QString pattern = surname;
    pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    QSqlQuery &find = prepared(m_findBySurname, u"SELECT id FROM entity WHERE kind = :kind AND "_s
                                                    + m_database.dialect().caseInsensitiveLike(u"canonical"_s, u":pattern"_s)
                                                    + u" LIMIT 2"_s);
    find.bindValue(u":kind"_s, entityKindName(EntityKind::Person));
    find.bindValue(u":pattern"_s, QString(u"% "_s + pattern));
    if (!find.exec()) {
        return sqlError(find, m_database);
    }
    QList<qint64> ids;
    while (find.next()) {
        ids.append(find.value(0).toLongLong());
    }
    find.finish();
    return ids.size() == 1 ? ids.constFirst() : 0;
}

Result<QList<qint64>> EntityRepository::storePacked(qint64 documentId, const QString &body,
                                                     const QList<Mention> &mentions)
{
    QList<qint64> ids;
    ids.reserve(mentions.size());
    BulkStatement &alias =
        m_database.bulkStatement("INSERT INTO entity_alias (entity_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING");
    for (const Mention &mention : mentions) {
        Result<qint64> id = entityId(mention.kind, mention.canonical);
        if (!id) {
            return id.error();
        }
        ids.append(*id);
        // "Biden" and "Mr Biden" find "Joe Biden" when the list is filtered by entity.
        const QStringView written = QStringView(body).mid(mention.start, mention.end - mention.start);
        if (written != mention.canonical) {
            const QString surface = written.toString().simplified();
            std::pair<qint64, QString> aliasKey{*id, surface};
            if (surface != mention.canonical && !m_knownAliases.contains(aliasKey)) {
                alias.bind(1, *id);
                alias.bind(2, surface);
                if (!alias.execute()) {
                    return databaseError(Database::describeSqlError(alias.errorString(), m_database.path()));
                }
                m_knownAliases.insert(std::move(aliasKey));
            }
        }
    }
    const QByteArray packed = pack(mentions, ids);
    BulkStatement &store =
        m_database.bulkStatement("INSERT INTO document_mentions (document_id, data) VALUES (?, ?) "
                                 "ON CONFLICT (document_id) DO UPDATE SET data = excluded.data");
    store.bind(1, documentId);
    store.bindBlob(2, packed);
    if (!store.execute()) {
        return databaseError(Database::describeSqlError(store.errorString(), m_database.path()));
    }
    return ids;
}

Result<void> EntityRepository::storeRecognisedMentions(qint64 documentId, const QString &body,
                                                       const QList<Mention> &mentions, bool replace)
{
    Result<QList<qint64>> ids = storePacked(documentId, body, mentions);
    if (!ids) {
        return ids.error();
    }
    if (replace) {
        QSqlQuery &remove = prepared(m_deleteDocumentEntities, u"DELETE FROM document_entity WHERE document_id = :document"_s);
        remove.bindValue(u":document"_s, documentId);
        if (!remove.exec()) {
            return sqlError(remove, m_database);
        }
    }
    QList<DocumentEntityRow> rows;
    appendDocumentEntities(documentId, *ids, rows);
    return insertDocumentEntities(std::move(rows));
}

Result<void> EntityRepository::addRecognisedMentions(qint64 documentId, const QString &body,
                                                     const QList<Mention> &mentions)
{
    Result<QList<qint64>> ids = storePacked(documentId, body, mentions);
    if (!ids) {
        return ids.error();
    }
    appendDocumentEntities(documentId, *ids, m_pendingDocumentEntities);
    return {};
}

Result<void> EntityRepository::flushPending()
{
    Result<void> inserted = insertDocumentEntities(std::move(m_pendingDocumentEntities));
    m_pendingDocumentEntities.clear();
    return inserted;
}

void EntityRepository::appendDocumentEntities(qint64 documentId, const QList<qint64> &entityIds,
                                              QList<DocumentEntityRow> &rows)
{
    const qsizetype first = rows.size();
    for (qint64 id : entityIds) {
        rows.append({id, documentId, 1});
    }
    std::sort(rows.begin() + first, rows.end(), [](const DocumentEntityRow &a, const DocumentEntityRow &b) {
        return a.entityId < b.entityId;
    });
    // Collapse each entity's mentions into one row with their count.
    qsizetype kept = first;
    for (qsizetype k = first; k < rows.size(); ++k) {
        if (kept > first && rows[kept - 1].entityId == rows[k].entityId) {
            ++rows[kept - 1].mentions;
        } else {
            rows[kept++] = rows[k];
        }
    }
    rows.resize(kept);
}

// Rows go in document order: a new document's rows then append to the document index, and the
// primary key takes them in one pass per entity. Many rows per statement: running a statement
// costs SQLite more than inserting one small row.
Result<void> EntityRepository::insertDocumentEntities(QList<DocumentEntityRow> rows)
{
    if (rows.isEmpty()) {
        return {};
    }
    // appendDocumentEntities() already leaves them so: checking costs less than sorting again.
    const auto inDocumentOrder = [](const DocumentEntityRow &a, const DocumentEntityRow &b) {
        return std::tie(a.documentId, a.entityId) < std::tie(b.documentId, b.entityId);
    };
    if (!std::is_sorted(rows.cbegin(), rows.cend(), inDocumentOrder)) {
        std::sort(rows.begin(), rows.end(), inDocumentOrder);
    }
    static const MultiRowInsert insert("document_entity (entity_id, document_id, mentions)", 3, RowsPerStatement);
    for (qsizetype first = 0, count = 0; first < rows.size(); first += count) {
        count = insert.rowsFrom(first, rows.size());
        BulkStatement &statement = m_database.bulkStatement(insert.sql(m_database.dialect().backend(), count));
        for (qsizetype k = 0; k < count; ++k) {
            const DocumentEntityRow &row = rows.at(first + k);
            statement.bind(int(3 * k + 1), row.entityId);
            statement.bind(int(3 * k + 2), row.documentId);
            statement.bind(int(3 * k + 3), row.mentions);
        }
        if (!statement.execute()) {
            return databaseError(Database::describeSqlError(statement.errorString(), m_database.path()));
        }
    }
    return {};
}

QByteArray EntityRepository::pack(const QList<Mention> &mentions, const QList<qint64> &entityIds)
{
    QByteArray data(mentions.size() * 16, Qt::Uninitialized);
    char *out = data.data();
    for (qsizetype k = 0; k < mentions.size(); ++k) {
        qToLittleEndian(quint32(mentions.at(k).start), out);
        qToLittleEndian(quint32(mentions.at(k).end), out + 4);
        qToLittleEndian(qint64(entityIds.at(k)), out + 8);
        out += 16;
    }
    return data;
}

QList<EntityRepository::PackedMention> EntityRepository::unpack(const QByteArray &data)
{
    QList<PackedMention> mentions;
    mentions.reserve(data.size() / 16);
    const char *in = data.constData();
    for (qsizetype offset = 0; offset + 16 <= data.size(); offset += 16) {
        mentions.append({qsizetype(qFromLittleEndian<quint32>(in + offset)),
                         qsizetype(qFromLittleEndian<quint32>(in + offset + 4)), qFromLittleEndian<qint64>(in + offset + 8)});
    }
    return mentions;
}

Result<QList<StoredMention>> EntityRepository::mentions(qint64 documentId) const
{
    QList<StoredMention> result;
    QSqlQuery packed(m_database.connection());
    setForwardOnly(packed);
    if (documentId > 0) {
        packed.prepare(u"SELECT document_id, data FROM document_mentions WHERE document_id = :document"_s);
        packed.bindValue(u":document"_s, documentId);
    } else {
        packed.prepare(u"SELECT document_id, data FROM document_mentions ORDER BY document_id"_s);
    }
    if (!packed.exec()) {
        return sqlError(packed, m_database);
    }
    while (packed.next()) {
        const qint64 document = packed.value(0).toLongLong();
        for (const PackedMention &mention : unpack(packed.value(1).toByteArray())) {
            StoredMention stored;
            stored.documentId = document;
            stored.start = mention.start;
            stored.end = mention.end;
            stored.entityId = mention.entityId;
            stored.origin = u"auto"_s;
            result.append(stored);
        }
    }
    QSqlQuery byHand(m_database.connection());
    setForwardOnly(byHand);
    const QString select = u"SELECT document_id, start_offset, end_offset, entity_id FROM mention WHERE origin = 'user'"_s;
    if (documentId > 0) {
        byHand.prepare(select + u" AND document_id = :document"_s);
        byHand.bindValue(u":document"_s, documentId);
    } else {
        byHand.prepare(select);
    }
    if (!byHand.exec()) {
        return sqlError(byHand, m_database);
    }
    while (byHand.next()) {
        result.append({byHand.value(0).toLongLong(), qsizetype(byHand.value(1).toLongLong()),
                       qsizetype(byHand.value(2).toLongLong()), byHand.value(3).toLongLong(), EntityKind::Person, {},
                       u"user"_s});
    }
    std::sort(result.begin(), result.end(), [](const StoredMention &a, const StoredMention &b) {
        return std::tie(a.documentId, a.start, a.end) < std::tie(b.documentId, b.start, b.end);
    });
    return withEntities(std::move(result));
}

Result<QList<StoredMention>> EntityRepository::withEntities(QList<StoredMention> mentions) const
{
    // Only the entities these mentions name: opening an article must not read the whole table.
    QSet<qint64> wanted;
    for (const StoredMention &mention : std::as_const(mentions)) {
        wanted.insert(mention.entityId);
    }
    const QList<qint64> ids(wanted.cbegin(), wanted.cend());
    QHash<qint64, std::pair<EntityKind, QString>> entities;
    const auto remember = [&entities](const QSqlQuery &query) {
        EntityKind kind = EntityKind::Person;
        entityKindFromName(query.value(1).toString(), &kind);
        entities.insert(query.value(0).toLongLong(), {kind, query.value(2).toString()});
    };
    if (Result<void> read = selectEntitiesById(m_database, u"id, kind, canonical"_s, ids, remember); !read) {
        return read.error();
    }
    for (StoredMention &mention : mentions) {
        const auto entity = entities.constFind(mention.entityId);
        if (entity != entities.cend()) {
            mention.kind = entity->first;
            mention.canonical = entity->second;
        }
    }
    return mentions;
}

Result<QList<EntitySummary>> EntityRepository::entities(qint64 documentId) const
{
    QSqlQuery query(m_database.connection());
    setForwardOnly(query);
    QString sql = u"SELECT e.id, e.kind, e.canonical, sum(de.mentions), count(*) FROM document_entity de "
                  "JOIN entity e ON e.id = de.entity_id "_s;
    if (documentId > 0) {
        sql += u"WHERE de.document_id = :document "_s;
    }
    sql += u"GROUP BY e.id ORDER BY sum(de.mentions) DESC, e.canonical"_s;
    query.prepare(sql);
    if (documentId > 0) {
        query.bindValue(u":document"_s, documentId);
    }
    if (!query.exec()) {
        return sqlError(query, m_database);
    }
    QList<EntitySummary> result;
    while (query.next()) {
        EntitySummary summary;
        summary.id = query.value(0).toLongLong();
        entityKindFromName(query.value(1).toString(), &summary.kind);
        summary.canonical = query.value(2).toString();
        summary.mentions = query.value(3).toLongLong();
        summary.documents = query.value(4).toLongLong();
        result.append(summary);
    }
    return result;
}

} // namespace Gloss
