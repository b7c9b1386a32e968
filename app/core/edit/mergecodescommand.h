// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshotcommand.h"

#include <QCoreApplication>
#include <QString>

namespace Gloss {

// The annotations and children of one code go to another and the code is removed. Undo brings
// the code back with its id, and its annotations and children with it.
class MergeCodesCommand final : public SnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeCodesCommand)

public:
    // The names are the codes' names, for the command's text.
    MergeCodesCommand(CodeBookEditor &editor, qint64 from, const QString &fromName, qint64 into, const QString &intoName);

private:
    Result<CodeBookSnapshot> takeBefore() override;
    Result<QList<qint64>> affectedCodes() override;
    Result<void> change() override;

    qint64 m_from;
    qint64 m_into;
};

} // namespace Gloss
