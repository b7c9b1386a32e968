// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlistmodel.h"

#include "store/codebook.h"
#include "store/database.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

// One line of a multi-line text, shortened for a table cell.
QString cellText(const QString &text)
{
    constexpr qsizetype Length = 160;
    const QString simple = text.simplified();
    return simple.size() <= Length ? simple : simple.left(Length - 1) + QChar(0x2026);
}

} // namespace

AnnotationListModel::AnnotationListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

AnnotationListModel::~AnnotationListModel() = default;

void AnnotationListModel::setDatabase(Database *database)
{
    m_database = database;
    m_documentId = 0;
    reload();
}

void AnnotationListModel::setDocument(qint64 documentId)
{
    if (documentId == m_documentId) {
        return;
    }
    m_documentId = documentId;
    reload();
}

void AnnotationListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_codes.clear();
    m_documents.clear();
    if (m_database && m_documentId >= 0) {
        const AnnotationRepository repository(*m_database);
        AnnotationFilter filter;
        filter.documentId = m_documentId;
        Result<QList<Annotation>> rows = repository.list(filter, AnnotationSort::ReadingOrder);
        Result<QList<Code>> codes = CodeBook(*m_database).list();
        Result<QHash<qint64, AnnotatedDocument>> documents = repository.annotatedDocuments();
        if (rows && codes && documents) {
            m_rows = std::move(rows).value();
            m_documents = std::move(documents).value();
            QHash<qint64, QString> paths;
            for (const Code &code : std::as_const(*codes)) {
                const QString path = code.parentId > 0 ? paths.value(code.parentId) + u'/' + code.name : code.name;
                paths.insert(code.id, path);
                m_codes.insert(code.id, {path, QColor::fromString(code.colour)});
            }
        } else {
            Q_EMIT queryFailed(!rows ? rows.errorString() : !codes ? codes.errorString() : documents.errorString());
        }
    }
    endResetModel();
}

int AnnotationListModel::rowOf(qint64 annotationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == annotationId) {
            return row;
        }
    }
    return -1;
}

int AnnotationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnnotationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationListModel::display(const Annotation &annotation, int column) const
{
    switch (column) {
    case CodeColumn:
        return annotation.codeId > 0 ? m_codes.value(annotation.codeId).path : tr("(no code)");
    case QuoteColumn:
        return annotation.anchorState == u"orphaned"_s ? tr("%1 (no longer found in the article)").arg(cellText(annotation.quote))
                                                        : cellText(annotation.quote);
    case NoteColumn:
        return cellText(annotation.note);
    case ArticleColumn:
        return m_documents.value(annotation.documentId).title;
    case AuthorColumn:
        return annotation.author;
    case CreatedColumn:
        return QLocale().toString(QDateTime::fromString(annotation.created, Qt::ISODateWithMs).toLocalTime(),
                                  QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant AnnotationListModel::sortValue(const Annotation &annotation, int row, int column) const
{
    switch (column) {
    case CodeColumn:
    case NoteColumn:
    case ArticleColumn:
    case AuthorColumn:
        return display(annotation, column).toString().toCaseFolded();
    case CreatedColumn:
        return annotation.created;
    default:
        return row; // reading order, as loaded
    }
}

QVariant AnnotationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Annotation &annotation = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(annotation, index.column());
    case Qt::ToolTipRole: {
        QString tip = u"<p><b>%1</b></p><p>%2</p>"_s.arg(display(annotation, CodeColumn).toString().toHtmlEscaped(),
                                                       annotation.quote.toHtmlEscaped());
        if (!annotation.note.isEmpty()) {
            tip += u"<p><i>%1</i></p>"_s.arg(annotation.note.toHtmlEscaped());
        }
        return tip;
    }
    case Qt::DecorationRole:
        if (index.column() == CodeColumn && annotation.codeId > 0) {
            return m_codes.value(annotation.codeId).colour;
        }
        return {};
    case AnnotationIdRole:
        return annotation.id;
    case DocumentIdRole:
        return annotation.documentId;
    case StartRole:
        return qint64(annotation.start);
    case EndRole:
        return qint64(annotation.end);
    case CodeIdRole:
        return annotation.codeId;
    case ColourRole:
        return annotation.codeId > 0 ? QVariant(m_codes.value(annotation.codeId).colour) : QVariant();
    case NoteRole:
        return annotation.note;
    case AnchorStateRole:
        return annotation.anchorState;
    case SortRole:
        return sortValue(annotation, index.row(), index.column());
    default:
        return {};
    }
}

QVariant AnnotationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case QuoteColumn:
        return tr("Passage");
    case NoteColumn:
        return tr("Note");
    case ArticleColumn:
        return tr("Article");
    case AuthorColumn:
        return tr("Author");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace Gloss
