// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitycorrectioncommand.h"

namespace Gloss {

EntityCorrectionCommand::EntityCorrectionCommand(const QString &text, EntityCorrections &corrections,
                                                 EntityCorrectionCallbacks callbacks, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_corrections(corrections)
    , m_callbacks(std::move(callbacks))
{
}

void EntityCorrectionCommand::redo()
{
    Result<CorrectionSnapshot> done = apply(m_corrections);
    if (!done) {
        setObsolete(true);
        if (m_callbacks.failed) {
            m_callbacks.failed(done.errorString());
        }
        return;
    }
    m_snapshot = std::move(done).value();
    if (m_callbacks.refresh) {
        m_callbacks.refresh();
    }
}

void EntityCorrectionCommand::undo()
{
    if (!m_snapshot) {
        return;
    }
    if (Result<void> undone = m_corrections.undo(*m_snapshot); !undone) {
        if (m_callbacks.failed) {
            m_callbacks.failed(undone.errorString());
        }
        return;
    }
    m_snapshot.reset();
    if (m_callbacks.refresh) {
        m_callbacks.refresh();
    }
}

} // namespace Gloss
