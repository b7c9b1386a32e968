// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV and JSON Lines readers on any file.
#include "fuzzinput.h"
#include "import/tabularreader.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString content = Gloss::Fuzz::text(data, size);
    (void)Gloss::TabularReader::readCsv(content, u"fuzz.csv"_s);
    (void)Gloss::TabularReader::readJsonLines(content, u"fuzz.jsonl"_s);
    return 0;
}
