// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

// "&Open Corpus…" → "Open Corpus"; a menu's "\t" accelerator text is dropped too.
QString plainText(const QString &text)
{
    QString plain = text.section(u'\t', 0, 0);
    plain.remove(QRegularExpression(u"&(?!&)"_s));
    plain.replace(u"&&"_s, u"&"_s);
    if (plain.endsWith(u'…')) {
        plain.chop(1);
    }
    return plain.trimmed();
}

void collectMenu(const QMenu *menu, const QString &group, QList<ShortcutsDialog::Entry> &out, QSet<const QAction *> &seen)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator()) {
            continue;
        }
        if (action->menu()) {
            collectMenu(action->menu(), group + u" › "_s + plainText(action->menu()->title()), out, seen);
            continue;
        }
        seen.insert(action);
        if (!action->shortcuts().isEmpty()) {
            out.append({group, plainText(action->text()), action->shortcuts(), action});
        }
    }
}

// The nearest ancestor with an accessible name names where a widget-bound action works.
QString ownerName(const QAction *action, const QWidget *window)
{
    for (const QObject *object = action->parent(); object && object != window; object = object->parent()) {
        if (const auto *widget = qobject_cast<const QWidget *>(object)) {
            if (!widget->accessibleName().isEmpty()) {
                return widget->accessibleName();
            }
        }
    }
    for (const QObject *object : action->associatedObjects()) {
        if (const auto *widget = qobject_cast<const QWidget *>(object); widget && !widget->accessibleName().isEmpty()) {
            return widget->accessibleName();
        }
    }
    return ShortcutsDialog::tr("Window");
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(QWidget *window)
{
    QList<Entry> result;
    QSet<const QAction *> seen;
    if (auto *main = qobject_cast<QMainWindow *>(window)) {
        for (QAction *action : main->menuBar()->actions()) {
            if (action->menu()) {
                collectMenu(action->menu(), plainText(action->menu()->title()), result, seen);
            }
        }
    }
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->menu()) {
            continue;
        }
        seen.insert(action);
        result.append({ownerName(action, window), plainText(action->text()), action->shortcuts(), action});
    }

    // Keys the views handle themselves, without actions.
    const QString reader = tr("Reader");
    result.append({reader, tr("Find in the article"), QKeySequence::keyBindings(QKeySequence::Find), nullptr});
    result.append({reader, tr("Next match"), {QKeySequence(QKeySequence::FindNext), QKeySequence(Qt::Key_F3)}, nullptr});
    result.append({reader, tr("Previous match"),
                   {QKeySequence(QKeySequence::FindPrevious), QKeySequence(Qt::SHIFT | Qt::Key_F3)}, nullptr});
    result.append({reader, tr("Close the find bar"), {QKeySequence(Qt::Key_Escape)}, nullptr});
    const QString timeline = tr("Timeline");
    result.append({timeline, tr("Zoom in"), {QKeySequence(Qt::Key_Plus)}, nullptr});
    result.append({timeline, tr("Zoom out"), {QKeySequence(Qt::Key_Minus)}, nullptr});
    result.append({timeline, tr("Pan"), {QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_Right)}, nullptr});
    result.append({timeline, tr("Pan by a page"), {QKeySequence(Qt::Key_PageUp), QKeySequence(Qt::Key_PageDown)}, nullptr});
    result.append({timeline, tr("Fit everything"), {QKeySequence(Qt::Key_Home), QKeySequence(Qt::Key_0)}, nullptr});
    result.append({timeline, tr("Clear the selected period"), {QKeySequence(Qt::Key_Escape)}, nullptr});
    const QString general = tr("Window");
    result.append({general, tr("Next field or panel"), {QKeySequence(Qt::Key_Tab)}, nullptr});
    result.append({general, tr("Previous field or panel"), {QKeySequence(Qt::SHIFT | Qt::Key_Tab)}, nullptr});
    return result;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Filter by name or key"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter shortcuts"));
    m_view->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_view->setAccessibleName(tr("Keyboard shortcuts"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformRowHeights(true);

    QMap<QString, QTreeWidgetItem *> groups;
    for (const Entry &entry : entries(window)) {
        QTreeWidgetItem *&group = groups[entry.group];
        if (!group) {
            group = new QTreeWidgetItem(m_view, {entry.group});
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
        }
        QStringList keys;
        for (const QKeySequence &key : entry.keys) {
            if (!key.isEmpty()) {
                keys << key.toString(QKeySequence::NativeText);
            }
        }
        keys.removeDuplicates();
        new QTreeWidgetItem(group, {entry.text, keys.join(tr(", ", "between shortcuts"))});
    }
    m_view->expandAll();
    m_view->resizeColumnToContents(0);
    m_view->header()->setStretchLastSection(true);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    setFocusProxy(m_filter);
    resize(520, 560);
}

ShortcutsDialog::~ShortcutsDialog() = default;

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int g = 0; g < m_view->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_view->topLevelItem(g);
        bool any = false;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const bool shown = needle.isEmpty() || item->text(0).contains(needle, Qt::CaseInsensitive)
                               || item->text(1).contains(needle, Qt::CaseInsensitive)
                               || group->text(0).contains(needle, Qt::CaseInsensitive);
            item->setHidden(!shown);
            any = any || shown;
        }
        group->setHidden(!any);
    }
}

} // namespace Gloss
