// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/codebook.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace Gloss {

class CodeBookEditor;

// The corpus's code book as a tree: each code with its colour and how many annotations carry it.
// Edits go through the CodeBookEditor, so each is a command on the undo stack: setData() on a
// name renames (a colour or description through their roles), a drop moves codes. The model
// reloads when the editor reports a change; call reload() when annotations change elsewhere.
class CodeBookModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeBookModel)

public:
    enum Column { NameColumn, AnnotationsColumn, ColumnCount };
    enum Role {
        CodeIdRole = Qt::UserRole + 1,
        ColourRole,      // #rrggbb
        FullPathRole,    // "Parent/Child"
        DescriptionRole,
        AnnotationCountRole,      // annotations with this very code
        TotalAnnotationCountRole, // with this code or one below it
    };

    // The MIME type of dragged codes: their ids, comma-separated.
    static constexpr const char *CodeIdsMimeType = "application/x-gloss-code-ids";

    explicit CodeBookModel(CodeBookEditor *editor, QObject *parent = nullptr);
    ~CodeBookModel() override;

    CodeBookEditor *editor() const { return m_editor; }

    // Reads the code book and the counts again. When only values changed, the rows stay (and
    // with them selections and persistent indexes); when the tree changed, the model is reset.
    void reload();

    // Read-only corpora: nothing is editable, nothing can be dragged.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    QModelIndex indexOf(qint64 codeId, int column = NameColumn) const;
    qint64 codeId(const QModelIndex &index) const;
    // The code of an index (id 0 when the index is not a code).
    Code code(const QModelIndex &index) const;
    qsizetype codeCount() const { return m_nodes.size(); }
    qint64 annotationCount() const { return m_coded + m_uncoded; }
    qint64 uncodedAnnotationCount() const { return m_uncoded; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

Q_SIGNALS:
    // Reading the code book failed, or an edit made through the model was refused.
    void failed(const QString &message);

private:
    struct Node {
        Code code;
        QString path;
        qint64 annotations = 0;
        qint64 total = 0;
        int row = 0;
        QList<qint64> children;
    };

    const Node *node(const QModelIndex &index) const;
    const QList<qint64> &childrenOf(qint64 parentId) const;
    QList<qint64> droppedCodes(const QMimeData *data) const;
    bool isBelow(qint64 codeId, qint64 ancestorId) const;

    CodeBookEditor *m_editor;
    QHash<qint64, Node> m_nodes;
    QList<qint64> m_top;
    qint64 m_coded = 0;
    qint64 m_uncoded = 0;
    bool m_readOnly = false;
};

} // namespace Gloss
