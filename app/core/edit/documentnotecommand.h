// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationcommand.h"

#include <QString>

namespace Gloss {

// A new text for an article's own note. Successive edits of one article's note merge.
class DocumentNoteCommand final : public AnnotationCommand
{
public:
    DocumentNoteCommand(AnnotationEditor &editor, qint64 documentId, QString before, QString after);

    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

protected:
    bool apply() override;
    bool revert() override;
    void notify() override;

private:
    bool write(const QString &markdown);

    qint64 m_documentId;
    QString m_before;
    QString m_after;
};

} // namespace Gloss
