// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Gloss {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_counter(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"findBar"_s);
    m_field->setObjectName(u"findField"_s);
    m_field->setPlaceholderText(tr("Find in article"));
    m_field->setAccessibleName(tr("Find in article"));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);

    m_previous->setObjectName(u"findPrevious"_s);
    m_previous->setIcon(QIcon::fromTheme(u"go-up"_s));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAutoRaise(true);
    m_next->setObjectName(u"findNext"_s);
    m_next->setIcon(QIcon::fromTheme(u"go-down"_s));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAutoRaise(true);
    for (QToolButton *button : {m_previous, m_next}) {
        button->setToolButtonStyle(button->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    }

    m_counter->setObjectName(u"findCounter"_s);
    m_counter->setTextFormat(Qt::PlainText);
    m_counter->setMinimumWidth(m_counter->fontMetrics().horizontalAdvance(u"0000 of 0000"_s));

    m_close->setObjectName(u"findClose"_s);
    m_close->setIcon(QIcon::fromTheme(u"window-close"_s));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the find bar (Escape)"));
    m_close->setAutoRaise(true);
    m_close->setToolButtonStyle(m_close->icon().isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(4);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_counter);
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::textChanged);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::previousRequested);
    connect(m_next, &QToolButton::clicked, this, &FindBar::nextRequested);
    connect(m_close, &QToolButton::clicked, this, &FindBar::closeRequested);
    setMatches(-1, 0);
}

FindBar::~FindBar() = default;

QString FindBar::text() const
{
    return m_field->text();
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::setMatches(qsizetype current, qsizetype total)
{
    if (m_field->text().isEmpty()) {
        m_counter->clear();
    } else if (total == 0) {
        m_counter->setText(tr("No matches"));
    } else {
        m_counter->setText(tr("%L1 of %L2").arg(current + 1).arg(total));
    }
    m_previous->setEnabled(total > 0);
    m_next->setEnabled(total > 0);
}

QString FindBar::counterText() const
{
    return m_counter->text();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier) {
                Q_EMIT previousRequested();
            } else {
                Q_EMIT nextRequested();
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT closeRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Gloss
