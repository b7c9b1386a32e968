// SPDX-License-Identifier: GPL-3.0-or-later
#include "noteeditor.h"

#include "themeprovider.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QEvent>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

NoteEditor::NoteEditor(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_commit(new QTimer(this))
{
    m_editor->setObjectName(u"noteText"_s);
    m_editor->setAccessibleName(tr("Note (Markdown)"));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    m_preview->setObjectName(u"notePreview"_s);
    m_preview->setAccessibleName(tr("Note preview"));
    m_preview->setOpenLinks(false);
    m_preview->setOpenExternalLinks(false);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_editor, tr("&Write"));
    m_tabs->addTab(m_preview, tr("Pre&view"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_editor->document());
    m_highlighter->setDefinition(ThemeProvider::instance().repository().definitionForName(u"Markdown"_s));

    m_commit->setSingleShot(true);
    m_commit->setInterval(CommitDelayMs);
    connect(m_commit, &QTimer::timeout, this, &NoteEditor::flush);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading) {
            m_pending = true;
            m_commit->start();
        }
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1) {
            flush();
            updatePreview();
        }
    });
    connect(&ThemeProvider::instance(), &ThemeProvider::themeChanged, this, &NoteEditor::applyTheme);
    applyTheme();
}

NoteEditor::~NoteEditor() = default;

void NoteEditor::setNote(const QString &markdown, bool enabled)
{
    flush();
    m_loading = true;
    m_editor->setPlainText(markdown);
    m_loading = false;
    m_editor->setReadOnly(!enabled);
    updatePreview();
}

QString NoteEditor::note() const
{
    return m_editor->toPlainText();
}

void NoteEditor::setPlaceholder(const QString &text)
{
    m_editor->setPlaceholderText(text);
}

bool NoteEditor::isPending() const
{
    return m_pending;
}

void NoteEditor::flush()
{
    m_commit->stop();
    if (!m_pending) {
        return;
    }
    m_pending = false;
    Q_EMIT noteEdited(m_editor->toPlainText());
}

void NoteEditor::showPreview(bool preview)
{
    m_tabs->setCurrentIndex(preview ? 1 : 0);
}

void NoteEditor::updatePreview()
{
    // Raw HTML in a note stays text: a note is the user's Markdown, never markup for the app.
    m_preview->document()->setMarkdown(
        m_editor->toPlainText(),
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
}

bool NoteEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut) {
        flush();
    }
    return QWidget::eventFilter(watched, event);
}

void NoteEditor::applyTheme()
{
    const ThemeProvider &provider = ThemeProvider::instance();
    m_highlighter->setTheme(provider.theme());
    QPalette palette = m_editor->palette();
    palette.setColor(QPalette::Base, provider.color(ThemeProvider::Role::Background));
    palette.setColor(QPalette::Text, provider.color(ThemeProvider::Role::Text));
    m_editor->setPalette(palette);
    m_preview->setPalette(palette);
    m_highlighter->rehighlight();
}

} // namespace Gloss
