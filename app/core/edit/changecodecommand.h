// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codebookcommand.h"

#include <QCoreApplication>
#include <QString>

namespace Gloss {

// One value of a code changes (its name, colour or description), in the spirit of Tiled's
// ChangeValue: redo writes the new value, undo the old one.
class ChangeCodeCommand final : public CodeBookCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCodeCommand)

public:
    enum class Field { Name, Colour, Description };

    // `name` is the code's name now, for the command's text.
    ChangeCodeCommand(CodeBookEditor &editor, qint64 codeId, const QString &name, Field field, const QString &value);

    bool changedNothing() const override { return m_old == m_new; }

private:
    Result<void> apply() override;
    Result<void> reapply() override { return write(m_new); }
    Result<void> revert() override { return write(m_old); }
    bool touchesAnnotations() const override { return false; }

    Result<void> write(const QString &value);
    QString valueNow() const;

    qint64 m_codeId;
    Field m_field;
    QString m_old;
    QString m_new; // as requested, then as stored (trimmed name, lower-case colour)
};

} // namespace Gloss
