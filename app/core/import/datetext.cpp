// SPDX-License-Identifier: GPL-3.0-or-later
#include "datetext.h"

#include "nlp/wordtable.h"
#include "util/isodate.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

constexpr int MinYear = 1800;
constexpr int MaxYear = 2200;

std::optional<PartialDate> dayDate(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid() || year < MinYear || year > MaxYear) {
        return std::nullopt;
    }
    return PartialDate::fromDate(date);
}

std::optional<PartialDate> monthDate(int year, int month)
{
    if (year < MinYear || year > MaxYear || month < 1 || month > 12) {
        return std::nullopt;
    }
    return PartialDate{year, month, 0, DatePrecision::Month};
}

const QRegularExpression &isoPattern()
{
    // 2024-03-21, 2024-03-21T10:00:00Z, 2024/03/21, 2024.03.21, 2024-03, 20240321
    static const QRegularExpression pattern(
        u"^(\\d{4})(?:([-/.])(\\d{1,2})(?:\\2(\\d{1,2}))?|(\\d{2})(\\d{2}))(?:[T ].*)?$"_s);
    return pattern;
}

const QRegularExpression &monthFirstPattern()
{
    // March 21, 2024 · Mar. 21 2024 · March 21st, 2024 · Thursday, March 21, 2024 · March 2024
    static const QRegularExpression pattern(
        u"^(?:[A-Za-z]+,?\\s+)?([A-Za-z]{3,9})\\.?\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?,?\\s+)?(\\d{4})\\b"_s);
    return pattern;
}

const QRegularExpression &dayFirstPattern()
{
    // 21 March 2024 · Thu, 21 Mar 2024 10:00:00 GMT · 21st of March, 2024 · 26-FEB-1987 17:00:56.04
    static const QRegularExpression pattern(
        u"^(?:[A-Za-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)(?:of\\s+)?([A-Za-z]{3,9})\\.?,?(?:\\s+|-)(\\d{4})\\b"_s);
    return pattern;
}

std::optional<PartialDate> parseIso(QStringView text)
{
    const QRegularExpressionMatch match = isoPattern().matchView(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    const int year = match.capturedView(1).toInt();
    if (match.hasCaptured(5)) {
        return dayDate(year, match.capturedView(5).toInt(), match.capturedView(6).toInt());
    }
    const int month = match.capturedView(3).toInt();
    if (match.hasCaptured(4)) {
        return dayDate(year, month, match.capturedView(4).toInt());
    }
    return monthDate(year, month);
}

std::optional<PartialDate> parseWithMonthName(QStringView text)
{
    QRegularExpressionMatch match = monthFirstPattern().matchView(text);
    if (match.hasMatch()) {
        const int month = DateText::monthFromName(match.capturedView(1));
        const int year = match.capturedView(3).toInt();
        if (month > 0) {
            return match.hasCaptured(2) ? dayDate(year, month, match.capturedView(2).toInt()) : monthDate(year, month);
        }
    }
    match = dayFirstPattern().matchView(text);
    if (match.hasMatch()) {
        const int month = DateText::monthFromName(match.capturedView(2));
        if (month > 0) {
            return dayDate(match.capturedView(3).toInt(), month, match.capturedView(1).toInt());
        }
    }
    return std::nullopt;
}

std::optional<PartialDate> parseTimestamp(QStringView text)
{
    static const QRegularExpression digits(u"^\\d{9,13}$"_s);
    if (!digits.matchView(text).hasMatch()) {
        return std::nullopt;
    }
    qint64 value = text.toLongLong();
    if (text.size() >= 12) {
        value /= 1000; // milliseconds
    }
    const QDateTime time = QDateTime::fromSecsSinceEpoch(value, QTimeZone::UTC);
    return dayDate(time.date().year(), time.date().month(), time.date().day());
}

} // namespace

QString PartialDate::toIso() const
{
    switch (precision) {
    case DatePrecision::Day:
        return IsoDate::day(QDate(year, month, day));
    case DatePrecision::Month:
        return IsoDate::month(year, month);
    case DatePrecision::Year:
        return IsoDate::year(year);
    case DatePrecision::None:
        break;
    }
    return {};
}

QDate PartialDate::firstDay() const
{
    return isValid() ? QDate(year, std::max(month, 1), std::max(day, 1)) : QDate();
}

PartialDate PartialDate::fromDate(QDate date)
{
    return {date.year(), date.month(), date.day(), DatePrecision::Day};
}

int DateText::monthFromName(QStringView name)
{
    // The full names, their first three letters and "sept".
    static const WordTable<int> months = [] {
        const QStringList names = {u"january"_s, u"february"_s, u"march"_s, u"april"_s, u"may"_s, u"june"_s,
                                   u"july"_s, u"august"_s, u"september"_s, u"october"_s, u"november"_s,
                                   u"december"_s};
        WordTable<int> table;
        for (int i = 0; i < names.size(); ++i) {
            table[names.at(i)] = i + 1;
            table[names.at(i).left(3)] = i + 1;
        }
        table[u"sept"_s] = 9;
        return table;
    }();
    if (name.endsWith(u'.')) {
        name.chop(1);
    }
    // Taggers ask this of nearly every word: most fail on length or first letter.
    if (name.size() < 3 || name.size() > 9) {
        return 0;
    }
    switch (name.front().unicode() | 0x20) { // ASCII lower case
    case u'j': case u'f': case u'm': case u'a': case u's': case u'o': case u'n': case u'd':
        break;
    default:
        return 0;
    }
    const int *month = months.findLowerCase(name);
    return month ? *month : 0;
}

std::optional<QDate> DateText::dateOfPostId(quint64 statusId)
{
    constexpr qint64 TwitterEpochMs = 1288834974657;
    constexpr quint64 FirstSnowflake = 29700859247; // ids below this predate the time-encoding scheme
    if (statusId < FirstSnowflake) {
        return std::nullopt;
    }
    const qint64 ms = qint64(statusId >> 22) + TwitterEpochMs;
    const QDate date = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).date();
    if (!date.isValid() || date.year() < 2010 || date.year() > MaxYear) {
        return std::nullopt;
    }
    return date;
}

std::optional<PartialDate> DateText::parse(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    if (std::optional<PartialDate> iso = parseIso(trimmed)) {
        return iso;
    }
    if (std::optional<PartialDate> named = parseWithMonthName(trimmed)) {
        return named;
    }
    if (std::optional<PartialDate> stamp = parseTimestamp(trimmed)) {
        return stamp;
    }
    if (trimmed.size() == 4) {
        bool ok = false;
        const int year = trimmed.toInt(&ok);
        if (ok && year >= MinYear && year <= MaxYear) {
            return PartialDate{year, 0, 0, DatePrecision::Year};
        }
    }
    return std::nullopt;
}

} // namespace Gloss
