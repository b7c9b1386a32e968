// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

namespace Gloss {

// The file an export writes: a QSaveFile, so the target only changes when commit() succeeds.
// A failed or cancelled export (the object destroyed without commit) leaves it as it was.
class ExportTarget final
{
    Q_DECLARE_TR_FUNCTIONS(ExportTarget)

public:
    explicit ExportTarget(const QString &path);
    Q_DISABLE_COPY_MOVE(ExportTarget)

    Result<void> open();
    QIODevice *device() { return &m_file; }
    // The message for a failed write, naming the file.
    Error writeError() const;
    Result<void> commit();

    static Error cancelled();

private:
    QString m_path;
    QSaveFile m_file;
};

} // namespace Gloss
