// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "annotationcsvexporter.h"
#include "jsonldexporter.h"
#include "logging.h"
#include "mentioncsvexporter.h"
#include "pdfreportexporter.h"
#include "qdpxexporter.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace Gloss {

Result<ExportSummary> Exporter::run(Database &database, const QString &path, const ExportOptions &options,
                                    const ExportProgress &progress)
{
    QElapsedTimer timer;
    timer.start();
    Result<ExportSummary> result = [&]() -> Result<ExportSummary> {
        switch (options.format) {
        case ExportFormat::AnnotationCsv:
            return AnnotationCsvExporter(database).write(path, options, progress);
        case ExportFormat::MentionCsv:
            return MentionCsvExporter(database).write(path, options, progress);
        case ExportFormat::Pdf:
            return PdfReportExporter(database).write(path, options, progress);
        case ExportFormat::JsonLd:
            return JsonLdExporter(database).write(path, options, progress);
        case ExportFormat::Qdpx:
            return QdpxExporter(database).write(path, options, progress);
        }
        return badInput(u"unknown export format"_s);
    }();
    if (result) {
        qCInfo(lcExport) << "exported" << exportFormatName(options.format) << path << result->annotations << "annotations in"
                         << timer.elapsed() << "ms";
    }
    return result;
}

QString Exporter::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::AnnotationCsv:
    case ExportFormat::MentionCsv:
        return u"csv"_s;
    case ExportFormat::Pdf:
        return u"pdf"_s;
    case ExportFormat::JsonLd:
        return u"jsonld"_s;
    case ExportFormat::Qdpx:
        return u"qdpx"_s;
    }
    return u"csv"_s;
}

} // namespace Gloss
