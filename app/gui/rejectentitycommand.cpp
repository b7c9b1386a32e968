// SPDX-License-Identifier: GPL-3.0-or-later
#include "rejectentitycommand.h"

#include <QCoreApplication>

namespace Gloss {

RejectEntityCommand::RejectEntityCommand(EntityCorrections &corrections, qint64 entityId, const QString &canonical,
                                         EntityCorrectionCallbacks callbacks, QUndoCommand *parent)
    : EntityCorrectionCommand(QCoreApplication::translate("Gloss::EntityCorrectionCommand", "Reject “%1”").arg(canonical),
                              corrections, std::move(callbacks), parent)
    , m_entityId(entityId)
{
}

Result<CorrectionSnapshot> RejectEntityCommand::apply(EntityCorrections &corrections)
{
    return corrections.rejectEntity(m_entityId);
}

} // namespace Gloss
