// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/entitycorrections.h"

#include <QString>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace Gloss {

// What an entity correction tells the window: re-read the store, or why it could not be made.
struct EntityCorrectionCallbacks {
    std::function<void()> refresh;
    std::function<void(const QString &message)> failed;
};

// An undoable correction of entities for a QUndoStack. redo() runs the operation (apply()),
// undo() puts its snapshot back, and `refresh` follows either so the views re-read the store.
// A failed redo() makes the command obsolete (the stack drops it) and reports through `failed`.
class EntityCorrectionCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    EntityCorrectionCommand(const QString &text, EntityCorrections &corrections, EntityCorrectionCallbacks callbacks,
                            QUndoCommand *parent);
    virtual Result<CorrectionSnapshot> apply(EntityCorrections &corrections) = 0;

private:
    EntityCorrections &m_corrections;
    EntityCorrectionCallbacks m_callbacks;
    std::optional<CorrectionSnapshot> m_snapshot;
};

} // namespace Gloss
