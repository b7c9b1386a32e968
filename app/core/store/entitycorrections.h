// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nlp/correctionset.h"
#include "nlp/entitykind.h"
#include "nlp/mention.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Gloss {

class Database;
class EntityRepository;

// What one correction changed, enough to put it all back (undo).
struct CorrectionSnapshot {
    struct HandMention {
        qint64 id = 0;
        qsizetype start = 0;
        qsizetype end = 0;
        qint64 entityId = 0;
    };
    struct DocumentEntityCount {
        qint64 entityId = 0;
        qint64 mentions = 0;
    };
    struct DocumentState {
        qint64 documentId = 0;
        bool hadPacked = false;
        QByteArray packed;
        QList<DocumentEntityCount> entities;
        QList<HandMention> handMade;
    };
    struct EntityState {
        qint64 id = 0;
        bool existed = false; // false: the correction created it
        QString kind;
        QString canonical;
        QStringList aliases;
    };

    qint64 correctionId = 0; // the entity_correction row the correction added
    qint64 entityId = 0;     // the entity marked, or renamed or merged into
    qint64 mentionId = 0;    // a mark: the hand-made mention of the selection
    QList<EntityState> entities;
    QList<DocumentState> documents;
    // Entities the documents' rows name, put back if re-recognition removed them meanwhile.
    QList<EntityState> referenced;
};

// Corrections of entities by hand: mark a span as an entity, reject a false entity, rename or
// merge one. Each is stored as the user's lexicon (entity_correction), applied to the whole
// corpus at once, and honoured by re-recognition and import through load() and apply(). Each
// runs in one transaction and returns the snapshot undo() restores.
class EntityCorrections final
{
public:
    explicit EntityCorrections(Database &database);

    // Marks [start, end) of a document as a hand-made mention of (kind, canonical), and every
    // whole-word occurrence of the same text in other documents too.
    Result<CorrectionSnapshot> markEntity(qint64 documentId, qsizetype start, qsizetype end, EntityKind kind,
                                          const QString &canonical);
    // A false entity: its mentions go from every document, and recognition drops it from now on.
    Result<CorrectionSnapshot> rejectEntity(qint64 entityId);
    // Renames an entity; when another of its kind has that name already, merges into it.
    Result<CorrectionSnapshot> renameEntity(qint64 entityId, const QString &newCanonical);
    // Puts back what the correction changed and forgets the correction.
    Result<void> undo(const CorrectionSnapshot &snapshot);

    // The stored corrections, in the order they were made.
    Result<CorrectionSet> load() const;
    // Hand-made mentions of a document, as Mentions (for CorrectionSet::apply()).
    Result<QList<Mention>> handMadeMentions(qint64 documentId) const;
    // Stores a document's recognised mentions with the corrections applied (replacing earlier
    // ones); its hand-made mentions stay, win where they overlap and count in document_entity.
    Result<void> storeCorrected(EntityRepository &entities, const CorrectionSet &corrections, qint64 documentId,
                                const QString &body, const QList<Mention> &recognised);

private:
    Result<CorrectionSnapshot::DocumentState> documentState(qint64 documentId) const;
    Result<CorrectionSnapshot::EntityState> entityState(qint64 entityId) const;
    Result<void> addDocumentStates(CorrectionSnapshot &snapshot, const QList<qint64> &documentIds) const;
    Result<qint64> addCorrection(const QString &kind, const QString &surface, EntityKind entityKind,
                                 const QString &canonical, const QString &oldCanonical);
    Result<QList<qint64>> documentsOfEntity(qint64 entityId) const;
    Result<QList<qint64>> documentsContaining(const QString &surface) const;
    // Re-applies the corrections to a document's stored recognised mentions.
    Result<void> reapply(EntityRepository &entities, const CorrectionSet &corrections, qint64 documentId);
    Result<void> restore(const CorrectionSnapshot::DocumentState &state);

    Database &m_database;
};

} // namespace Gloss
