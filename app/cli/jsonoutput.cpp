// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonoutput.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Gloss::JsonOutput {

QJsonObject importSummary(const ImportSummary &summary)
{
    QJsonArray failed;
    for (const ImportSummary::Failure &failure : summary.failed) {
        failed.append(QJsonObject{{u"path"_s, failure.path}, {u"error"_s, failure.error}});
    }
    QJsonArray ids;
    for (qint64 id : summary.documentIds) {
        ids.append(id);
    }
    return {
        {u"files"_s, summary.files},
        {u"imported"_s, summary.imported},
        {u"duplicates"_s, summary.duplicates},
        {u"failed"_s, failed},
        {u"document_ids"_s, ids},
        {u"annotations"_s, summary.annotations},
        {u"annotation_duplicates"_s, summary.annotationDuplicates},
        {u"cancelled"_s, summary.cancelled},
    };
}

QJsonObject documentSummary(const DocumentSummary &summary)
{
    QJsonObject object{
        {u"id"_s, summary.id},
        {u"title"_s, summary.title},
        {u"source"_s, summary.source},
        {u"published"_s, summary.published.isEmpty() ? QJsonValue() : QJsonValue(summary.published)},
        {u"date_precision"_s, precisionName(summary.datePrecision)},
        {u"date_source"_s, dateSourceName(summary.dateSource)},
        {u"length"_s, summary.length},
    };
    if (!summary.snippet.isEmpty()) {
        QString snippet = summary.snippet;
        snippet.replace(QChar(2), u"**"_s).replace(QChar(3), u"**"_s);
        object.insert(u"snippet"_s, snippet);
    }
    return object;
}

QJsonObject document(const Document &document)
{
    QJsonObject object = documentSummary(document);
    object.insert(u"date_note"_s, document.dateNote);
    object.insert(u"format"_s, document.format);
    object.insert(u"encoding"_s, document.encoding);
    object.insert(u"text"_s, document.body);
    object.insert(u"imported_at"_s, document.importedAt.toString(Qt::ISODateWithMs));
    QJsonArray regions;
    for (const Region &region : document.regions) {
        regions.append(QJsonObject{{u"start"_s, region.start}, {u"end"_s, region.end}, {u"kind"_s, regionKindName(region.kind)}});
    }
    object.insert(u"regions"_s, regions);
    return object;
}

QJsonObject mention(const StoredMention &mention, const QString &body)
{
    return {
        {u"doc"_s, mention.documentId},
        {u"start"_s, qint64(mention.start)},
        {u"end"_s, qint64(mention.end)},
        {u"text"_s, body.mid(mention.start, mention.end - mention.start)},
        {u"type"_s, entityKindName(mention.kind)},
        {u"canonical"_s, mention.canonical},
        {u"origin"_s, mention.origin},
    };
}

QJsonObject datedDocument(qint64 id, const QString &title, const QString &published)
{
    return {{u"id"_s, id}, {u"title"_s, title}, {u"published"_s, published.isEmpty() ? QJsonValue() : QJsonValue(published)}};
}

QJsonObject timeExpression(const StoredTimeExpression &stored)
{
    const TimeExpression &time = stored.expression;
    return {
        {u"doc"_s, stored.documentId},
        {u"start"_s, qint64(time.start)},
        {u"end"_s, qint64(time.end)},
        {u"text"_s, time.text},
        {u"value"_s, time.value},
        {u"granularity"_s, granularityName(time.granularity)},
        {u"anchor"_s, time.anchor},
        {u"uncertain"_s, time.uncertain},
    };
}

QJsonObject event(const StoredEvent &stored)
{
    const Event &event = stored.event;
    return {
        {u"doc"_s, stored.documentId},
        {u"type"_s, event.type},
        {u"actors"_s, QJsonArray::fromStringList(event.actors)},
        {u"place"_s, event.place},
        {u"date"_s, event.date.isEmpty() ? QJsonValue() : QJsonValue(event.date)},
        {u"start"_s, qint64(event.sentenceStart)},
        {u"end"_s, qint64(event.sentenceEnd)},
        {u"sentence"_s, event.sentence},
    };
}

QJsonObject annotation(const Annotation &annotation, const QString &codePath)
{
    return {
        {u"id"_s, annotation.id},
        {u"uuid"_s, annotation.uuid},
        {u"doc"_s, annotation.documentId},
        {u"start"_s, qint64(annotation.start)},
        {u"end"_s, qint64(annotation.end)},
        {u"quote"_s, annotation.quote},
        {u"code"_s, codePath.isEmpty() ? QJsonValue() : QJsonValue(codePath)},
        {u"note"_s, annotation.note},
        {u"author"_s, annotation.author},
        {u"created"_s, annotation.created},
        {u"updated"_s, annotation.updated},
        {u"anchor"_s, annotation.anchorState},
        {u"version"_s, annotation.version},
    };
}

QJsonObject code(const Code &code, const QString &path)
{
    return {
        {u"id"_s, code.id},
        {u"name"_s, code.name},
        {u"path"_s, path},
        {u"colour"_s, code.colour},
        {u"description"_s, code.description},
        {u"parent"_s, code.parentId > 0 ? QJsonValue(code.parentId) : QJsonValue()},
        {u"position"_s, code.position},
        {u"depth"_s, code.depth},
    };
}

} // namespace Gloss::JsonOutput
