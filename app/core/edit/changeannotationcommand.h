// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationcommand.h"

#include <QString>

namespace Gloss {

// A new code or note for an annotation. Successive note edits of one annotation (typing) merge.
class ChangeAnnotationCommand final : public AnnotationCommand
{
public:
    struct State {
        qint64 codeId = 0;
        QString note;
    };

    ChangeAnnotationCommand(AnnotationEditor &editor, qint64 annotationId, qint64 documentId, State before,
                            State after);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    bool apply() override;
    bool revert() override;
    void notify() override;

private:
    bool write(const State &state);
    bool isNoteEdit() const { return m_before.codeId == m_after.codeId; }

    qint64 m_annotationId;
    qint64 m_documentId;
    State m_before;
    State m_after;
};

} // namespace Gloss
