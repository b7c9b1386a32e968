// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace Gloss::IsoDate {

// ISO 8601 calendar dates written and read by hand: QDate::toString(Qt::ISODate) goes through
// printf-style formatting, and import writes and reads a few of these for every article.
// Like QDate, a date outside the years 0–9999 (or an invalid one) gives an empty string.

// YYYY-MM-DD
QString day(QDate date);
// YYYY-MM
QString month(int year, int month);
// YYYY
QString year(int year);
// The day of a YYYY-MM-DD string, or an invalid date for anything else.
QDate parseDay(QStringView text);

} // namespace Gloss::IsoDate
