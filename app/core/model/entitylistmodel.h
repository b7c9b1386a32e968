// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/entityrepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace Gloss {

class Database;

// The entities of the corpus, or of one article, with how often each is mentioned.
class EntityListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityListModel)

public:
    enum Column { NameColumn, KindColumn, MentionsColumn, DocumentsColumn, ColumnCount };
    enum Role {
        EntityIdRole = Qt::UserRole + 1,
        KindRole,
        CanonicalRole,
        SortRole, // the column's value as a number or plain text
    };

    explicit EntityListModel(QObject *parent = nullptr);
    ~EntityListModel() override;

    void setDatabase(Database *database);
    // 0: the whole corpus; a negative id: nothing (no article open).
    void setDocument(qint64 documentId);
    qint64 document() const { return m_documentId; }
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindLabel(EntityKind kind);

Q_SIGNALS:
    void queryFailed(const QString &message);

private:
    Database *m_database = nullptr;
    qint64 m_documentId = 0;
    QList<EntitySummary> m_rows;
};

} // namespace Gloss
