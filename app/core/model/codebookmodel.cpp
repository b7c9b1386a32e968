// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookmodel.h"

#include "edit/codebookeditor.h"
#include "store/database.h"

#include <QColor>
#include <QLocale>
#include <QMimeData>
#include <QSqlError>
#include <QSqlQuery>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

struct Counts {
    QHash<qint64, qint64> byCode;
    qint64 uncoded = 0;
};

// How many annotations each code has, and how many have none.
Result<Counts> annotationCounts(const Database &database)
{
    QSqlQuery query(database.connection());
    setForwardOnly(query);
    if (!query.exec(u"SELECT coalesce(code_id, 0), count(*) FROM annotation GROUP BY 1"_s)) {
        return databaseError(Database::describeSqlError(query.lastError().text(), database.path()));
    }
    Counts counts;
    while (query.next()) {
        const qint64 code = query.value(0).toLongLong();
        const qint64 count = query.value(1).toLongLong();
        if (code > 0) {
            counts.byCode.insert(code, count);
        } else {
            counts.uncoded = count;
        }
    }
    return counts;
}

const QList<qint64> NoChildren;

} // namespace

CodeBookModel::CodeBookModel(CodeBookEditor *editor, QObject *parent)
    : QAbstractItemModel(parent)
    , m_editor(editor)
{
    if (m_editor) {
        connect(m_editor, &CodeBookEditor::codesChanged, this, &CodeBookModel::reload);
        connect(m_editor, &CodeBookEditor::annotationsChanged, this, &CodeBookModel::reload);
    }
    reload();
}

CodeBookModel::~CodeBookModel() = default;

void CodeBookModel::reload()
{
    if (!m_editor) {
        return;
    }
    Result<QList<Code>> codes = m_editor->codeBook().list();
    if (!codes) {
        Q_EMIT failed(codes.errorString());
        return;
    }
    Result<Counts> counts = annotationCounts(m_editor->database());
    if (!counts) {
        Q_EMIT failed(counts.errorString());
        return;
    }
    QHash<qint64, Node> nodes;
    QList<qint64> top;
    qint64 coded = 0;
    // list() gives parents before their children.
    for (const Code &code : std::as_const(*codes)) {
        Node node;
        node.code = code;
        node.annotations = counts->byCode.value(code.id);
        node.total = node.annotations;
        coded += node.annotations;
        QList<qint64> &siblings = code.parentId > 0 ? nodes[code.parentId].children : top;
        node.row = int(siblings.size());
        siblings.append(code.id);
        node.path = code.parentId > 0 ? nodes.value(code.parentId).path + u'/' + code.name : code.name;
        nodes.insert(code.id, node);
    }
    // Children after their parents: adding from the end gives every parent its whole subtree.
    for (auto it = codes->crbegin(); it != codes->crend(); ++it) {
        if (it->parentId > 0) {
            nodes[it->parentId].total += nodes.value(it->id).total;
        }
    }

    bool sameTree = top == m_top && nodes.size() == m_nodes.size();
    for (auto it = nodes.cbegin(); sameTree && it != nodes.cend(); ++it) {
        const auto old = m_nodes.constFind(it.key());
        sameTree = old != m_nodes.cend() && old->children == it->children && old->code.parentId == it->code.parentId;
    }
    if (!sameTree) {
        beginResetModel();
    }
    m_nodes = std::move(nodes);
    m_top = std::move(top);
    m_coded = coded;
    m_uncoded = counts->uncoded;
    if (!sameTree) {
        endResetModel();
        return;
    }
    const auto changed = [this](const QModelIndex &parent, qsizetype rows) {
        if (rows > 0) {
            Q_EMIT dataChanged(index(0, 0, parent), index(int(rows) - 1, ColumnCount - 1, parent));
        }
    };
    changed({}, m_top.size());
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        changed(createIndex(it->row, 0, quintptr(it.key())), it->children.size());
    }
}

