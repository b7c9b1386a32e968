// SPDX-License-Identifier: GPL-3.0-or-later
#include "removeannotationcommand.h"

#include "annotationeditor.h"

#include <QCoreApplication>

namespace Gloss {

RemoveAnnotationCommand::RemoveAnnotationCommand(AnnotationEditor &editor, const Annotation &removed)
    : AnnotationCommand(editor, QCoreApplication::translate("Gloss::AnnotationEditor", "Remove Annotation"))
    , m_annotation(removed)
{
}

bool RemoveAnnotationCommand::apply()
{
    if (Result<void> removed = editor().store().remove(m_annotation.id); !removed) {
        editor().notifyFailure(removed.errorString());
        return false;
    }
    return true;
}

bool RemoveAnnotationCommand::revert()
{
    if (Result<void> restored = editor().store().restore(m_annotation); !restored) {
        editor().notifyFailure(restored.errorString());
        return false;
    }
    return true;
}

void RemoveAnnotationCommand::notify()
{
    editor().notifyAnnotations(m_annotation.documentId);
}

} // namespace Gloss
