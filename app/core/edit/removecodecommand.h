// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshotcommand.h"
#include "store/codebook.h"

#include <QCoreApplication>
#include <QString>

namespace Gloss {

// A code and the codes below it are removed; their annotations are deleted, kept without a code
// or moved to another code. Undo brings back the codes with their ids and the annotations as
// they were.
class RemoveCodeCommand final : public SnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveCodeCommand)

public:
    // `name` is the code's name, for the command's text.
    RemoveCodeCommand(CodeBookEditor &editor, qint64 codeId, const QString &name,
                      CodeBook::RemovedAnnotations annotations, qint64 target);

private:
    Result<QList<qint64>> affectedCodes() override { return codeBook().withDescendants(m_codeId); }
    Result<void> change() override { return codeBook().remove(m_codeId, m_annotations, m_target); }

    qint64 m_codeId;
    CodeBook::RemovedAnnotations m_annotations;
    qint64 m_target;
};

} // namespace Gloss