void CodeBookModel::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly) {
        return;
    }
    m_readOnly = readOnly;
    // Flags are part of what views read of each row.
    const auto changed = [this](const QModelIndex &parent, qsizetype rows) {
        if (rows > 0) {
            Q_EMIT dataChanged(index(0, 0, parent), index(int(rows) - 1, ColumnCount - 1, parent));
        }
    };
    changed({}, m_top.size());
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        changed(createIndex(it->row, 0, quintptr(it.key())), it->children.size());
    }
}

const CodeBookModel::Node *CodeBookModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this) {
        return nullptr;
    }
    const auto found = m_nodes.constFind(qint64(index.internalId()));
    return found == m_nodes.cend() ? nullptr : &*found;
}

const QList<qint64> &CodeBookModel::childrenOf(qint64 parentId) const
{
    if (parentId <= 0) {
        return m_top;
    }
    const auto found = m_nodes.constFind(parentId);
    return found == m_nodes.cend() ? NoChildren : found->children;
}

QModelIndex CodeBookModel::indexOf(qint64 codeId, int column) const
{
    const auto found = m_nodes.constFind(codeId);
    if (found == m_nodes.cend() || column < 0 || column >= ColumnCount) {
        return {};
    }
    return createIndex(found->row, column, quintptr(codeId));
}

qint64 CodeBookModel::codeId(const QModelIndex &index) const
{
    const Node *found = node(index);
    return found ? found->code.id : 0;
}

Code CodeBookModel::code(const QModelIndex &index) const
{
    const Node *found = node(index);
    return found ? found->code : Code();
}

QModelIndex CodeBookModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || (parent.isValid() && !node(parent))) {
        return {};
    }
    const QList<qint64> &children = childrenOf(codeId(parent));
    if (row < 0 || row >= children.size()) {
        return {};
    }
    return createIndex(row, column, quintptr(children.at(row)));
}

QModelIndex CodeBookModel::parent(const QModelIndex &child) const
{
    const Node *found = node(child);
    if (!found || found->code.parentId <= 0) {
        return {};
    }
    return indexOf(found->code.parentId);
}

int CodeBookModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_top.size());
    }
    // Only the first column has children (the usual tree-model convention).
    const Node *found = node(parent);
    return found && parent.column() == 0 ? int(found->children.size()) : 0;
}

int CodeBookModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CodeBookModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const Node *found = node(index);
    if (!found) {
        return {};
    }
    const Node &row = *found;
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == NameColumn ? QVariant(row.code.name) : QVariant(QLocale().toString(row.annotations));
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(row.code.name) : QVariant(row.annotations);
    case Qt::DecorationRole:
        // A swatch: item views paint a QColor decoration as a filled square.
        return index.column() == NameColumn ? QVariant(QColor::fromString(row.code.colour)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == AnnotationsColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines{row.path};
        if (!row.code.description.isEmpty()) {
            lines << row.code.description;
        }
        QString count = tr("%n annotation(s)", nullptr, int(row.annotations));
        if (row.total > row.annotations) {
            count = tr("%1, %n with the codes below", nullptr, int(row.total)).arg(count);
        }
        lines << count;
        return lines.join(u'\n');
    }
    case CodeIdRole:
        return row.code.id;
    case ColourRole:
        return row.code.colour;
    case FullPathRole:
        return row.path;
    case DescriptionRole:
        return row.code.description;
    case AnnotationCountRole:
        return row.annotations;
    case TotalAnnotationCountRole:
        return row.total;
    }
    return {};
}

