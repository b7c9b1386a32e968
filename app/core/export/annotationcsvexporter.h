// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"
#include "exportsummary.h"
#include "result.h"
#include "store/annotationrepository.h"
#include "store/entityrepository.h"

#include <QStringList>

namespace Gloss {

class Database;

// The annotations of a scope as CSV, one row per annotation: the article (title, published date,
// source), the code's full path, quote, note (Markdown source), offsets, author, times, and the
// entities named in the quote (a mention that overlaps it counts: "Netanyahu" in a quote names
// the recognised "Benjamin Netanyahu"). See CsvWriter for quoting and formula neutralisation.
class AnnotationCsvExporter final
{
public:
    explicit AnnotationCsvExporter(Database &database);

    Result<ExportSummary> write(const QString &path, const ExportOptions &options, const ExportProgress &progress = {});

    static QStringList header();
    // The canonical names of the mentions overlapping [start, end), in text order, each once.
    static QStringList entitiesInside(const QList<StoredMention> &mentions, qsizetype start, qsizetype end);

private:
    Database &m_database;
};

} // namespace Gloss
