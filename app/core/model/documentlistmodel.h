// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/document.h"
#include "store/documentfilter.h"

#include <QAbstractTableModel>
#include <QList>

namespace Gloss {

class Database;

// The corpus as a table, loaded a page at a time (never the bodies), filtered and sorted by the
// database so it stays quick on 100,000 articles.
class DocumentListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentListModel)

public:
    enum Column { TitleColumn, PublishedColumn, SourceColumn, LengthColumn, ColumnCount };
    enum Role {
        DocumentIdRole = Qt::UserRole + 1,
        SnippetRole,       // the matching passage of a search, marks as \x02 … \x03
        PublishedRole,     // ISO date text
        DateSourceRole,    // DateSource as text
    };

    static constexpr int PageSize = 256;

    explicit DocumentListModel(QObject *parent = nullptr);
    ~DocumentListModel() override;

    void setDatabase(Database *database);
    void setFilter(const DocumentFilter &filter);
    const DocumentFilter &filter() const { return m_filter; }
    // Everything matching the filter, not only what has been fetched.
    qint64 totalCount() const { return m_total; }
    // Re-reads after the corpus changed (an import).
    void reload();

    int rowOf(qint64 documentId) const;
    qint64 documentIdAt(int row) const;
    // Fetches pages until the document is loaded; -1 when it does not match the filter.
    int ensureLoaded(qint64 documentId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void totalCountChanged(qint64 total);
    void queryFailed(const QString &message);

private:
    QList<DocumentSummary> fetchPage(qint64 offset) const;

    Database *m_database = nullptr;
    DocumentFilter m_filter;
    DocumentSort m_sort = DocumentSort::PublishedDescending;
    QList<DocumentSummary> m_rows;
    qint64 m_total = 0;
    bool m_resetting = false; // no fetching while views react to a reset
    bool m_fetching = false;  // nor while they react to a page arriving
};

} // namespace Gloss
