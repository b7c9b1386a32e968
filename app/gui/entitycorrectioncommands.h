// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nlp/entitykind.h"
#include "store/entitycorrections.h"

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace Gloss {

// Undoable corrections of entities for a QUndoStack. Each runs its EntityCorrections operation
// in redo(), puts the snapshot back in undo(), and calls `refresh` after either so the views
// re-read the store. A failed redo() makes the command obsolete (the stack drops it) and calls
// `failed` with the reason.
// The three commands live in one pair of files: they are one feature and share their plumbing.
struct EntityCorrectionCallbacks {
    std::function<void()> refresh;
    std::function<void(const QString &message)> failed;
};

class MarkEntityCommand final : public QUndoCommand
{
public:
    MarkEntityCommand(EntityCorrections &corrections, qint64 documentId, qsizetype start, qsizetype end,
                      EntityKind kind, const QString &canonical, EntityCorrectionCallbacks callbacks,
                      QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    EntityCorrections &m_corrections;
    qint64 m_documentId;
    qsizetype m_start;
    qsizetype m_end;
    EntityKind m_kind;
    QString m_canonical;
    EntityCorrectionCallbacks m_callbacks;
    std::optional<CorrectionSnapshot> m_snapshot;
};

class RejectEntityCommand final : public QUndoCommand
{
public:
    RejectEntityCommand(EntityCorrections &corrections, qint64 entityId, const QString &canonical,
                        EntityCorrectionCallbacks callbacks, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    EntityCorrections &m_corrections;
    qint64 m_entityId;
    EntityCorrectionCallbacks m_callbacks;
    std::optional<CorrectionSnapshot> m_snapshot;
};

class RenameEntityCommand final : public QUndoCommand
{
public:
    RenameEntityCommand(EntityCorrections &corrections, qint64 entityId, const QString &oldName,
                        const QString &newName, EntityCorrectionCallbacks callbacks, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    EntityCorrections &m_corrections;
    qint64 m_entityId;
    QString m_newName;
    EntityCorrectionCallbacks m_callbacks;
    std::optional<CorrectionSnapshot> m_snapshot;
};

} // namespace Gloss
