// SPDX-License-Identifier: GPL-3.0-or-later
// The article parser and its date inference on any text.
#include "fuzzinput.h"
#include "import/articleparser.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = Gloss::ArticleParser::normaliseLineEnds(Gloss::Fuzz::text(data, size));
    const Gloss::NewDocument document = Gloss::ArticleParser().parse(text, u"fuzz.txt"_s);
    (void)Gloss::ArticleParser::inferDate(document.body);
    (void)Gloss::ArticleParser::datelineLength(text);
    return 0;
}
