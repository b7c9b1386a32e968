// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QUndoCommand>

namespace Gloss {

class CodeBook;
class CodeBookEditor;
class Database;

// A change of the code book for the corpus's QUndoStack. CodeBookEditor runs the change itself
// (firstRedo()) before it pushes the command, so a change the store refuses never reaches the
// stack; the redo() of the push then only tells the views. Later redos and undos write again and
// report a refusal through CodeBookEditor::failed(). Both are idempotent: after a refused undo
// the store still holds the change, and a redo that writes it again does no harm.
class CodeBookCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

    // Makes the change; false when the store refused it (nothing changed then).
    Result<void> firstRedo();
    // The change left the store as it was (renaming a code to its name): nothing to undo.
    virtual bool changedNothing() const = 0;

protected:
    CodeBookCommand(CodeBookEditor &editor, const QString &text);

    CodeBookEditor &editor() const { return m_editor; }
    Database &database() const;
    CodeBook &codeBook() const;

    // The change, the first time.
    virtual Result<void> apply() = 0;
    // The change again (redo), and taking it back (undo).
    virtual Result<void> reapply() = 0;
    virtual Result<void> revert() = 0;
    // Whether the change reaches annotations too (their code, or the rows themselves).
    virtual bool touchesAnnotations() const = 0;

private:
    CodeBookEditor &m_editor;
    bool m_applied = false; // firstRedo() wrote the change; the next redo() comes from the push
};

} // namespace Gloss
