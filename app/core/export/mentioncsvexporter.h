// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"
#include "exportsummary.h"
#include "result.h"

#include <QStringList>

namespace Gloss {

class Database;

// The entity mentions of a scope's articles as CSV, one row per mention, for corpus analysis:
// the article (id, title, published date, source), offsets, the text as written, the entity's
// type and canonical name, and whether it was recognised or marked by hand.
class MentionCsvExporter final
{
public:
    explicit MentionCsvExporter(Database &database);

    Result<ExportSummary> write(const QString &path, const ExportOptions &options, const ExportProgress &progress = {});

    static QStringList header();

private:
    Database &m_database;
};

} // namespace Gloss
