// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationspanel.h"

#include "model/annotationfiltermodel.h"
#include "model/annotationlistmodel.h"
#include "noteeditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

AnnotationsPanel::AnnotationsPanel(AnnotationListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new AnnotationFilterModel(this))
{
    setObjectName(u"annotationsPanel"_s);
    m_filter->setSourceModel(m_model);

    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"annotationScope"_s);
    m_scope->setAccessibleName(tr("Which annotations"));
    m_scope->addItem(tr("This Article"));
    m_scope->addItem(tr("All Articles"));
    m_code = new QComboBox(this);
    m_code->setObjectName(u"annotationCodeFilter"_s);
    m_code->setAccessibleName(tr("Code"));
    m_since = new QComboBox(this);
    m_since->setObjectName(u"annotationSince"_s);
    m_since->setAccessibleName(tr("Made when"));
    m_since->addItem(tr("Any Time"), 0);
    m_since->addItem(tr("Today"), 1);
    m_since->addItem(tr("Last 7 Days"), 7);
    m_since->addItem(tr("Last 30 Days"), 30);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"annotationSearch"_s);
    m_search->setPlaceholderText(tr("Filter passages and notes"));
    m_search->setAccessibleName(tr("Filter annotations"));
    m_search->setClearButtonEnabled(true);

    m_view = new QTreeView(this);
    m_view->setObjectName(u"annotationList"_s);
    m_view->setAccessibleName(tr("Annotations"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AnnotationListModel::QuoteColumn, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(AnnotationListModel::QuoteColumn, QHeaderView::Stretch);
    m_view->setColumnHidden(AnnotationListModel::AuthorColumn, true);
    m_view->setColumnHidden(AnnotationListModel::ArticleColumn, true);

    m_noteLabel = new QLabel(tr("Note"), this);
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_note = new NoteEditor(this);
    m_note->setObjectName(u"annotationNote"_s);
    m_note->setPlaceholder(tr("Select an annotation to write its note (Markdown)."));
    m_noteLabel->setBuddy(m_note->editor());

    auto *filters = new QHBoxLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_scope);
    filters->addWidget(m_code, 1);
    filters->addWidget(m_since);
    auto *notePane = new QWidget(this);
    auto *noteLayout = new QVBoxLayout(notePane);
    noteLayout->setContentsMargins(0, 4, 0, 0);
    noteLayout->addWidget(m_noteLabel);
    noteLayout->addWidget(m_note, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"annotationSplitter"_s);
    splitter->addWidget(m_view);
    splitter->addWidget(notePane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(4, 4, 4, 4);
    listLayout->addLayout(filters);
    listLayout->addWidget(m_search);
    listLayout->addWidget(splitter, 1);

    m_articleNote = new NoteEditor(this);
    m_articleNote->setObjectName(u"articleNote"_s);
    m_articleNote->setPlaceholder(tr("Notes on the whole article (Markdown)."));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(listPage, tr("Annotations"));
    m_tabs->addTab(m_articleNote, tr("Article Note"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_scope, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setDocument(scope() == Scope::Corpus ? 0 : (m_documentId > 0 ? m_documentId : -1)); });
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        const bool corpus = scope() == Scope::Corpus;
        m_view->setColumnHidden(AnnotationListModel::ArticleColumn, !corpus);
        m_view->setColumnHidden(AnnotationListModel::AuthorColumn, !corpus);
    });
    connect(m_code, &QComboBox::currentIndexChanged, this, &AnnotationsPanel::applyCodeFilter);
    connect(m_since, &QComboBox::currentIndexChanged, this, &AnnotationsPanel::applySince);
    connect(m_search, &QLineEdit::textChanged, m_filter, &AnnotationFilterModel::setText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showCurrentNote();
        Q_EMIT currentAnnotationChanged(currentAnnotation());
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT annotationActivated(index.data(AnnotationListModel::AnnotationIdRole).toLongLong(),
                                   index.data(AnnotationListModel::DocumentIdRole).toLongLong(),
                                   index.data(AnnotationListModel::StartRole).toLongLong(),
                                   index.data(AnnotationListModel::EndRole).toLongLong());
    });
    connect(m_note, &NoteEditor::noteEdited, this, [this](const QString &markdown) {
        if (m_noteFor != 0) {
            Q_EMIT noteEdited(m_noteFor, markdown);
        }
    });
    connect(m_articleNote, &NoteEditor::noteEdited, this, [this](const QString &markdown) {
        if (m_documentId > 0) {
            Q_EMIT articleNoteEdited(m_documentId, markdown);
        }
    });
    auto *remove = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, [this] {
        if (const qint64 id = currentAnnotation(); id != 0 && !m_readOnly) {
            Q_EMIT removeRequested(id);
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationsPanel::refresh);
    setCodes({});
    m_model->setDocument(-1);
    showCurrentNote();
}

AnnotationsPanel::~AnnotationsPanel() = default;

