// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeannotationcommand.h"

#include "annotationeditor.h"

#include <QCoreApplication>

namespace Gloss {

namespace {

constexpr int NoteEditId = 0x474e4f54; // merges successive note edits

} // namespace

ChangeAnnotationCommand::ChangeAnnotationCommand(AnnotationEditor &editor, qint64 annotationId, qint64 documentId,
                                                 State before, State after)
    : AnnotationCommand(editor, before.codeId == after.codeId
                                    ? QCoreApplication::translate("Gloss::AnnotationEditor", "Edit Note")
                                    : QCoreApplication::translate("Gloss::AnnotationEditor", "Change Code"))
    , m_annotationId(annotationId)
    , m_documentId(documentId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

int ChangeAnnotationCommand::id() const
{
    return isNoteEdit() ? NoteEditId : -1;
}

bool ChangeAnnotationCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeAnnotationCommand *>(other);
    if (next->m_annotationId != m_annotationId || !next->isNoteEdit()) {
        return false;
    }
    m_after = next->m_after;
    return true;
}

bool ChangeAnnotationCommand::apply()
{
    return write(m_after);
}

bool ChangeAnnotationCommand::revert()
{
    return write(m_before);
}

bool ChangeAnnotationCommand::write(const State &state)
{
    if (Result<Annotation> changed = editor().storeChange(m_annotationId, state.codeId, state.note); !changed) {
        editor().notifyFailure(changed.errorString());
        return false;
    }
    return true;
}

void ChangeAnnotationCommand::notify()
{
    editor().notifyAnnotations(m_documentId);
}

} // namespace Gloss
