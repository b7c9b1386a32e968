// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshotcommand.h"

#include <QCoreApplication>
#include <QString>

namespace Gloss {

// A code goes to another place in the tree: under another parent, or among its siblings. Undo
// puts back its parent and the positions of the siblings it joined, exactly as they were.
class MoveCodeCommand final : public SnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveCodeCommand)

public:
    // `name` is the code's name, for the command's text.
    MoveCodeCommand(CodeBookEditor &editor, qint64 codeId, const QString &name, qint64 parentId, int position);

private:
    Result<CodeBookSnapshot> takeBefore() override;
    Result<QList<qint64>> affectedCodes() override;
    Result<void> change() override;

    qint64 m_codeId;
    qint64 m_parentId;
    int m_position;
};

} // namespace Gloss
