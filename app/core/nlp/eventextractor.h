// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "event.h"
#include "import/datetext.h"
#include "mention.h"
#include "timeexpression.h"
#include "tokenizedtext.h"

#include <QList>
#include <QString>

namespace Gloss {

// Finds calls, meetings and statements between recognised people, one sentence at a time:
// - a call or meeting needs a verb or noun that says so ("held a call with", "phoned", "called
//   Netanyahu", "met", "held talks", "visited") and two different people in the sentence; words
//   that only say people talked ("spoke with", "discussed … with", "conversation") make a call,
//   or the kind of the article's earlier event with one of the same people ("held talks in
//   Israel with Netanyahu … discussed with Herzog" is a second meeting);
// - a first-person "I spoke to Gallant" counts the person the sentence quotes as one of them;
//   a person who only reports ("…, Kirby said") does not take part;
// - what is planned is no event: "agreed to talk", "will meet", "plans to hold talks";
// - a statement is a person who "said in a statement", "issued a statement" or "announced";
// - a later sentence about the same people with no date of its own ("During the call, Biden and
//   Netanyahu also discussed …") adds nothing.
// Actors are PERSON mentions only; the place is a LOC mention after "in"/"at" close to the verb.
class EventExtractor final
{
public:
    QList<Event> extract(const QString &text, const QList<Mention> &mentions, const QList<TimeExpression> &times,
                         const PartialDate &published) const;
    // The same on a text already cut up for the other analyses.
    QList<Event> extract(const TokenizedText &text, const QList<Mention> &mentions, const QList<TimeExpression> &times,
                         const PartialDate &published) const;
};

} // namespace Gloss
