// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentnotecommand.h"

#include "annotationeditor.h"

#include <QCoreApplication>

namespace Gloss {

namespace {

constexpr int DocumentNoteEditId = 0x47444e54;

} // namespace

DocumentNoteCommand::DocumentNoteCommand(AnnotationEditor &editor, qint64 documentId, QString before, QString after)
    : AnnotationCommand(editor, QCoreApplication::translate("Gloss::AnnotationEditor", "Edit Article Note"))
    , m_documentId(documentId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

int DocumentNoteCommand::id() const
{
    return DocumentNoteEditId;
}

bool DocumentNoteCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const DocumentNoteCommand *>(other);
    if (next->m_documentId != m_documentId) {
        return false;
    }
    m_after = next->m_after;
    return true;
}

bool DocumentNoteCommand::apply()
{
    return write(m_after);
}

bool DocumentNoteCommand::revert()
{
    return write(m_before);
}

bool DocumentNoteCommand::write(const QString &markdown)
{
    if (Result<void> written = editor().store().setNote(m_documentId, markdown, editor().author()); !written) {
        editor().notifyFailure(written.errorString());
        return false;
    }
    return true;
}

void DocumentNoteCommand::notify()
{
    editor().notifyDocumentNote(m_documentId);
}

} // namespace Gloss
