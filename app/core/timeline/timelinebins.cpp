// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinebins.h"

#include <algorithm>
#include <cmath>

namespace Gloss {

namespace {

QDate dateOf(const TimelineDay &day)
{
    return day.date;
}

int countOf(const TimelineDay &day)
{
    return std::max(day.count, 1);
}

QDate dateOf(const TimelineEvent &event)
{
    return event.first;
}

int countOf(const TimelineEvent &)
{
    return 1;
}

template<typename Mark>
TimelineBins binMarks(const QList<Mark> &marks, const TimeScale &scale)
{
    TimelineBins result;
    if (scale.width <= 0 || scale.pixelsPerDay <= 0 || marks.isEmpty()) {
        return result;
    }
    // Skip what lies left of the view without looking at it: the lists are sorted by date.
    const QDate firstVisible = scale.dateAt(-1).addDays(-1);
    auto it = std::lower_bound(marks.cbegin(), marks.cend(), firstVisible,
                               [](const Mark &mark, QDate date) { return dateOf(mark) < date; });
    TimelineBins::Bin *bin = nullptr;
    int representativeCount = 0;
    for (; it != marks.cend(); ++it) {
        const QDate date = dateOf(*it);
        if (!date.isValid()) {
            continue;
        }
        const int column = TimelineBins::columnOf(date, scale);
        if (column < 0) {
            continue;
        }
        if (column >= scale.width) {
            break;
        }
        const qsizetype index = it - marks.cbegin();
        const int count = countOf(*it);
        if (!bin || bin->column != column) {
            result.bins.append({column, 0, index, index, index});
            bin = &result.bins.last();
            representativeCount = count;
        } else if (count > representativeCount) {
            bin->representative = index;
            representativeCount = count;
        }
        bin->count += count;
        bin->last = index;
        result.total += count;
        result.highest = std::max(result.highest, bin->count);
    }
    return result;
}

} // namespace

TimelineBins TimelineBins::fromDays(const QList<TimelineDay> &days, const TimeScale &scale)
{
    return binMarks(days, scale);
}

TimelineBins TimelineBins::fromEvents(const QList<TimelineEvent> &events, const TimeScale &scale)
{
    return binMarks(events, scale);
}

int TimelineBins::columnOf(QDate date, const TimeScale &scale)
{
    const double x = std::floor(scale.xForDay(double(date.toJulianDay()) + 0.5));
    return int(std::clamp(x, -1e9, 1e9));
}

qsizetype TimelineBins::nearest(double x, double tolerance) const
{
    // The first bin whose column is not left of x - tolerance, then the closest from there on.
    auto it = std::lower_bound(bins.cbegin(), bins.cend(), x - tolerance - 0.5,
                               [](const Bin &bin, double left) { return bin.column + 0.5 < left; });
    qsizetype best = -1;
    double bestDistance = 0;
    for (; it != bins.cend() && it->column + 0.5 <= x + tolerance; ++it) {
        const double distance = std::abs(it->column + 0.5 - x);
        if (distance <= tolerance && (best < 0 || distance < bestDistance)) {
            best = it - bins.cbegin();
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace Gloss
