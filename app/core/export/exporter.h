// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"
#include "exportsummary.h"
#include "result.h"

namespace Gloss {

class Database;

// The one entry point the window and `gloss export` share: writes `path` in the format of
// `options` with the exporter for it. The file is replaced only when the export succeeds.
class Exporter final
{
public:
    static Result<ExportSummary> run(Database &database, const QString &path, const ExportOptions &options,
                                     const ExportProgress &progress = {});
    // The usual file name extension of a format, without the dot.
    static QString suffix(ExportFormat format);
};

} // namespace Gloss
