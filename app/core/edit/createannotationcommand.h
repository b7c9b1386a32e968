// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationcommand.h"
#include "store/annotationrepository.h"

namespace Gloss {

// A new annotation; undo removes it, redo puts it back with the same id and uuid.
class CreateAnnotationCommand final : public AnnotationCommand
{
public:
    CreateAnnotationCommand(AnnotationEditor &editor, const Annotation &created, const QString &codeName);

protected:
    bool apply() override;
    bool revert() override;
    void notify() override;

private:
    Annotation m_annotation;
};

} // namespace Gloss
