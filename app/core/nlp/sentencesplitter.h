// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace Gloss {

// A sentence's UTF-16 offsets in its text, without surrounding white space.
struct Sentence {
    qsizetype start = 0;
    qsizetype end = 0;

    friend bool operator==(const Sentence &, const Sentence &) = default;
};

// Splits news text into sentences in one pass. A sentence ends at a line break, or at . ! ?
// (with any closing quotes or brackets) followed by white space and a capital, a digit or an
// opening quote. Titles and other abbreviations ("Mr.", "Dr.", "Gen.", "Mar."), initials
// ("Lloyd J. Austin"), dotted acronyms ("U.S.") and decimals ("1.5") do not end one; the price
// is that "… in the U.S. The …" stays one sentence.
class SentenceSplitter final
{
public:
    static QList<Sentence> split(QStringView text);
};

} // namespace Gloss
