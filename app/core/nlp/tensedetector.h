// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace Gloss {

enum class Tense { Past, Future, Unknown };

// Guesses whether a time expression speaks of the past or the future from the verbs and
// auxiliaries of its sentence, as HeidelTime does for news:
// - a cue right before the expression governs it ("said on Monday", "will meet on Thursday");
// - otherwise the nearest cue in the sentence, reporting verbs ("said", "told") last, since
//   "…will travel on Wednesday, the White House said" is about Wednesday's travel;
// - future cues: will, shall, would, 'll, upcoming, next, "plans to", "is expected to",
//   "scheduled"; past cues: was, were, had, ago, last, earlier, irregular past forms and
//   lower-case words in -ed (not after is/are/be: "is concerned").
class TenseDetector final
{
public:
    // `words`: the lower-case text of every token of the text (punctuation as itself), `hashes`
    // their wordHash() (TokenizedText has both). The sentence is [sentenceBegin, sentenceEnd),
    // the expression [begin, end), in tokens.
    static Tense tenseAround(const QList<QStringView> &words, const QList<quint32> &hashes, qsizetype sentenceBegin,
                             qsizetype sentenceEnd, qsizetype begin, qsizetype end);
};

} // namespace Gloss
