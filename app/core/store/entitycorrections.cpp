// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitycorrections.h"

#include "database.h"
#include "entityrepository.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <QHash>
#include <QSet>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

Error sqlError(const QSqlQuery &query, const Database &database)
{
    return databaseError(Database::describeSqlError(query.lastError().text(), database.path()));
}

// A prepared query bound in order; exec() reports failure through `error`.
QSqlQuery run(const Database &database, const QString &sql, const QVariantList &values, std::optional<Error> &error)
{
    QSqlQuery query(database.connection());
    setForwardOnly(query);
    if (!query.prepare(sql)) {
        error = sqlError(query, database);
        return query;
    }
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        error = sqlError(query, database);
    }
    return query;
}

void appendUnique(QList<qint64> &ids, qint64 id)
{
    if (!ids.contains(id)) {
        ids.append(id);
    }
}

} // namespace

EntityCorrections::EntityCorrections(Database &database)
    : m_database(database)
{
}

Result<CorrectionSet> EntityCorrections::load() const
{
    std::optional<Error> error;
    QSqlQuery query = run(m_database,
                          u"SELECT kind, surface, entity_kind, canonical, old_canonical FROM entity_correction "
                          "ORDER BY id"_s,
                          {}, error);
    if (error) {
        return *error;
    }
    CorrectionSet corrections;
    while (query.next()) {
        const QString kind = query.value(0).toString();
        EntityKind entityKind = EntityKind::Person;
        if (!entityKindFromName(query.value(2).toString(), &entityKind)) {
            continue;
        }
        if (kind == u"mark"_s) {
            corrections.addMark(query.value(1).toString(), entityKind, query.value(3).toString());
        } else if (kind == u"reject"_s) {
            corrections.addReject(entityKind, query.value(3).toString());
        } else if (kind == u"rename"_s) {
            corrections.addRename(entityKind, query.value(4).toString(), query.value(3).toString());
        }
    }
    return corrections;
}

Result<QList<Mention>> EntityCorrections::handMadeMentions(qint64 documentId) const
{
    std::optional<Error> error;
    QSqlQuery query = run(m_database,
                          u"SELECT m.start_offset, m.end_offset, e.kind, e.canonical FROM mention m "
                          "JOIN entity e ON e.id = m.entity_id WHERE m.document_id = ? AND m.origin = 'user' "
                          "ORDER BY m.start_offset"_s,
                          {documentId}, error);
    if (error) {
        return *error;
    }
    QList<Mention> mentions;
    while (query.next()) {
        Mention mention;
        mention.start = query.value(0).toLongLong();
        mention.end = query.value(1).toLongLong();
        entityKindFromName(query.value(2).toString(), &mention.kind);
        mention.canonical = query.value(3).toString();
        mentions.append(mention);
    }
    return mentions;
}

Result<void> EntityCorrections::storeCorrected(EntityRepository &entities, const CorrectionSet &corrections,
                                               qint64 documentId, const QString &body,
                                               const QList<Mention> &recognised)
{
    Result<QList<Mention>> handMade = handMadeMentions(documentId);
    if (!handMade) {
        return handMade.error();
    }
    const QList<Mention> corrected = corrections.apply(recognised, body, *handMade);
    if (Result<void> stored = entities.storeRecognisedMentions(documentId, body, corrected, true); !stored) {
        return stored;
    }
    if (handMade->isEmpty()) {
        return {};
    }
    std::optional<Error> error;
    run(m_database,
        u"INSERT INTO document_entity (entity_id, document_id, mentions) "
        "SELECT entity_id, document_id, count(*) FROM mention WHERE document_id = ? AND origin = 'user' "
        "GROUP BY entity_id, document_id ON CONFLICT (entity_id, document_id) DO UPDATE SET mentions = document_entity.mentions + excluded.mentions"_s,
        {documentId}, error);
    if (error) {
        return *error;
    }
    return {};
}

