// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshotcommand.h"

#include <QCoreApplication>
#include <QString>

namespace Gloss {

// A new code; undo removes it, redo puts it back with the same id and place.
class CreateCodeCommand final : public SnapshotCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateCodeCommand)

public:
    CreateCodeCommand(CodeBookEditor &editor, const QString &name, const QString &colour, qint64 parentId,
                      const QString &description);

    // The code made by the first redo.
    qint64 codeId() const { return m_codeId; }

private:
    Result<QList<qint64>> affectedCodes() override { return QList<qint64>(); }
    Result<void> change() override;
    Result<QList<qint64>> createdCodes() override { return QList<qint64>{m_codeId}; }

    QString m_name;
    QString m_colour;
    qint64 m_parentId;
    QString m_description;
    qint64 m_codeId = 0;
};

} // namespace Gloss
