// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcommand.h"

namespace Gloss {

AnnotationCommand::AnnotationCommand(AnnotationEditor &editor, const QString &text)
    : QUndoCommand(text)
    , m_editor(editor)
{
}

void AnnotationCommand::redo()
{
    if (m_pushed && !apply()) {
        return;
    }
    m_pushed = true;
    notify();
}

void AnnotationCommand::undo()
{
    if (revert()) {
        notify();
    }
}

} // namespace Gloss
