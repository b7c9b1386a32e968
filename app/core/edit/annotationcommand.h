// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

namespace Gloss {

class AnnotationEditor;

// An annotation edit that AnnotationEditor has already written when it pushes the command: the
// first redo() (QUndoStack::push) only tells the views; later redos and undos write again.
class AnnotationCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    AnnotationCommand(AnnotationEditor &editor, const QString &text);
    AnnotationEditor &editor() const { return m_editor; }
    // Writes the change (again) or takes it back; false when the store refused (reported).
    virtual bool apply() = 0;
    virtual bool revert() = 0;
    // Tells the views what changed.
    virtual void notify() = 0;

private:
    AnnotationEditor &m_editor;
    bool m_pushed = false; // the first redo() comes from QUndoStack::push, after the write
};

} // namespace Gloss
