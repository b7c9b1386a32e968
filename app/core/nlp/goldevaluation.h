// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitykind.h"
#include "result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace Gloss {

// Scores the entity recogniser against hand-made gold spans (tests/data/gold/seed-entities.tsv:
// file, start, end, type, text) of articles in a folder: exact spans and types, PERSON, ORG, LOC
// and NORP. Used by the test suite (which fails below F1 0.90) and by `./dev bench`.
class GoldEvaluation final
{
public:
    struct Score {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        double precision() const;
        double recall() const;
        double f1() const;
    };
    struct Report {
        QMap<QString, Score> byType; // PERSON, ORG, LOC, NORP
        Score overall;
        QStringList errors; // "file: missed LOC "Gaza"", "file: extra …"
    };

    static Result<Report> evaluate(const QString &goldFile, const QString &articleFolder);
};

} // namespace Gloss
