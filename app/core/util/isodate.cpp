// SPDX-License-Identifier: GPL-3.0-or-later
#include "isodate.h"

namespace Gloss::IsoDate {

namespace {

constexpr int LastYear = 9999;

void putDigits(QChar *out, int value, int digits)
{
    for (int k = digits - 1; k >= 0; --k) {
        out[k] = QChar(u'0' + value % 10);
        value /= 10;
    }
}

// The number written by `length` ASCII digits at `from`, or -1.
int digitsAt(QStringView text, qsizetype from, qsizetype length)
{
    int value = 0;
    for (qsizetype k = from; k < from + length; ++k) {
        const char16_t c = text[k].unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString day(QDate date)
{
    if (!date.isValid() || date.year() < 0 || date.year() > LastYear) {
        return {};
    }
    QString text(10, u'-');
    QChar *out = text.data();
    putDigits(out, date.year(), 4);
    putDigits(out + 5, date.month(), 2);
    putDigits(out + 8, date.day(), 2);
    return text;
}

QString month(int year, int month)
{
    if (year < 0 || year > LastYear || month < 1 || month > 12) {
        return {};
    }
    QString text(7, u'-');
    putDigits(text.data(), year, 4);
    putDigits(text.data() + 5, month, 2);
    return text;
}

QString year(int year)
{
    if (year < 0 || year > LastYear) {
        return {};
    }
    QString text(4, u'0');
    putDigits(text.data(), year, 4);
    return text;
}

QDate parseDay(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-') {
        return {};
    }
    const int y = digitsAt(text, 0, 4);
    const int m = digitsAt(text, 5, 2);
    const int d = digitsAt(text, 8, 2);
    return y < 0 || m < 0 || d < 0 ? QDate() : QDate(y, m, d);
}

} // namespace Gloss::IsoDate
