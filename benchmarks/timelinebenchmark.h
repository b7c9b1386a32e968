// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Gloss {

class BenchmarkReport;

// The timeline's goal: a repaint of 100,000 articles, 300,000 mentioned dates and 2,000 events
// over three years within a frame (16 ms), against one rectangle per mark without binning.
void runTimelineBenchmarks(BenchmarkReport &report, bool quick);

} // namespace Gloss
