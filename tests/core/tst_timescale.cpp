// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timescale.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestTimeScale final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fitShowsTheWholeRange()
    {
        TimeScale scale;
        const QDate first(2023, 10, 16), last(2024, 4, 29);
        scale.fit(first, last, 800);
        QVERIFY(scale.xForDate(first) > 0);
        QVERIFY(scale.xForDate(last) < 800);
        QVERIFY(scale.xForDate(first) < scale.xForDate(last));
        QCOMPARE(scale.dateAt(scale.xForDate(first) + 0.1), first);
    }

    void fitOfASingleDayIsUsable()
    {
        TimeScale scale;
        scale.fit(QDate(2024, 1, 1), QDate(2024, 1, 1), 500);
        const double x = scale.xForDate(QDate(2024, 1, 1));
        QVERIFY(x > 0 && x < 500);
        QVERIFY(scale.pixelsPerDay <= TimeScale::MaxPixelsPerDay);
    }

    void zoomKeepsTheAnchorFixed_data()
    {
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("anchor");
        QTest::newRow("in at centre") << 2.0 << 400.0;
        QTest::newRow("in at left") << 1.25 << 10.0;
        QTest::newRow("out at right") << 0.5 << 790.0;
        QTest::newRow("far in") << 1000.0 << 123.0;
    }

    void zoomKeepsTheAnchorFixed()
    {
        QFETCH(double, factor);
        QFETCH(double, anchor);
        TimeScale scale;
        scale.fit(QDate(2020, 1, 1), QDate(2024, 1, 1), 800);
        const double dayBefore = scale.dayAt(anchor);
        scale.zoom(factor, anchor);
        QVERIFY(qAbs(scale.dayAt(anchor) - dayBefore) < 1e-6);
        QVERIFY(scale.pixelsPerDay >= TimeScale::MinPixelsPerDay && scale.pixelsPerDay <= TimeScale::MaxPixelsPerDay);
    }

    void panMovesByPixels()
    {
        TimeScale scale;
        scale.fit(QDate(2024, 1, 1), QDate(2024, 1, 31), 310);
        const double before = scale.xForDate(QDate(2024, 1, 10));
        scale.pan(25);
        QVERIFY(qAbs(scale.xForDate(QDate(2024, 1, 10)) - before - 25) < 1e-6);
    }

    void tickUnitFollowsZoom_data()
    {
        QTest::addColumn<double>("pixelsPerDay");
        QTest::addColumn<int>("unit");
        QTest::newRow("days") << 100.0 << int(TimeScale::Unit::Day);
        QTest::newRow("weeks") << 12.0 << int(TimeScale::Unit::Week);
        QTest::newRow("months") << 3.0 << int(TimeScale::Unit::Month);
        QTest::newRow("quarters") << 1.0 << int(TimeScale::Unit::Quarter);
        QTest::newRow("years") << 0.3 << int(TimeScale::Unit::Year);
        QTest::newRow("decades") << 0.01 << int(TimeScale::Unit::Decade);
    }

    void tickUnitFollowsZoom()
    {
        QFETCH(double, pixelsPerDay);
        QFETCH(int, unit);
        TimeScale scale;
        scale.pixelsPerDay = pixelsPerDay;
        QCOMPARE(int(scale.tickUnit(80)), unit);
    }

    void ticksAreAlignedAndInView()
    {
        TimeScale scale;
        scale.fit(QDate(2023, 10, 1), QDate(2024, 5, 1), 900);
        const QList<TimeScale::Tick> ticks = scale.ticks(60);
        QVERIFY(ticks.size() >= 3);
        for (const TimeScale::Tick &tick : ticks) {
            QVERIFY(tick.x >= 0 && tick.x <= 900 + scale.pixelsPerDay);
        }
        if (scale.tickUnit(60) == TimeScale::Unit::Month) {
            for (const TimeScale::Tick &tick : ticks) {
                QCOMPARE(tick.date.day(), 1);
                QCOMPARE(tick.major, tick.date.month() == 1);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
