// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitycorrectioncommands.h"

#include <QCoreApplication>

namespace Gloss {

namespace {

void finishRedo(QUndoCommand &command, Result<CorrectionSnapshot> done, std::optional<CorrectionSnapshot> &snapshot,
                const EntityCorrectionCallbacks &callbacks)
{
    if (!done) {
        command.setObsolete(true);
        if (callbacks.failed) {
            callbacks.failed(done.errorString());
        }
        return;
    }
    snapshot = std::move(done).value();
    if (callbacks.refresh) {
        callbacks.refresh();
    }
}

void undoSnapshot(EntityCorrections &corrections, std::optional<CorrectionSnapshot> &snapshot,
                  const EntityCorrectionCallbacks &callbacks)
{
    if (!snapshot) {
        return;
    }
    if (Result<void> undone = corrections.undo(*snapshot); !undone) {
        if (callbacks.failed) {
            callbacks.failed(undone.errorString());
        }
        return;
    }
    snapshot.reset();
    if (callbacks.refresh) {
        callbacks.refresh();
    }
}

} // namespace

MarkEntityCommand::MarkEntityCommand(EntityCorrections &corrections, qint64 documentId, qsizetype start,
                                     qsizetype end, EntityKind kind, const QString &canonical,
                                     EntityCorrectionCallbacks callbacks, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Gloss::EntityCorrectionCommands", "Mark “%1”").arg(canonical), parent)
    , m_corrections(corrections)
    , m_documentId(documentId)
    , m_start(start)
    , m_end(end)
    , m_kind(kind)
    , m_canonical(canonical)
    , m_callbacks(std::move(callbacks))
{
}

void MarkEntityCommand::redo()
{
    finishRedo(*this, m_corrections.markEntity(m_documentId, m_start, m_end, m_kind, m_canonical), m_snapshot,
               m_callbacks);
}

void MarkEntityCommand::undo()
{
    undoSnapshot(m_corrections, m_snapshot, m_callbacks);
}

RejectEntityCommand::RejectEntityCommand(EntityCorrections &corrections, qint64 entityId, const QString &canonical,
                                         EntityCorrectionCallbacks callbacks, QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Gloss::EntityCorrectionCommands", "Reject “%1”").arg(canonical), parent)
    , m_corrections(corrections)
    , m_entityId(entityId)
    , m_callbacks(std::move(callbacks))
{
}

void RejectEntityCommand::redo()
{
    finishRedo(*this, m_corrections.rejectEntity(m_entityId), m_snapshot, m_callbacks);
}

void RejectEntityCommand::undo()
{
    undoSnapshot(m_corrections, m_snapshot, m_callbacks);
}

RenameEntityCommand::RenameEntityCommand(EntityCorrections &corrections, qint64 entityId, const QString &oldName,
                                         const QString &newName, EntityCorrectionCallbacks callbacks,
                                         QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("Gloss::EntityCorrectionCommands", "Rename “%1” to “%2”").arg(oldName, newName), parent)
    , m_corrections(corrections)
    , m_entityId(entityId)
    , m_newName(newName)
    , m_callbacks(std::move(callbacks))
{
}

void RenameEntityCommand::redo()
{
    finishRedo(*this, m_corrections.renameEntity(m_entityId, m_newName), m_snapshot, m_callbacks);
}

void RenameEntityCommand::undo()
{
    undoSnapshot(m_corrections, m_snapshot, m_callbacks);
}

} // namespace Gloss