Result<void> EntityCorrections::reapply(EntityRepository &entities, const CorrectionSet &corrections,
                                        qint64 documentId)
{
    std::optional<Error> error;
    QSqlQuery document = run(m_database, u"SELECT body FROM document WHERE id = ?"_s, {documentId}, error);
    if (error) {
        return *error;
    }
    if (!document.next()) {
        return {};
    }
    const QString body = document.value(0).toString();
    QSqlQuery packed = run(m_database, u"SELECT data FROM document_mentions WHERE document_id = ?"_s, {documentId},
                           error);
    if (error) {
        return *error;
    }
    const QList<EntityRepository::PackedMention> stored =
        packed.next() ? EntityRepository::unpack(packed.value(0).toByteArray()) : QList<EntityRepository::PackedMention>{};
    QHash<qint64, std::optional<std::pair<EntityKind, QString>>> names;
    QList<Mention> recognised;
    for (const EntityRepository::PackedMention &mention : stored) {
        auto name = names.find(mention.entityId);
        if (name == names.end()) {
            QSqlQuery entity = run(m_database, u"SELECT kind, canonical FROM entity WHERE id = ?"_s,
                                   {mention.entityId}, error);
            if (error) {
                return *error;
            }
            std::optional<std::pair<EntityKind, QString>> found;
            if (entity.next()) {
                EntityKind kind = EntityKind::Person;
                entityKindFromName(entity.value(0).toString(), &kind);
                found.emplace(kind, entity.value(1).toString());
            }
            name = names.insert(mention.entityId, found);
        }
        if (*name) {
            recognised.append({mention.start, mention.end, (*name)->first, (*name)->second});
        }
    }
    return storeCorrected(entities, corrections, documentId, body, recognised);
}

Result<CorrectionSnapshot::DocumentState> EntityCorrections::documentState(qint64 documentId) const
{
    CorrectionSnapshot::DocumentState state;
    state.documentId = documentId;
    std::optional<Error> error;
    QSqlQuery packed = run(m_database, u"SELECT data FROM document_mentions WHERE document_id = ?"_s, {documentId},
                           error);
    if (error) {
        return *error;
    }
    if (packed.next()) {
        state.hadPacked = true;
        state.packed = packed.value(0).toByteArray();
    }
    QSqlQuery counts = run(m_database, u"SELECT entity_id, mentions FROM document_entity WHERE document_id = ?"_s,
                           {documentId}, error);
    if (error) {
        return *error;
    }
    while (counts.next()) {
        state.entities.append({counts.value(0).toLongLong(), counts.value(1).toLongLong()});
    }
    QSqlQuery hand = run(m_database,
                         u"SELECT id, start_offset, end_offset, entity_id FROM mention "
                         "WHERE document_id = ? AND origin = 'user'"_s,
                         {documentId}, error);
    if (error) {
        return *error;
    }
    while (hand.next()) {
        state.handMade.append({hand.value(0).toLongLong(), qsizetype(hand.value(1).toLongLong()),
                               qsizetype(hand.value(2).toLongLong()), hand.value(3).toLongLong()});
    }
    return state;
}

Result<CorrectionSnapshot::EntityState> EntityCorrections::entityState(qint64 entityId) const
{
    std::optional<Error> error;
    QSqlQuery entity = run(m_database, u"SELECT kind, canonical FROM entity WHERE id = ?"_s, {entityId}, error);
    if (error) {
        return *error;
    }
    if (!entity.next()) {
        return badInput(QObject::tr("There is no entity %1.").arg(entityId));
    }
    CorrectionSnapshot::EntityState state;
    state.id = entityId;
    state.existed = true;
    state.kind = entity.value(0).toString();
    state.canonical = entity.value(1).toString();
    QSqlQuery aliases = run(m_database, u"SELECT alias FROM entity_alias WHERE entity_id = ?"_s, {entityId}, error);
    if (error) {
        return *error;
    }
    while (aliases.next()) {
        state.aliases.append(aliases.value(0).toString());
    }
    return state;
}

