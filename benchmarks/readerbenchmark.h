// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Gloss {

class BenchmarkReport;

// The reader's goals: an article with its entities highlighted, from ReaderView::showDocument()
// to its first paint, against a QTextEdit formatted span by span; and find on a long article.
void runReaderBenchmarks(BenchmarkReport &report, bool quick);

} // namespace Gloss
