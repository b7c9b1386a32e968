// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporttarget.h"

#include <QDir>
#include <QFileInfo>

namespace Gloss {

ExportTarget::ExportTarget(const QString &path)
    : m_path(path)
    , m_file(path)
{
}

Result<void> ExportTarget::open()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (m_path.isEmpty()) {
        return badInput(tr("No file to export to was given."));
    }
    if (QFileInfo(m_path).isDir()) {
        return badInput(tr("%1 is a folder; export to a file.").arg(shown));
    }
    if (!m_file.open(QIODevice::WriteOnly)) {
        return ioError(tr("Cannot write %1: %2").arg(shown, m_file.errorString()));
    }
    return {};
}

Error ExportTarget::writeError() const
{
    return ioError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString()));
}

Result<void> ExportTarget::commit()
{
    if (!m_file.commit()) {
        return writeError();
    }
    return {};
}

Error ExportTarget::cancelled()
{
    return Error{ErrorKind::Cancelled, tr("The export was cancelled; no file was written.")};
}

} // namespace Gloss
