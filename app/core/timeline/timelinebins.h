// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinedata.h"
#include "timescale.h"

#include <QList>

namespace Gloss {

// The marks of one timeline lane gathered per pixel column of a TimeScale, so painting a lane
// costs at most `scale.width` shapes however many marks it holds. Plain data, no painting.
struct TimelineBins {
    struct Bin {
        int column = 0;               // 0 <= column < scale.width: where the day's centre falls
        int count = 0;                // the sum of the counts of its marks
        qsizetype first = 0;          // its marks are source[first..last], both included
        qsizetype last = 0;
        qsizetype representative = 0; // the mark with the largest count (the earliest among equals)
    };

    QList<Bin> bins; // non-empty columns only, left to right
    int highest = 0; // the largest count of a bin
    qint64 total = 0;

    // `days` and `events` must be sorted by date (TimelineData's lists are); marks outside the
    // scale's width are left out. Events are placed on their first day.
    static TimelineBins fromDays(const QList<TimelineDay> &days, const TimeScale &scale);
    static TimelineBins fromEvents(const QList<TimelineEvent> &events, const TimeScale &scale);

    // The column a day's centre falls in (may be outside [0, width)).
    static int columnOf(QDate date, const TimeScale &scale);
    // The index in `bins` of the bin nearest to `x` no further than `tolerance` pixels, or -1.
    qsizetype nearest(double x, double tolerance) const;
};

} // namespace Gloss
