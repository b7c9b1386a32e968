// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinewidget.h"

#include "themeprovider.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
constexpr int LaneTop = 22;
constexpr int LaneHeight = 26;
constexpr double ClickTolerance = 5;
constexpr double ZoomStep = 1.25;
} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"timeline"_s);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(tr("Publication dates of the articles. Scroll or press + and - to zoom, drag or use "
                                "the arrow keys to pan, press 0 to fit all, click a mark to open its article."));
    setMouseTracking(false);
    connect(&ThemeProvider::instance(), &ThemeProvider::themeChanged, this, qOverload<>(&QWidget::update));
}

TimelineWidget::~TimelineWidget() = default;

QSize TimelineWidget::sizeHint() const
{
    return {600, 110};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {120, 80};
}

void TimelineWidget::setPublicationDays(const QList<DocumentRepository::PublicationDay> &days)
{
    m_days = days;
    std::sort(m_days.begin(), m_days.end(), [](const auto &a, const auto &b) { return a.date < b.date; });
    m_fitted = false;
    fitAll();
}

void TimelineWidget::setSelectedDate(QDate date)
{
    m_selected = date;
    update();
}

void TimelineWidget::fitAll()
{
    if (m_days.isEmpty() || width() <= 0) {
        m_scale.width = width();
        update();
        return;
    }
    m_scale.fit(m_days.constFirst().date, m_days.constLast().date, width());
    m_fitted = true;
    m_followsFit = true;
    update();
}

void TimelineWidget::zoomBy(double factor, double anchorX)
{
    m_scale.zoom(factor, anchorX);
    m_followsFit = false;
    update();
}

int TimelineWidget::axisY() const
{
    return LaneTop + LaneHeight + 6;
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    const ThemeProvider &theme = ThemeProvider::instance();
    QPainter painter(this);
    painter.fillRect(rect(), theme.color(ThemeProvider::Role::Background));
    const QColor text = theme.color(ThemeProvider::Role::Text);
    const QColor muted = theme.color(ThemeProvider::Role::Muted);
    const QColor markColor = theme.color(ThemeProvider::Role::Date);
    const QFontMetrics metrics(font());

    painter.setPen(muted);
    painter.drawText(QRect(6, 2, width() - 12, LaneTop - 4), Qt::AlignLeft | Qt::AlignVCenter, tr("Published"));
    if (m_days.isEmpty()) {
        painter.drawText(QRect(0, LaneTop, width(), LaneHeight), Qt::AlignCenter, tr("No dated articles"));
        return;
    }

    // Ticks and labels.
    const int axis = axisY();
    painter.setPen(QPen(muted, 1));
    painter.drawLine(0, axis, width(), axis);
    const double minSpacing = metrics.horizontalAdvance(u"00 Mmm 0000"_s) + 8;
    const TimeScale::Unit unit = m_scale.tickUnit(minSpacing);
    for (const TimeScale::Tick &tick : m_scale.ticks(minSpacing)) {
        const int x = int(std::lround(tick.x));
        painter.setPen(QPen(muted, 1));
        painter.drawLine(x, axis, x, axis + (tick.major ? 7 : 4));
        painter.setPen(tick.major ? text : muted);
        painter.drawText(QRect(x + 3, axis + 4, int(minSpacing), metrics.height()), Qt::AlignLeft | Qt::AlignTop,
                         TimeScale::label(tick.date, unit));
    }

    // One bar per pixel column, as tall as the number of articles published there.
    QList<int> bins(std::max(width(), 1), 0);
    int highest = 0;
    double selectedX = -1;
    for (const auto &day : std::as_const(m_days)) {
        const double x = m_scale.xForDate(day.date) + m_scale.pixelsPerDay / 2;
        if (day.date == m_selected) {
            selectedX = x;
        }
        const int column = int(std::floor(x));
        if (column >= 0 && column < bins.size()) {
            bins[column] += day.count;
            highest = std::max(highest, bins[column]);
        }
    }
    const int baseline = LaneTop + LaneHeight;
    for (int column = 0; column < bins.size(); ++column) {
        if (bins.at(column) == 0) {
            continue;
        }
        const int barHeight = 6 + int(std::lround((LaneHeight - 6) * std::log1p(bins.at(column)) / std::log1p(highest)));
        painter.fillRect(QRect(column - 1, baseline - barHeight, 3, barHeight), markColor);
    }
    if (selectedX >= 0) {
        const int x = int(std::floor(selectedX));
        painter.setPen(QPen(text, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QPoint(x, baseline - LaneHeight / 2), 6, 6);
    }
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_fitted || m_followsFit) {
        fitAll();
    } else {
        m_scale.width = width();
    }
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0) {
        zoomBy(std::pow(ZoomStep, steps), event->position().x());
    }
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_pressX = m_lastX = event->position().x();
    }
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        m_scale.pan(event->position().x() - m_lastX);
        m_lastX = event->position().x();
        m_followsFit = false;
        update();
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging) {
        return;
    }
    m_dragging = false;
    if (std::abs(event->position().x() - m_pressX) <= 2) {
        if (const DocumentRepository::PublicationDay *day = dayNear(event->position().x())) {
            m_selected = day->date;
            update();
            Q_EMIT documentClicked(day->firstDocumentId);
        }
    }
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const double centre = width() / 2.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(ZoomStep, centre);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / ZoomStep, centre);
        break;
    case Qt::Key_Left:
        m_scale.pan(width() / 10.0);
        m_followsFit = false;
        update();
        break;
    case Qt::Key_Right:
        m_scale.pan(-width() / 10.0);
        m_followsFit = false;
        update();
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitAll();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

const DocumentRepository::PublicationDay *TimelineWidget::dayNear(double x) const
{
    const DocumentRepository::PublicationDay *best = nullptr;
    double bestDistance = ClickTolerance + 1;
    for (const auto &day : m_days) {
        const double distance = std::abs(m_scale.xForDate(day.date) + m_scale.pixelsPerDay / 2 - x);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = &day;
        }
    }
    return bestDistance <= ClickTolerance ? best : nullptr;
}

} // namespace Gloss
