// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportselection.h"

#include "store/database.h"
#include "store/documentrepository.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Gloss {

Result<ExportSelection> ExportSelection::load(Database &database, const ExportScope &scope)
{
    ExportSelection selection;
    selection.m_scope = scope;

    const CodeBook book(database);
    Result<QList<Code>> codes = book.list();
    if (!codes) {
        return codes.error();
    }
    selection.m_codes = std::move(*codes);
    for (qsizetype i = 0; i < selection.m_codes.size(); ++i) {
        const Code &code = selection.m_codes.at(i);
        selection.m_codeIndex.insert(code.id, i);
        selection.m_paths.insert(code.id, code.parentId > 0 ? selection.m_paths.value(code.parentId) + u'/' + code.name
                                                            : code.name);
    }
    if (scope.codeId > 0 && !selection.m_codeIndex.contains(scope.codeId)) {
        return badInput(tr("There is no code %1 in %2.").arg(scope.codeId).arg(database.path()));
    }
    if (scope.from.isValid() && scope.to.isValid() && scope.from > scope.to) {
        return badInput(tr("The date range %1 to %2 is empty: it ends before it starts.")
                            .arg(scope.from.toString(Qt::ISODate), scope.to.toString(Qt::ISODate)));
    }

    const DocumentRepository documents(database);
    QList<DocumentSummary> summaries;
    if (scope.documentId > 0) {
        const std::optional<Document> document = documents.find(scope.documentId);
        if (!document) {
            return badInput(tr("There is no document %1 in %2.").arg(scope.documentId).arg(database.path()));
        }
        const QDate published = publicationStart(document->published);
        const bool inRange = (!scope.from.isValid() || (published.isValid() && published >= scope.from))
            && (!scope.to.isValid() || (published.isValid() && published <= scope.to));
        if (inRange) {
            summaries.append(*document);
        }
    } else {
        DocumentFilter filter;
        filter.from = scope.from;
        filter.to = scope.to;
        Result<QList<DocumentSummary>> listed = documents.list(filter, DocumentSort::PublishedAscending, 0, -1);
        if (!listed) {
            return listed.error();
        }
        summaries = std::move(*listed);
    }

    AnnotationFilter filter;
    filter.documentId = scope.documentId;
    filter.codeId = scope.codeId;
    Result<QList<Annotation>> annotations = AnnotationRepository(database).list(filter, AnnotationSort::ReadingOrder);
    if (!annotations) {
        return annotations.error();
    }
    QHash<qint64, QList<Annotation>> byDocument;
    for (Annotation &annotation : *annotations) {
        byDocument[annotation.documentId].append(std::move(annotation));
    }

    selection.m_documents.reserve(summaries.size());
    for (DocumentSummary &summary : summaries) {
        QList<Annotation> own = byDocument.take(summary.id);
        if (scope.codeId > 0 && own.isEmpty()) {
            continue;
        }
        selection.m_annotationCount += own.size();
        const QDate published = publicationStart(summary.published);
        if (published.isValid()) {
            if (!selection.m_first.isValid() || published < selection.m_first) {
                selection.m_first = published;
            }
            if (!selection.m_last.isValid() || published > selection.m_last) {
                selection.m_last = published;
            }
        }
        selection.m_documents.append({std::move(summary), std::move(own)});
    }
    return selection;
}

QString ExportSelection::codeColour(qint64 codeId) const
{
    const auto found = m_codeIndex.constFind(codeId);
    return found == m_codeIndex.cend() ? QString() : m_codes.at(*found).colour;
}

QString ExportSelection::describeScope() const
{
    QStringList parts;
    if (m_scope.documentId > 0) {
        parts << tr("article %1").arg(m_scope.documentId);
    }
    if (m_scope.codeId > 0) {
        parts << tr("code %1 and the codes below it").arg(codePath(m_scope.codeId));
    }
    if (m_scope.from.isValid()) {
        parts << tr("published from %1").arg(m_scope.from.toString(Qt::ISODate));
    }
    if (m_scope.to.isValid()) {
        parts << tr("published until %1").arg(m_scope.to.toString(Qt::ISODate));
    }
    return parts.isEmpty() ? tr("the whole corpus") : parts.join(u", "_s);
}

} // namespace Gloss
