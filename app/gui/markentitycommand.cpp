// SPDX-License-Identifier: GPL-3.0-or-later
#include "markentitycommand.h"

#include <QCoreApplication>

namespace Gloss {

MarkEntityCommand::MarkEntityCommand(EntityCorrections &corrections, qint64 documentId, qsizetype start,
                                     qsizetype end, EntityKind kind, const QString &canonical,
                                     EntityCorrectionCallbacks callbacks, QUndoCommand *parent)
    : EntityCorrectionCommand(QCoreApplication::translate("Gloss::EntityCorrectionCommand", "Mark “%1”").arg(canonical),
                              corrections, std::move(callbacks), parent)
    , m_documentId(documentId)
    , m_start(start)
    , m_end(end)
    , m_kind(kind)
    , m_canonical(canonical)
{
}

Result<CorrectionSnapshot> MarkEntityCommand::apply(EntityCorrections &corrections)
{
    return corrections.markEntity(m_documentId, m_start, m_end, m_kind, m_canonical);
}

} // namespace Gloss
