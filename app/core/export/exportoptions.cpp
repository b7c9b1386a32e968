// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportoptions.h"

using namespace Qt::StringLiterals;

namespace Gloss {

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::AnnotationCsv:
        return u"csv"_s;
    case ExportFormat::MentionCsv:
        return u"mentions-csv"_s;
    case ExportFormat::Pdf:
        return u"pdf"_s;
    case ExportFormat::JsonLd:
        return u"jsonld"_s;
    case ExportFormat::Qdpx:
        return u"qdpx"_s;
    }
    return u"csv"_s;
}

std::optional<ExportFormat> exportFormatFromName(const QString &name)
{
    for (ExportFormat format : {ExportFormat::AnnotationCsv, ExportFormat::MentionCsv, ExportFormat::Pdf,
                                ExportFormat::JsonLd, ExportFormat::Qdpx}) {
        if (exportFormatName(format) == name) {
            return format;
        }
    }
    return std::nullopt;
}

QString pageSizeName(ReportPageSize size)
{
    return size == ReportPageSize::Letter ? u"Letter"_s : u"A4"_s;
}

std::optional<ReportPageSize> pageSizeFromName(const QString &name)
{
    if (name.compare(u"A4"_s, Qt::CaseInsensitive) == 0) {
        return ReportPageSize::A4;
    }
    if (name.compare(u"Letter"_s, Qt::CaseInsensitive) == 0) {
        return ReportPageSize::Letter;
    }
    return std::nullopt;
}

} // namespace Gloss
