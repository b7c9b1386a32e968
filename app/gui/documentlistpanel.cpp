// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlistpanel.h"

#include "model/documentlistmodel.h"
#include "settings/settings.h"
#include "snippetdelegate.h"

#include <QDateEdit>
#include <QSignalBlocker>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QToolButton>
#include <QLineEdit>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

// The earliest date of a QDateEdit stands for "no limit".
const QDate NoLimit(1800, 1, 1);

QDateEdit *dateField(const QString &accessibleName, QWidget *parent)
{
    auto *field = new QDateEdit(parent);
    field->setCalendarPopup(true);
    field->setDisplayFormat(u"yyyy-MM-dd"_s);
    field->setMinimumDate(NoLimit);
    field->setSpecialValueText(DocumentListPanel::tr("any"));
    field->setDate(NoLimit);
    field->setAccessibleName(accessibleName);
    return field;
}

QDate limitOf(const QDateEdit *field)
{
    return field->date() == NoLimit ? QDate() : field->date();
}

} // namespace

DocumentListPanel::DocumentListPanel(DocumentListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_from(dateField(tr("Published from"), this))
    , m_to(dateField(tr("Published until"), this))
    , m_summary(new QLabel(this))
    , m_entityChip(new QToolButton(this))
    , m_view(new QTreeView(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(u"documentList"_s);
    m_search->setPlaceholderText(tr("Search articles (\"phrase\", prefix*, AND, OR, NOT)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search articles"));
    m_search->setAccessibleDescription(tr("Full-text search over titles and text: words, \"phrases\", prefix*, "
                                          "AND, OR and NOT. The list below shows the matches."));

    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(DocumentListModel::TitleColumn, new SnippetDelegate(m_view));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DocumentListModel::PublishedColumn, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAccessibleName(tr("Articles"));
    m_view->setAccessibleDescription(tr("The articles that match the search and the dates, one per row with its "
                                        "title, publication date and length. The selected one is shown in the "
                                        "reader; click a column header to sort."));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DocumentListModel::TitleColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(DocumentListModel::PublishedColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionHidden(DocumentListModel::SourceColumn, true);
    m_view->header()->setSectionResizeMode(DocumentListModel::LengthColumn, QHeaderView::ResizeToContents);
    // Column widths, their order and the sort come back at the next start.
    m_view->header()->restoreState(Settings::documentListHeader().get());
    const auto saveHeader = [this] { Settings::documentListHeader().set(m_view->header()->saveState()); };
    connect(m_view->header(), &QHeaderView::sectionResized, this, saveHeader);
    connect(m_view->header(), &QHeaderView::sectionMoved, this, saveHeader);
    connect(m_view->header(), &QHeaderView::sortIndicatorChanged, this, saveHeader);

    auto *clearDates = new QToolButton(this);
    clearDates->setText(tr("Clear"));
    clearDates->setToolTip(tr("Show articles of any date"));
    clearDates->setAccessibleName(tr("Clear the dates"));
    clearDates->setObjectName(u"clearDates"_s);
    connect(clearDates, &QToolButton::clicked, this, [this] {
        m_from->setDate(NoLimit);
        m_to->setDate(NoLimit);
    });
    auto *dates = new QHBoxLayout;
    dates->setSpacing(4);
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    dates->addWidget(fromLabel);
    dates->addWidget(m_from, 1);
    dates->addWidget(toLabel);
    dates->addWidget(m_to, 1);
    dates->addWidget(clearDates);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(u"documentSummary"_s);
    m_summary->setForegroundRole(QPalette::PlaceholderText); // follows palette changes

    m_entityChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_entityChip->setToolTip(tr("Show articles mentioning anyone and anything"));
    m_entityChip->hide();
    connect(m_entityChip, &QToolButton::clicked, this, [this] { setEntityFilter({}); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addLayout(dates);
    layout->addWidget(m_entityChip, 0, Qt::AlignLeft);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    setFocusProxy(m_view);
    // Tab: search, dates, their Clear button, the entity filter's chip, then the list.
    QWidget::setTabOrder({m_search, m_from, m_to, clearDates, m_entityChip, m_view});

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &DocumentListPanel::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &DocumentListPanel::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &DocumentListPanel::applyFilter);
    connect(m_model, &DocumentListModel::totalCountChanged, this, &DocumentListPanel::updateSummary);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DocumentListPanel::onCurrentChanged);
    // A new filter or sort keeps the article being read selected when it is still listed.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keptDocument = currentDocumentId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_keptDocument != 0 ? m_model->rowOf(m_keptDocument) : -1;
        if (row >= 0) {
            m_view->setCurrentIndex(m_model->index(row, DocumentListModel::TitleColumn));
        } else {
            onCurrentChanged();
        }
    });
}

DocumentListPanel::~DocumentListPanel() = default;

void DocumentListPanel::applyFilter()
{
    DocumentFilter filter = m_model->filter();
    filter.text = m_search->text();
    filter.from = limitOf(m_from);
    filter.to = limitOf(m_to);
    m_model->setFilter(filter);
    Q_EMIT publishedRangeChanged(filter.from, filter.to);
}

void DocumentListPanel::setEntityFilter(const QString &entity)
{
    DocumentFilter filter = m_model->filter();
    filter.entity = entity;
    m_entityChip->setText(tr("Mentioning %1  ✕").arg(entity));
    m_entityChip->setAccessibleName(tr("Remove the filter on %1").arg(entity));
    m_entityChip->setVisible(!entity.isEmpty());
    m_model->setFilter(filter);
}

void DocumentListPanel::clearFilters()
{
    setEntityFilter({});
    m_search->clear();
    m_from->setDate(NoLimit);
    m_to->setDate(NoLimit);
    applyFilter();
}

void DocumentListPanel::updateSummary()
{
    if (m_model->filter().isEmpty()) {
        m_summary->setText(tr("%n article(s)", nullptr, int(m_model->totalCount())));
    } else {
        m_summary->setText(tr("%n article(s) match", nullptr, int(m_model->totalCount())));
    }
}

void DocumentListPanel::setPublishedRange(QDate first, QDate last)
{
    // One filter change, not two: the list reloads once.
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(first.isValid() ? first : NoLimit);
    m_to->setDate(last.isValid() ? last : NoLimit);
    applyFilter();
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
