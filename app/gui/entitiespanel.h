// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QWidget>

class QAction;

class QComboBox;
class QLineEdit;
class QTreeView;

namespace Gloss {

class Database;
class EntityFilterModel;
class EntityListModel;

// The people, organisations, places and groups of the current article or of the whole corpus,
// with counts, a type filter and a search; activating one filters the article list by it.
class EntitiesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntitiesPanel)

public:
    explicit EntitiesPanel(QWidget *parent = nullptr);
    ~EntitiesPanel() override;

    void setDatabase(Database *database);
    void setDocument(qint64 documentId);
    void reload();
    // The entities that have a lane in the timeline (the "Show in Timeline" check mark).
    void setTimelineEntities(const QSet<qint64> &entityIds);

    EntityListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QComboBox *scopeField() const { return m_scope; }
    QComboBox *kindField() const { return m_kind; }
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void entityActivated(const QString &canonical);
    void timelineLaneToggled(qint64 entityId, bool shown);

private:
    void applyScope();
    void applyKind();
    void updateTimelineAction();

    EntityListModel *m_model = nullptr;
    EntityFilterModel *m_filter = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QAction *m_timelineAction = nullptr;
    QSet<qint64> m_timelineEntities;
    qint64 m_documentId = 0;
};

} // namespace Gloss
