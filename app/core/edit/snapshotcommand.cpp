// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshotcommand.h"

#include "codebookcommand.h"

namespace Gloss {

Result<CodeBookSnapshot> SnapshotCommand::takeBefore()
{
    Result<QList<qint64>> codes = affectedCodes();
    if (!codes) {
        return codes.error();
    }
    return CodeBookSnapshot::take(database(), *codes);
}

Result<void> SnapshotCommand::apply()
{
    Result<CodeBookSnapshot> before = takeBefore();
    if (!before) {
        return before.error();
    }
    if (Result<void> changed = change(); !changed) {
        return changed;
    }
    // From here on the change is in the store: if it cannot be recorded, it is taken back, so
    // that nothing is changed that the stack could not undo.
    const auto takeBack = [&](const Error &error) -> Result<void> {
        if (Result<void> restored = before->restore(database()); !restored) {
            return databaseError(tr("%1 Taking the change back failed too: %2").arg(error.message, restored.errorString()));
        }
        return error;
    };
    Result<QList<qint64>> created = createdCodes();
    if (!created) {
        return takeBack(created.error());
    }
    before->cover(*created);
    Result<CodeBookSnapshot> after = CodeBookSnapshot::take(database(), before->codeIds(), before->annotationIds());
    if (!after) {
        return takeBack(after.error());
    }
    m_before = std::move(before).value();
    m_after = std::move(after).value();
    return {};
}

Result<void> SnapshotCommand::reapply()
{
    return m_after->restore(database());
}

Result<void> SnapshotCommand::revert()
{
    return m_before->restore(database());
}

bool SnapshotCommand::touchesAnnotations() const
{
    return m_before->presentAnnotations() > 0 || m_after->presentAnnotations() > 0;
}

} // namespace Gloss
