// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcsvexporter.h"

#include "csvwriter.h"
#include "exportselection.h"
#include "exporttarget.h"
#include "store/database.h"

using namespace Qt::StringLiterals;

namespace Gloss {

AnnotationCsvExporter::AnnotationCsvExporter(Database &database)
    : m_database(database)
{
}

QStringList AnnotationCsvExporter::header()
{
    return {u"title"_s,  u"published"_s, u"source"_s,  u"code"_s,    u"quote"_s,    u"note"_s,     u"start"_s,
            u"end"_s,    u"author"_s,    u"created"_s, u"updated"_s, u"entities"_s, u"document"_s, u"uuid"_s};
}

QStringList AnnotationCsvExporter::entitiesInside(const QList<StoredMention> &mentions, qsizetype start, qsizetype end)
{
    QStringList names;
    for (const StoredMention &mention : mentions) {
        if (mention.start >= end) {
            break; // mentions come in text order
        }
        if (mention.end > start && !mention.canonical.isEmpty() && !names.contains(mention.canonical)) {
            names << mention.canonical;
        }
    }
    return names;
}

Result<ExportSummary> AnnotationCsvExporter::write(const QString &path, const ExportOptions &options,
                                                   const ExportProgress &progress)
{
    Result<ExportSelection> selection = ExportSelection::load(m_database, options.scope);
    if (!selection) {
        return selection.error();
    }
    ExportTarget target(path);
    if (Result<void> opened = target.open(); !opened) {
        return opened.error();
    }
    CsvWriter csv(target.device());
    if (options.byteOrderMark) {
        csv.writeByteOrderMark();
    }
    csv.writeRow(header());

    const EntityRepository entities(m_database);
    ExportSummary summary;
    summary.file = path;
    summary.format = ExportFormat::AnnotationCsv;
    const qint64 total = selection->annotationCount();
    for (const ExportedDocument &document : selection->documents()) {
        if (document.annotations.isEmpty()) {
            continue;
        }
        if (progress && !progress(summary.annotations, total)) {
            return ExportTarget::cancelled();
        }
        Result<QList<StoredMention>> mentions = entities.mentions(document.summary.id);
        if (!mentions) {
            return mentions.error();
        }
        for (const Annotation &a : document.annotations) {
            const bool written = csv.writeRow({document.summary.title, document.summary.published, document.summary.source,
                                               selection->codePath(a.codeId), a.quote, a.note, QString::number(a.start),
                                               QString::number(a.end), a.author, a.created, a.updated,
                                               entitiesInside(*mentions, a.start, a.end).join(u"; "_s),
                                               QString::number(document.summary.id), a.uuid});
            if (!written) {
                return target.writeError();
            }
            ++summary.annotations;
        }
        ++summary.documents;
    }
    if (!csv.flush()) {
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
