// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlistpanel.h"

#include "model/documentlistmodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

DocumentListPanel::DocumentListPanel(DocumentListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(u"documentList"_s);
    m_search->setPlaceholderText(tr("Search articles (\"phrase\", prefix*, AND, OR, NOT)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search articles"));

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DocumentListModel::PublishedColumn, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Articles"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DocumentListModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DocumentListModel::PublishedColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionHidden(DocumentListModel::SourceColumn, true);
    m_view->header()->setSectionResizeMode(DocumentListModel::LengthColumn, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &DocumentListPanel::applySearch);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DocumentListPanel::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DocumentListPanel::onCurrentChanged);
}

DocumentListPanel::~DocumentListPanel() = default;

void DocumentListPanel::applySearch()
{
    DocumentFilter filter = m_model->filter();
    filter.text = m_search->text();
    m_model->setFilter(filter);
}

void DocumentListPanel::selectDocument(qint64 documentId)
{
    const int row = m_model->ensureLoaded(documentId);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_model->index(row, DocumentListModel::TitleColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

qint64 DocumentListPanel::currentDocumentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(DocumentListModel::DocumentIdRole).toLongLong() : 0;
}

void DocumentListPanel::onCurrentChanged()
{
    Q_EMIT documentSelected(currentDocumentId());
}

} // namespace Gloss
