// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/codebook.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace Gloss {

// Asks what happens to the annotations of a code that is deleted (and of the codes below it):
// deleted with it, kept without a code, or moved to another code.
class RemoveCodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoveCodeDialog)

public:
    struct Target {
        qint64 id = 0;
        QString path;
        QString colour;
    };

    // `path` is the code's full path, `children` how many codes are below it, `annotations` how
    // many annotations they have together; `targets` the codes the annotations can move to.
    RemoveCodeDialog(const QString &path, int children, qint64 annotations, const QList<Target> &targets,
                     QWidget *parent = nullptr);
    ~RemoveCodeDialog() override;

    CodeBook::RemovedAnnotations choice() const;
    void setChoice(CodeBook::RemovedAnnotations choice);
    // The code chosen for MoveTo (0 when there is none).
    qint64 target() const;
    void setTarget(qint64 codeId);

    QRadioButton *button(CodeBook::RemovedAnnotations choice) const;
    QComboBox *targetField() const { return m_targets; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateState();

    QLabel *m_question;
    QRadioButton *m_delete;
    QRadioButton *m_keep;
    QRadioButton *m_move;
    QComboBox *m_targets;
    QDialogButtonBox *m_buttons;
};

} // namespace Gloss
