// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace Gloss {

// How much of the calendar a time expression covers. A duration has no place in it.
enum class Granularity { Day, Week, Month, Year, Duration };

// "day", "week", "month", "year", "duration": the names the store and the CLI use.
QString granularityName(Granularity granularity);
// The inverse of granularityName(); false when `name` is none of them.
bool granularityFromName(const QString &name, Granularity *granularity);

// The granularity a normalised value is written in ("2024-03-19" day, "2024-W17" week,
// "2024-03" month, "2024" year, "P3D" duration); Duration as well for anything else.
Granularity granularityOfValue(QStringView value);

// A date, week, month, year or duration found in a text, normalised to ISO 8601.
struct TimeExpression {
    qsizetype start = 0; // UTF-16 offsets into the tagged text
    qsizetype end = 0;
    QString text;        // the text between start and end
    // 2024-03-19 (day), 2024-W17 (ISO week), 2024-03 (month), 2024 (year),
    // P27D, P3W, P2M, P1Y, PT3H (duration)
    QString value;
    Granularity granularity = Granularity::Day;
    // What a relative expression was resolved against: "publication 2024-04-29 (day)";
    // "absolute" when the text alone fixes it (a full date, a year, a duration).
    QString anchor;
    // A relative choice that could go either way: a weekday that is also the publication's
    // weekday, a date whose past or future reading the tense did not settle.
    bool uncertain = false;

    // The first and last day of the period the value names; invalid for a duration.
    QDate firstDay() const;
    QDate lastDay() const;

    friend bool operator==(const TimeExpression &, const TimeExpression &) = default;
};

} // namespace Gloss
