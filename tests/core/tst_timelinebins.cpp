// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timelinebins.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

// `count` marks of one article each, spread evenly over [first, last], sorted.
QList<TimelineDay> spreadMarks(QDate first, QDate last, int count)
{
    QList<TimelineDay> days;
    days.reserve(count);
    const qint64 span = first.daysTo(last);
    for (int i = 0; i < count; ++i) {
        days.append({first.addDays(span * i / std::max(count - 1, 1)), 1, i + 1, -1, -1});
    }
    return days;
}

} // namespace

class TestTimelineBins final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manyMarksMakeAtMostOneBinPerColumn_data()
    {
        QTest::addColumn<int>("marks");
        QTest::addColumn<int>("width");
        QTest::newRow("100k over 800 px") << 100'000 << 800;
        QTest::newRow("100k over 1900 px") << 100'000 << 1900;
        QTest::newRow("300k over 300 px") << 300'000 << 300;
        QTest::newRow("10 over 800 px") << 10 << 800;
    }

    void manyMarksMakeAtMostOneBinPerColumn()
    {
        QFETCH(int, marks);
        QFETCH(int, width);
        const QDate first(2022, 1, 1), last(2024, 12, 31);
        const QList<TimelineDay> days = spreadMarks(first, last, marks);
        TimeScale scale;
        scale.fit(first, last, width);
        const TimelineBins bins = TimelineBins::fromDays(days, scale);
        QVERIFY(bins.bins.size() <= width);
        QVERIFY(bins.bins.size() >= std::min(marks, width / 4)); // not everything in one column
        QCOMPARE(bins.total, qint64(marks));
        qint64 sum = 0;
        int previousColumn = -1;
        qsizetype nextIndex = 0;
        for (const TimelineBins::Bin &bin : bins.bins) {
            QVERIFY(bin.column > previousColumn);
            QVERIFY(bin.column < width);
            QCOMPARE(bin.first, nextIndex); // every mark in exactly one bin
            QVERIFY(bin.last >= bin.first);
            QVERIFY(bin.representative >= bin.first && bin.representative <= bin.last);
            QCOMPARE(bin.count, int(bin.last - bin.first + 1));
            QVERIFY(bin.count <= bins.highest);
            previousColumn = bin.column;
            nextIndex = bin.last + 1;
            sum += bin.count;
        }
        QCOMPARE(sum, qint64(marks));
    }

    void marksOutsideTheViewAreLeftOut()
    {
        const QList<TimelineDay> days = {{QDate(2023, 12, 1), 4, 1}, {QDate(2024, 1, 10), 2, 2},
                                         {QDate(2024, 1, 20), 3, 3}, {QDate(2024, 3, 1), 5, 4}};
        TimeScale scale;
        scale.fit(QDate(2024, 1, 5), QDate(2024, 1, 25), 400);
        const TimelineBins bins = TimelineBins::fromDays(days, scale);
        QCOMPARE(bins.bins.size(), qsizetype(2));
        QCOMPARE(bins.total, qint64(5));
        QCOMPARE(bins.bins.at(0).first, qsizetype(1));
        QCOMPARE(bins.bins.at(1).first, qsizetype(2));
        QCOMPARE(bins.highest, 3);
    }

    void zoomedInEachDayHasItsOwnBin()
    {
        const QList<TimelineDay> days = {{QDate(2024, 1, 1), 1, 1}, {QDate(2024, 1, 2), 7, 2}, {QDate(2024, 1, 3), 2, 3}};
        TimeScale scale;
        scale.fit(QDate(2024, 1, 1), QDate(2024, 1, 3), 300);
        const TimelineBins bins = TimelineBins::fromDays(days, scale);
        QCOMPARE(bins.bins.size(), qsizetype(3));
        for (int i = 0; i < 3; ++i) {
            const TimelineBins::Bin &bin = bins.bins.at(i);
            QCOMPARE(bin.first, qsizetype(i));
            // The column is the day's centre.
            QCOMPARE(bin.column, int(std::floor(scale.xForDate(days.at(i).date) + scale.pixelsPerDay / 2)));
        }
        QCOMPARE(bins.highest, 7);
    }

    void representativeIsTheBusiestDay()
    {
        const QList<TimelineDay> days = {{QDate(2024, 1, 1), 2, 10}, {QDate(2024, 1, 2), 9, 20},
                                         {QDate(2024, 1, 3), 9, 30}, {QDate(2024, 1, 4), 1, 40}};
        TimeScale scale;
        scale.firstDay = QDate(2023, 12, 1).toJulianDay();
        scale.pixelsPerDay = 0.01; // everything in column 0
        scale.width = 100;
        const TimelineBins bins = TimelineBins::fromDays(days, scale);
        QCOMPARE(bins.bins.size(), qsizetype(1));
        QCOMPARE(bins.bins.constFirst().count, 21);
        QCOMPARE(bins.bins.constFirst().representative, qsizetype(1)); // the first of the two busiest
    }

    void eventsAreBinnedOnTheirFirstDay()
    {
        QList<TimelineEvent> events;
        for (int i = 0; i < 2000; ++i) {
            TimelineEvent event;
            event.first = QDate(2022, 1, 1).addDays(i / 2);
            event.last = event.first.addDays(i % 7 == 0 ? 30 : 0);
            event.type = u"call"_s;
            event.documentId = i;
            events.append(event);
        }
        TimeScale scale;
        scale.fit(events.constFirst().first, events.constLast().last, 500);
        const TimelineBins bins = TimelineBins::fromEvents(events, scale);
        QVERIFY(bins.bins.size() <= 500);
        QCOMPARE(bins.total, qint64(2000));
    }

    void nearestFindsTheClosestBinWithinTolerance_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<int>("expected");
        QTest::newRow("on the first") << 10.5 << 3.0 << 0;
        QTest::newRow("between, nearer the second") << 17.0 << 5.0 << 1;
        QTest::newRow("too far") << 30.0 << 3.0 << -1;
        QTest::newRow("left of all") << 2.0 << 3.0 << -1;
        QTest::newRow("right of all") << 60.0 << 20.0 << 2;
    }

    void nearestFindsTheClosestBinWithinTolerance()
    {
        QFETCH(double, x);
        QFETCH(double, tolerance);
        QFETCH(int, expected);
        TimelineBins bins;
        bins.bins = {{10, 1, 0, 0, 0}, {20, 1, 1, 1, 1}, {45, 1, 2, 2, 2}};
        QCOMPARE(bins.nearest(x, tolerance), qsizetype(expected));
    }

    void emptyOrDegenerateScalesMakeNoBins()
    {
        const QList<TimelineDay> days = {{QDate(2024, 1, 1), 1, 1}};
        TimeScale scale; // width 0
        QVERIFY(TimelineBins::fromDays(days, scale).bins.isEmpty());
        scale.fit(QDate(2024, 1, 1), QDate(2024, 2, 1), 200);
        QVERIFY(TimelineBins::fromDays({}, scale).bins.isEmpty());
        const QList<TimelineDay> invalid = {{QDate(), 1, 1}};
        QVERIFY(TimelineBins::fromDays(invalid, scale).bins.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimelineBins)
#include "tst_timelinebins.moc"
