// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinewidget.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestTimelineWidget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_widget.emplace();
        m_widget->resize(800, 120);
        m_widget->setPublicationDays({{QDate(2023, 10, 16), 1, 1, DatePrecision::Day},
                                      {QDate(2023, 11, 6), 3, 2, DatePrecision::Day},
                                      {QDate(2024, 4, 29), 1, 5, DatePrecision::Day}});
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(&*m_widget));
    }

    void cleanup() { m_widget.reset(); }

    void fitsAllArticles()
    {
        const TimeScale &scale = m_widget->scale();
        QVERIFY(scale.xForDate(QDate(2023, 10, 16)) > 0);
        QVERIFY(scale.xForDate(QDate(2024, 4, 29)) < m_widget->width());
    }

    void clickingAMarkSelectsItsArticle()
    {
        QSignalSpy clicked(&*m_widget, &TimelineWidget::documentClicked);
        const double x = m_widget->scale().xForDate(QDate(2023, 11, 6)) + m_widget->scale().pixelsPerDay / 2;
        QTest::mouseClick(&*m_widget, Qt::LeftButton, {}, QPoint(int(x), 30));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.constFirst().constFirst().toLongLong(), 2);
    }

    void clickingEmptySpaceSelectsNothing()
    {
        QSignalSpy clicked(&*m_widget, &TimelineWidget::documentClicked);
        const double x = m_widget->scale().xForDate(QDate(2024, 2, 1));
        QTest::mouseClick(&*m_widget, Qt::LeftButton, {}, QPoint(int(x), 30));
        QCOMPARE(clicked.size(), 0);
    }

    void keyboardZoomKeepsTheCentre()
    {
        const double centre = m_widget->width() / 2.0;
        const double dayBefore = m_widget->scale().dayAt(centre);
        const double scaleBefore = m_widget->scale().pixelsPerDay;
        QTest::keyClick(&*m_widget, Qt::Key_Plus);
        QVERIFY(m_widget->scale().pixelsPerDay > scaleBefore);
        QVERIFY(qAbs(m_widget->scale().dayAt(centre) - dayBefore) < 1e-6);
        QTest::keyClick(&*m_widget, Qt::Key_0);
        QCOMPARE(m_widget->scale().pixelsPerDay, scaleBefore);
    }

    void arrowKeysPan()
    {
        const double before = m_widget->scale().firstDay;
        QTest::keyClick(&*m_widget, Qt::Key_Right);
        QVERIFY(m_widget->scale().firstDay > before);
        QTest::keyClick(&*m_widget, Qt::Key_Left);
        QVERIFY(qAbs(m_widget->scale().firstDay - before) < 1e-6);
    }

    void dragPans()
    {
        const double dayAt100 = m_widget->scale().dayAt(100);
        QTest::mousePress(&*m_widget, Qt::LeftButton, {}, QPoint(100, 30));
        QMouseEvent move(QEvent::MouseMove, QPointF(160, 30), m_widget->mapToGlobal(QPointF(160, 30)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&*m_widget, &move);
        QTest::mouseRelease(&*m_widget, Qt::LeftButton, {}, QPoint(160, 30));
        QVERIFY(qAbs(m_widget->scale().dayAt(160) - dayAt100) < 1e-6);
    }

    void paintsWithoutDocuments()
    {
        TimelineWidget empty;
        empty.resize(300, 100);
        const QImage image = empty.grab().toImage();
        QVERIFY(!image.isNull());
    }

private:
    std::optional<TimelineWidget> m_widget;
};

QTEST_MAIN(TestTimelineWidget)
#include "tst_timelinewidget.moc"
