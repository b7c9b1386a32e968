// SPDX-License-Identifier: GPL-3.0-or-later
#include "removecodecommand.h"

namespace Gloss {

namespace {

QString textFor(const QString &name, CodeBook::RemovedAnnotations annotations)
{
    switch (annotations) {
    case CodeBook::RemovedAnnotations::Delete:
        return RemoveCodeCommand::tr("Delete Code “%1” and Its Annotations").arg(name);
    case CodeBook::RemovedAnnotations::KeepUncoded:
        return RemoveCodeCommand::tr("Delete Code “%1”").arg(name);
    case CodeBook::RemovedAnnotations::MoveTo:
        return RemoveCodeCommand::tr("Delete Code “%1”, Moving Its Annotations").arg(name);
    }
    return {};
}

} // namespace

RemoveCodeCommand::RemoveCodeCommand(CodeBookEditor &editor, qint64 codeId, const QString &name,
                                     CodeBook::RemovedAnnotations annotations, qint64 target)
    : SnapshotCommand(editor, textFor(name, annotations))
    , m_codeId(codeId)
    , m_annotations(annotations)
    , m_target(target)
{
}

} // namespace Gloss
