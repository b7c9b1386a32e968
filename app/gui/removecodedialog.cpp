// SPDX-License-Identifier: GPL-3.0-or-later
#include "removecodedialog.h"

#include <QColor>
#include <QComboBox>
#include <QHBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

RemoveCodeDialog::RemoveCodeDialog(const QString &path, int children, qint64 annotations, const QList<Target> &targets,
                                   QWidget *parent)
    : QDialog(parent)
    , m_question(new QLabel(this))
    , m_delete(new QRadioButton(tr("&Delete the annotations"), this))
    , m_keep(new QRadioButton(tr("&Keep them without a code"), this))
    , m_move(new QRadioButton(tr("&Move them to:"), this))
    , m_targets(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(u"removeCodeDialog"_s);
    m_question->setObjectName(u"question"_s);
    setWindowTitle(tr("Delete Code"));
    const QString annotated = tr("%n annotation(s)", nullptr, int(annotations));
    m_question->setText(children > 0
                            ? tr("“%1” and the %n code(s) below it have %2. What should happen to them?", nullptr, children)
                                  .arg(path, annotated)
                            : tr("“%1” has %2. What should happen to them?").arg(path, annotated));
    m_question->setWordWrap(true);
    m_question->setTextFormat(Qt::PlainText);

    const int swatch = fontMetrics().height() * 3 / 4;
    for (const Target &target : targets) {
        QPixmap colour(swatch, swatch);
        colour.fill(QColor::fromString(target.colour));
        m_targets->addItem(QIcon(colour), target.path, target.id);
    }
    m_targets->setAccessibleName(tr("Code to move the annotations to"));
    if (targets.isEmpty()) {
        m_move->setEnabled(false);
        m_move->setToolTip(tr("There is no other code to move them to."));
    }
    m_keep->setChecked(true);

    QPushButton *remove = m_buttons->addButton(tr("Delete Code"), QDialogButtonBox::AcceptRole);
    remove->setObjectName(u"deleteButton"_s);
    remove->setDefault(true);

    auto *note = new QLabel(tr("Edit › Undo brings the code and its annotations back."), this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_keep);
    layout->addWidget(m_move);
    auto *targetRow = new QHBoxLayout;
    targetRow->addSpacing(style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) + 6);
    targetRow->addWidget(m_targets, 1);
    layout->addLayout(targetRow);
    layout->addWidget(m_delete);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QRadioButton *button : {m_delete, m_keep, m_move}) {
        connect(button, &QRadioButton::toggled, this, &RemoveCodeDialog::updateState);
    }
    updateState();
}

RemoveCodeDialog::~RemoveCodeDialog() = default;

void RemoveCodeDialog::updateState()
{
    m_targets->setEnabled(m_move->isChecked());
}

CodeBook::RemovedAnnotations RemoveCodeDialog::choice() const
{
    if (m_delete->isChecked()) {
        return CodeBook::RemovedAnnotations::Delete;
    }
    if (m_move->isChecked() && m_targets->count() > 0) {
        return CodeBook::RemovedAnnotations::MoveTo;
    }
    return CodeBook::RemovedAnnotations::KeepUncoded;
}

void RemoveCodeDialog::setChoice(CodeBook::RemovedAnnotations choice)
{
    button(choice)->setChecked(true);
}

QRadioButton *RemoveCodeDialog::button(CodeBook::RemovedAnnotations choice) const
{
    switch (choice) {
    case CodeBook::RemovedAnnotations::Delete:
        return m_delete;
    case CodeBook::RemovedAnnotations::KeepUncoded:
        return m_keep;
    case CodeBook::RemovedAnnotations::MoveTo:
        return m_move;
    }
    return m_keep;
}

qint64 RemoveCodeDialog::target() const
{
    return m_targets->currentIndex() >= 0 ? m_targets->currentData().toLongLong() : 0;
}

void RemoveCodeDialog::setTarget(qint64 codeId)
{
    const int index = m_targets->findData(codeId);
    if (index >= 0) {
        m_targets->setCurrentIndex(index);
    }
}

} // namespace Gloss
