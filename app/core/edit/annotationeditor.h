// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/annotationrepository.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

class QUndoStack;

namespace Gloss {

class Database;

// Every change of annotations and document notes as an undoable command on the corpus's
// QUndoStack. Each call commits its change to the database at once and returns how that went; a
// failed change leaves nothing on the stack. Undo and redo report failures through failed().
class AnnotationEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationEditor)

public:
    AnnotationEditor(Database &database, QUndoStack *undoStack, QObject *parent = nullptr);
    ~AnnotationEditor() override;

    const AnnotationRepository &repository() const { return m_repository; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // The author stored with new annotations and notes.
    QString author() const { return m_author; }
    void setAuthor(const QString &author) { m_author = author; }

    Result<Annotation> annotate(qint64 documentId, qsizetype start, qsizetype end, qint64 codeId,
                                const QString &note = {});
    // The annotations as the window shows them now (it calls this whenever it reloads them):
    // a change of one that another user has changed since is refused ("changed by X since you
    // opened it", AnnotationRepository::staleMessage()) and overwrites nothing. Annotations
    // never shown (the command line) are changed at the version they are at.
    void setShown(const QList<Annotation> &annotations);
    int shownVersion(qint64 annotationId) const { return m_shown.value(annotationId, 0); }
    Result<void> setCode(qint64 annotationId, qint64 codeId);
    // Successive edits of the same note (typing) merge into one undo step.
    Result<void> setNote(qint64 annotationId, const QString &note);
    Result<void> remove(qint64 annotationId);
    // Successive edits of the same document's note merge into one undo step.
    Result<void> setDocumentNote(qint64 documentId, const QString &markdown);

    // For the undo commands: the store they write through, and the signals they raise.
    AnnotationRepository &store() { return m_repository; }
    // Sets code and note of an annotation whatever version it is at now (undo and redo).
    Result<Annotation> storeChange(qint64 annotationId, qint64 codeId, const QString &note);
    void notifyAnnotations(qint64 documentId) { Q_EMIT annotationsChanged(documentId); }
    void notifyDocumentNote(qint64 documentId) { Q_EMIT documentNoteChanged(documentId); }
    void notifyFailure(const QString &message) { Q_EMIT failed(message); }

Q_SIGNALS:
    // The annotations of a document changed (created, removed, recoded, a note edited).
    void annotationsChanged(qint64 documentId);
    void documentNoteChanged(qint64 documentId);
    void failed(const QString &message);

private:
    Result<void> change(qint64 annotationId, std::optional<qint64> codeId, std::optional<QString> note);

    Database &m_database;
    AnnotationRepository m_repository;
    QUndoStack *m_undoStack;
    QString m_author;
    QHash<qint64, int> m_shown; // annotation id → the version the user has seen
};

} // namespace Gloss