Result<void> EntityCorrections::addDocumentStates(CorrectionSnapshot &snapshot, const QList<qint64> &documentIds) const
{
    QSet<qint64> named;
    for (qint64 documentId : documentIds) {
        Result<CorrectionSnapshot::DocumentState> state = documentState(documentId);
        if (!state) {
            return state.error();
        }
        for (const CorrectionSnapshot::DocumentEntityCount &count : std::as_const(state->entities)) {
            named.insert(count.entityId);
        }
        for (const CorrectionSnapshot::HandMention &mention : std::as_const(state->handMade)) {
            named.insert(mention.entityId);
        }
        snapshot.documents.append(std::move(state).value());
    }
    for (qint64 entityId : std::as_const(named)) {
        Result<CorrectionSnapshot::EntityState> entity = entityState(entityId);
        if (!entity) {
            return entity.error();
        }
        snapshot.referenced.append(std::move(entity).value());
    }
    return {};
}

Result<qint64> EntityCorrections::addCorrection(const QString &kind, const QString &surface, EntityKind entityKind,
                                                const QString &canonical, const QString &oldCanonical)
{
    std::optional<Error> error;
    QSqlQuery insert = run(m_database,
                           u"INSERT INTO entity_correction (kind, surface, entity_kind, canonical, old_canonical, "
                           "created) VALUES (?, coalesce(?, ''), ?, coalesce(?, ''), coalesce(?, ''), ?)"_s,
                           {kind, surface, entityKindName(entityKind), canonical, oldCanonical,
                            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           error);
    if (error) {
        return *error;
    }
    return insert.lastInsertId().toLongLong();
}

Result<QList<qint64>> EntityCorrections::documentsOfEntity(qint64 entityId) const
{
    std::optional<Error> error;
    QSqlQuery query = run(m_database,
                          u"SELECT document_id FROM document_entity WHERE entity_id = ? "
                          "UNION SELECT document_id FROM mention WHERE entity_id = ?"_s,
                          {entityId, entityId}, error);
    if (error) {
        return *error;
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

Result<QList<qint64>> EntityCorrections::documentsContaining(const QString &surface) const
{
    const bool indexable = std::any_of(surface.cbegin(), surface.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    std::optional<Error> error;
    QSqlQuery query;
    if (indexable) {
        // A phrase query finds a superset (the index folds case and diacritics); the bodies decide.
        QString phrase = surface;
        phrase.replace(u'"', u"\"\""_s);
        const SqlDialect &dialect = m_database.dialect();
        QSqlQuery fts(m_database.connection());
        setForwardOnly(fts);
        fts.prepare(u"SELECT d.id FROM "_s + dialect.ftsFrom() + u" WHERE "_s + dialect.ftsCondition());
        // PostgreSQL's tsquery has its own syntax (and its index keeps diacritics).
        fts.bindValue(u":fts"_s, dialect.backend() == SqlDialect::Backend::Postgres ? dialect.ftsQuery(u'"' + surface + u'"')
                                                                                    : QString(u'"' + phrase + u'"'));
        if (!fts.exec()) {
            return sqlError(fts, m_database);
        }
        query = std::move(fts);
    } else {
        query = run(m_database, u"SELECT id FROM document WHERE instr(body, ?) > 0"_s, {surface}, error);
        if (error) {
            return *error;
        }
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

Result<CorrectionSnapshot> EntityCorrections::markEntity(qint64 documentId, qsizetype start, qsizetype end,
                                                         EntityKind kind, const QString &canonical)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        return databaseError(Database::describeSqlError(transaction.errorString(), m_database.path()));
    }
    std::optional<Error> error;
    QSqlQuery document = run(m_database, u"SELECT body FROM document WHERE id = ?"_s, {documentId}, error);
    if (error) {
        return *error;
    }
    if (!document.next()) {
        return badInput(QObject::tr("There is no document %1.").arg(documentId));
    }
    const QString body = document.value(0).toString();
    if (start < 0 || end <= start || end > body.size()) {
        return badInput(QObject::tr("The span %1–%2 is not inside the document.").arg(start).arg(end));
    }
    const QString surface = body.mid(start, end - start);
    const QString name = canonical.simplified().isEmpty() ? surface.simplified() : canonical.simplified();
    if (name.isEmpty()) {
        return badInput(QObject::tr("An entity needs a name."));
    }

    Result<QList<qint64>> candidates = documentsContaining(surface);
    if (!candidates) {
        return candidates.error();
    }
    appendUnique(*candidates, documentId);
    CorrectionSnapshot snapshot;
    if (Result<void> saved = addDocumentStates(snapshot, *candidates); !saved) {
        return saved.error();
    }
    QSqlQuery existing = run(m_database, u"SELECT id FROM entity WHERE kind = ? AND canonical = ?"_s,
                             {entityKindName(kind), name}, error);
    if (error) {
        return *error;
    }
    const bool existed = existing.next();
    EntityRepository entities(m_database);
    Result<qint64> entityId = entities.entityId(kind, name);
    if (!entityId) {
        return entityId.error();
    }
    snapshot.entityId = *entityId;
    if (existed) {
        Result<CorrectionSnapshot::EntityState> state = entityState(*entityId);
        if (!state) {
            return state.error();
        }
        snapshot.entities.append(*state);
    } else {
        snapshot.entities.append({*entityId, false, {}, {}, {}});
    }
    Result<qint64> correction = addCorrection(u"mark"_s, surface, kind, name, {});
    if (!correction) {
        return correction.error();
    }
    snapshot.correctionId = *correction;
    Result<CorrectionSet> corrections = load();
    if (!corrections) {
        return corrections.error();
    }

    // The selection replaces hand-made mentions it overlaps.
    run(m_database,
        u"DELETE FROM mention WHERE document_id = ? AND origin = 'user' AND start_offset < ? AND end_offset > ?"_s,
        {documentId, qint64(end), qint64(start)}, error);
    if (error) {
        return *error;
    }
    const QString insertSql = u"INSERT INTO mention (document_id, start_offset, end_offset, entity_id, origin) "
                              "VALUES (?, ?, ?, ?, 'user')"_s;
    QSqlQuery inserted = run(m_database, insertSql, {documentId, qint64(start), qint64(end), *entityId}, error);
    if (error) {
        return *error;
    }
    snapshot.mentionId = inserted.lastInsertId().toLongLong();

    for (qint64 candidate : std::as_const(*candidates)) {
        QSqlQuery text = run(m_database, u"SELECT body FROM document WHERE id = ?"_s, {candidate}, error);
        if (error) {
            return *error;
        }
        if (!text.next()) {
            continue;
        }
        const QString candidateBody = text.value(0).toString();
        const QList<qsizetype> occurrences = CorrectionSet::wholeWordOccurrences(candidateBody, surface);
        if (occurrences.isEmpty()) {
            continue;
        }
        Result<QList<Mention>> handMade = handMadeMentions(candidate);
        if (!handMade) {
            return handMade.error();
        }
        for (qsizetype at : occurrences) {
            const qsizetype to = at + surface.size();
            // The same text marked before: the later mark wins.
            handMade->removeIf([&](const Mention &other) { return other.start == at && other.end == to; });
            run(m_database,
                u"DELETE FROM mention WHERE document_id = ? AND origin = 'user' AND start_offset = ? AND end_offset = ?"_s,
                {candidate, qint64(at), qint64(to)}, error);
            if (error) {
                return *error;
            }
            const bool taken = std::any_of(handMade->cbegin(), handMade->cend(),
                                           [&](const Mention &other) { return at < other.end && other.start < to; });
            if (!taken) {
                run(m_database, insertSql, {candidate, qint64(at), qint64(to), *entityId}, error);
                if (error) {
                    return *error;
                }
            }
        }
    }
    for (qint64 candidate : std::as_const(*candidates)) {
        if (Result<void> applied = reapply(entities, *corrections, candidate); !applied) {
            return applied.error();
        }
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return snapshot;
}

Result<CorrectionSnapshot> EntityCorrections::rejectEntity(qint64 entityId)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        return databaseError(Database::describeSqlError(transaction.errorString(), m_database.path()));
    }
    Result<CorrectionSnapshot::EntityState> entity = entityState(entityId);
    if (!entity) {
        return entity.error();
    }
    EntityKind kind = EntityKind::Person;
    entityKindFromName(entity->kind, &kind);
    CorrectionSnapshot snapshot;
    snapshot.entityId = entityId;
    snapshot.entities.append(*entity);
    Result<QList<qint64>> documents = documentsOfEntity(entityId);
    if (!documents) {
        return documents.error();
    }
    if (Result<void> saved = addDocumentStates(snapshot, *documents); !saved) {
        return saved.error();
    }
    Result<qint64> correction = addCorrection(u"reject"_s, {}, kind, entity->canonical, {});
    if (!correction) {
        return correction.error();
    }
    snapshot.correctionId = *correction;
    Result<CorrectionSet> corrections = load();
    if (!corrections) {
        return corrections.error();
    }
    std::optional<Error> error;
    run(m_database, u"DELETE FROM mention WHERE entity_id = ?"_s, {entityId}, error);
    if (error) {
        return *error;
    }
    EntityRepository entities(m_database);
    for (qint64 document : std::as_const(*documents)) {
        if (Result<void> applied = reapply(entities, *corrections, document); !applied) {
            return applied.error();
        }
    }
    run(m_database, u"DELETE FROM entity WHERE id = ?"_s, {entityId}, error);
    if (error) {
        return *error;
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return snapshot;
}

Result<CorrectionSnapshot> EntityCorrections::renameEntity(qint64 entityId, const QString &newCanonical)
{
    const QString name = newCanonical.simplified();
    if (name.isEmpty()) {
        return badInput(QObject::tr("An entity needs a name."));
    }
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        return databaseError(Database::describeSqlError(transaction.errorString(), m_database.path()));
    }
    Result<CorrectionSnapshot::EntityState> source = entityState(entityId);
    if (!source) {
        return source.error();
    }
    if (source->canonical == name) {
        return badInput(QObject::tr("The entity is called “%1” already.").arg(name));
    }
    EntityKind kind = EntityKind::Person;
    entityKindFromName(source->kind, &kind);
    CorrectionSnapshot snapshot;
    snapshot.entities.append(*source);
    std::optional<Error> error;
    QSqlQuery existing = run(m_database, u"SELECT id FROM entity WHERE kind = ? AND canonical = ?"_s,
                             {source->kind, name}, error);
    if (error) {
        return *error;
    }
    const qint64 targetId = existing.next() ? existing.value(0).toLongLong() : 0;
    existing.finish();
    snapshot.entityId = targetId ? targetId : entityId;

    if (targetId) {
        Result<CorrectionSnapshot::EntityState> target = entityState(targetId);
        if (!target) {
            return target.error();
        }
        snapshot.entities.append(*target);
        Result<QList<qint64>> documents = documentsOfEntity(entityId);
        if (!documents) {
            return documents.error();
        }
        if (Result<void> saved = addDocumentStates(snapshot, *documents); !saved) {
            return saved.error();
        }
        Result<qint64> correction = addCorrection(u"rename"_s, {}, kind, name, source->canonical);
        if (!correction) {
            return correction.error();
        }
        snapshot.correctionId = *correction;
        Result<CorrectionSet> corrections = load();
        if (!corrections) {
            return corrections.error();
        }
        run(m_database, u"UPDATE mention SET entity_id = ? WHERE entity_id = ?"_s, {targetId, entityId}, error);
        if (error) {
            return *error;
        }
        EntityRepository entities(m_database);
        for (qint64 document : std::as_const(*documents)) {
            if (Result<void> applied = reapply(entities, *corrections, document); !applied) {
                return applied.error();
            }
        }
        run(m_database,
            u"INSERT INTO entity_alias (entity_id, alias) SELECT CAST(? AS BIGINT), alias FROM entity_alias WHERE entity_id = ? "
            "AND alias <> ? ON CONFLICT DO NOTHING"_s,
            {targetId, entityId, name}, error);
        if (error) {
            return *error;
        }
        run(m_database, u"DELETE FROM entity WHERE id = ?"_s, {entityId}, error);
    } else {
        Result<qint64> correction = addCorrection(u"rename"_s, {}, kind, name, source->canonical);
        if (!correction) {
            return correction.error();
        }
        snapshot.correctionId = *correction;
        run(m_database, u"UPDATE entity SET canonical = ? WHERE id = ?"_s, {name, entityId}, error);
        if (error) {
            return *error;
        }
        run(m_database, u"DELETE FROM entity_alias WHERE entity_id = ? AND alias = ?"_s, {entityId, name}, error);
    }
    if (error) {
        return *error;
    }
    // The old name still finds the entity's documents in the list filter.
    run(m_database, u"INSERT INTO entity_alias (entity_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING"_s,
        {snapshot.entityId, source->canonical}, error);
    if (error) {
        return *error;
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return snapshot;
}

Result<void> EntityCorrections::restore(const CorrectionSnapshot::DocumentState &state)
{
    std::optional<Error> error;
    run(m_database, u"DELETE FROM mention WHERE document_id = ? AND origin = 'user'"_s, {state.documentId}, error);
    for (const CorrectionSnapshot::HandMention &mention : state.handMade) {
        if (error) {
            break;
        }
        run(m_database,
            u"INSERT INTO mention (id, document_id, start_offset, end_offset, entity_id, origin) "
            "VALUES (?, ?, ?, ?, ?, 'user')"_s,
            {mention.id, state.documentId, qint64(mention.start), qint64(mention.end), mention.entityId}, error);
    }
    if (!error) {
        if (state.hadPacked) {
            run(m_database, u"INSERT INTO document_mentions (document_id, data) VALUES (?, ?) "
                               "ON CONFLICT (document_id) DO UPDATE SET data = excluded.data"_s,
                {state.documentId, state.packed}, error);
        } else {
            run(m_database, u"DELETE FROM document_mentions WHERE document_id = ?"_s, {state.documentId}, error);
        }
    }
    if (!error) {
        run(m_database, u"DELETE FROM document_entity WHERE document_id = ?"_s, {state.documentId}, error);
    }
    for (const CorrectionSnapshot::DocumentEntityCount &count : state.entities) {
        if (error) {
            break;
        }
        run(m_database, u"INSERT INTO document_entity (entity_id, document_id, mentions) VALUES (?, ?, ?)"_s,
            {count.entityId, state.documentId, count.mentions}, error);
    }
    if (error) {
        return *error;
    }
    return {};
}

Result<void> EntityCorrections::undo(const CorrectionSnapshot &snapshot)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        return databaseError(Database::describeSqlError(transaction.errorString(), m_database.path()));
    }
    std::optional<Error> error;
    for (const CorrectionSnapshot::EntityState &entity : snapshot.entities) {
        if (!entity.existed) {
            continue;
        }
        QSqlQuery updated = run(m_database, u"UPDATE entity SET kind = ?, canonical = ? WHERE id = ?"_s,
                                {entity.kind, entity.canonical, entity.id}, error);
        if (!error && updated.numRowsAffected() == 0) {
            run(m_database, u"INSERT INTO entity (id, kind, canonical) VALUES (?, ?, ?)"_s,
                {entity.id, entity.kind, entity.canonical}, error);
        }
        if (error) {
            return *error;
        }
    }
    for (const CorrectionSnapshot::EntityState &entity : snapshot.referenced) {
        run(m_database, u"INSERT INTO entity (id, kind, canonical) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"_s,
            {entity.id, entity.kind, entity.canonical}, error);
        if (error) {
            return *error;
        }
    }
    for (const CorrectionSnapshot::DocumentState &document : snapshot.documents) {
        if (Result<void> restored = restore(document); !restored) {
            return restored;
        }
    }
    for (const CorrectionSnapshot::EntityState &entity : snapshot.entities) {
        if (!entity.existed) {
            run(m_database, u"DELETE FROM entity WHERE id = ?"_s, {entity.id}, error);
            if (error) {
                return *error;
            }
            continue;
        }
        run(m_database, u"DELETE FROM entity_alias WHERE entity_id = ?"_s, {entity.id}, error);
        for (const QString &alias : entity.aliases) {
            if (error) {
                break;
            }
            run(m_database, u"INSERT INTO entity_alias (entity_id, alias) VALUES (?, ?)"_s, {entity.id, alias}, error);
        }
        if (error) {
            return *error;
        }
    }
    run(m_database, u"DELETE FROM entity_correction WHERE id = ?"_s, {snapshot.correctionId}, error);
    if (error) {
        return *error;
    }
    return transaction.commit();
}

} // namespace Gloss
