// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace Gloss {

// What an export writes.
enum class ExportFormat {
    AnnotationCsv, // one row per annotation
    MentionCsv,    // one row per entity mention, for corpus analysis
    Pdf,           // the report
    JsonLd,        // W3C Web Annotations
    Qdpx,          // a REFI-QDA project
};

enum class ReportPageSize { A4, Letter };

// Which part of the corpus an export covers; every condition that is set must hold.
struct ExportScope {
    qint64 documentId = 0; // only this article
    qint64 codeId = 0;     // only annotations of this code or a code below it (and the articles that have them)
    QDate from;            // only articles published on or after this day
    QDate to;              // only articles published on or before this day

    bool isWholeCorpus() const { return documentId <= 0 && codeId <= 0 && !from.isValid() && !to.isValid(); }
};

// Everything the window's dialog and `gloss export` choose, shared by every exporter.
struct ExportOptions {
    ExportFormat format = ExportFormat::AnnotationCsv;
    ExportScope scope;
    ReportPageSize pageSize = ReportPageSize::A4;
    bool byteOrderMark = false; // CSV: a UTF-8 byte order mark first, so Excel reads the file as UTF-8
};

// Called as an export goes on; returning false cancels it (the target file is left untouched).
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

// "csv", "mentions-csv", "pdf", "jsonld", "qdpx": the names `gloss export` prints.
QString exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(const QString &name);
QString pageSizeName(ReportPageSize size); // "A4", "Letter"
std::optional<ReportPageSize> pageSizeFromName(const QString &name); // case-insensitive

} // namespace Gloss
