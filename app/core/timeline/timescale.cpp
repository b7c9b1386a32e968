// SPDX-License-Identifier: GPL-3.0-or-later
#include "timescale.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

double approximateDays(TimeScale::Unit unit)
{
    switch (unit) {
    case TimeScale::Unit::Day:
        return 1;
    case TimeScale::Unit::Week:
        return 7;
    case TimeScale::Unit::Month:
        return 30.44;
    case TimeScale::Unit::Quarter:
        return 91.31;
    case TimeScale::Unit::Year:
        return 365.25;
    case TimeScale::Unit::Decade:
        return 3652.5;
    }
    return 1;
}

// The first tick boundary on or after `date` for the unit.
QDate alignUp(QDate date, TimeScale::Unit unit)
{
    switch (unit) {
    case TimeScale::Unit::Day:
        return date;
    case TimeScale::Unit::Week:
        return date.addDays((8 - date.dayOfWeek()) % 7); // Mondays
    case TimeScale::Unit::Month: {
        const QDate first(date.year(), date.month(), 1);
        return first < date ? first.addMonths(1) : first;
    }
    case TimeScale::Unit::Quarter: {
        QDate first(date.year(), ((date.month() - 1) / 3) * 3 + 1, 1);
        return first < date ? first.addMonths(3) : first;
    }
    case TimeScale::Unit::Year: {
        const QDate first(date.year(), 1, 1);
        return first < date ? first.addYears(1) : first;
    }
    case TimeScale::Unit::Decade: {
        const int year = date.year() - (((date.year() % 10) + 10) % 10);
        QDate first(year, 1, 1);
        return first < date ? first.addYears(10) : first;
    }
    }
    return date;
}

QDate advance(QDate date, TimeScale::Unit unit)
{
    switch (unit) {
    case TimeScale::Unit::Day:
        return date.addDays(1);
    case TimeScale::Unit::Week:
        return date.addDays(7);
    case TimeScale::Unit::Month:
        return date.addMonths(1);
    case TimeScale::Unit::Quarter:
        return date.addMonths(3);
    case TimeScale::Unit::Year:
        return date.addYears(1);
    case TimeScale::Unit::Decade:
        return date.addYears(10);
    }
    return date.addDays(1);
}

// Whether a tick starts the next-larger period (drawn taller, labelled with more context).
bool isMajor(QDate date, TimeScale::Unit unit)
{
    switch (unit) {
    case TimeScale::Unit::Day:
    case TimeScale::Unit::Week:
        return date.day() <= 7 && (unit == TimeScale::Unit::Week || date.day() == 1);
    case TimeScale::Unit::Month:
    case TimeScale::Unit::Quarter:
        return date.month() == 1;
    case TimeScale::Unit::Year:
        return date.year() % 10 == 0;
    case TimeScale::Unit::Decade:
        return date.year() % 100 == 0;
    }
    return false;
}

} // namespace

double TimeScale::xForDate(QDate date) const
{
    return xForDay(double(date.toJulianDay()));
}

QDate TimeScale::dateAt(double x) const
{
    return QDate::fromJulianDay(qint64(std::floor(dayAt(x))));
}

void TimeScale::fit(QDate first, QDate last, int widthInPixels)
{
    width = std::max(widthInPixels, 1);
    if (!first.isValid() || !last.isValid()) {
        return;
    }
    if (last < first) {
        std::swap(first, last);
    }
    const double span = std::max<double>(double(first.daysTo(last)), 1.0);
    const double margin = std::max(span * 0.05, 1.0);
    pixelsPerDay = std::clamp(width / (span + 2 * margin), MinPixelsPerDay, MaxPixelsPerDay);
    // Centre the range in the view.
    const double middle = double(first.toJulianDay()) + double(first.daysTo(last)) / 2.0 + 0.5;
    firstDay = middle - (width / 2.0) / pixelsPerDay;
}

void TimeScale::zoom(double factor, double anchorX)
{
    if (factor <= 0) {
        return;
    }
    const double anchorDay = dayAt(anchorX);
    pixelsPerDay = std::clamp(pixelsPerDay * factor, MinPixelsPerDay, MaxPixelsPerDay);
    firstDay = anchorDay - anchorX / pixelsPerDay;
}

void TimeScale::pan(double pixels)
{
    firstDay -= pixels / pixelsPerDay;
}

TimeScale::Unit TimeScale::tickUnit(double minSpacing) const
{
    for (Unit unit : {Unit::Day, Unit::Week, Unit::Month, Unit::Quarter, Unit::Year}) {
        if (approximateDays(unit) * pixelsPerDay >= minSpacing) {
            return unit;
        }
    }
    return Unit::Decade;
}

QList<TimeScale::Tick> TimeScale::ticks(double minSpacing) const
{
    QList<Tick> result;
    const Unit unit = tickUnit(minSpacing);
    const QDate first = dateAt(0);
    const QDate last = dateAt(width).addDays(1);
    if (!first.isValid() || !last.isValid()) {
        return result;
    }
    for (QDate date = alignUp(first, unit); date.isValid() && date <= last; date = advance(date, unit)) {
        result.append({date, xForDate(date), isMajor(date, unit)});
        if (result.size() > 2000) {
            break;
        }
    }
    return result;
}

QString TimeScale::label(QDate date, Unit unit)
{
    const QLocale locale;
    switch (unit) {
    case Unit::Day:
    case Unit::Week:
        return date.day() == 1 || (date.day() <= 7 && unit == Unit::Week)
            ? locale.toString(date, u"d MMM"_s)
            : QString::number(date.day());
    case Unit::Month:
        return date.month() == 1 ? QString::number(date.year()) : locale.toString(date, u"MMM"_s);
    case Unit::Quarter:
        return date.month() == 1 ? QString::number(date.year()) : u"Q%1"_s.arg((date.month() - 1) / 3 + 1);
    case Unit::Year:
    case Unit::Decade:
        return QString::number(date.year());
    }
    return {};
}

} // namespace Gloss
