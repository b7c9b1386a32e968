// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codebookcommand.h"
#include "store/codebooksnapshot.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Gloss {

// A change of the code book that creates, deletes or rearranges rows (codes, and the annotations
// of the codes it reaches), undone and redone by putting back a snapshot: the rows it covers as
// they were before the change, and as the change left them. The change itself runs once; redo
// writes the second snapshot, so ids stay what they were and later commands on the stack still
// find their codes.
class SnapshotCommand : public CodeBookCommand
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotCommand)

public:
    bool changedNothing() const override { return m_before == m_after; }

protected:
    using CodeBookCommand::CodeBookCommand;

    // The rows the change may reach, taken before it runs (by default: the codes affectedCodes()
    // names and their annotations).
    virtual Result<CodeBookSnapshot> takeBefore();
    virtual Result<QList<qint64>> affectedCodes() = 0;
    // Runs the change through the code book.
    virtual Result<void> change() = 0;
    // The codes the change made (their rows go with undo).
    virtual Result<QList<qint64>> createdCodes() { return QList<qint64>(); }

    const std::optional<CodeBookSnapshot> &before() const { return m_before; }

private:
    Result<void> apply() final;
    Result<void> reapply() final;
    Result<void> revert() final;
    bool touchesAnnotations() const final;

    std::optional<CodeBookSnapshot> m_before;
    std::optional<CodeBookSnapshot> m_after;
};

} // namespace Gloss
