// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlistmodel.h"

#include "store/database.h"
#include "store/documentrepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Gloss {

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DocumentListModel::~DocumentListModel() = default;

void DocumentListModel::setDatabase(Database *database)
{
    m_database = database;
    reload();
}

void DocumentListModel::setFilter(const DocumentFilter &filter)
{
    if (filter == m_filter) {
        return;
    }
    m_filter = filter;
    reload();
}

void DocumentListModel::reload()
{
    beginResetModel();
    m_resetting = true;
    m_rows.clear();
    m_total = 0;
    if (m_database) {
        const DocumentRepository documents(*m_database);
        if (Result<qint64> total = documents.count(m_filter)) {
            m_total = *total;
        } else {
            Q_EMIT queryFailed(total.errorString());
        }
        m_rows = fetchPage(0);
    }
    endResetModel();
    m_resetting = false;
    Q_EMIT totalCountChanged(m_total);
}

QList<DocumentSummary> DocumentListModel::fetchPage(qint64 offset) const
{
    if (!m_database) {
        return {};
    }
    const DocumentRepository documents(*m_database);
    Result<QList<DocumentSummary>> page = documents.list(m_filter, m_sort, offset, PageSize);
    if (!page) {
        Q_EMIT const_cast<DocumentListModel *>(this)->queryFailed(page.errorString());
        return {};
    }
    return std::move(page).value();
}

int DocumentListModel::rowOf(qint64 documentId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == documentId) {
            return row;
        }
    }
    return -1;
}

qint64 DocumentListModel::documentIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int DocumentListModel::ensureLoaded(qint64 documentId)
{
    int row = rowOf(documentId);
    while (row < 0 && canFetchMore({})) {
        fetchMore({});
        row = rowOf(documentId);
    }
    return row;
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const DocumentSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return row.title;
        case PublishedColumn:
            return row.published;
        case SourceColumn:
            return row.source;
        case LengthColumn:
            return QLocale().toString(row.length);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == PublishedColumn && !row.published.isEmpty()) {
            return tr("Date from: %1").arg(dateSourceName(row.dateSource));
        }
        return index.column() == TitleColumn ? row.title : QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == LengthColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case DocumentIdRole:
        return row.id;
    case SnippetRole:
        return row.snippet;
    case PublishedRole:
        return row.published;
    case DateSourceRole:
        return dateSourceName(row.dateSource);
    }
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case PublishedColumn:
        return tr("Published");
    case SourceColumn:
        return tr("Source");
    case LengthColumn:
        return tr("Length");
    }
    return {};
}

bool DocumentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_resetting && !m_fetching && m_rows.size() < m_total;
}

void DocumentListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    QList<DocumentSummary> page = fetchPage(m_rows.size());
    if (page.isEmpty()) {
        m_total = m_rows.size(); // the corpus shrank under us; stop asking
        return;
    }
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows.append(std::move(page));
    endInsertRows();
    m_fetching = false;
}

void DocumentListModel::sort(int column, Qt::SortOrder order)
{
    const bool ascending = order == Qt::AscendingOrder;
    DocumentSort sort = m_sort;
    switch (column) {
    case TitleColumn:
        sort = ascending ? DocumentSort::TitleAscending : DocumentSort::TitleDescending;
        break;
    case PublishedColumn:
        sort = ascending ? DocumentSort::PublishedAscending : DocumentSort::PublishedDescending;
        break;
    default:
        return;
    }
    if (sort == m_sort) {
        return;
    }
    m_sort = sort;
    reload();
}

} // namespace Gloss