void AnnotationsPanel::setCodes(const QList<Code> &codes)
{
    m_codes = codes;
    const qint64 chosen = m_code->currentData().toLongLong();
    const QSignalBlocker blocker(m_code);
    m_code->clear();
    m_code->addItem(tr("All Codes"), qint64(0));
    int keep = 0;
    for (const Code &code : codes) {
        m_code->addItem(QString(code.depth * 2, u' ') + code.name, code.id);
        if (code.id == chosen) {
            keep = m_code->count() - 1;
        }
    }
    m_code->setCurrentIndex(keep);
    applyCodeFilter();
}

void AnnotationsPanel::setCodeFilter(qint64 codeId)
{
    const int index = m_code->findData(codeId);
    m_code->setCurrentIndex(index >= 0 ? index : 0);
}

void AnnotationsPanel::applyCodeFilter()
{
    const qint64 chosen = m_code->currentData().toLongLong();
    QSet<qint64> codes;
    if (chosen > 0) {
        codes.insert(chosen);
        // The code book is in tree order: descendants follow their parent.
        for (const Code &code : std::as_const(m_codes)) {
            if (codes.contains(code.parentId)) {
                codes.insert(code.id);
            }
        }
    }
    m_filter->setCodes(codes);
}

void AnnotationsPanel::applySince()
{
    const int days = m_since->currentData().toInt();
    m_filter->setCreatedSince(days == 0 ? QDateTime() : QDateTime(QDate::currentDate().addDays(1 - days), QTime(0, 0)));
}

void AnnotationsPanel::setDocument(qint64 documentId, const QString &articleNote)
{
    m_articleNote->flush();
    m_documentId = documentId;
    m_articleNote->setNote(articleNote, documentId > 0 && !m_readOnly);
    if (scope() == Scope::Article) {
        m_model->setDocument(documentId > 0 ? documentId : -1);
    }
}

void AnnotationsPanel::setArticleNote(const QString &markdown)
{
    if (!m_articleNote->isPending() && m_articleNote->note() != markdown) {
        m_articleNote->setNote(markdown, m_documentId > 0 && !m_readOnly);
    }
}

void AnnotationsPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    showCurrentNote();
    m_articleNote->setNote(m_articleNote->note(), m_documentId > 0 && !m_readOnly);
}

void AnnotationsPanel::setScope(Scope scope)
{
    m_scope->setCurrentIndex(scope == Scope::Corpus ? 1 : 0);
}

AnnotationsPanel::Scope AnnotationsPanel::scope() const
{
    return m_scope->currentIndex() == 1 ? Scope::Corpus : Scope::Article;
}

QModelIndex AnnotationsPanel::sourceIndexOf(qint64 annotationId) const
{
    const int row = m_model->rowOf(annotationId);
    return row < 0 ? QModelIndex() : m_model->index(row, AnnotationListModel::QuoteColumn);
}

void AnnotationsPanel::selectAnnotation(qint64 annotationId)
{
    const QModelIndex index = m_filter->mapFromSource(sourceIndexOf(annotationId));
    if (!index.isValid()) {
        m_view->clearSelection();
        m_view->setCurrentIndex({});
        return;
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

qint64 AnnotationsPanel::currentAnnotation() const
{
    return m_view->currentIndex().data(AnnotationListModel::AnnotationIdRole).toLongLong();
}

void AnnotationsPanel::editNote()
{
    m_tabs->setCurrentIndex(0);
    m_note->showPreview(false);
    m_note->editor()->setFocus(Qt::OtherFocusReason);
    m_note->editor()->moveCursor(QTextCursor::End);
}

void AnnotationsPanel::showCurrentNote()
{
    const qint64 id = currentAnnotation();
    const QModelIndex index = m_view->currentIndex();
    const QString stored = index.data(AnnotationListModel::NoteRole).toString();
    if (id != m_noteFor) {
        m_note->flush(); // still for the annotation it was typed for
        m_noteFor = id;
        m_note->setNote(stored, id != 0 && !m_readOnly);
    } else if (!m_note->isPending() && m_note->note() != stored) {
        m_note->setNote(stored, id != 0 && !m_readOnly); // undone or changed elsewhere
    }
    const QString quote = index.siblingAtColumn(AnnotationListModel::QuoteColumn).data().toString();
    m_noteLabel->setText(id == 0 ? tr("Note") : tr("Note on “%1”").arg(quote.left(60)));
}

void AnnotationsPanel::refresh()
{
    // A reset drops the current index; pick the annotation whose note is shown again.
    const qint64 keep = m_noteFor;
    const QSignalBlocker blocker(m_view->selectionModel());
    const QModelIndex index = m_filter->mapFromSource(sourceIndexOf(keep));
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
    }
    showCurrentNote();
    if (currentAnnotation() != keep) {
        Q_EMIT currentAnnotationChanged(currentAnnotation());
    }
}

} // namespace Gloss
