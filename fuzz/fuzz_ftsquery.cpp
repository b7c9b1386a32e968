// SPDX-License-Identifier: GPL-3.0-or-later
// The search box's query front end on any query.
#include "fuzzinput.h"
#include "store/ftsquery.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)Gloss::FtsQuery::toFts5(Gloss::Fuzz::text(data, size));
    return 0;
}
