// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML extractor on any page.
#include "fuzzinput.h"
#include "import/htmlextractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString html = Gloss::Fuzz::text(data, size);
    (void)Gloss::HtmlExtractor::looksLikeHtml(html);
    (void)Gloss::HtmlExtractor::extract(html);
    return 0;
}
