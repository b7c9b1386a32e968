// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <functional>

namespace Gloss {

class Database;

// Recognises the entities, time expressions and events of stored documents again (after the
// gazetteer or the rules changed), replacing the recognised ones with the user's corrections
// applied (EntityCorrections); hand-made mentions stay. Entities no longer mentioned
// anywhere are removed. Works in batches, each its own transaction.
class RecognitionRun final
{
public:
    struct Outcome {
        qint64 documents = 0;
        qint64 mentions = 0;
        qint64 timeExpressions = 0;
        qint64 events = 0;
        bool cancelled = false;
    };
    // Called after each batch with documents done and total; return false to stop.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static constexpr int BatchSize = 500;

    // documentId > 0: only that document.
    static Result<Outcome> run(Database &database, qint64 documentId = 0, const Progress &progress = {});
};

} // namespace Gloss
