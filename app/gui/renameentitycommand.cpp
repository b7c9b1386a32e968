// SPDX-License-Identifier: GPL-3.0-or-later
#include "renameentitycommand.h"

#include <QCoreApplication>

namespace Gloss {

RenameEntityCommand::RenameEntityCommand(EntityCorrections &corrections, qint64 entityId, const QString &oldName,
                                         const QString &newName, EntityCorrectionCallbacks callbacks,
                                         QUndoCommand *parent)
    : EntityCorrectionCommand(
          QCoreApplication::translate("Gloss::EntityCorrectionCommand", "Rename “%1” to “%2”").arg(oldName, newName),
          corrections, std::move(callbacks), parent)
    , m_entityId(entityId)
    , m_newName(newName)
{
}

Result<CorrectionSnapshot> RenameEntityCommand::apply(EntityCorrections &corrections)
{
    return corrections.renameEntity(m_entityId, m_newName);
}

} // namespace Gloss
