// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/datetext.h"
#include "timeexpression.h"
#include "tokenizedtext.h"

#include <QList>
#include <QString>

namespace Gloss {

// Finds dates, weeks, months, years and durations in English news text and normalises them,
// in one pass over the tokens:
// - absolute dates: "2024-04-29", "March 19, 2024", "19 March 2024", "Monday, April 29, 2024",
//   "4th of march", "04/29/2024" (day and month told apart when one is over 12, else read the US
//   way and marked uncertain), "13.5.2015", "March 2024", "Oct. 2001", "2016 November", years
//   ("in 2023", "since 2007", "2023.", "mid-2023"; not "2023 people", "a total of 2000 troops");
// - dates without a year ("March 19", "Mar. 19", "the October 7 attack", "19 March"): the
//   anchor's year, moved back a year when the date would fall more than two days after the
//   anchor in a past context, ahead a year when it would fall more than two days before it in a
//   future one (HeidelTime's news rule); a month alone ("in March", "in Jan", "the month of May")
//   likewise, "last September" being the year before's and "next June" the year after's;
// - weekdays: "on Sunday" is the latest Sunday on or before the anchor in a past or undecided
//   context and the next one after it in a future one ("will meet on Thursday"); "since" forces
//   the past; "this Friday" is the anchor's ISO week's, "next Friday" the following week's,
//   "last Tuesday" the latest before the anchor, "Friday next week" the next week's;
// - yesterday, today, tomorrow, the day before yesterday; "two days ago", "three weeks ago",
//   "two days from now", "in 27 days" when the sentence speaks of the future (otherwise "in 27
//   days" is the duration "27 days": "the first talks in 27 days"), each as precise as its unit
//   ("three weeks ago" is a week, "a month ago" a month); "two days later" counts from the
//   story's own last date, not the publication, and stays the duration "two days";
// - this/last/next week (ISO week), month and year, "the week after next", with "early",
//   "earlier", "late", "later" and "mid" ("earlier this month" is the month);
// - durations: "27 days" P27D, "for three weeks" P3W, "a month" P1M, "two years" P2Y, "a
//   fortnight" P2W, "three-day" P3D, "24 hours" PT24H.
// Tense comes from TenseDetector. Times of day, recurring sets ("every Monday"), holidays,
// seasons, quarters, decades, ranges ("from March 3 to 5": each end is tagged on its own) and
// numbers written as words for days or years ("May twenty-first") are not handled.
class TemporalTagger final
{
public:
    // Expressions in text order, never overlapping. `anchor` is the publication date; relative
    // expressions are resolved against it and name it in TimeExpression::anchor. A relative
    // expression the anchor cannot place — any of them when it is invalid, a weekday or
    // "yesterday" when it only has a month or a year — is left out rather than kept without a
    // value; absolute dates, years and durations need no anchor.
    QList<TimeExpression> tag(const QString &text, const PartialDate &anchor) const;
    // The same on a text already cut up for the other analyses.
    QList<TimeExpression> tag(const TokenizedText &text, const PartialDate &anchor) const;
};

} // namespace Gloss
