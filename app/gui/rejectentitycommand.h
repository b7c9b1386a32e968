// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitycorrectioncommand.h"
#include "nlp/entitykind.h"

namespace Gloss {

// Rejects a false entity everywhere in the corpus.
class RejectEntityCommand final : public EntityCorrectionCommand
{
public:
    RejectEntityCommand(EntityCorrections &corrections, qint64 entityId, const QString &canonical,
                        EntityCorrectionCallbacks callbacks, QUndoCommand *parent = nullptr);

private:
    Result<CorrectionSnapshot> apply(EntityCorrections &corrections) override;

    qint64 m_entityId;
};

} // namespace Gloss
