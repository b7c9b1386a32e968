// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinebenchmark.h"

#include "benchmark.h"
#include "timelinewidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QPainter>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

const QSize ViewSize(1600, 170);

// One mark per article and per mention (the store aggregates per day; this is the worst case
// the widget can be handed), sorted by date as TimelineData promises.
TimelineData generateData(int articles, int mentions, int events)
{
    QRandomGenerator random(3);
    const QDate first(2022, 1, 1);
    const int days = int(first.daysTo(QDate(2024, 12, 31))) + 1;
    TimelineData data;
    data.published.reserve(articles);
    for (int i = 0; i < articles; ++i) {
        data.published.append({first.addDays(random.bounded(days)), 1, i + 1, -1, -1});
    }
    // Mentioned dates near the news, so fitting everything spreads every lane over the whole width
    // (the most bins to paint); dates decades back would squeeze the news into a few columns.
    data.mentioned.reserve(mentions);
    for (int i = 0; i < mentions; ++i) {
        data.mentioned.append({first.addDays(random.bounded(days + 60) - 30), 1, 1 + random.bounded(articles), 10, 20});
    }
    const QStringList people = {u"Biden"_s, u"Netanyahu"_s, u"Blinken"_s, u"Gallant"_s, u"al-Sisi"_s, u"Herzog"_s};
    for (int i = 0; i < events; ++i) {
        TimelineEvent event;
        event.first = first.addDays(random.bounded(days));
        event.last = i % 10 == 0 ? event.first.addDays(6) : event.first;
        event.type = i % 2 ? u"call"_s : u"meeting"_s;
        event.actors = {people.at(i % people.size()), people.at((i + 1) % people.size())};
        event.documentId = 1 + random.bounded(articles);
        event.sentenceStart = 0;
        event.sentenceEnd = 80;
        data.events.append(event);
    }
    const auto byDate = [](const TimelineDay &a, const TimelineDay &b) { return a.date < b.date; };
    std::sort(data.published.begin(), data.published.end(), byDate);
    std::sort(data.mentioned.begin(), data.mentioned.end(), byDate);
    std::sort(data.events.begin(), data.events.end(),
              [](const TimelineEvent &a, const TimelineEvent &b) { return a.first < b.first; });
    return data;
}

// The obvious way, as the baseline: every mark its own rectangle, no binning.
class NaiveTimeline final : public QWidget
{
public:
    explicit NaiveTimeline(const TimelineData &marks)
        : m_data(marks)
    {
        setAttribute(Qt::WA_OpaquePaintEvent);
    }

    TimeScale scale;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), Qt::white);
        const auto lane = [&](const QList<TimelineDay> &days, int top, const QColor &color) {
            for (const TimelineDay &day : days) {
                painter.fillRect(QRectF(scale.xForDate(day.date), top, 1, 20), color);
            }
        };
        lane(m_data.published, 10, Qt::darkYellow);
        for (const TimelineEvent &event : std::as_const(m_data.events)) {
            painter.fillRect(QRectF(scale.xForDate(event.first), 40, 3, 20), Qt::darkBlue);
        }
        lane(m_data.mentioned, 70, Qt::darkGreen);
    }

private:
    const TimelineData &m_data;
};

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
    }
}

// The median of `runs` synchronous repaints, each after a one-pixel pan, as while dragging:
// the pan invalidates the widget's bins, so every run bins all marks again.
template<typename Pan>
double repaintMs(QWidget &widget, int runs, Pan pan)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        pan(run % 2 ? 1.0 : -1.0);
        QElapsedTimer timer;
        timer.start();
        widget.repaint();
        times << timer.nsecsElapsed() / 1e6;
    }
    return BenchmarkReport::median(times);
}

} // namespace

void runTimelineBenchmarks(BenchmarkReport &report, bool quick)
{
    const int articles = 100'000;
    const int mentions = 300'000;
    const int events = 2'000;
    const TimelineData data = generateData(articles, mentions, events);
    const int runs = quick ? 15 : 41;

    TimelineWidget timeline;
    timeline.resize(ViewSize);
    timeline.setData(data);
    timeline.show();
    settle();
    timeline.fitAll(); // everything in view: every mark is binned on every repaint
    const double widgetMs = repaintMs(timeline, runs, [&](double pixels) { timeline.panBy(pixels); });
    // Hovering repaints without moving the view: the bins are reused.
    const double hoverMs = repaintMs(timeline, runs, [](double) {});

    NaiveTimeline naive(data);
    naive.resize(ViewSize);
    naive.show();
    settle();
    naive.scale = timeline.scale();
    const double naiveMs = repaintMs(naive, quick ? 3 : 7, [&](double pixels) { naive.scale.pan(pixels); });

    const QString marks = QLocale(QLocale::English).toString(articles + mentions + events);
    report.add({u"timeline repaint, %1 marks (median)"_s.arg(marks), widgetMs, u"ms"_s, 16,
                BenchmarkReport::Better::Lower, u"naive, one rect per mark"_s, naiveMs});
    report.add({u"timeline repaint, %1 marks, view unchanged (median)"_s.arg(marks), hoverMs, u"ms"_s, 0,
                BenchmarkReport::Better::Lower, u"naive, one rect per mark"_s, naiveMs});
}

} // namespace Gloss