bool CodeBookModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *found = node(index);
    if (!found || m_readOnly || !m_editor) {
        return false;
    }
    const qint64 id = found->code.id;
    Result<void> done;
    if ((role == Qt::EditRole || role == Qt::DisplayRole) && index.column() == NameColumn) {
        done = m_editor->renameCode(id, value.toString());
    } else if (role == ColourRole) {
        done = m_editor->recolourCode(id, value.toString());
    } else if (role == DescriptionRole) {
        done = m_editor->describeCode(id, value.toString());
    } else {
        return false;
    }
    if (!done) {
        Q_EMIT failed(done.errorString());
        return false;
    }
    // The editor's codesChanged() has reloaded the model, which reported the changed rows.
    return true;
}

QVariant CodeBookModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Code");
    case AnnotationsColumn:
        return tr("Annotations");
    }
    return {};
}

Qt::ItemFlags CodeBookModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        // Dropping on the empty area below the codes makes a top-level code.
        return m_readOnly ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    }
    if (!node(index)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (!m_readOnly) {
        flags |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
        if (index.column() == NameColumn) {
            flags |= Qt::ItemIsEditable;
        }
    }
    return flags;
}

QStringList CodeBookModel::mimeTypes() const
{
    return {QString::fromLatin1(CodeIdsMimeType)};
}

QMimeData *CodeBookModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = codeId(index);
        if (id > 0 && !ids.contains(id)) {
            ids.append(id);
        }
    }
    if (ids.isEmpty()) {
        return nullptr;
    }
    QStringList text;
    for (qint64 id : std::as_const(ids)) {
        text << QString::number(id);
    }
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(CodeIdsMimeType), text.join(u',').toLatin1());
    return data;
}

Qt::DropActions CodeBookModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CodeBookModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QList<qint64> CodeBookModel::droppedCodes(const QMimeData *data) const
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(QString::fromLatin1(CodeIdsMimeType))) {
        return ids;
    }
    const QList<QByteArray> parts = data->data(QString::fromLatin1(CodeIdsMimeType)).split(',');
    for (const QByteArray &part : parts) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || !m_nodes.contains(id)) {
            return {};
        }
        if (!ids.contains(id)) {
            ids.append(id);
        }
    }
    return ids;
}

// Whether `codeId` is `ancestorId` or one of the codes below it.
bool CodeBookModel::isBelow(qint64 codeId, qint64 ancestorId) const
{
    qint64 current = codeId;
    for (int guard = 0; current > 0 && guard < 1000; ++guard) {
        if (current == ancestorId) {
            return true;
        }
        current = m_nodes.value(current).code.parentId;
    }
    return false;
}

bool CodeBookModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    if (m_readOnly || !m_editor || action != Qt::MoveAction || (parent.isValid() && !node(parent))) {
        return false;
    }
    const QList<qint64> ids = droppedCodes(data);
    if (ids.isEmpty()) {
        return false;
    }
    const qint64 target = codeId(parent);
    return std::none_of(ids.cbegin(), ids.cend(), [&](qint64 id) { return isBelow(target, id); });
}

bool CodeBookModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent)) {
        return false;
    }
    const qint64 parentId = codeId(parent);
    const QList<qint64> ids = droppedCodes(data);
    QUndoStack *stack = m_editor->undoStack();
    if (ids.size() > 1 && stack) {
        stack->beginMacro(tr("Move %n Code(s)", nullptr, int(ids.size())));
    }
    // `row` is where the drop landed among the parent's children as they are now (-1: onto the
    // parent, after its children); CodeBook::move counts the new siblings without the code.
    int position = row;
    bool ok = true;
    for (qint64 id : ids) {
        const Node moved = m_nodes.value(id);
        int target = position;
        if (target >= 0 && moved.code.parentId == parentId && moved.row < target) {
            --target;
        }
        if (Result<void> done = m_editor->moveCode(id, parentId, target); !done) {
            Q_EMIT failed(done.errorString());
            ok = false;
            break;
        }
        if (position >= 0) {
            // The next code goes right after this one.
            position = m_nodes.value(id).row + 1;
        }
    }
    if (ids.size() > 1 && stack) {
        stack->endMacro();
    }
    return ok;
}

} // namespace Gloss
