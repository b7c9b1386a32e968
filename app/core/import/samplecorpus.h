// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importsummary.h"
#include "result.h"

namespace Gloss {

class Database;

// The five articles bundled in the resources, offered once on a new default corpus.
class SampleCorpus final
{
public:
    static QStringList resourcePaths();
    // Imports the sample unless this database was already offered it.
    static Result<ImportSummary> installOnce(Database &database);
};

} // namespace Gloss
