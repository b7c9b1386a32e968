// SPDX-License-Identifier: GPL-3.0-or-later
// The temporal tagger on any text, anchored on a fixed day and on no date.
#include "fuzzinput.h"
#include "nlp/temporaltagger.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Gloss::Fuzz::text(data, size);
    static const Gloss::TemporalTagger tagger; // its lexicon is built once, as in an import
    (void)tagger.tag(text, Gloss::PartialDate::fromDate(QDate(2024, 3, 15)));
    (void)tagger.tag(text, Gloss::PartialDate());
    return 0;
}
