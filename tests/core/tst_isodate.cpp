// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/isodate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestIsoDate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void day_data();
    void day();
    void monthAndYear_data();
    void monthAndYear();
    void parseDay_data();
    void parseDay();
    void agreesWithQtOverManyDays();
};

void TestIsoDate::day_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ordinary") << QDate(2024, 3, 21) << u"2024-03-21"_s;
    QTest::newRow("leap day") << QDate(2024, 2, 29) << u"2024-02-29"_s;
    QTest::newRow("last day of a year") << QDate(1999, 12, 31) << u"1999-12-31"_s;
    QTest::newRow("first year") << QDate(1, 1, 1) << u"0001-01-01"_s;
    QTest::newRow("three-digit year") << QDate(987, 6, 5) << u"0987-06-05"_s;
    QTest::newRow("last year ISO can write") << QDate(9999, 12, 31) << u"9999-12-31"_s;
    QTest::newRow("past 9999: empty, as Qt") << QDate(10000, 1, 1) << QString();
    QTest::newRow("before year 1: empty, as Qt") << QDate(-44, 3, 15) << QString();
    QTest::newRow("invalid") << QDate() << QString();
}

void TestIsoDate::day()
{
    QFETCH(QDate, date);
    QFETCH(QString, expected);
    QCOMPARE(IsoDate::day(date), expected);
    QCOMPARE(IsoDate::day(date), date.toString(Qt::ISODate));
}

void TestIsoDate::monthAndYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("expectedMonth");
    QTest::addColumn<QString>("expectedYear");
    QTest::newRow("ordinary") << 2023 << 11 << u"2023-11"_s << u"2023"_s;
    QTest::newRow("January") << 2024 << 1 << u"2024-01"_s << u"2024"_s;
    QTest::newRow("short year") << 33 << 4 << u"0033-04"_s << u"0033"_s;
    QTest::newRow("no month 13") << 2024 << 13 << QString() << u"2024"_s;
    QTest::newRow("no month 0") << 2024 << 0 << QString() << u"2024"_s;
    QTest::newRow("five-digit year") << 12024 << 5 << QString() << QString();
}

void TestIsoDate::monthAndYear()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QString, expectedMonth);
    QFETCH(QString, expectedYear);
    QCOMPARE(IsoDate::month(year, month), expectedMonth);
    QCOMPARE(IsoDate::year(year), expectedYear);
}

void TestIsoDate::parseDay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("ordinary") << u"2024-03-21"_s << QDate(2024, 3, 21);
    QTest::newRow("leap day") << u"2024-02-29"_s << QDate(2024, 2, 29);
    QTest::newRow("no 29 February in 2023") << u"2023-02-29"_s << QDate();
    QTest::newRow("month 13") << u"2024-13-01"_s << QDate();
    QTest::newRow("day 00") << u"2024-01-00"_s << QDate();
    QTest::newRow("a month, not a day") << u"2024-03"_s << QDate();
    QTest::newRow("a week") << u"2024-W12"_s << QDate();
    QTest::newRow("letters") << u"2024-0a-21"_s << QDate();
    QTest::newRow("slashes") << u"2024/03/21"_s << QDate();
    QTest::newRow("Arabic-Indic digits") << u"٢٠٢٤-٠٣-٢١"_s << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestIsoDate::parseDay()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    QCOMPARE(IsoDate::parseDay(text), expected);
}

// Every day of four centuries written and read back, against Qt's own ISO formatter and parser.
void TestIsoDate::agreesWithQtOverManyDays()
{
    const QDate first(1900, 1, 1);
    const QDate last(2299, 12, 31);
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        const QString written = IsoDate::day(date);
        if (written != date.toString(Qt::ISODate)) {
            QFAIL(qPrintable(u"%1 written as %2"_s.arg(date.toString(Qt::ISODate), written)));
        }
        if (IsoDate::parseDay(written) != date) {
            QFAIL(qPrintable(u"%1 read back as %2"_s.arg(written, IsoDate::parseDay(written).toString())));
        }
    }
}

QTEST_GUILESS_MAIN(TestIsoDate)
#include "tst_isodate.moc"
