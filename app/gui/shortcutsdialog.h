// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QAction;
class QLineEdit;
class QMenu;
class QMenuBar;
class QTreeWidget;

namespace Gloss {

// Help › Keyboard Shortcuts: every action of a window that has a shortcut, grouped by the menu
// it is in (actions of panels and views by the widget that owns them), and the keys the reader
// and the timeline handle themselves. Built from the window's actions each time it opens.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Entry {
        QString group; // "File", "Edit › …", "Entity list", …
        QString text;  // the action's text without mnemonics
        QList<QKeySequence> keys;
        const QAction *action = nullptr; // null for keys a view handles itself
    };

    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    // What the dialog lists for `window`, in menu order.
    static QList<Entry> entries(QWidget *window);
    QTreeWidget *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_view = nullptr;
};

} // namespace Gloss
