// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitycorrectioncommand.h"
#include "nlp/entitykind.h"

namespace Gloss {

// Renames an entity, merging it into another of the same kind that already has the name.
class RenameEntityCommand final : public EntityCorrectionCommand
{
public:
    RenameEntityCommand(EntityCorrections &corrections, qint64 entityId, const QString &oldName,
                        const QString &newName, EntityCorrectionCallbacks callbacks, QUndoCommand *parent = nullptr);

private:
    Result<CorrectionSnapshot> apply(EntityCorrections &corrections) override;

    qint64 m_entityId;
    QString m_newName;
};

} // namespace Gloss
