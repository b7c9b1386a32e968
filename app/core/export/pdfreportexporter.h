// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"
#include "exportsummary.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace Gloss {

class Database;

// The PDF report of a scope: a title page (corpus, date range, scope, counts, the codes used),
// a table of contents with page numbers, then each article on a new page: title, date, source,
// its note, every annotated quote in reading order with its code's colour mark and the text
// around it, the annotation's note rendered from Markdown, and the entities the article names.
// Every page but the first has a running header and a page number. Text is vector text in
// embedded font subsets (selectable, searchable); right-to-left scripts are laid out by Qt's
// bidi engine. Article text is only ever inserted as plain text, and notes are Markdown without
// HTML, so nothing in either is taken for markup; no image or other resource is loaded.
class PdfReportExporter final
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportExporter)

public:
    explicit PdfReportExporter(Database &database);

    Result<ExportSummary> write(const QString &path, const ExportOptions &options, const ExportProgress &progress = {});

    // How much article text is shown around a quote, at most, on each side.
    static constexpr qsizetype ContextCharacters = 160;
    // Entities listed per kind in an article's summary.
    static constexpr int EntitiesPerKind = 8;
    // Articles kept laid out between counting their pages (for the contents) and painting them;
    // the rest are laid out a second time, so memory stays bounded (some 150 KB an article).
    static constexpr qsizetype LaidOutInMemory = 2000;
    void setLaidOutInMemory(qsizetype articles) { m_laidOutInMemory = articles; }

private:
    Database &m_database;
    qsizetype m_laidOutInMemory = LaidOutInMemory;
};

} // namespace Gloss
