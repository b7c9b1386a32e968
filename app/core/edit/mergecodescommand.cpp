// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergecodescommand.h"

#include "store/codebook.h"

namespace Gloss {

MergeCodesCommand::MergeCodesCommand(CodeBookEditor &editor, qint64 from, const QString &fromName, qint64 into,
                                     const QString &intoName)
    : SnapshotCommand(editor, tr("Merge “%1” into “%2”").arg(fromName, intoName))
    , m_from(from)
    , m_into(into)
{
}

// The code that goes and its children (they move under the other code, at its end).
Result<QList<qint64>> MergeCodesCommand::affectedCodes()
{
    Result<QList<Code>> codes = codeBook().list();
    if (!codes) {
        return codes.error();
    }
    QList<qint64> affected{m_from};
    for (const Code &code : std::as_const(*codes)) {
        if (code.parentId == m_from) {
            affected.append(code.id);
        }
    }
    return affected;
}

// The annotations of the code that goes take the other code; those of its children keep theirs.
Result<CodeBookSnapshot> MergeCodesCommand::takeBefore()
{
    Result<QList<qint64>> codes = affectedCodes();
    if (!codes) {
        return codes.error();
    }
    Result<QList<qint64>> annotations = CodeBookSnapshot::annotationsOf(database(), {m_from});
    if (!annotations) {
        return annotations.error();
    }
    return CodeBookSnapshot::take(database(), *codes, *annotations);
}

Result<void> MergeCodesCommand::change()
{
    return codeBook().merge(m_from, m_into);
}

} // namespace Gloss
