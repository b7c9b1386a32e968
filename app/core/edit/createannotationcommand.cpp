// SPDX-License-Identifier: GPL-3.0-or-later
#include "createannotationcommand.h"

#include "annotationeditor.h"

#include <QCoreApplication>

namespace Gloss {

namespace {

QString shortQuote(const QString &quote)
{
    constexpr qsizetype Length = 30;
    const QString simple = quote.simplified();
    return simple.size() <= Length ? simple : simple.left(Length - 1) + QChar(0x2026);
}

} // namespace

CreateAnnotationCommand::CreateAnnotationCommand(AnnotationEditor &editor, const Annotation &created,
                                                 const QString &codeName)
    : AnnotationCommand(editor, codeName.isEmpty()
                                    ? QCoreApplication::translate("Gloss::AnnotationEditor", "Annotate “%1”")
                                          .arg(shortQuote(created.quote))
                                    : QCoreApplication::translate("Gloss::AnnotationEditor", "Annotate “%1” as %2")
                                          .arg(shortQuote(created.quote), codeName))
    , m_annotation(created)
{
}

bool CreateAnnotationCommand::apply()
{
    if (Result<void> restored = editor().store().restore(m_annotation); !restored) {
        editor().notifyFailure(restored.errorString());
        return false;
    }
    return true;
}

bool CreateAnnotationCommand::revert()
{
    // Keep what was stored last (a note typed after creating it) for the redo.
    if (std::optional<Annotation> current = editor().store().find(m_annotation.id)) {
        m_annotation = *current;
    }
    if (Result<void> removed = editor().store().remove(m_annotation.id); !removed) {
        editor().notifyFailure(removed.errorString());
        return false;
    }
    return true;
}

void CreateAnnotationCommand::notify()
{
    editor().notifyAnnotations(m_annotation.documentId);
}

} // namespace Gloss
