// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/document.h"

#include <QDate>
#include <QStringView>

#include <optional>

namespace Gloss {

// A date as precise as its text: 2024, 2024-03 or 2024-03-21.
struct PartialDate {
    int year = 0;
    int month = 0; // 0 when only the year is known
    int day = 0;   // 0 when only the month is known
    DatePrecision precision = DatePrecision::None;

    bool isValid() const { return precision != DatePrecision::None; }
    QString toIso() const;
    QDate firstDay() const;
    static PartialDate fromDate(QDate date);
};

// Reads the dates publishers write: ISO 8601 dates and date-times, RFC 2822 ("Thu, 21 Mar 2024
// 10:00:00 GMT"), "March 21, 2024", "21 March 2024", "Mar. 21 2024", "2024/03/21", "March 2024",
// Unix timestamps in seconds or milliseconds, and a bare year.
class DateText final
{
public:
    static std::optional<PartialDate> parse(QStringView text);
    // 1–12 for an English month name or abbreviation ("Sept", "Mar."), else 0.
    static int monthFromName(QStringView name);
    // The date an X/Twitter status id was posted (ids since November 2010 encode milliseconds).
    static std::optional<QDate> dateOfPostId(quint64 statusId);
};

} // namespace Gloss
