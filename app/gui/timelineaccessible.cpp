// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineaccessible.h"

#include "timelinewidget.h"

#include <QLocale>
#include <QPointer>

#include <algorithm>
#include <climits>
#include <functional>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

QString longDate(QDate date)
{
    return QLocale().toString(date, QLocale::LongFormat);
}

// `what` says how many marks there are ("12 articles published").
QString describeDays(const QList<TimelineDay> &days, const std::function<QString(int)> &what)
{
    if (days.isEmpty()) {
        return TimelineAccessible::tr("No marks.");
    }
    qint64 total = 0;
    const TimelineDay *busiest = &days.constFirst();
    for (const TimelineDay &day : days) {
        total += std::max(day.count, 1);
        if (day.count > busiest->count) {
            busiest = &day;
        }
    }
    QString text = TimelineAccessible::tr("%1 on %n day(s), from %2 to %3.", nullptr, int(days.size()))
                       .arg(what(int(std::min<qint64>(total, INT_MAX))), longDate(days.constFirst().date),
                            longDate(days.constLast().date));
    if (days.size() > 1 && busiest->count > 1) {
        text += u' ' + TimelineAccessible::tr("Most on %1 (%2).").arg(longDate(busiest->date)).arg(busiest->count);
    }
    return text;
}

// One lane of the timeline, as an accessible child of the widget's interface.
class LaneAccessible final : public QAccessibleInterface
{
public:
    LaneAccessible(const TimelineAccessible *parent, int index)
        : m_timeline(parent->timeline())
        , m_index(index)
    {
    }

    bool isValid() const override { return m_timeline && m_index < m_timeline->lanes().size(); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_timeline ? m_timeline->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_timeline.data()); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QAccessible::Role role() const override { return QAccessible::Row; }
    QAccessible::State state() const override
    {
        QAccessible::State state;
        state.readOnly = true;
        return state;
    }

    QString text(QAccessible::Text type) const override
    {
        if (!isValid()) {
            return {};
        }
        switch (type) {
        case QAccessible::Name:
            return m_timeline->lanes().at(m_index).label;
        case QAccessible::Description: {
            auto *widget = static_cast<TimelineAccessible *>(QAccessible::queryAccessibleInterface(m_timeline.data()));
            return widget ? widget->laneDescription(m_index) : QString();
        }
        default:
            return {};
        }
    }
    void setText(QAccessible::Text, const QString &) override {}

    QRect rect() const override
    {
        if (!isValid()) {
            return {};
        }
        const QRect lane = m_timeline->lanes().at(m_index).rect;
        // The lane's row, its label column included.
        const QRect row(0, lane.top(), m_timeline->width(), lane.height());
        return QRect(m_timeline->mapToGlobal(row.topLeft()), row.size());
    }

    int index() const { return m_index; }

private:
    QPointer<TimelineWidget> m_timeline;
    int m_index = 0;
};

} // namespace

TimelineAccessible::TimelineAccessible(TimelineWidget *timeline)
    : QAccessibleWidget(timeline, QAccessible::Chart)
{
}

TimelineAccessible::~TimelineAccessible()
{
    for (QAccessibleInterface *lane : std::as_const(m_children)) {
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(lane));
    }
}

QAccessibleInterface *TimelineAccessible::factory(const QString &className, QObject *object)
{
    if (className == u"Gloss::TimelineWidget"_s) {
        if (auto *timeline = qobject_cast<TimelineWidget *>(object)) {
            return new TimelineAccessible(timeline);
        }
    }
    return nullptr;
}

TimelineWidget *TimelineAccessible::timeline() const
{
    return static_cast<TimelineWidget *>(widget());
}

int TimelineAccessible::childCount() const
{
    return int(timeline()->lanes().size());
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    if (index < 0 || index >= childCount()) {
        return nullptr;
    }
    // Lanes are registered once each, so the same interface comes back every time.
    for (QAccessibleInterface *known : std::as_const(m_children)) {
        if (static_cast<LaneAccessible *>(known)->index() == index) {
            return known;
        }
    }
    auto *lane = new LaneAccessible(this, index);
    QAccessible::registerAccessibleInterface(lane);
    m_children.append(lane);
    return lane;
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (QAccessibleInterface *known : m_children) {
        if (known == child) {
            return static_cast<const LaneAccessible *>(known)->index();
        }
    }
    return -1;
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    for (int i = 0; i < childCount(); ++i) {
        QAccessibleInterface *lane = child(i);
        if (lane && lane->rect().contains(x, y)) {
            return lane;
        }
    }
    return nullptr;
}

QString TimelineAccessible::laneDescription(int index) const
{
    const QList<TimelineWidget::LaneGeometry> &lanes = timeline()->lanes();
    if (index < 0 || index >= lanes.size()) {
        return {};
    }
    const TimelineWidget::LaneGeometry &lane = lanes.at(index);
    const TimelineData &data = timeline()->data();
    switch (lane.lane) {
    case TimelineWidget::Lane::Published:
        return describeDays(data.published, [](int n) { return tr("%n article(s) published", nullptr, n); });
    case TimelineWidget::Lane::Mentioned:
        return describeDays(data.mentioned, [](int n) { return tr("%n mention(s) of a date", nullptr, n); });
    case TimelineWidget::Lane::Entity:
        if (lane.entityIndex >= 0 && lane.entityIndex < data.entities.size()) {
            const QString name = data.entities.at(lane.entityIndex).name;
            return describeDays(data.entities.at(lane.entityIndex).days,
                                [&name](int n) { return tr("%n article(s) mentioning %1", nullptr, n).arg(name); });
        }
        return {};
    case TimelineWidget::Lane::Events: {
        if (data.events.isEmpty()) {
            return tr("No marks.");
        }
        QString text = tr("%n event(s), from %1 to %2.", nullptr, int(data.events.size()))
                           .arg(longDate(data.events.constFirst().first), longDate(data.events.constLast().last));
        QStringList latest;
        for (qsizetype i = data.events.size() - 1; i >= 0 && latest.size() < 3; --i) {
            const TimelineEvent &event = data.events.at(i);
            latest << tr("%1: %2 (%3)").arg(longDate(event.first), QLocale().createSeparatedList(event.actors), event.type);
        }
        return text + u' ' + tr("Latest: %1.").arg(latest.join(u"; "_s));
    }
    }
    return {};
}

} // namespace Gloss
