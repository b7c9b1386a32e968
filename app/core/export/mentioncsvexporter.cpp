// SPDX-License-Identifier: GPL-3.0-or-later
#include "mentioncsvexporter.h"

#include "csvwriter.h"
#include "exportselection.h"
#include "exporttarget.h"
#include "store/database.h"
#include "store/documentrepository.h"
#include "store/entityrepository.h"

using namespace Qt::StringLiterals;

namespace Gloss {

MentionCsvExporter::MentionCsvExporter(Database &database)
    : m_database(database)
{
}

QStringList MentionCsvExporter::header()
{
    return {u"document"_s, u"title"_s, u"published"_s, u"source"_s,    u"start"_s,
            u"end"_s,      u"text"_s,  u"type"_s,      u"canonical"_s, u"origin"_s};
}

Result<ExportSummary> MentionCsvExporter::write(const QString &path, const ExportOptions &options,
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

    const DocumentRepository documents(m_database);
    const EntityRepository entities(m_database);
    ExportSummary summary;
    summary.file = path;
    summary.format = ExportFormat::MentionCsv;
    const qint64 total = selection->documents().size();
    for (const ExportedDocument &exported : selection->documents()) {
        if (progress && !progress(summary.documents, total)) {
            return ExportTarget::cancelled();
        }
        const DocumentSummary &document = exported.summary;
        Result<QList<StoredMention>> mentions = entities.mentions(document.id);
        if (!mentions) {
            return mentions.error();
        }
        ++summary.documents;
        if (mentions->isEmpty()) {
            continue;
        }
        const std::optional<Document> full = documents.find(document.id);
        const QString body = full ? full->body : QString();
        const QString id = QString::number(document.id);
        for (const StoredMention &mention : std::as_const(*mentions)) {
            const bool written = csv.writeRow({id, document.title, document.published, document.source,
                                               QString::number(mention.start), QString::number(mention.end),
                                               body.mid(mention.start, mention.end - mention.start),
                                               entityKindName(mention.kind), mention.canonical, mention.origin});
            if (!written) {
                return target.writeError();
            }
            ++summary.mentions;
        }
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
