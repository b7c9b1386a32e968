// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;
class QTreeView;

namespace Gloss {

class DocumentListModel;

// The corpus list: a search box over full text and the lazily loaded table of documents.
class DocumentListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentListPanel)

public:
    explicit DocumentListPanel(DocumentListModel *model, QWidget *parent = nullptr);
    ~DocumentListPanel() override;

    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QDateEdit *fromField() const { return m_from; }
    QDateEdit *toField() const { return m_to; }
    // Clears the search text, the date range and the entity.
    void clearFilters();
    // Shows only articles mentioning this entity (canonical name or alias); empty: any.
    void setEntityFilter(const QString &entity);
    void selectDocument(qint64 documentId);
    // Filters by publication date; an invalid date leaves that end open.
    void setPublishedRange(QDate first, QDate last);
    qint64 currentDocumentId() const;

Q_SIGNALS:
    void documentSelected(qint64 documentId);
    // The publication-date filter changed (invalid: that end is open).
    void publishedRangeChanged(QDate first, QDate last);

private:
    void applyFilter();
    void onCurrentChanged();
    void updateSummary();

    DocumentListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_summary = nullptr;
    QToolButton *m_entityChip = nullptr;
    qint64 m_keptDocument = 0;
    QTreeView *m_view = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace Gloss
