// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Gloss {

// A Markdown note: written in a plain-text editor highlighted by KSyntaxHighlighting's Markdown
// definition under the reader's theme, and shown rendered (never as HTML) in a preview. What is
// typed is handed on a moment after typing pauses, and at once when the editor loses focus or
// is given another note, so nothing typed waits for a Save.
class NoteEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteEditor)

public:
    explicit NoteEditor(QWidget *parent = nullptr);
    ~NoteEditor() override;

    // Shows a note to edit (nothing is emitted for it); `enabled` false shows it read-only.
    void setNote(const QString &markdown, bool enabled = true);
    QString note() const;
    void setPlaceholder(const QString &text);
    // Hands on what is typed but not yet emitted.
    void flush();
    bool isPending() const;
    void showPreview(bool preview);

    QPlainTextEdit *editor() const { return m_editor; }
    QTextBrowser *preview() const { return m_preview; }

    static constexpr int CommitDelayMs = 400;

Q_SIGNALS:
    // The note as typed, after a pause, on flush() or on leaving the editor.
    void noteEdited(const QString &markdown);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyTheme();
    void updatePreview();

    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QTextBrowser *m_preview = nullptr;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    QTimer *m_commit = nullptr;
    bool m_loading = false;
    bool m_pending = false; // typed, not yet handed on
};

} // namespace Gloss
