// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookcommand.h"

#include "codebookeditor.h"

namespace Gloss {

CodeBookCommand::CodeBookCommand(CodeBookEditor &editor, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
{
}

Database &CodeBookCommand::database() const
{
    return m_editor.database();
}

CodeBook &CodeBookCommand::codeBook() const
{
    return m_editor.store();
}

Result<void> CodeBookCommand::firstRedo()
{
    Result<void> done = apply();
    m_applied = done.ok();
    return done;
}

void CodeBookCommand::redo()
{
    if (m_applied) {
        m_applied = false;
    } else if (Result<void> done = reapply(); !done) {
        m_editor.notifyFailure(done.errorString());
        return;
    }
    m_editor.notifyChanged(touchesAnnotations());
}

void CodeBookCommand::undo()
{
    if (Result<void> done = revert(); !done) {
        m_editor.notifyFailure(done.errorString());
        return;
    }
    m_editor.notifyChanged(touchesAnnotations());
}

} // namespace Gloss
