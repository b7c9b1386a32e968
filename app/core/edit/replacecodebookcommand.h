// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshotcommand.h"

#include <QCoreApplication>
#include <QString>

namespace Gloss {

// The whole code book changes: the default one is installed, or another is loaded from a JSON
// file in place of the corpus's codes. Undo puts back every code and every coded annotation as
// they were; redo the codes the file gave, with the same ids (the file is read once).
class ReplaceCodeBookCommand final : public SnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceCodeBookCommand)

public:
    // The default code book (when the corpus has no codes).
    explicit ReplaceCodeBookCommand(CodeBookEditor &editor);
    // The code book in `path`.
    ReplaceCodeBookCommand(CodeBookEditor &editor, const QString &path);

private:
    Result<CodeBookSnapshot> takeBefore() override;
    Result<QList<qint64>> affectedCodes() override { return QList<qint64>(); }
    Result<void> change() override;
    Result<QList<qint64>> createdCodes() override;

    QString m_path; // empty: the default code book
};

} // namespace Gloss
