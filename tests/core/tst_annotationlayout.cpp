// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/annotationlayout.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

using Spans = QList<QPair<qsizetype, qsizetype>>;

static QList<AnnotationMark> marksOf(const Spans &spans)
{
    QList<AnnotationMark> marks;
    qint64 id = 0;
    for (const auto &[start, end] : spans) {
        marks.append({++id, start, end, QColor(Qt::red), u"Claim"_s, {}});
    }
    return marks;
}

// "start-end:marks" per segment, e.g. "0-5:0 5-8:0,1".
static QString describe(const AnnotationLayout &layout)
{
    QStringList parts;
    for (const AnnotationLayout::Segment &segment : layout.segments()) {
        QStringList marks;
        for (const int mark : segment.marks) {
            marks << QString::number(mark);
        }
        parts << u"%1-%2:%3"_s.arg(segment.start).arg(segment.end).arg(marks.join(u','));
    }
    return parts.join(u' ');
}

class TestAnnotationLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void segments_data()
    {
        QTest::addColumn<Spans>("spans");
        QTest::addColumn<QString>("segments");
        QTest::addColumn<QList<int>>("columns");
        QTest::addColumn<int>("columnCount");

        QTest::newRow("none") << Spans{} << QString() << QList<int>{} << 0;
        QTest::newRow("one") << Spans{{2, 6}} << u"2-6:0"_s << QList<int>{0} << 1;
        QTest::newRow("apart") << Spans{{0, 3}, {5, 9}} << u"0-3:0 5-9:1"_s << QList<int>{0, 0} << 1;
        QTest::newRow("touching") << Spans{{0, 3}, {3, 6}} << u"0-3:0 3-6:1"_s << QList<int>{0, 0} << 1;
        QTest::newRow("overlapping") << Spans{{0, 6}, {4, 10}} << u"0-4:0 4-6:0,1 6-10:1"_s << QList<int>{0, 1} << 2;
        QTest::newRow("nested") << Spans{{0, 10}, {3, 5}} << u"0-3:0 3-5:0,1 5-10:0"_s << QList<int>{0, 1} << 2;
        QTest::newRow("same span") << Spans{{2, 4}, {2, 4}} << u"2-4:0,1"_s << QList<int>{0, 1} << 2;
        QTest::newRow("given out of order") << Spans{{8, 12}, {0, 10}} << u"0-8:1 8-10:0,1 10-12:0"_s << QList<int>{1, 0} << 2;
        QTest::newRow("three deep, column reused") << Spans{{0, 20}, {2, 8}, {4, 6}, {10, 12}}
                                                   << u"0-2:0 2-4:0,1 4-6:0,1,2 6-8:0,1 8-10:0 10-12:0,3 12-20:0"_s
                                                   << QList<int>{0, 1, 2, 1} << 3;
        QTest::newRow("clipped to the text") << Spans{{-5, 3}, {18, 40}} << u"0-3:0 18-20:1"_s << QList<int>{0, 0} << 1;
        QTest::newRow("empty one left out") << Spans{{4, 4}, {1, 2}} << u"1-2:1"_s << QList<int>{0, 0} << 1;
    }

    void segments()
    {
        QFETCH(Spans, spans);
        QFETCH(QString, segments);
        QFETCH(QList<int>, columns);
        QFETCH(int, columnCount);
        const AnnotationLayout layout(marksOf(spans), 20);
        QCOMPARE(describe(layout), segments);
        QList<int> actual;
        for (int i = 0; i < layout.marks().size(); ++i) {
            actual << layout.column(i);
        }
        QCOMPARE(actual, columns);
        QCOMPARE(layout.columnCount(), columnCount);
    }

    void marksAtPutsTheInnermostLast()
    {
        const AnnotationLayout layout(marksOf({{0, 10}, {3, 5}, {2, 8}}), 20);
        QCOMPARE(layout.marksAt(4), (QList<int>{0, 2, 1}));
        QCOMPARE(layout.marksAt(9), (QList<int>{0}));
        QCOMPARE(layout.marksAt(10), (QList<int>{}));
    }

    void tintMixesAndDarkensOverlaps()
    {
        const QColor white(Qt::white);
        const QColor one = AnnotationLayout::tint({QColor(Qt::red)}, white, 0.3);
        const QColor two = AnnotationLayout::tint({QColor(Qt::red), QColor(Qt::blue)}, white, 0.3);
        QCOMPARE(one.red(), 255);
        QVERIFY(one.green() < 255 && one.green() > 150);
        QVERIFY(two != one);
        QVERIFY(two.lightnessF() < one.lightnessF());
        QVERIFY(two.blue() > one.blue());
        QCOMPARE(AnnotationLayout::tint({}, white, 0.3), white);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationLayout)
#include "tst_annotationlayout.moc"
