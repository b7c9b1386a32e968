// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/datetext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestDateText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("iso"); // empty: not a date
        QTest::newRow("iso date") << u"2024-03-21"_s << u"2024-03-21"_s;
        QTest::newRow("iso date-time") << u"2024-03-21T10:15:00Z"_s << u"2024-03-21"_s;
        QTest::newRow("iso with offset") << u"2023-10-16T23:30:00+03:00"_s << u"2023-10-16"_s;
        QTest::newRow("iso space time") << u"2024-01-19 08:00"_s << u"2024-01-19"_s;
        QTest::newRow("slashes") << u"2024/03/21"_s << u"2024-03-21"_s;
        QTest::newRow("compact") << u"20240321"_s << u"2024-03-21"_s;
        QTest::newRow("year-month") << u"2024-03"_s << u"2024-03"_s;
        QTest::newRow("year") << u"2024"_s << u"2024"_s;
        QTest::newRow("rfc 2822") << u"Thu, 21 Mar 2024 10:00:00 GMT"_s << u"2024-03-21"_s;
        QTest::newRow("month first") << u"March 21, 2024"_s << u"2024-03-21"_s;
        QTest::newRow("abbreviated with dot") << u"Mar. 21 2024"_s << u"2024-03-21"_s;
        QTest::newRow("ordinal") << u"October 7th, 2023"_s << u"2023-10-07"_s;
        QTest::newRow("weekday first") << u"Monday, April 29, 2024"_s << u"2024-04-29"_s;
        QTest::newRow("day first") << u"21 March 2024"_s << u"2024-03-21"_s;
        QTest::newRow("day of month") << u"7th of October, 2023"_s << u"2023-10-07"_s;
        QTest::newRow("reuters 1987") << u"26-FEB-1987 17:00:56.04"_s << u"1987-02-26"_s;
        QTest::newRow("sept") << u"Sept 3, 2024"_s << u"2024-09-03"_s;
        QTest::newRow("month and year") << u"March 2024"_s << u"2024-03"_s;
        QTest::newRow("leap day") << u"2024-02-29"_s << u"2024-02-29"_s;
        QTest::newRow("not leap day") << u"2023-02-29"_s << u""_s;
        QTest::newRow("unix seconds") << u"1711015866"_s << u"2024-03-21"_s;
        QTest::newRow("unix milliseconds") << u"1711015866000"_s << u"2024-03-21"_s;
        QTest::newRow("padded") << u"  2024-03-21  "_s << u"2024-03-21"_s;
        QTest::newRow("month 13") << u"2024-13-01"_s << u""_s;
        QTest::newRow("words") << u"yesterday"_s << u""_s;
        QTest::newRow("empty") << u""_s << u""_s;
        QTest::newRow("unknown month") << u"21 Smarch 2024"_s << u""_s;
        QTest::newRow("ancient year") << u"0042-01-01"_s << u""_s;
    }

    void parses()
    {
        QFETCH(QString, text);
        QFETCH(QString, iso);
        const std::optional<PartialDate> date = DateText::parse(text);
        QCOMPARE(date ? date->toIso() : QString(), iso);
    }

    void monthNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("month");
        QTest::newRow("full") << u"January"_s << 1;
        QTest::newRow("lower") << u"december"_s << 12;
        QTest::newRow("upper abbreviation") << u"FEB"_s << 2;
        QTest::newRow("dot") << u"Aug."_s << 8;
        QTest::newRow("sept") << u"Sept"_s << 9;
        QTest::newRow("may") << u"May"_s << 5;
        QTest::newRow("too short") << u"Ma"_s << 0;
        QTest::newRow("not a month") << u"Monday"_s << 0;
    }

    void monthNames()
    {
        QFETCH(QString, name);
        QFETCH(int, month);
        QCOMPARE(DateText::monthFromName(name), month);
    }

    void postIds_data()
    {
        QTest::addColumn<quint64>("id");
        QTest::addColumn<QDate>("date");
        QTest::newRow("SecDef, March 2024") << quint64(1770780167478088093ULL) << QDate(2024, 3, 21);
        QTest::newRow("first snowflake era") << quint64(29700859247ULL) << QDate(2010, 11, 4);
        QTest::newRow("pre-snowflake id") << quint64(20ULL) << QDate();
    }

    void postIds()
    {
        QFETCH(quint64, id);
        QFETCH(QDate, date);
        const std::optional<QDate> actual = DateText::dateOfPostId(id);
        QCOMPARE(actual.value_or(QDate()), date);
    }
};

QTEST_GUILESS_MAIN(TestDateText)
#include "tst_datetext.moc"
