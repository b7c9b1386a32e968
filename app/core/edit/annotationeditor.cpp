// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationeditor.h"

#include "changeannotationcommand.h"
#include "createannotationcommand.h"
#include "documentnotecommand.h"
#include "removeannotationcommand.h"
#include "store/codebook.h"
#include "store/database.h"

#include <QUndoStack>

namespace Gloss {

AnnotationEditor::AnnotationEditor(Database &database, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(database)
    , m_undoStack(undoStack)
{
}

AnnotationEditor::~AnnotationEditor() = default;

Result<Annotation> AnnotationEditor::annotate(qint64 documentId, qsizetype start, qsizetype end, qint64 codeId,
                                              const QString &note)
{
    Result<Annotation> created = m_repository.create(documentId, start, end, codeId, note, m_author);
    if (!created) {
        return created;
    }
    m_shown.insert(created->id, created->version);
    const std::optional<Code> code = codeId > 0 ? CodeBook(m_database).find(codeId) : std::nullopt;
    m_undoStack->push(new CreateAnnotationCommand(*this, *created, code ? code->name : QString()));
    return created;
}

void AnnotationEditor::setShown(const QList<Annotation> &annotations)
{
    for (const Annotation &annotation : annotations) {
        m_shown.insert(annotation.id, annotation.version);
    }
}

Result<void> AnnotationEditor::setCode(qint64 annotationId, qint64 codeId)
{
    return change(annotationId, codeId, std::nullopt);
}

Result<void> AnnotationEditor::setNote(qint64 annotationId, const QString &note)
{
    return change(annotationId, std::nullopt, note);
}

Result<void> AnnotationEditor::change(qint64 annotationId, std::optional<qint64> codeId, std::optional<QString> note)
{
    const std::optional<Annotation> current = m_repository.find(annotationId);
    if (!current) {
        return badInput(tr("There is no annotation %1.").arg(annotationId));
    }
    const ChangeAnnotationCommand::State before{current->codeId, current->note};
    const ChangeAnnotationCommand::State after{codeId.value_or(current->codeId), note.value_or(current->note)};
    if (before.codeId == after.codeId && before.note == after.note) {
        return {};
    }
    // The version the user saw, not the one stored now: another user's change in between is
    // refused rather than overwritten.
    const int seen = m_shown.value(annotationId, current->version);
    Result<Annotation> updated = m_repository.update(annotationId, seen, after.codeId, after.note, m_author);
    if (!updated) {
        return updated.error();
    }
    m_shown.insert(annotationId, updated->version);
    m_undoStack->push(new ChangeAnnotationCommand(*this, annotationId, current->documentId, before, after));
    return {};
}

Result<Annotation> AnnotationEditor::storeChange(qint64 annotationId, qint64 codeId, const QString &note)
{
    const std::optional<Annotation> current = m_repository.find(annotationId);
    if (!current) {
        return badInput(tr("Annotation %1 no longer exists (removed in another window?).").arg(annotationId));
    }
    Result<Annotation> updated = m_repository.update(annotationId, current->version, codeId, note, m_author);
    if (updated) {
        m_shown.insert(annotationId, updated->version);
    }
    return updated;
}

Result<void> AnnotationEditor::remove(qint64 annotationId)
{
    const std::optional<Annotation> current = m_repository.find(annotationId);
    if (!current) {
        return badInput(tr("There is no annotation %1.").arg(annotationId));
    }
    if (Result<void> removed = m_repository.remove(annotationId); !removed) {
        return removed;
    }
    m_undoStack->push(new RemoveAnnotationCommand(*this, *current));
    return {};
}

Result<void> AnnotationEditor::setDocumentNote(qint64 documentId, const QString &markdown)
{
    Result<DocumentNote> current = m_repository.note(documentId);
    if (!current) {
        return current.error();
    }
    if (current->note == markdown) {
        return {};
    }
    if (Result<void> written = m_repository.setNote(documentId, markdown, m_author); !written) {
        return written;
    }
    m_undoStack->push(new DocumentNoteCommand(*this, documentId, current->note, markdown));
    return {};
}

} // namespace Gloss
