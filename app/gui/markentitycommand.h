// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitycorrectioncommand.h"
#include "nlp/entitykind.h"

namespace Gloss {

// Marks a span of an article as an entity, and every other occurrence of its text in the corpus.
class MarkEntityCommand final : public EntityCorrectionCommand
{
public:
    MarkEntityCommand(EntityCorrections &corrections, qint64 documentId, qsizetype start, qsizetype end,
                      EntityKind kind, const QString &canonical, EntityCorrectionCallbacks callbacks,
                      QUndoCommand *parent = nullptr);

private:
    Result<CorrectionSnapshot> apply(EntityCorrections &corrections) override;

    qint64 m_documentId;
    qsizetype m_start;
    qsizetype m_end;
    EntityKind m_kind;
    QString m_canonical;
};

} // namespace Gloss
