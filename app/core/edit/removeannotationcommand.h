// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationcommand.h"
#include "store/annotationrepository.h"

namespace Gloss {

// A removed annotation; undo puts it back exactly as it was.
class RemoveAnnotationCommand final : public AnnotationCommand
{
public:
    RemoveAnnotationCommand(AnnotationEditor &editor, const Annotation &removed);

protected:
    bool apply() override;
    bool revert() override;
    void notify() override;

private:
    Annotation m_annotation;
};

} // namespace Gloss
