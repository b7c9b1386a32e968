// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"
#include "exportsummary.h"
#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QUuid>

namespace Gloss {

class Database;

// The articles of a scope, the code book and the annotations as a REFI-QDA project (.qdpx, the
// exchange standard of ATLAS.ti, MAXQDA, NVivo and QualCoder, version 1.5): a ZIP archive with
// project.qde (namespace urn:QDA-XML:project:1.0) and each article's text as UTF-8 under
// sources/. Annotations become PlainTextSelections with a Coding of their code; their notes are
// the selections' descriptions. REFI-QDA counts positions in Unicode characters (code points),
// not the UTF-16 units Gloss stores, so offsets are converted.
class QdpxExporter final
{
    Q_DECLARE_TR_FUNCTIONS(QdpxExporter)

public:
    explicit QdpxExporter(Database &database);

    Result<ExportSummary> write(const QString &path, const ExportOptions &options, const ExportProgress &progress = {});

    static constexpr auto Namespace = "urn:QDA-XML:project:1.0";
    // A stable GUID for something Gloss names by `key` ("code:Actors/States").
    static QUuid guidFor(const QString &key);

private:
    Database &m_database;
};

} // namespace Gloss
