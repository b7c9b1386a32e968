// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonldexporter.h"

#include "codepoints.h"
#include "exportselection.h"
#include "exporttarget.h"
#include "store/database.h"
#include "store/documentrepository.h"
#include "version.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

QString term(const char *name)
{
    return u"gloss:"_s + QString::fromLatin1(name);
}

} // namespace

JsonLdExporter::JsonLdExporter(Database &database)
    : m_database(database)
{
}

QString JsonLdExporter::sourceIri(const QString &source)
{
    const QUrl url(source, QUrl::StrictMode);
    // A scheme of one letter is a Windows drive ("C:/…"), not a URL.
    if (url.isValid() && url.scheme().size() > 1 && !url.isRelative()) {
        return url.toString(QUrl::FullyEncoded);
    }
    return QUrl::fromLocalFile(source).toString(QUrl::FullyEncoded);
}

QJsonObject JsonLdExporter::annotation(const Annotation &a, const Document &document, const QString &codePath,
                                       const QString &codeColour)
{
    QJsonArray bodies;
    if (!codePath.isEmpty()) {
        QJsonObject tag{{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, u"tagging"_s}, {u"value"_s, codePath}};
        if (!codeColour.isEmpty()) {
            tag.insert(term("colour"), codeColour);
        }
        bodies.append(tag);
    }
    if (!a.note.isEmpty()) {
        bodies.append(QJsonObject{{u"type"_s, u"TextualBody"_s},
                                  {u"purpose"_s, u"commenting"_s},
                                  {u"value"_s, a.note},
                                  {u"format"_s, u"text/markdown"_s}});
    }
    const bool bmp = CodePoints::isBmpOnly(document.body);
    const qsizetype start = bmp ? a.start : CodePoints::fromUtf16(document.body, a.start);
    const qsizetype end = bmp ? a.end : CodePoints::fromUtf16(document.body, a.end);
    const QJsonArray selectors{
        QJsonObject{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, a.quote}, {u"prefix"_s, a.prefix}, {u"suffix"_s, a.suffix}},
        QJsonObject{{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, qint64(start)}, {u"end"_s, qint64(end)}},
    };
    QJsonObject target{
        {u"type"_s, u"SpecificResource"_s},
        {u"source"_s, QJsonObject{{u"id"_s, sourceIri(document.source)}, {u"type"_s, u"Text"_s}, {u"format"_s, u"text/plain"_s}}},
        {u"selector"_s, selectors},
        {term("contentHash"), QString::fromLatin1(DocumentRepository::contentHash(document.body).toHex())},
        {term("source"), document.source},
        {term("title"), document.title},
    };
    if (!document.published.isEmpty()) {
        target.insert(term("published"), document.published);
    }
    QJsonObject object{
        {u"id"_s, QString(u"urn:uuid:"_s + a.uuid)},
        {u"type"_s, u"Annotation"_s},
        {u"motivation"_s, a.note.isEmpty() ? (codePath.isEmpty() ? u"highlighting"_s : u"classifying"_s) : u"commenting"_s},
        {u"created"_s, a.created},
        {u"modified"_s, a.updated},
        {u"target"_s, target},
    };
    if (!a.author.isEmpty()) {
        object.insert(u"creator"_s, QJsonObject{{u"type"_s, u"Person"_s}, {u"name"_s, a.author}});
    }
    if (!bodies.isEmpty()) {
        object.insert(u"body"_s, bodies.size() == 1 ? QJsonValue(bodies.first()) : QJsonValue(bodies));
    }
    return object;
}

Result<ExportSummary> JsonLdExporter::write(const QString &path, const ExportOptions &options, const ExportProgress &progress)
{
    Result<ExportSelection> selection = ExportSelection::load(m_database, options.scope);
    if (!selection) {
        return selection.error();
    }
    ExportTarget target(path);
    if (Result<void> opened = target.open(); !opened) {
        return opened.error();
    }
    const DocumentRepository documents(m_database);
    ExportSummary summary;
    summary.file = path;
    summary.format = ExportFormat::JsonLd;
    const qint64 total = selection->annotationCount();
    QJsonArray items;
    for (const ExportedDocument &exported : selection->documents()) {
        if (exported.annotations.isEmpty()) {
            continue;
        }
        if (progress && !progress(summary.annotations, total)) {
            return ExportTarget::cancelled();
        }
        const std::optional<Document> document = documents.find(exported.summary.id);
        if (!document) {
            return databaseError(tr("Document %1 disappeared from %2 during the export.").arg(exported.summary.id).arg(m_database.path()));
        }
        for (const Annotation &a : exported.annotations) {
            items.append(annotation(a, *document, selection->codePath(a.codeId), selection->codeColour(a.codeId)));
            ++summary.annotations;
        }
        ++summary.documents;
    }
    const QJsonArray context{QString::fromLatin1(WebAnnotationContext),
                             QJsonObject{{u"gloss"_s, QString::fromLatin1(GlossVocabulary)}}};
    const QJsonObject collection{
        {u"@context"_s, context},
        {u"id"_s, QString(u"urn:uuid:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))},
        {u"type"_s, u"AnnotationCollection"_s},
        {u"label"_s, tr("Annotations of %1").arg(QFileInfo(m_database.path()).completeBaseName())},
        {u"generator"_s, QJsonObject{{u"type"_s, u"Software"_s}, {u"name"_s, QString(u"Gloss "_s + QString::fromLatin1(Version))}}},
        {u"generated"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {u"total"_s, summary.annotations},
        {u"first"_s, QJsonObject{{u"type"_s, u"AnnotationPage"_s}, {u"startIndex"_s, 0}, {u"items"_s, items}}},
    };
    const QByteArray json = QJsonDocument(collection).toJson(QJsonDocument::Indented);
    if (target.device()->write(json) != json.size()) {
        return target.writeError();
    }
    if (progress && !progress(total, total)) {
        return ExportTarget::cancelled();
    }
    if (Result<void> committed = target.commit(); !committed) {
        return committed.error();
    }
    return summary;
}

} // namespace Gloss
