// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nlp/entitykind.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Gloss {

// Narrows an EntityListModel to one kind and a name search, and sorts it (counts as numbers).
class EntityFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityFilterModel)

public:
    explicit EntityFilterModel(QObject *parent = nullptr);
    ~EntityFilterModel() override;

    void setKind(std::optional<EntityKind> kind);
    void setSearch(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<EntityKind> m_kind;
    QString m_search;
};

} // namespace Gloss
