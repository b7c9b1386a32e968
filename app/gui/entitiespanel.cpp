// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitiespanel.h"

#include <QAction>
#include <QItemSelectionModel>

#include "model/entityfiltermodel.h"
#include "model/entitylistmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
enum Scope { ThisArticle, WholeCorpus };
}

EntitiesPanel::EntitiesPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new EntityListModel(this))
    , m_filter(new EntityFilterModel(this))
    , m_scope(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    setObjectName(u"entitiesPanel"_s);
    m_scope->addItem(tr("This article"), ThisArticle);
    m_scope->addItem(tr("Whole corpus"), WholeCorpus);
    m_scope->setAccessibleName(tr("Entities of"));
    m_kind->addItem(tr("All types"), -1);
    for (EntityKind kind : AllEntityKinds) {
        m_kind->addItem(EntityListModel::kindLabel(kind), int(kind));
    }
    m_kind->setAccessibleName(tr("Entity type"));
    m_search->setPlaceholderText(tr("Find an entity"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find an entity"));

    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EntityListModel::MentionsColumn, Qt::DescendingOrder);
    m_view->setAccessibleName(tr("Entities"));
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(EntityListModel::NameColumn, QHeaderView::Stretch);
    for (int column : {int(EntityListModel::KindColumn), int(EntityListModel::MentionsColumn),
                       int(EntityListModel::DocumentsColumn)}) {
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &EntitiesPanel::applyScope);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EntitiesPanel::applyKind);
    connect(m_search, &QLineEdit::textChanged, m_filter, &EntityFilterModel::setSearch);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT entityActivated(index.data(EntityListModel::CanonicalRole).toString());
    });

    // A lane in the timeline shows when the selected entity is in the news.
    m_timelineAction = new QAction(tr("Show in &Timeline"), this);
    m_timelineAction->setCheckable(true);
    m_timelineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_timelineAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_timelineAction->setEnabled(false);
    m_view->addAction(m_timelineAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &EntitiesPanel::updateTimelineAction);
    connect(m_timelineAction, &QAction::triggered, this, [this](bool shown) {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()) {
            Q_EMIT timelineLaneToggled(current.data(EntityListModel::EntityIdRole).toLongLong(), shown);
        }
    });
}

void EntitiesPanel::setTimelineEntities(const QSet<qint64> &entityIds)
{
    m_timelineEntities = entityIds;
    updateTimelineAction();
}

void EntitiesPanel::updateTimelineAction()
{
    const QModelIndex current = m_view->currentIndex();
    m_timelineAction->setEnabled(current.isValid());
    m_timelineAction->setChecked(current.isValid()
                                 && m_timelineEntities.contains(current.data(EntityListModel::EntityIdRole).toLongLong()));
}

EntitiesPanel::~EntitiesPanel() = default;

void EntitiesPanel::setDatabase(Database *database)
{
    m_model->setDatabase(database);
}

void EntitiesPanel::setDocument(qint64 documentId)
{
    m_documentId = documentId;
    applyScope();
}

void EntitiesPanel::reload()
{
    m_model->reload();
}

void EntitiesPanel::applyScope()
{
    const bool wholeCorpus = m_scope->currentData().toInt() == WholeCorpus;
    m_model->setDocument(wholeCorpus ? 0 : (m_documentId > 0 ? m_documentId : -1));
    // Within one article the article count is always 1; its room goes to the names.
    m_view->setColumnHidden(EntityListModel::DocumentsColumn, !wholeCorpus);
}

void EntitiesPanel::applyKind()
{
    const int kind = m_kind->currentData().toInt();
    m_filter->setKind(kind < 0 ? std::nullopt : std::optional<EntityKind>(EntityKind(kind)));
}

} // namespace Gloss
