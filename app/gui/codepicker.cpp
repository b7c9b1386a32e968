// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepicker.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

constexpr int CodeIdRole = Qt::UserRole + 1;
constexpr int NewNameRole = Qt::UserRole + 2;

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0, 0, 0, 90));
    painter.setBrush(QColor::fromString(colour));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}

} // namespace

CodePicker::CodePicker(const QList<Code> &codes, QWidget *parent)
    : QDialog(parent, Qt::Popup)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_codes(codes)
{
    setObjectName(u"codePicker"_s);
    setWindowTitle(tr("Annotate with Code"));
    m_search->setObjectName(u"codePickerSearch"_s);
    m_search->setPlaceholderText(tr("Type a code, or a new name…"));
    m_search->setAccessibleName(tr("Code name"));
    m_search->installEventFilter(this);
    m_list->setObjectName(u"codePickerList"_s);
    m_list->setAccessibleName(tr("Codes"));
    m_list->setUniformItemSizes(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    resize(320, 300);

    for (const Code &code : std::as_const(m_codes)) {
        const QString path = code.parentId > 0 ? m_paths.value(code.parentId) + u'/' + code.name : code.name;
        m_paths.insert(code.id, path);
    }
    connect(m_search, &QLineEdit::textChanged, this, &CodePicker::filter);
    connect(m_list, &QListWidget::itemActivated, this, &CodePicker::choose);
    filter({});
}

CodePicker::~CodePicker() = default;

void CodePicker::filter(const QString &text)
{
    const QString needle = text.simplified();
    m_list->clear();
    bool exact = false;
    for (qsizetype i = 0; i < m_codes.size(); ++i) {
        const Code &code = m_codes.at(i);
        const QString path = m_paths.value(code.id);
        if (!needle.isEmpty() && !path.contains(needle, Qt::CaseInsensitive)) {
            continue;
        }
        exact = exact || code.name.compare(needle, Qt::CaseInsensitive) == 0
            || path.compare(needle, Qt::CaseInsensitive) == 0;
        const QString label = needle.isEmpty() ? QString(code.depth * 2, u' ') + code.name : path;
        auto *item = new QListWidgetItem(swatch(code.colour), i < 9 ? tr("%1  %2").arg(i + 1).arg(label) : label, m_list);
        item->setData(CodeIdRole, code.id);
        item->setToolTip(code.description.isEmpty() ? path : path + u"\n"_s + code.description);
    }
    if (!needle.isEmpty() && !exact) {
        auto *create = new QListWidgetItem(tr("Create code “%1”").arg(needle), m_list);
        create->setData(NewNameRole, needle);
    }
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
}

void CodePicker::choose(QListWidgetItem *item)
{
    if (!item) {
        return;
    }
    m_chosen = item->data(CodeIdRole).toLongLong();
    m_newName = item->data(NewNameRole).toString();
    accept();
}

bool CodePicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_list, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose(m_list->currentItem());
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Gloss
