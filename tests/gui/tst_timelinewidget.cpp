// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"
#include "themeprovider.h"
#include "timelinewidget.h"

#include <QApplication>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Gloss;

using Lane = TimelineWidget::Lane;
Q_DECLARE_METATYPE(Gloss::TimelineWidget::Lane)
Q_DECLARE_METATYPE(Gloss::TimelineData)

namespace {

TimelineEvent makeEvent(QDate first, QDate last, const QString &type, const QStringList &actors, const QString &place,
                        qint64 documentId, qsizetype start, qsizetype end)
{
    TimelineEvent event;
    event.first = first;
    event.last = last;
    event.type = type;
    event.actors = actors;
    event.place = place;
    event.documentId = documentId;
    event.sentenceStart = start;
    event.sentenceEnd = end;
    return event;
}

// A small corpus: three publication days, a call and a month-long meeting, two mentioned days,
// a lane for Rafah and one for an entity without marks.
TimelineData sampleData()
{
    TimelineData data;
    data.published = {{QDate(2023, 10, 16), 1, 1}, {QDate(2023, 11, 6), 3, 2}, {QDate(2024, 4, 29), 1, 5}};
    data.events = {makeEvent(QDate(2023, 11, 6), QDate(2023, 11, 6), u"call"_s, {u"Biden"_s, u"Netanyahu"_s},
                             u"Washington"_s, 2, 100, 180),
                   makeEvent(QDate(2024, 1, 1), QDate(2024, 1, 31), u"meeting"_s, {u"Blinken"_s, u"Herzog"_s}, {}, 5, 300,
                             350)};
    data.mentioned = {{QDate(2023, 10, 7), 4, 1, 10, 25}, {QDate(2024, 3, 1), 1, 2, 40, 50}};
    data.entities = {{1, u"Rafah"_s, {{QDate(2023, 11, 6), 2, 2}, {QDate(2024, 4, 29), 1, 5}}}, {2, u"Nobody"_s, {}}};
    return data;
}

// What the timeline dock shows over 2024: a few hundred articles, calls and meetings, the days they
// mention and two entity lanes.
TimelineData realisticData()
{
    QRandomGenerator random(2024);
    TimelineData data;
    qint64 document = 1;
    for (QDate day(2024, 1, 1); day.year() == 2024; day = day.addDays(1)) {
        const int count = random.bounded(100) < 55 ? 0 : 1 + random.bounded(day.month() >= 10 ? 8 : 3);
        if (count > 0) {
            data.published.append({day, count, document, -1, -1});
            document += count;
        }
    }
    const QStringList pairs[] = {{u"Biden"_s, u"Netanyahu"_s}, {u"Blinken"_s, u"Gallant"_s}, {u"Sullivan"_s, u"Dermer"_s},
                                 {u"Biden"_s, u"al-Sisi"_s},   {u"Blinken"_s, u"Herzog"_s},  {u"Burns"_s, u"Barnea"_s}};
    const QString types[] = {u"call"_s, u"meeting"_s, u"call"_s, u"statement"_s};
    const QString places[] = {QString(), u"Tel Aviv"_s, u"Cairo"_s, u"Doha"_s};
    for (int i = 0; i < 28; ++i) {
        const QDate first = QDate(2024, 1, 8).addDays(i * 12 + random.bounded(6));
        const bool month = i % 9 == 4;
        data.events.append(makeEvent(month ? QDate(first.year(), first.month(), 1) : first,
                                     month ? QDate(first.year(), first.month(), first.daysInMonth()) : first,
                                     types[i % 4], pairs[i % 6], places[i % 4], 1 + random.bounded(int(document)), 0,
                                     80));
    }
    std::sort(data.events.begin(), data.events.end(),
              [](const TimelineEvent &a, const TimelineEvent &b) { return a.first < b.first; });
    for (QDate day(2023, 10, 1); day < QDate(2025, 1, 1); day = day.addDays(1 + random.bounded(5))) {
        data.mentioned.append({day, 1 + random.bounded(day.year() == 2024 ? 9 : 2), 1 + random.bounded(int(document)),
                               10, 20});
    }
    TimelineEntityLane rafah{7, u"Rafah"_s, {}};
    TimelineEntityLane qatar{8, u"Qatar"_s, {}};
    for (const TimelineDay &day : std::as_const(data.published)) {
        if (day.date.month() >= 2 && day.date.month() <= 6 && random.bounded(3) > 0) {
            rafah.days.append({day.date, 1 + random.bounded(day.count), day.documentId, -1, -1});
        }
        if (random.bounded(5) == 0) {
            qatar.days.append({day.date, 1, day.documentId, -1, -1});
        }
    }
    data.entities = {rafah, qatar};
    return data;
}

} // namespace

