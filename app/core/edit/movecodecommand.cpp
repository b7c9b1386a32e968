// SPDX-License-Identifier: GPL-3.0-or-later
#include "movecodecommand.h"

#include "store/codebook.h"

namespace Gloss {

MoveCodeCommand::MoveCodeCommand(CodeBookEditor &editor, qint64 codeId, const QString &name, qint64 parentId,
                                 int position)
    : SnapshotCommand(editor, tr("Move Code “%1”").arg(name))
    , m_codeId(codeId)
    , m_parentId(parentId)
    , m_position(position)
{
}

// The code and its new siblings (CodeBook::move numbers them again); the old siblings keep
// their positions.
Result<QList<qint64>> MoveCodeCommand::affectedCodes()
{
    Result<QList<Code>> codes = codeBook().list();
    if (!codes) {
        return codes.error();
    }
    QList<qint64> affected{m_codeId};
    for (const Code &code : std::as_const(*codes)) {
        if (code.parentId == m_parentId) {
            affected.append(code.id);
        }
    }
    return affected;
}

// A move leaves every annotation as it is.
Result<CodeBookSnapshot> MoveCodeCommand::takeBefore()
{
    Result<QList<qint64>> codes = affectedCodes();
    if (!codes) {
        return codes.error();
    }
    return CodeBookSnapshot::take(database(), *codes, {});
}

Result<void> MoveCodeCommand::change()
{
    return codeBook().move(m_codeId, m_parentId, m_position);
}

} // namespace Gloss
