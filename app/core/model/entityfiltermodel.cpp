// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityfiltermodel.h"

#include "entitylistmodel.h"

namespace Gloss {

EntityFilterModel::EntityFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EntityListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

EntityFilterModel::~EntityFilterModel() = default;

void EntityFilterModel::setKind(std::optional<EntityKind> kind)
{
    m_kind = kind;
    invalidateRowsFilter();
}

void EntityFilterModel::setSearch(const QString &text)
{
    m_search = text.trimmed();
    invalidateRowsFilter();
}

bool EntityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, EntityListModel::NameColumn, sourceParent);
    if (m_kind && index.data(EntityListModel::KindRole).toInt() != int(*m_kind)) {
        return false;
    }
    return m_search.isEmpty() || index.data(EntityListModel::CanonicalRole).toString().contains(m_search, Qt::CaseInsensitive);
}

} // namespace Gloss
