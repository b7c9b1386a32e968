// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Gloss {

class BenchmarkReport;

// The export goals: a corpus of 1,000 generated articles with 5,000 annotations as a PDF report
// (goal ≤ 10 s) and as CSV, each against writing the same text the bare way in the same run
// (QTextDocument::setPlainText() printed on a QPdfWriter; QTextStream); JSON-LD and REFI-QDA
// for the record. --quick: 200 articles, 1,000 annotations.
void runExportBenchmarks(BenchmarkReport &report, bool quick);

} // namespace Gloss
