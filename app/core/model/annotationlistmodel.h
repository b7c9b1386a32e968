// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/annotationrepository.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>

namespace Gloss {

class Database;

// The annotations of one article (in reading order) or of the whole corpus, with their code and
// article. Re-read with reload() when annotations or codes change.
class AnnotationListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationListModel)

public:
    enum Column { CodeColumn, QuoteColumn, NoteColumn, ArticleColumn, AuthorColumn, CreatedColumn, ColumnCount };
    enum Role {
        AnnotationIdRole = Qt::UserRole + 1,
        DocumentIdRole,
        StartRole,
        EndRole,
        CodeIdRole,
        ColourRole,      // the code's colour; invalid when uncoded
        NoteRole,        // Markdown source
        AnchorStateRole, // "anchored", "reanchored" or "orphaned"
        SortRole,        // what the column sorts by (reading order for the quote)
    };

    explicit AnnotationListModel(QObject *parent = nullptr);
    ~AnnotationListModel() override;

    void setDatabase(Database *database);
    // 0: the whole corpus; -1: none (no article open).
    void setDocument(qint64 documentId);
    qint64 document() const { return m_documentId; }
    void reload();

    int rowOf(qint64 annotationId) const;
    const Annotation &annotationAt(int row) const { return m_rows.at(row); }
    QString codePath(qint64 codeId) const { return m_codes.value(codeId).path; }
    QColor codeColour(qint64 codeId) const { return m_codes.value(codeId).colour; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void queryFailed(const QString &message);

private:
    struct CodeInfo {
        QString path;
        QColor colour;
    };

    QVariant display(const Annotation &annotation, int column) const;
    QVariant sortValue(const Annotation &annotation, int row, int column) const;

    Database *m_database = nullptr;
    qint64 m_documentId = 0;
    QList<Annotation> m_rows;
    QHash<qint64, CodeInfo> m_codes;
    QHash<qint64, AnnotatedDocument> m_documents;
};

} // namespace Gloss
