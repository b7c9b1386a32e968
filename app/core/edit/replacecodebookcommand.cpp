// SPDX-License-Identifier: GPL-3.0-or-later
#include "replacecodebookcommand.h"

#include "store/codebook.h"

#include <QFileInfo>

namespace Gloss {

ReplaceCodeBookCommand::ReplaceCodeBookCommand(CodeBookEditor &editor)
    : SnapshotCommand(editor, tr("Install Default Code Book"))
{
}

ReplaceCodeBookCommand::ReplaceCodeBookCommand(CodeBookEditor &editor, const QString &path)
    : SnapshotCommand(editor, tr("Load Code Book “%1”").arg(QFileInfo(path).fileName()))
    , m_path(path)
{
}

Result<CodeBookSnapshot> ReplaceCodeBookCommand::takeBefore()
{
    return CodeBookSnapshot::takeAll(database());
}

Result<void> ReplaceCodeBookCommand::change()
{
    return m_path.isEmpty() ? codeBook().installDefault() : codeBook().replaceWith(m_path);
}

// Every code there is now: the old ones covered already are counted once.
Result<QList<qint64>> ReplaceCodeBookCommand::createdCodes()
{
    Result<QList<Code>> codes = codeBook().list();
    if (!codes) {
        return codes.error();
    }
    QList<qint64> ids;
    for (const Code &code : std::as_const(*codes)) {
        ids.append(code.id);
    }
    return ids;
}

} // namespace Gloss
