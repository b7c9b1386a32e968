// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLineEdit;
class QTimer;
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
    void selectDocument(qint64 documentId);
    qint64 currentDocumentId() const;

Q_SIGNALS:
    void documentSelected(qint64 documentId);

private:
    void applySearch();
    void onCurrentChanged();

    DocumentListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QTimer *m_searchDelay = nullptr;
};

} // namespace Gloss
