// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeexpression.h"

#include "util/isodate.h"

#include <algorithm>

#include <array>
#include <utility>

namespace Gloss {

namespace {

constexpr std::array granularityNames{
    std::pair{Granularity::Day, QStringView(u"day")},
    std::pair{Granularity::Week, QStringView(u"week")},
    std::pair{Granularity::Month, QStringView(u"month")},
    std::pair{Granularity::Year, QStringView(u"year")},
    std::pair{Granularity::Duration, QStringView(u"duration")},
};

int numberAt(QStringView value, qsizetype from, qsizetype length)
{
    bool ok = false;
    const int number = value.mid(from, length).toInt(&ok);
    return ok ? number : -1;
}

// The Monday of ISO week `week` of ISO year `year`: week 1 holds the year's first Thursday,
// so it always holds 4 January.
QDate mondayOfIsoWeek(int year, int week)
{
    const QDate fourthOfJanuary(year, 1, 4);
    return fourthOfJanuary.addDays(1 - fourthOfJanuary.dayOfWeek() + 7 * (week - 1));
}

} // namespace

QString granularityName(Granularity granularity)
{
    for (const auto &[candidate, name] : granularityNames) {
        if (candidate == granularity) {
            return name.toString();
        }
    }
    return {};
}

bool granularityFromName(const QString &name, Granularity *granularity)
{
    for (const auto &[candidate, candidateName] : granularityNames) {
        if (candidateName == name) {
            *granularity = candidate;
            return true;
        }
    }
    return false;
}

Granularity granularityOfValue(QStringView value)
{
    const auto digits = [&](qsizetype from, qsizetype length) {
        return std::all_of(value.begin() + from, value.begin() + from + length, [](QChar c) { return c.isDigit(); });
    };
    if (value.size() == 10 && digits(0, 4) && value[4] == u'-' && digits(5, 2) && value[7] == u'-' && digits(8, 2)) {
        return Granularity::Day;
    }
    if (value.size() == 8 && digits(0, 4) && value.mid(4, 2) == u"-W" && digits(6, 2)) {
        return Granularity::Week;
    }
    if (value.size() == 7 && digits(0, 4) && value[4] == u'-' && digits(5, 2)) {
        return Granularity::Month;
    }
    if (value.size() == 4 && digits(0, 4)) {
        return Granularity::Year;
    }
    return Granularity::Duration;
}

QDate TimeExpression::firstDay() const
{
    switch (granularity) {
    case Granularity::Day:
        return IsoDate::parseDay(value);
    case Granularity::Week:
        if (value.size() == 8 && value.at(5) == u'W') {
            const int year = numberAt(value, 0, 4);
            const int week = numberAt(value, 6, 2);
            if (year > 0 && week >= 1 && week <= 53) {
                return mondayOfIsoWeek(year, week);
            }
        }
        return {};
    case Granularity::Month:
        if (value.size() == 7) {
            return QDate(numberAt(value, 0, 4), numberAt(value, 5, 2), 1);
        }
        return {};
    case Granularity::Year:
        if (value.size() == 4) {
            return QDate(numberAt(value, 0, 4), 1, 1);
        }
        return {};
    case Granularity::Duration:
        break;
    }
    return {};
}

QDate TimeExpression::lastDay() const
{
    const QDate first = firstDay();
    if (!first.isValid()) {
        return {};
    }
    switch (granularity) {
    case Granularity::Day:
        return first;
    case Granularity::Week:
        return first.addDays(6);
    case Granularity::Month:
        return first.addMonths(1).addDays(-1);
    case Granularity::Year:
        return first.addYears(1).addDays(-1);
    case Granularity::Duration:
        break;
    }
    return {};
}

} // namespace Gloss
