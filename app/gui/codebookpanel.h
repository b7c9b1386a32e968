// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSet>
#include <QWidget>

class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QToolBar;
class QTreeView;

namespace Gloss {

class CodeBookEditor;
class CodeBookModel;

// The code book in a dock: the tree of codes with their colours and counts, and every edit of
// it (each an undoable command through the CodeBookEditor). Activating a code asks the window
// to show its annotations.
class CodeBookPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeBookPanel)

public:
    enum class Action {
        NewCode,
        NewChildCode,
        Rename,
        Colour,
        Description,
        MoveUp,
        MoveDown,
        Indent,
        Outdent,
        MergeInto,
        Delete,
        LoadCodeBook,
        InstallDefault,
    };

    CodeBookPanel(CodeBookModel *model, CodeBookEditor *editor, QWidget *parent = nullptr);
    ~CodeBookPanel() override;

    // Read-only corpora: the codes can be browsed, not changed.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    qint64 currentCode() const;
    void setCurrentCode(qint64 codeId);

    QAction *action(Action which) const;
    QTreeView *view() const { return m_view; }
    QMenu *contextMenu() const { return m_menu; }

    // The edits behind the actions. Those that need an answer ask for it in a dialog.
    void newCode();
    void newChildCode();
    void renameCurrent();
    void chooseColour();
    void editDescription();
    void moveUp();
    void moveDown();
    void indent();
    void outdent();
    void mergeCurrent();
    // Deletes the current code at once when neither it nor a code below it has annotations;
    // otherwise asks what happens to them.
    void deleteCurrent();
    void chooseCodeBookFile();
    // Asks before replacing a code book that has codes.
    void loadCodeBook(const QString &path);
    void installDefault();

Q_SIGNALS:
    // Double-click or Enter on a code: show its annotations.
    void codeActivated(qint64 codeId);
    void currentCodeChanged(qint64 codeId);

private:
    QAction *makeAction(const QString &text, const QString &icon, const QKeySequence &shortcut, void (CodeBookPanel::*slot)());
    void createCode(qint64 parentId);
    void moveCurrent(qint64 parentId, int position);
    bool report(const Result<void> &result);
    void showError(const QString &message);
    QString freeName(qint64 parentId) const;
    QString freeColour() const;
    void rememberState();
    void restoreState();
    void updateActions();
    void updateSummary();
    void currentChanged();

    CodeBookModel *m_model;
    CodeBookEditor *m_editor;
    QToolBar *m_toolBar;
    QTreeView *m_view;
    QPushButton *m_installButton;
    QLabel *m_summary;
    QMenu *m_menu;
    QList<QAction *> m_actions; // in Action order
    bool m_readOnly = false;
    bool m_restoring = false;
    qint64 m_current = 0;
    qint64 m_currentBeforeReset = 0;
    QSet<qint64> m_collapsed;
};

} // namespace Gloss