class TestTimelineWidget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_initialTheme = ThemeProvider::instance().themeName();
        ThemeProvider::instance().setThemeName(u"Breeze Light"_s);
    }

    void cleanupTestCase() { ThemeProvider::instance().setThemeName(m_initialTheme); }

    void init()
    {
        m_widget.emplace();
        m_widget->resize(800, 160);
        m_widget->setData(sampleData());
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(&*m_widget));
    }

    void cleanup() { m_widget.reset(); }

    void fitsEveryLane()
    {
        const QRect plot = m_widget->plotRect();
        for (const QDate date : {QDate(2023, 10, 7), QDate(2023, 10, 16), QDate(2024, 1, 31), QDate(2024, 4, 29)}) {
            const double x = m_widget->xForDate(date);
            QVERIFY2(x > plot.left() && x < plot.right(), qPrintable(date.toString(Qt::ISODate)));
        }
        QCOMPARE(m_widget->dateAt(m_widget->xForDate(QDate(2024, 3, 1))), QDate(2024, 3, 1));
    }

    void emptyLanesAreHidden_data()
    {
        QTest::addColumn<TimelineData>("data");
        QTest::addColumn<QStringList>("labels");
        const TimelineData all = sampleData();
        QTest::newRow("all") << all
                             << QStringList{u"Published"_s, u"Events"_s, u"Mentioned dates"_s, u"Rafah"_s};
        TimelineData publishedOnly;
        publishedOnly.published = all.published;
        QTest::newRow("published only") << publishedOnly << QStringList{u"Published"_s};
        QTest::newRow("nothing") << TimelineData() << QStringList{u"Published"_s};
        TimelineData mentionedOnly;
        mentionedOnly.mentioned = all.mentioned;
        QTest::newRow("mentioned only") << mentionedOnly << QStringList{u"Published"_s, u"Mentioned dates"_s};
        TimelineData entityOnly;
        entityOnly.entities = all.entities;
        QTest::newRow("entities only") << entityOnly << QStringList{u"Published"_s, u"Rafah"_s};
    }

    void emptyLanesAreHidden()
    {
        QFETCH(TimelineData, data);
        QFETCH(QStringList, labels);
        m_widget->setData(data);
        QStringList shown;
        for (const TimelineWidget::LaneGeometry &lane : m_widget->lanes()) {
            shown << lane.label;
        }
        QCOMPARE(shown, labels);
        QVERIFY(!m_widget->grab().isNull());
    }

    // The dock is about 130-180 px tall: every lane must keep room for its label, none may overlap
    // another or the axis, and the axis must stay inside the widget.
    void lanesFitInADock_data()
    {
        QTest::addColumn<int>("height");
        QTest::addColumn<int>("entityLanes");
        QTest::newRow("110 px, 2 entities") << 110 << 2;
        QTest::newRow("130 px, 2 entities") << 130 << 2;
        QTest::newRow("160 px, 3 entities") << 160 << 3;
        QTest::newRow("180 px, 1 entity") << 180 << 1;
        QTest::newRow("300 px, 1 entity") << 300 << 1;
    }

    void lanesFitInADock()
    {
        QFETCH(int, height);
        QFETCH(int, entityLanes);
        TimelineData data = realisticData();
        while (data.entities.size() < entityLanes) {
            data.entities.append({99, u"Gaza"_s, data.entities.constFirst().days});
        }
        data.entities.resize(entityLanes);
        m_widget->resize(900, height);
        m_widget->setData(data);
        const QList<TimelineWidget::LaneGeometry> lanes = m_widget->lanes();
        QCOMPARE(lanes.size(), qsizetype(3 + entityLanes));
        const int text = QFontMetrics(m_widget->font()).height() * 8 / 10;
        const QRect axis = m_widget->axisRect();
        int previousBottom = m_widget->plotRect().top() - 1;
        for (const TimelineWidget::LaneGeometry &lane : lanes) {
            QVERIFY2(lane.rect.top() > previousBottom, qPrintable(lane.label));
            QVERIFY2(lane.rect.height() >= text, qPrintable(u"%1: %2 px"_s.arg(lane.label).arg(lane.rect.height())));
            previousBottom = lane.rect.bottom();
        }
        QVERIFY(previousBottom < axis.top());
        QVERIFY(axis.bottom() < m_widget->height());
        // Published is the tallest lane: its bars carry the counts.
        for (const TimelineWidget::LaneGeometry &lane : lanes) {
            QVERIFY(lanes.constFirst().rect.height() >= lane.rect.height());
        }
    }

    void clickOnAMarkActivatesIt_data()
    {
        QTest::addColumn<Lane>("lane");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<qint64>("document");
        QTest::addColumn<qsizetype>("start");
        QTest::addColumn<qsizetype>("end");
        QTest::newRow("published") << Lane::Published << QDate(2023, 11, 6) << qint64(2) << qsizetype(-1)
                                   << qsizetype(-1);
        QTest::newRow("event") << Lane::Events << QDate(2023, 11, 6) << qint64(2) << qsizetype(100) << qsizetype(180);
        QTest::newRow("month-long event, on its bar")
            << Lane::Events << QDate(2024, 1, 20) << qint64(5) << qsizetype(300) << qsizetype(350);
        QTest::newRow("mentioned") << Lane::Mentioned << QDate(2023, 10, 7) << qint64(1) << qsizetype(10)
                                   << qsizetype(25);
        QTest::newRow("entity") << Lane::Entity << QDate(2024, 4, 29) << qint64(5) << qsizetype(-1) << qsizetype(-1);
    }

    void clickOnAMarkActivatesIt()
    {
        QFETCH(Lane, lane);
        QFETCH(QDate, date);
        QFETCH(qint64, document);
        QFETCH(qsizetype, start);
        QFETCH(qsizetype, end);
        QSignalSpy activated(&*m_widget, &TimelineWidget::markActivated);
        QSignalSpy clicked(&*m_widget, &TimelineWidget::documentClicked);
        QTest::mouseClick(&*m_widget, Qt::LeftButton, {}, pointOn(lane, date));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().at(0).toLongLong(), document);
        QCOMPARE(activated.constFirst().at(1).value<qsizetype>(), start);
        QCOMPARE(activated.constFirst().at(2).value<qsizetype>(), end);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.constFirst().constFirst().toLongLong(), document);
    }

    void clickOnEmptySpaceActivatesNothing_data()
    {
        QTest::addColumn<Lane>("lane");
        QTest::addColumn<QDate>("date");
        QTest::newRow("published lane") << Lane::Published << QDate(2024, 2, 15);
        QTest::newRow("event lane") << Lane::Events << QDate(2024, 3, 15);
        QTest::newRow("the mentioned day, but in the published lane") << Lane::Published << QDate(2023, 10, 7);
    }

    void clickOnEmptySpaceActivatesNothing()
    {
        QFETCH(Lane, lane);
        QFETCH(QDate, date);
        QSignalSpy activated(&*m_widget, &TimelineWidget::markActivated);
        QTest::mouseClick(&*m_widget, Qt::LeftButton, {}, pointOn(lane, date));
        QCOMPARE(activated.size(), 0);
    }

    void wheelZoomKeepsTheDateUnderThePointer_data()
    {
        QTest::addColumn<double>("fraction"); // of the plot's width
        QTest::addColumn<int>("delta");
        QTest::newRow("in, left") << 0.1 << 120;
        QTest::newRow("in, centre") << 0.5 << 120;
        QTest::newRow("in three notches, right") << 0.93 << 360;
        QTest::newRow("out, left") << 0.2 << -120;
        QTest::newRow("out, right") << 0.8 << -240;
    }

    void wheelZoomKeepsTheDateUnderThePointer()
    {
        QFETCH(double, fraction);
        QFETCH(int, delta);
        const QRect plot = m_widget->plotRect();
        const QPointF pos(plot.left() + fraction * plot.width(), plot.center().y());
        const double dayBefore = m_widget->scale().dayAt(pos.x() - plot.left());
        const QDate dateBefore = m_widget->dateAt(pos.x());
        const double scaleBefore = m_widget->scale().pixelsPerDay;
        QWheelEvent wheel(pos, m_widget->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(&*m_widget, &wheel);
        QVERIFY(delta > 0 ? m_widget->scale().pixelsPerDay > scaleBefore : m_widget->scale().pixelsPerDay < scaleBefore);
        QVERIFY(qAbs(m_widget->scale().dayAt(pos.x() - plot.left()) - dayBefore) < 1e-6);
        QCOMPARE(m_widget->dateAt(pos.x()), dateBefore);
    }

    void pinchZoomKeepsThePointFixed()
    {
        const QRect plot = m_widget->plotRect();
        const QPointF pos(plot.left() + plot.width() * 0.3, plot.center().y());
        const double dayBefore = m_widget->scale().dayAt(pos.x() - plot.left());
        const double scaleBefore = m_widget->scale().pixelsPerDay;
        QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(), 2, pos, pos,
                                  m_widget->mapToGlobal(pos), 0.5, QPointF());
        QApplication::sendEvent(&*m_widget, &pinch);
        QVERIFY(qAbs(m_widget->scale().pixelsPerDay - scaleBefore * 1.5) < 1e-9);
        QVERIFY(qAbs(m_widget->scale().dayAt(pos.x() - plot.left()) - dayBefore) < 1e-6);
    }

    void keysZoomAroundTheCentre_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("zoomsIn");
        QTest::newRow("+") << int(Qt::Key_Plus) << true;
        QTest::newRow("= (+ without Shift)") << int(Qt::Key_Equal) << true;
        QTest::newRow("-") << int(Qt::Key_Minus) << false;
    }

    void keysZoomAroundTheCentre()
    {
        QFETCH(int, key);
        QFETCH(bool, zoomsIn);
        const QRect plot = m_widget->plotRect();
        const double centre = plot.width() / 2.0;
        const double dayBefore = m_widget->scale().dayAt(centre);
        const double scaleBefore = m_widget->scale().pixelsPerDay;
        QTest::keyClick(&*m_widget, Qt::Key(key));
        QCOMPARE(m_widget->scale().pixelsPerDay > scaleBefore, zoomsIn);
        QVERIFY(m_widget->scale().pixelsPerDay != scaleBefore);
        QVERIFY(qAbs(m_widget->scale().dayAt(centre) - dayBefore) < 1e-6);
        QTest::keyClick(&*m_widget, Qt::Key_Home);
        QCOMPARE(m_widget->scale().pixelsPerDay, scaleBefore);
    }

    void arrowKeysPan_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("direction"); // of the first visible day
        QTest::newRow("right: later") << int(Qt::Key_Right) << 1;
        QTest::newRow("left: earlier") << int(Qt::Key_Left) << -1;
        QTest::newRow("page down: later") << int(Qt::Key_PageDown) << 1;
    }

    void arrowKeysPan()
    {
        QFETCH(int, key);
        QFETCH(int, direction);
        const double before = m_widget->scale().firstDay;
        const double scale = m_widget->scale().pixelsPerDay;
        QTest::keyClick(&*m_widget, Qt::Key(key));
        QVERIFY((m_widget->scale().firstDay - before) * direction > 0);
        QCOMPARE(m_widget->scale().pixelsPerDay, scale);
        QTest::keyClick(&*m_widget, Qt::Key_Home);
        QVERIFY(qAbs(m_widget->scale().firstDay - before) < 1e-6);
    }

    void plainDragPansWithoutSelecting()
    {
        QSignalSpy selected(&*m_widget, &TimelineWidget::rangeSelected);
        QSignalSpy activated(&*m_widget, &TimelineWidget::markActivated);
        // Start on a mark: a drag is not a click.
        const QPoint from = pointOn(Lane::Published, QDate(2023, 11, 6));
        const QPoint to = from + QPoint(60, 4);
        const double dayAtFrom = m_widget->scale().dayAt(from.x() - m_widget->plotRect().left());
        drag(from, to, {});
        QVERIFY(qAbs(m_widget->scale().dayAt(to.x() - m_widget->plotRect().left()) - dayAtFrom) < 1e-6);
        QCOMPARE(selected.size(), 0);
        QCOMPARE(activated.size(), 0);
        QVERIFY(!m_widget->hasRange());
    }

    void dragSelectsAPeriod_data()
    {
        QTest::addColumn<bool>("shift");
        QTest::addColumn<bool>("onAxis");
        QTest::addColumn<double>("fromFraction");
        QTest::addColumn<double>("toFraction");
        QTest::newRow("shift+drag forwards") << true << false << 0.2 << 0.6;
        QTest::newRow("shift+drag backwards") << true << false << 0.7 << 0.35;
        QTest::newRow("drag along the axis") << false << true << 0.1 << 0.45;
    }

    void dragSelectsAPeriod()
    {
        QFETCH(bool, shift);
        QFETCH(bool, onAxis);
        QFETCH(double, fromFraction);
        QFETCH(double, toFraction);
        const QRect plot = m_widget->plotRect();
        const int y = onAxis ? m_widget->axisRect().center().y() : m_widget->lanes().constFirst().rect.center().y();
        const QPoint from(plot.left() + int(fromFraction * plot.width()), y);
        const QPoint to(plot.left() + int(toFraction * plot.width()), y);
        const QDate atFrom = m_widget->dateAt(from.x());
        const QDate atTo = m_widget->dateAt(to.x());
        const double firstDay = m_widget->scale().firstDay;
        QSignalSpy selected(&*m_widget, &TimelineWidget::rangeSelected);
        drag(from, to, shift ? Qt::ShiftModifier : Qt::NoModifier);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.constFirst().at(0).toDate(), std::min(atFrom, atTo));
        QCOMPARE(selected.constFirst().at(1).toDate(), std::max(atFrom, atTo));
        QCOMPARE(m_widget->rangeFirst(), std::min(atFrom, atTo));
        QCOMPARE(m_widget->rangeLast(), std::max(atFrom, atTo));
        QCOMPARE(m_widget->scale().firstDay, firstDay); // selecting does not pan
    }

    void periodIsCleared_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("escape") << u"escape"_s;
        QTest::newRow("click on empty space") << u"click"_s;
        QTest::newRow("the band's ×") << u"close"_s;
    }

    void periodIsCleared()
    {
        QFETCH(QString, how);
        const QRect plot = m_widget->plotRect();
        const int y = m_widget->lanes().constFirst().rect.center().y();
        drag(QPoint(plot.left() + plot.width() / 4, y), QPoint(plot.left() + plot.width() / 2, y), Qt::ShiftModifier);
        QVERIFY(m_widget->hasRange());
        QSignalSpy cleared(&*m_widget, &TimelineWidget::rangeCleared);
        QSignalSpy activated(&*m_widget, &TimelineWidget::markActivated);
        if (how == u"escape"_s) {
            QTest::keyClick(&*m_widget, Qt::Key_Escape);
        } else if (how == u"click"_s) {
            QTest::mouseClick(&*m_widget, Qt::LeftButton, {}, pointOn(Lane::Published, QDate(2024, 2, 15)));
        } else {
            const QPoint close = closeButtonOf();
            QVERIFY(close.x() >= 0);
            QTest::mouseClick(&*m_widget, Qt::LeftButton, {}, close);
        }
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(activated.size(), 0);
        QVERIFY(!m_widget->hasRange());
        // Nothing left to clear: Escape goes on to the parent, no signal.
        QTest::keyClick(&*m_widget, Qt::Key_Escape);
        QCOMPARE(cleared.size(), 1);
    }

    void clickOnAMarkKeepsThePeriod()
    {
        m_widget->setRange(QDate(2023, 11, 1), QDate(2023, 11, 30));
        QSignalSpy cleared(&*m_widget, &TimelineWidget::rangeCleared);
        QSignalSpy activated(&*m_widget, &TimelineWidget::markActivated);
        QTest::mouseClick(&*m_widget, Qt::LeftButton, {}, pointOn(Lane::Published, QDate(2023, 11, 6)));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(cleared.size(), 0);
        QVERIFY(m_widget->hasRange());
    }

    void selectedDocumentIsEmphasised()
    {
        const QImage plain = m_widget->grab().toImage();
        m_widget->setSelectedDocument(2, QDate(2023, 11, 6));
        const QImage selected = m_widget->grab().toImage();
        QVERIFY(selected != plain);
        // Its event is drawn larger, in the lane's band around the day.
        const QRect lane = laneRect(Lane::Events);
        const int x = int(m_widget->xForDate(QDate(2023, 11, 6)));
        QVERIFY(selected.copy(x - 8, lane.top(), 17, lane.height()) != plain.copy(x - 8, lane.top(), 17, lane.height()));
        m_widget->setSelectedDocument(0, {});
        QCOMPARE(m_widget->grab().toImage(), plain);
    }

    void selectedDocumentMarksCarryTheirSpans()
    {
        m_widget->setSelectedDocument(2, QDate(2023, 11, 6));
        m_widget->setSelectedDocumentMarks({{QDate(2024, 2, 10), 1, 2, 500, 520}});
        QSignalSpy activated(&*m_widget, &TimelineWidget::markActivated);
        QTest::mouseClick(&*m_widget, Qt::LeftButton, {}, pointOn(Lane::Mentioned, QDate(2024, 2, 10)));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().at(0).toLongLong(), 2);
        QCOMPARE(activated.constFirst().at(1).value<qsizetype>(), qsizetype(500));
        QCOMPARE(activated.constFirst().at(2).value<qsizetype>(), qsizetype(520));
        // Another document forgets them.
        m_widget->setSelectedDocument(5, QDate(2024, 4, 29));
        QTest::mouseClick(&*m_widget, Qt::LeftButton, {}, pointOn(Lane::Mentioned, QDate(2024, 2, 10)));
        QCOMPARE(activated.size(), 1);
    }

    void unknownSelectedDocumentIsHarmless_data()
    {
        QTest::addColumn<qint64>("document");
        QTest::addColumn<QDate>("published");
        QTest::newRow("unknown id, no date") << qint64(999) << QDate();
        QTest::newRow("unknown id, date outside the data") << qint64(999) << QDate(2031, 1, 1);
        QTest::newRow("negative id") << qint64(-4) << QDate(2023, 11, 6);
        QTest::newRow("none") << qint64(0) << QDate();
    }

    void unknownSelectedDocumentIsHarmless()
    {
        QFETCH(qint64, document);
        QFETCH(QDate, published);
        m_widget->setSelectedDocument(document, published);
        m_widget->setSelectedDocumentMarks({{QDate(2040, 1, 1), 1, document, 3, 4}, {QDate(), 1, document, 3, 4}});
        QVERIFY(!m_widget->grab().isNull());
        QCOMPARE(m_widget->selectedDocument(), document);
        m_widget->setData({});
        QVERIFY(!m_widget->grab().isNull());
    }

    void hundredThousandMarksMakeAtMostOneBinPerColumn()
    {
        TimelineData data;
        for (int i = 0; i < 100'000; ++i) {
            data.published.append({QDate(2022, 1, 1).addDays(i % 1096), 1, i + 1, -1, -1});
            data.mentioned.append({QDate(2000, 1, 1).addDays(i % 9000), 3, i + 1, 5, 9});
        }
        // Unsorted on purpose: the widget sorts what the contract says should come sorted.
        m_widget->setData(data);
        const int width = m_widget->plotRect().width();
        const TimelineBins &published = m_widget->binsOf(Lane::Published);
        const TimelineBins &mentioned = m_widget->binsOf(Lane::Mentioned);
        QVERIFY(published.bins.size() <= width);
        QVERIFY(mentioned.bins.size() <= width);
        QCOMPARE(published.total, qint64(100'000));
        QCOMPARE(mentioned.total, qint64(300'000));
        QVERIFY(!m_widget->grab().isNull());
    }

    void toolTipsDescribeTheMarks_data()
    {
        QTest::addColumn<Lane>("lane");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("published") << Lane::Published << QDate(2023, 11, 6) << QStringList{u"3 article(s)"_s, u"2023"_s};
        QTest::newRow("event") << Lane::Events << QDate(2023, 11, 6)
                               << QStringList{u"Biden – Netanyahu (call)"_s, u"Washington"_s};
        QTest::newRow("month-long event")
            << Lane::Events << QDate(2024, 1, 15) << QStringList{u"Blinken – Herzog (meeting)"_s, u"31 Jan 2024"_s};
        QTest::newRow("mentioned") << Lane::Mentioned << QDate(2023, 10, 7) << QStringList{u"named 4 time(s)"_s};
        QTest::newRow("entity") << Lane::Entity << QDate(2023, 11, 6) << QStringList{u"Rafah"_s, u"2 article(s)"_s};
    }

    void toolTipsDescribeTheMarks()
    {
        QFETCH(Lane, lane);
        QFETCH(QDate, date);
        QFETCH(QStringList, expected);
        const QString text = m_widget->toolTipAt(pointOn(lane, date));
        for (const QString &part : expected) {
            QVERIFY2(text.contains(part), qPrintable(text));
        }
        QVERIFY(m_widget->toolTipAt(pointOn(Lane::Published, QDate(2024, 2, 15))).isEmpty());
    }

    void toolTipsEscapeArticleText()
    {
        TimelineData data = sampleData();
        data.events[0].actors = {u"<b>Bold</b>"_s};
        m_widget->setData(data);
        const QString text = m_widget->toolTipAt(pointOn(Lane::Events, QDate(2023, 11, 6)));
        QVERIFY2(text.contains(u"&lt;b&gt;Bold"_s), qPrintable(text));
    }

    void publicationDaysReplaceOnlyThatLane()
    {
        m_widget->setPublicationDays({{QDate(2024, 6, 1), 2, 42}});
        QCOMPARE(m_widget->data().published.size(), qsizetype(1));
        QCOMPARE(m_widget->data().events.size(), qsizetype(2));
        QSignalSpy activated(&*m_widget, &TimelineWidget::markActivated);
        QTest::mouseClick(&*m_widget, Qt::LeftButton, {}, pointOn(Lane::Published, QDate(2024, 6, 1)));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.constFirst().at(0).toLongLong(), 42);
    }

    void isAccessibleAndFocusable()
    {
        QCOMPARE(m_widget->focusPolicy(), Qt::StrongFocus);
        QVERIFY(!m_widget->accessibleName().isEmpty());
        QVERIFY2(m_widget->accessibleDescription().contains(u"5 article(s)"_s), qPrintable(m_widget->accessibleDescription()));
        QVERIFY(m_widget->accessibleDescription().contains(u"Rafah"_s));
        QVERIFY(!m_widget->whatsThis().isEmpty());
    }

    void paintsWithoutData()
    {
        TimelineWidget empty;
        empty.resize(300, 100);
        QVERIFY(!empty.grab().isNull());
        QCOMPARE(empty.lanes().size(), qsizetype(1));
    }

    // With GLOSS_SCREENSHOT_DIR set, saves the timeline over a realistic year in a light and a dark
    // theme (timeline-preview.png, timeline-preview-dark.png), to look at. Always paints them.
    void screenshots_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("height");
        QTest::newRow("light") << u"Breeze Light"_s << u"timeline-preview.png"_s << 160;
        QTest::newRow("dark") << u"Breeze Dark"_s << u"timeline-preview-dark.png"_s << 160;
        QTest::newRow("light, short dock") << u"Breeze Light"_s << u"timeline-preview-short.png"_s << 110;
        QTest::newRow("dark, zoomed in") << u"Breeze Dark"_s << u"timeline-preview-zoomed.png"_s << 140;
    }

    void screenshots()
    {
        QFETCH(QString, theme);
        QFETCH(QString, file);
        QFETCH(int, height);
        ThemeProvider::instance().setThemeName(theme);
        const TimelineData data = realisticData();
        m_widget->resize(1100, height);
        m_widget->setData(data);
        // The article reporting the 11th event, published the day after it.
        const TimelineEvent &event = data.events.at(10);
        const QDate published = event.first.addDays(1);
        m_widget->setSelectedDocument(event.documentId, published);
        m_widget->setSelectedDocumentMarks({{published.addDays(-3), 1, event.documentId, 5, 9},
                                            {published.addDays(-40), 1, event.documentId, 50, 60}});
        m_widget->setRange(QDate(2024, 3, 4), QDate(2024, 3, 24));
        if (file.contains(u"zoomed"_s)) {
            m_widget->zoomBy(7, m_widget->xForDate(QDate(2024, 3, 14)));
        }
        const QImage image = m_widget->grab().toImage();
        QVERIFY(!image.isNull());
        ThemeProvider::instance().setThemeName(u"Breeze Light"_s);
        const QString dir = qEnvironmentVariable("GLOSS_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            QSKIP("GLOSS_SCREENSHOT_DIR is not set");
        }
        QVERIFY(image.save(dir + u'/' + file));
        qInfo("saved %s", qPrintable(dir + u'/' + file));
    }

private:
    QRect laneRect(Lane lane) const
    {
        for (const TimelineWidget::LaneGeometry &geometry : m_widget->lanes()) {
            if (geometry.lane == lane) {
                return geometry.rect;
            }
        }
        return {};
    }

    QPoint pointOn(Lane lane, QDate date) const
    {
        const QRect rect = laneRect(lane);
        [&] { QVERIFY2(!rect.isNull(), "no such lane"); }();
        return {int(m_widget->xForDate(date)), rect.center().y()};
    }

    // The × sits in the top right corner of the band, found by its tooltip.
    QPoint closeButtonOf() const
    {
        const QRect plot = m_widget->plotRect();
        for (int x = plot.right(); x > plot.left(); --x) {
            const QPoint pos(x, plot.top() + 6);
            if (m_widget->toolTipAt(pos).contains(u"any date"_s)) {
                return pos - QPoint(3, 0);
            }
        }
        return {-1, -1};
    }

    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers modifiers)
    {
        QTest::mousePress(&*m_widget, Qt::LeftButton, modifiers, from);
        for (int step = 1; step <= 4; ++step) {
            const QPointF pos = from + (to - from) * step / 4.0;
            QMouseEvent move(QEvent::MouseMove, pos, m_widget->mapToGlobal(pos), Qt::NoButton, Qt::LeftButton,
                             modifiers);
            QApplication::sendEvent(&*m_widget, &move);
        }
        QTest::mouseRelease(&*m_widget, Qt::LeftButton, modifiers, to);
    }

    std::optional<TimelineWidget> m_widget;
    QString m_initialTheme;
};

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"
