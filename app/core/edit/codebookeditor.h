// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "store/codebook.h"

#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace Gloss {

class CodeBookCommand;
class Database;

// Every change of the corpus's code book as an undoable command on the corpus's QUndoStack.
// Each call runs its change at once (committed to the database) and returns how that went; a
// failed change leaves nothing on the stack. Undo and redo from the stack report failures
// through failed().
class CodeBookEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeBookEditor)

public:
    CodeBookEditor(Database &database, QUndoStack *undoStack, QObject *parent = nullptr);
    ~CodeBookEditor() override;

    const CodeBook &codeBook() const { return m_codeBook; }
    QUndoStack *undoStack() const { return m_undoStack; }

    Result<qint64> createCode(const QString &name, const QString &colour, qint64 parentId = 0,
                              const QString &description = {});
    Result<void> renameCode(qint64 id, const QString &name);
    Result<void> recolourCode(qint64 id, const QString &colour);
    Result<void> describeCode(qint64 id, const QString &description);
    // Under `parentId` (0: top level) at `position` among the new siblings (-1 appends).
    Result<void> moveCode(qint64 id, qint64 parentId, int position = -1);
    Result<void> mergeCodes(qint64 from, qint64 into);
    Result<void> removeCode(qint64 id, CodeBook::RemovedAnnotations annotations, qint64 target = 0);
    Result<void> installDefaultCodeBook();
    Result<void> replaceCodeBook(const QString &path);

    // For the undo commands and the code-book model: the store they read and write through, and
    // the signals they raise.
    Database &database() const { return m_database; }
    CodeBook &store() { return m_codeBook; }
    void notifyChanged(bool annotationsToo);
    void notifyFailure(const QString &message) { Q_EMIT failed(message); }

Q_SIGNALS:
    // The codes changed (by a call, an undo or a redo).
    void codesChanged();
    // A change of the code book also changed annotations (merge, remove, replace, and their undo).
    void annotationsChanged();
    void failed(const QString &message);

private:
    // Runs the command's change; pushes it when it changed something, drops it when it failed.
    Result<void> run(std::unique_ptr<CodeBookCommand> command);
    void keep(std::unique_ptr<CodeBookCommand> command);

    Database &m_database;
    CodeBook m_codeBook;
    QUndoStack *m_undoStack;
};

} // namespace Gloss
