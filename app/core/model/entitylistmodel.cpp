// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylistmodel.h"

#include <QLocale>

namespace Gloss {

EntityListModel::EntityListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

EntityListModel::~EntityListModel() = default;

void EntityListModel::setDatabase(Database *database)
{
    m_database = database;
    reload();
}

void EntityListModel::setDocument(qint64 documentId)
{
    if (documentId == m_documentId) {
        return;
    }
    m_documentId = documentId;
    reload();
}

void EntityListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_database && m_documentId >= 0) {
        Result<QList<EntitySummary>> rows = EntityRepository(*m_database).entities(m_documentId);
        if (rows) {
            m_rows = std::move(rows).value();
        } else {
            Q_EMIT queryFailed(rows.errorString());
        }
    }
    endResetModel();
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EntityListModel::kindLabel(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Person:
        return tr("Person");
    case EntityKind::Organisation:
        return tr("Organisation");
    case EntityKind::Location:
        return tr("Place");
    case EntityKind::Group:
        return tr("Group");
    case EntityKind::Date:
        return tr("Date");
    case EntityKind::Quantity:
        return tr("Quantity");
    }
    return {};
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const EntitySummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.canonical;
        case KindColumn:
            return kindLabel(row.kind);
        case MentionsColumn:
            return QLocale().toString(row.mentions);
        case DocumentsColumn:
            return QLocale().toString(row.documents);
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MentionsColumn || index.column() == DocumentsColumn) {
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1 · %2 · mentioned %n time(s)", nullptr, int(row.mentions)).arg(row.canonical, kindLabel(row.kind));
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return row.canonical;
        case KindColumn:
            return kindLabel(row.kind);
        case MentionsColumn:
            return row.mentions;
        case DocumentsColumn:
            return row.documents;
        }
        break;
    case EntityIdRole:
        return row.id;
    case KindRole:
        return int(row.kind);
    case CanonicalRole:
        return row.canonical;
    }
    return {};
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Type");
    case MentionsColumn:
        return tr("Mentions");
    case DocumentsColumn:
        return tr("Articles");
    }
    return {};
}

} // namespace Gloss
