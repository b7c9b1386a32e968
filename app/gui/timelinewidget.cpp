// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinewidget.h"

#include "themeprovider.h"
#include "timelineaccessible.h"

#include <QAccessible>
#include <QAction>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;
using KSyntaxHighlighting::Theme;

namespace Gloss {

namespace {

constexpr double ZoomStep = 1.25;
constexpr int Margin = 3;
constexpr int ShapeSize = 7;
constexpr double ClickTolerance = 5;
constexpr double DragThreshold = 3;
constexpr int IntensityLevels = 4;
constexpr int MaxToolTipEvents = 6;

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel = [](double value) {
        return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A perceptual-ish distance ("redmean"), enough to tell two lane colours apart.
double distance(const QColor &a, const QColor &b)
{
    const double meanRed = (a.red() + b.red()) / 2.0;
    const double dr = a.red() - b.red();
    const double dg = a.green() - b.green();
    const double db = a.blue() - b.blue();
    return std::sqrt((2 + meanRed / 256) * dr * dr + 4 * dg * dg + (2 + (255 - meanRed) / 256) * db * db);
}

QColor mixed(const QColor &from, const QColor &to, double amount)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amount),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amount),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amount));
}

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

// Marks of many articles are darker (more opaque) than marks of one.
int intensityLevel(int count, int highest)
{
    if (highest <= 1) {
        return IntensityLevels - 1;
    }
    const double share = std::log1p(double(count)) / std::log1p(double(highest));
    return std::clamp(int(share * IntensityLevels), 1, IntensityLevels) - 1;
}

int alphaOf(int level)
{
    return 110 + level * (255 - 110) / (IntensityLevels - 1);
}

// The width of a day's mark: one pixel when days crowd, wider as they spread apart.
int markWidth(double pixelsPerDay)
{
    return pixelsPerDay < 2 ? 1 : std::clamp(int(pixelsPerDay * 0.6), 2, 14);
}

enum class Shape { Bar, Diamond, Triangle, Circle };

Shape shapeOf(TimelineWidget::Lane lane)
{
    switch (lane) {
    case TimelineWidget::Lane::Published:
        return Shape::Bar;
    case TimelineWidget::Lane::Events:
        return Shape::Diamond;
    case TimelineWidget::Lane::Mentioned:
        return Shape::Triangle;
    case TimelineWidget::Lane::Entity:
        return Shape::Circle;
    }
    return Shape::Bar;
}

void addShape(QPainterPath &path, Shape shape, QPointF centre, double size)
{
    path.setFillRule(Qt::WindingFill); // overlapping marks must not cancel out
    const double half = size / 2;
    switch (shape) {
    case Shape::Bar:
        path.addRect(QRectF(centre.x() - half * 0.6, centre.y() - half, size * 0.6, size));
        break;
    case Shape::Diamond:
        path.addPolygon(QPolygonF({{centre.x(), centre.y() - half - 0.5},
                                   {centre.x() + half + 0.5, centre.y()},
                                   {centre.x(), centre.y() + half + 0.5},
                                   {centre.x() - half - 0.5, centre.y()}}));
        path.closeSubpath();
        break;
    case Shape::Triangle:
        path.addPolygon(QPolygonF({{centre.x(), centre.y() - half - 0.5},
                                   {centre.x() + half + 0.5, centre.y() + half},
                                   {centre.x() - half - 0.5, centre.y() + half}}));
        path.closeSubpath();
        break;
    case Shape::Circle:
        path.addEllipse(centre, half, half);
        break;
    }
}

template<typename List, typename Less>
void sortIfNeeded(List &list, Less less)
{
    if (!std::is_sorted(list.cbegin(), list.cend(), less)) {
        std::stable_sort(list.begin(), list.end(), less);
    }
}

void normalise(QList<TimelineDay> &days)
{
    days.removeIf([](const TimelineDay &day) { return !day.date.isValid(); });
    sortIfNeeded(days, [](const TimelineDay &a, const TimelineDay &b) { return a.date < b.date; });
}

QString dayText(QDate date)
{
    return QLocale().toString(date, u"ddd d MMM yyyy"_s);
}

QString periodText(QDate first, QDate last)
{
    if (first == last) {
        return dayText(first);
    }
    const QLocale locale;
    if (first.year() == last.year()) {
        return u"%1 – %2"_s.arg(locale.toString(first, u"d MMM"_s), locale.toString(last, u"d MMM yyyy"_s));
    }
    return u"%1 – %2"_s.arg(locale.toString(first, u"d MMM yyyy"_s), locale.toString(last, u"d MMM yyyy"_s));
}

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"timeline"_s);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Timeline"));
    // Screen readers get the lanes as children, each described in words (TimelineAccessible).
    static const bool accessibleFactory = [] {
        QAccessible::installFactory(&TimelineAccessible::factory);
        return true;
    }();
    Q_UNUSED(accessibleFactory)
    setWhatsThis(tr("<p>The timeline shows when articles were published, the calls and meetings they report, "
                    "the dates they mention and the selected entities, one lane each.</p>"
                    "<ul><li>Wheel, pinch, <b>+</b> and <b>−</b>: zoom (around the pointer)</li>"
                    "<li>Drag, arrow keys: pan · <b>Home</b>: fit everything</li>"
                    "<li>Click a mark: show its article</li>"
                    "<li><b>Shift</b>+drag, or drag along the dates at the bottom: show only the articles "
                    "of that period · <b>Esc</b>, a click on empty space or the band's × clears it</li></ul>"));

    auto *fit = new QAction(tr("Fit All"), this);
    connect(fit, &QAction::triggered, this, &TimelineWidget::fitAll);
    auto *zoomInAction = new QAction(tr("Zoom In"), this);
    connect(zoomInAction, &QAction::triggered, this, &TimelineWidget::zoomIn);
    auto *zoomOutAction = new QAction(tr("Zoom Out"), this);
    connect(zoomOutAction, &QAction::triggered, this, &TimelineWidget::zoomOut);
    auto *clear = new QAction(tr("Clear Selected Period"), this);
    connect(clear, &QAction::triggered, this, &TimelineWidget::clearRange);
    addActions({fit, zoomInAction, zoomOutAction, clear});
    setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(&ThemeProvider::instance(), &ThemeProvider::themeChanged, this, [this] {
        updateColors();
        update();
    });
    updateColors();
    dataChanged();
}

TimelineWidget::~TimelineWidget() = default;

QSize TimelineWidget::sizeHint() const
{
    return {600, 150};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {200, 2 * Margin + 2 * m_textHeight + 10};
}

// --- Data and selection ----------------------------------------------------------------------

void TimelineWidget::setData(const TimelineData &data)
{
    m_data = data;
    dataChanged();
    fitAll();
}

void TimelineWidget::setPublicationDays(const QList<DocumentRepository::PublicationDay> &days)
{
    m_data.published.clear();
    m_data.published.reserve(days.size());
    for (const DocumentRepository::PublicationDay &day : days) {
        m_data.published.append({day.date, day.count, day.firstDocumentId, -1, -1});
    }
    dataChanged();
    fitAll();
}

void TimelineWidget::dataChanged()
{
    normalise(m_data.published);
    normalise(m_data.mentioned);
    for (TimelineEntityLane &lane : m_data.entities) {
        normalise(lane.days);
    }
    m_data.events.removeIf([](const TimelineEvent &event) { return !event.first.isValid(); });
    for (TimelineEvent &event : m_data.events) {
        if (!event.last.isValid() || event.last < event.first) {
            event.last = event.first;
        }
    }
    sortIfNeeded(m_data.events, [](const TimelineEvent &a, const TimelineEvent &b) { return a.first < b.first; });
    m_periodEvents.clear();
    for (qsizetype i = 0; i < m_data.events.size(); ++i) {
        if (m_data.events.at(i).last > m_data.events.at(i).first) {
            m_periodEvents.append(i);
        }
    }
    ++m_generation;
    updateSelection();
    updateDescription();
    relayout();
    update();
}

void TimelineWidget::setSelectedDocument(qint64 documentId, QDate published)
{
    if (documentId != m_selectedDocument) {
        m_selectedMarks.clear();
    }
    m_selectedDocument = documentId;
    m_selectedPublished = published;
    updateSelection();
    update();
}

void TimelineWidget::setSelectedDocumentMarks(const QList<TimelineDay> &mentioned)
{
    m_selectedMarks = mentioned;
    normalise(m_selectedMarks);
    updateSelection();
    update();
}

void TimelineWidget::setSelectedDate(QDate date)
{
    setSelectedDocument(0, date);
}

void TimelineWidget::updateSelection()
{
    m_selectedMentioned = m_selectedMarks;
    m_selectedEvents.clear();
    m_selectedEntityDays.clear();
    m_emphasisedPublished = m_selectedPublished;
    if (m_selectedDocument == 0) {
        return;
    }
    for (qsizetype i = 0; i < m_data.events.size(); ++i) {
        if (m_data.events.at(i).documentId == m_selectedDocument) {
            m_selectedEvents.append(i);
        }
    }
    for (const TimelineDay &day : std::as_const(m_data.mentioned)) {
        if (day.documentId == m_selectedDocument) {
            m_selectedMentioned.append(day);
        }
    }
    for (int lane = 0; lane < m_data.entities.size(); ++lane) {
        for (const TimelineDay &day : m_data.entities.at(lane).days) {
            if (day.documentId == m_selectedDocument) {
                m_selectedEntityDays.append({lane, day.date});
            }
        }
    }
    if (!m_emphasisedPublished.isValid()) {
        for (const TimelineDay &day : std::as_const(m_data.published)) {
            if (day.documentId == m_selectedDocument) {
                m_emphasisedPublished = day.date;
                break;
            }
        }
    }
}

void TimelineWidget::updateDescription()
{
    qint64 articles = 0;
    for (const TimelineDay &day : std::as_const(m_data.published)) {
        articles += std::max(day.count, 1);
    }
    qint64 mentions = 0;
    for (const TimelineDay &day : std::as_const(m_data.mentioned)) {
        mentions += std::max(day.count, 1);
    }
    QStringList parts;
    if (m_data.published.isEmpty()) {
        parts << tr("No dated articles.");
    } else {
        parts << tr("%n article(s) published from %1 to %2.", nullptr, int(std::min<qint64>(articles, INT_MAX)))
                     .arg(QLocale().toString(m_data.published.constFirst().date, QLocale::LongFormat),
                          QLocale().toString(m_data.published.constLast().date, QLocale::LongFormat));
    }
    if (!m_data.events.isEmpty()) {
        parts << tr("%n event(s).", nullptr, int(m_data.events.size()));
    }
    if (mentions > 0) {
        parts << tr("%n mentioned date(s).", nullptr, int(std::min<qint64>(mentions, INT_MAX)));
    }
    QStringList entities;
    for (const TimelineEntityLane &lane : std::as_const(m_data.entities)) {
        if (!lane.days.isEmpty()) {
            entities << lane.name;
        }
    }
    if (!entities.isEmpty()) {
        parts << tr("Lanes for %1.").arg(QLocale().createSeparatedList(entities));
    }
    parts << tr("Scroll, pinch or press + and - to zoom; drag or use the arrow keys to pan; Home fits everything; "
                "click a mark to show its article; Shift+drag or drag along the dates to select a period, "
                "Escape clears it.");
    setAccessibleDescription(parts.join(u' '));
    // The lanes (the accessible children) may have changed with the data.
    QAccessibleEvent reorder(this, QAccessible::ObjectReorder);
    QAccessible::updateAccessibility(&reorder);
}

// --- Period selection ------------------------------------------------------------------------

void TimelineWidget::setRange(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid()) {
        m_rangeFirst = m_rangeLast = {};
    } else {
        m_rangeFirst = std::min(first, last);
        m_rangeLast = std::max(first, last);
    }
    update();
}

void TimelineWidget::clearRange()
{
    if (!hasRange()) {
        return;
    }
    m_rangeFirst = m_rangeLast = {};
    update();
    Q_EMIT rangeCleared();
}

// --- View --------------------------------------------------------------------------------------

void TimelineWidget::fitAll()
{
    QDate first;
    QDate last;
    const auto extend = [&](QDate from, QDate to) {
        first = first.isValid() ? std::min(first, from) : from;
        last = last.isValid() ? std::max(last, to) : to;
    };
    const auto extendByDays = [&](const QList<TimelineDay> &days) {
        if (!days.isEmpty()) {
            extend(days.constFirst().date, days.constLast().date);
        }
    };
    extendByDays(m_data.published);
    extendByDays(m_data.mentioned);
    for (const TimelineEntityLane &lane : std::as_const(m_data.entities)) {
        extendByDays(lane.days);
    }
    for (const TimelineEvent &event : std::as_const(m_data.events)) {
        extend(event.first, event.last);
    }
    if (first.isValid()) {
        m_scale.fit(first, last, m_scale.width);
        m_fitted = true;
    }
    m_followsFit = true;
    update();
}

void TimelineWidget::zoomBy(double factor, double anchorX)
{
    const QRect plot = plotRect();
    m_scale.zoom(factor, std::clamp(anchorX, double(plot.left()), double(plot.right() + 1)) - plot.left());
    m_followsFit = false;
    update();
}

void TimelineWidget::zoomIn()
{
    const QRect plot = plotRect();
    zoomBy(ZoomStep, plot.left() + plot.width() / 2.0);
}

void TimelineWidget::zoomOut()
{
    const QRect plot = plotRect();
    zoomBy(1 / ZoomStep, plot.left() + plot.width() / 2.0);
}

void TimelineWidget::panBy(double pixels)
{
    m_scale.pan(pixels);
    m_followsFit = false;
    update();
}

// --- Geometry ----------------------------------------------------------------------------------

int TimelineWidget::labelColumnWidth(const QFontMetrics &metrics) const
{
    int widest = metrics.horizontalAdvance(tr("Published"));
    if (!m_data.events.isEmpty()) {
        widest = std::max(widest, metrics.horizontalAdvance(tr("Events")));
    }
    if (!m_data.mentioned.isEmpty()) {
        widest = std::max(widest, metrics.horizontalAdvance(tr("Mentioned dates")));
    }
    for (const TimelineEntityLane &lane : std::as_const(m_data.entities)) {
        if (!lane.days.isEmpty()) {
            widest = std::max(widest, metrics.horizontalAdvance(lane.name));
        }
    }
    const int wanted = Margin + ShapeSize + 5 + widest + 8;
    return std::clamp(wanted, 40, std::max(40, std::min(150, width() / 3)));
}

void TimelineWidget::relayout()
{
    m_smallFont = font();
    if (m_smallFont.pointSizeF() > 0) {
        m_smallFont.setPointSizeF(m_smallFont.pointSizeF() * 0.9);
    } else if (m_smallFont.pixelSize() > 0) {
        m_smallFont.setPixelSize(std::max(8, int(m_smallFont.pixelSize() * 0.9)));
    }
    const QFontMetrics metrics(m_smallFont);
    m_textHeight = metrics.height();
    const int left = labelColumnWidth(metrics);
    m_plot = QRect(left, Margin, std::max(1, width() - left - Margin), std::max(1, height() - 2 * Margin));
    const int axisHeight = std::min(m_textHeight + 5, m_plot.height());
    m_axis = QRect(m_plot.left(), m_plot.bottom() - axisHeight + 1, m_plot.width(), axisHeight);

    QList<LaneGeometry> result;
    result.append({Lane::Published, -1, tr("Published"), {}});
    if (!m_data.events.isEmpty()) {
        result.append({Lane::Events, -1, tr("Events"), {}});
    }
    if (!m_data.mentioned.isEmpty()) {
        result.append({Lane::Mentioned, -1, tr("Mentioned dates"), {}});
    }
    for (int i = 0; i < m_data.entities.size(); ++i) {
        if (!m_data.entities.at(i).days.isEmpty()) {
            result.append({Lane::Entity, i, m_data.entities.at(i).name, {}});
        }
    }

    // Every lane gets room for its label, then the rest goes by weight up to each lane's
    // useful height; Published takes what is left. When even the labels do not fit, all shrink.
    const int available = std::max(m_axis.top() - m_plot.top(), 0);
    const int text = m_textHeight;
    struct Need {
        int minimum, maximum, weight;
    };
    const auto need = [text](Lane lane) -> Need {
        switch (lane) {
        case Lane::Published:
            return {text + 4, 1 << 20, 3};
        case Lane::Events:
            return {text + 4, text + 14, 2};
        case Lane::Mentioned:
            return {text + 1, text + 10, 1};
        case Lane::Entity:
            return {text + 1, text + 8, 1};
        }
        return {text, text, 1};
    };
    QList<int> heights;
    int minimum = 0;
    for (const LaneGeometry &lane : std::as_const(result)) {
        heights.append(need(lane.lane).minimum);
        minimum += heights.constLast();
    }
    if (available <= minimum) {
        for (int &height : heights) {
            height = std::max(4, height * available / std::max(minimum, 1));
        }
    } else {
        int extra = available - minimum;
        for (int round = 0; round < 3 && extra > 0; ++round) {
            int weights = 0;
            for (qsizetype i = 0; i < result.size(); ++i) {
                if (heights.at(i) < need(result.at(i).lane).maximum) {
                    weights += need(result.at(i).lane).weight;
                }
            }
            if (weights == 0) {
                break;
            }
            const int share = extra;
            for (qsizetype i = 0; i < result.size(); ++i) {
                const Need lane = need(result.at(i).lane);
                const int grow = std::min(lane.maximum - heights.at(i), share * lane.weight / weights);
                if (grow > 0) {
                    heights[i] += grow;
                    extra -= grow;
                }
            }
        }
    }
    int used = 0;
    for (const int height : std::as_const(heights)) {
        used += height;
    }
    if (used < available) {
        heights[0] += available - used; // rounding, and what the capped lanes could not take
    }
    int y = m_plot.top();
    for (qsizetype i = 0; i < result.size(); ++i) {
        result[i].rect = QRect(m_plot.left(), y, m_plot.width(), heights.at(i));
        y += heights.at(i);
    }
    m_lanes = result;
    m_scale.width = m_plot.width();
}

double TimelineWidget::plotX(double julianDay) const
{
    return plotRect().left() + m_scale.xForDay(julianDay);
}

double TimelineWidget::xForDate(QDate date) const
{
    return plotX(double(date.toJulianDay()) + 0.5);
}

QDate TimelineWidget::dateAt(double x) const
{
    return m_scale.dateAt(x - plotRect().left());
}

QRect TimelineWidget::bandRect(QDate first, QDate last) const
{
    const QRect plot = plotRect();
    const double left = std::max(plotX(double(first.toJulianDay())), double(plot.left()) - 1);
    const double right = std::min(plotX(double(last.toJulianDay()) + 1), double(plot.right()) + 2);
    if (right < left) {
        return {};
    }
    const int x = int(std::floor(left));
    return {x, plot.top(), std::max(2, int(std::ceil(right)) - x), plot.height()};
}

QRect TimelineWidget::closeButtonRect() const
{
    if (!hasRange()) {
        return {};
    }
    const QRect plot = plotRect();
    const QRect band = bandRect(m_rangeFirst, m_rangeLast);
    if (band.isNull() || band.right() < plot.left() || band.left() > plot.right()) {
        return {};
    }
    const int size = m_textHeight;
    int x = std::min(band.right(), plot.right()) - size - 1;
    if (x < band.left() + 2) {
        x = band.right() + 3; // a narrow band: the button sits right of it
    }
    return {std::clamp(x, plot.left(), plot.right() - size), plot.top() + 1, size, size};
}

const TimelineWidget::BinCache &TimelineWidget::bins() const
{
    if (m_bins.generation != m_generation || m_bins.firstDay != m_scale.firstDay
        || m_bins.pixelsPerDay != m_scale.pixelsPerDay || m_bins.width != m_scale.width) {
        m_bins.generation = m_generation;
        m_bins.firstDay = m_scale.firstDay;
        m_bins.pixelsPerDay = m_scale.pixelsPerDay;
        m_bins.width = m_scale.width;
        m_bins.published = TimelineBins::fromDays(m_data.published, m_scale);
        m_bins.events = TimelineBins::fromEvents(m_data.events, m_scale);
        m_bins.mentioned = TimelineBins::fromDays(m_data.mentioned, m_scale);
        m_bins.entities.clear();
        for (const TimelineEntityLane &lane : std::as_const(m_data.entities)) {
            m_bins.entities.append(TimelineBins::fromDays(lane.days, m_scale));
        }
    }
    return m_bins;
}

const TimelineBins &TimelineWidget::binsOf(Lane lane, int entityIndex) const
{
    static const TimelineBins none;
    const BinCache &cache = bins();
    switch (lane) {
    case Lane::Published:
        return cache.published;
    case Lane::Events:
        return cache.events;
    case Lane::Mentioned:
        return cache.mentioned;
    case Lane::Entity:
        return entityIndex >= 0 && entityIndex < cache.entities.size() ? cache.entities.at(entityIndex) : none;
    }
    return none;
}

// --- Painting ----------------------------------------------------------------------------------

void TimelineWidget::updateColors()
{
    m_colors = themeColors();
}

TimelineWidget::Colors TimelineWidget::themeColors() const
{
    const ThemeProvider &provider = ThemeProvider::instance();
    const Theme theme = provider.theme();
    Colors colors;
    colors.background = provider.color(ThemeProvider::Role::Background);
    colors.text = provider.color(ThemeProvider::Role::Text);
    colors.muted = provider.color(ThemeProvider::Role::Muted);
    if (contrast(colors.muted, colors.background) < 3) {
        colors.muted = mixed(colors.background, colors.text, 0.7);
    }
    colors.grid = mixed(colors.background, colors.text, 0.14);
    colors.band = withAlpha(provider.color(ThemeProvider::Role::Selection), 110);

    // Each lane takes the first of its styles that stands out from the background and from the
    // lanes above it, so themes whose styles share a colour still give four distinct lanes.
    const Theme::TextStyle fallbacks[] = {Theme::DecVal,  Theme::DataType, Theme::Others,   Theme::Function,
                                          Theme::Keyword, Theme::String,   Theme::Constant, Theme::Variable,
                                          Theme::ControlFlow, Theme::Import, Theme::Attribute, Theme::Alert};
    QList<QColor> chosen;
    const auto pick = [&](Theme::TextStyle preferred) {
        const auto fits = [&](const QColor &color) {
            if (contrast(color, colors.background) < 2.2) {
                return false;
            }
            return std::all_of(chosen.cbegin(), chosen.cend(),
                               [&](const QColor &other) { return distance(color, other) > 110; });
        };
        QColor color = QColor::fromRgba(theme.textColor(preferred));
        if (!fits(color)) {
            for (const Theme::TextStyle style : fallbacks) {
                const QColor candidate = QColor::fromRgba(theme.textColor(style));
                if (fits(candidate)) {
                    color = candidate;
                    break;
                }
            }
        }
        chosen.append(color);
        return color;
    };
    colors.published = pick(Theme::DecVal);
    colors.events = pick(Theme::DataType);
    colors.mentioned = pick(Theme::Others);
    colors.entity = pick(Theme::Function);
    return colors;
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const Colors &colors = m_colors;
    painter.fillRect(rect(), colors.background);
    painter.setFont(m_smallFont);
    const QList<LaneGeometry> &geometry = m_lanes;
    const QRect plot = plotRect();

    painter.save();
    painter.setClipRect(plot);
    paintBand(painter, colors);
    paintAxis(painter, colors);
    for (const LaneGeometry &lane : geometry) {
        painter.setPen(colors.grid);
        painter.drawLine(plot.left(), lane.rect.bottom(), plot.right(), lane.rect.bottom());
        switch (lane.lane) {
        case Lane::Published:
            paintDayLane(painter, lane, bins().published, colors.published);
            break;
        case Lane::Events:
            paintEventLane(painter, lane, colors);
            break;
        case Lane::Mentioned:
            paintDayLane(painter, lane, bins().mentioned, colors.mentioned);
            break;
        case Lane::Entity:
            paintDayLane(painter, lane, binsOf(Lane::Entity, lane.entityIndex), colors.entity);
            break;
        }
    }
    paintSelection(painter, colors, geometry);
    if (m_hoverX >= plot.left() && m_hoverX <= plot.right() && m_drag == Drag::None && !geometry.isEmpty()) {
        painter.setPen(withAlpha(colors.text, 80));
        const int x = int(m_hoverX);
        painter.drawLine(x, geometry.constFirst().rect.top(), x, geometry.constLast().rect.bottom());
    }
    const QRect close = closeButtonRect();
    if (!close.isNull() && m_drag != Drag::Range) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(withAlpha(colors.text, 170));
        painter.setBrush(colors.background);
        painter.drawRoundedRect(QRectF(close).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        painter.setPen(colors.text);
        painter.drawText(close, Qt::AlignCenter, u"×"_s);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }
    painter.restore();

    paintLaneLabels(painter, colors, geometry);
    if (m_data.published.isEmpty() && geometry.size() == 1) {
        painter.setPen(colors.muted);
        painter.drawText(geometry.constFirst().rect, Qt::AlignCenter, tr("No dated articles"));
    }
    if (hasFocus()) {
        painter.setPen(QPen(withAlpha(colors.text, 110), 1, Qt::DotLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void TimelineWidget::paintAxis(QPainter &painter, const Colors &colors) const
{
    const QRect plot = plotRect();
    const QRect axis = axisRect();
    const QFontMetrics metrics(painter.font());
    painter.setPen(colors.muted);
    painter.drawLine(plot.left(), axis.top(), plot.right(), axis.top());
    const double minSpacing = metrics.horizontalAdvance(u"00 Mmm 0000"_s) + 8;
    const TimeScale::Unit unit = m_scale.tickUnit(minSpacing);
    const QColor majorGrid = mixed(colors.background, colors.text, 0.28);
    for (const TimeScale::Tick &tick : m_scale.ticks(minSpacing)) {
        const int x = plot.left() + int(std::lround(tick.x));
        if (x < plot.left() || x > plot.right()) {
            continue;
        }
        painter.setPen(tick.major ? majorGrid : colors.grid);
        painter.drawLine(x, plot.top(), x, axis.top() - 1);
        painter.setPen(colors.muted);
        painter.drawLine(x, axis.top(), x, axis.top() + (tick.major ? 5 : 3));
        painter.setPen(colors.text);
        painter.drawText(QRect(x + 3, axis.top() + 2, int(minSpacing), axis.height() - 2), Qt::AlignLeft | Qt::AlignTop,
                         TimeScale::label(tick.date, unit));
    }

    // The year (and month) the ticks leave out, in the label column beside them.
    const QDate first = dateAt(plot.left());
    const QDate last = dateAt(plot.right());
    if (!first.isValid() || !last.isValid() || !m_fitted) {
        return;
    }
    const QLocale locale;
    QString context;
    switch (unit) {
    case TimeScale::Unit::Day:
    case TimeScale::Unit::Week:
        context = first.year() == last.year() && first.month() == last.month()
            ? locale.toString(first, u"MMM yyyy"_s)
            : first.year() == last.year() ? u"%1–%2"_s.arg(locale.toString(first, u"MMM"_s), locale.toString(last, u"MMM yyyy"_s))
                                          : u"%1–%2"_s.arg(QString::number(first.year()), QString::number(last.year()));
        break;
    case TimeScale::Unit::Month:
    case TimeScale::Unit::Quarter:
        context = first.year() == last.year() ? QString::number(first.year())
                                              : u"%1–%2"_s.arg(QString::number(first.year()), QString::number(last.year()));
        break;
    case TimeScale::Unit::Year:
    case TimeScale::Unit::Decade:
        break;
    }
    if (!context.isEmpty()) {
        painter.setClipping(false);
        painter.setPen(colors.muted);
        const QRect cell(Margin, axis.top() + 2, plot.left() - 2 * Margin, axis.height() - 2);
        painter.drawText(cell, Qt::AlignRight | Qt::AlignTop, metrics.elidedText(context, Qt::ElideRight, cell.width()));
        painter.setClipRect(plot);
    }
}

void TimelineWidget::paintLaneLabels(QPainter &painter, const Colors &colors,
                                     const QList<LaneGeometry> &geometry) const
{
    const int column = plotRect().left();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const LaneGeometry &lane : geometry) {
        QFont labelFont = m_smallFont;
        if (QFontMetrics(labelFont).height() > lane.rect.height()) {
            labelFont.setPixelSize(std::max(7, lane.rect.height() - 1));
        }
        painter.setFont(labelFont);
        const QFontMetrics metrics(labelFont);
        QColor color = colors.published;
        switch (lane.lane) {
        case Lane::Published:
            break;
        case Lane::Events:
            color = colors.events;
            break;
        case Lane::Mentioned:
            color = colors.mentioned;
            break;
        case Lane::Entity:
            color = colors.entity;
            break;
        }
        const double size = std::min<double>(ShapeSize, lane.rect.height() - 2);
        QPainterPath glyph;
        addShape(glyph, shapeOf(lane.lane), QPointF(Margin + ShapeSize / 2.0 + 1, lane.rect.center().y() + 0.5), size);
        painter.fillPath(glyph, color);
        const QRect text(Margin + ShapeSize + 5, lane.rect.top(), column - (Margin + ShapeSize + 5) - 4,
                         lane.rect.height());
        painter.setPen(colors.text);
        painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(lane.label, Qt::ElideRight, text.width()));
        painter.setPen(colors.grid);
        painter.drawLine(0, lane.rect.bottom(), column, lane.rect.bottom());
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setFont(m_smallFont);
}

void TimelineWidget::paintDayLane(QPainter &painter, const LaneGeometry &lane, const TimelineBins &laneBins,
                                  QColor color) const
{
    if (laneBins.bins.isEmpty()) {
        return;
    }
    const QRect area = lane.rect.adjusted(0, 2, 0, -2);
    const int left = lane.rect.left();
    const double pixelsPerDay = m_scale.pixelsPerDay;
    const int width = markWidth(pixelsPerDay);
    const double logHighest = std::log1p(double(laneBins.highest));
    painter.setPen(Qt::NoPen);

    if (lane.lane == Lane::Published) {
        // A histogram: bar height grows with the logarithm of the articles in the column.
        QList<QRect> bars;
        bars.reserve(laneBins.bins.size());
        for (const TimelineBins::Bin &bin : laneBins.bins) {
            const int height =
                2 + int(std::lround((area.height() - 2) * std::log1p(double(bin.count)) / std::max(logHighest, 1e-9)));
            const int x = int(std::floor(left + bin.column + 0.5 - width / 2.0));
            bars.append(QRect(x, area.bottom() - height + 1, width, height));
        }
        painter.setBrush(color);
        painter.drawRects(bars);
        return;
    }

    // Intensity lanes: as many marks, as opaque. Shapes while they have room, columns when they crowd.
    const bool roomForShapes = laneBins.bins.size() * (ShapeSize + 3) <= area.width() || pixelsPerDay >= ShapeSize + 3;
    if (!roomForShapes) {
        QList<QRect> columns[IntensityLevels];
        const int height = std::max(3, area.height() * 2 / 3);
        const int top = area.top() + (area.height() - height) / 2;
        for (const TimelineBins::Bin &bin : laneBins.bins) {
            const int x = int(std::floor(left + bin.column + 0.5 - width / 2.0));
            columns[intensityLevel(bin.count, laneBins.highest)].append(QRect(x, top, width, height));
        }
        for (int level = 0; level < IntensityLevels; ++level) {
            painter.setBrush(withAlpha(color, alphaOf(level)));
            painter.drawRects(columns[level]);
        }
        return;
    }
    QPainterPath shapes[IntensityLevels];
    const double size = std::min<double>(ShapeSize, area.height());
    const double y = area.top() + area.height() / 2.0;
    for (const TimelineBins::Bin &bin : laneBins.bins) {
        addShape(shapes[intensityLevel(bin.count, laneBins.highest)], shapeOf(lane.lane),
                 QPointF(left + bin.column + 0.5, y), size);
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (int level = 0; level < IntensityLevels; ++level) {
        painter.fillPath(shapes[level], withAlpha(color, alphaOf(level)));
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
}

void TimelineWidget::paintEventLane(QPainter &painter, const LaneGeometry &lane, const Colors &colors) const
{
    const TimelineBins &laneBins = bins().events;
    const QRect area = lane.rect.adjusted(0, 2, 0, -2);
    const QRect plot = plotRect();
    const int left = lane.rect.left();

    // Events dated only to a week or a month: a thin bar under the lane over the whole period.
    painter.setPen(Qt::NoPen);
    painter.setBrush(withAlpha(colors.events, 150));
    QList<QRectF> periods;
    for (const qsizetype index : std::as_const(m_periodEvents)) {
        const TimelineEvent &event = m_data.events.at(index);
        const double x1 = plotX(double(event.first.toJulianDay()));
        const double x2 = plotX(double(event.last.toJulianDay()) + 1);
        if (x2 < plot.left() || x1 > plot.right()) {
            continue;
        }
        periods.append(QRectF(x1, area.bottom() - 2, std::max(2.0, x2 - x1 - 1), 3));
    }
    painter.drawRects(periods);

    if (laneBins.bins.isEmpty()) {
        return;
    }
    const double pixelsPerDay = m_scale.pixelsPerDay;
    const bool roomForShapes = laneBins.bins.size() * (ShapeSize + 3) <= area.width() || pixelsPerDay >= ShapeSize + 3;
    if (!roomForShapes) {
        QList<QRect> columns[IntensityLevels];
        const int width = markWidth(pixelsPerDay);
        const int height = std::max(3, (area.height() - 4) * 2 / 3);
        const int top = area.top() + (area.height() - 4 - height) / 2;
        for (const TimelineBins::Bin &bin : laneBins.bins) {
            const int x = int(std::floor(left + bin.column + 0.5 - width / 2.0));
            columns[intensityLevel(bin.count, laneBins.highest)].append(QRect(x, top, width, height));
        }
        for (int level = 0; level < IntensityLevels; ++level) {
            painter.setBrush(withAlpha(colors.events, alphaOf(level)));
            painter.drawRects(columns[level]);
        }
        return;
    }

    // Diamonds, each labelled "Biden – Netanyahu (call)" as far as the next one leaves room.
    const double size = std::min<double>(ShapeSize + 1, area.height() - 4);
    const double y = area.top() + (area.height() - 3) / 2.0;
    QPainterPath diamonds;
    for (const TimelineBins::Bin &bin : laneBins.bins) {
        addShape(diamonds, Shape::Diamond, QPointF(left + bin.column + 0.5, y), size);
    }
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillPath(diamonds, colors.events);
    painter.setRenderHint(QPainter::Antialiasing, false);

    const QFontMetrics metrics(painter.font());
    // Below a name and a half, an elided label says nothing the tooltip would not say better.
    const int minimumRoom = metrics.horizontalAdvance(u"Netanyahu – N…"_s);
    painter.setPen(colors.text);
    for (qsizetype i = 0; i < laneBins.bins.size(); ++i) {
        const TimelineBins::Bin &bin = laneBins.bins.at(i);
        const int start = int(left + bin.column + size / 2 + 4);
        const int end = i + 1 < laneBins.bins.size() ? int(left + laneBins.bins.at(i + 1).column - size / 2 - 4)
                                                     : plot.right();
        const int room = std::min(end, plot.right()) - start;
        if (room < minimumRoom) {
            continue;
        }
        const QString label = eventLabel(m_data.events.at(bin.first));
        const QString text = bin.count == 1 ? label : tr("%1 +%n", nullptr, bin.count - 1).arg(label);
        painter.drawText(QRect(start, area.top(), room, area.height() - 3), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(text, Qt::ElideRight, room));
    }
}

void TimelineWidget::paintSelection(QPainter &painter, const Colors &colors, const QList<LaneGeometry> &geometry) const
{
    if (geometry.isEmpty()) {
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const QPen outline(colors.text, 1.5);
    const double size = ShapeSize + 4;
    const auto emphasise = [&](const LaneGeometry &lane, QDate date, const QColor &color, double yOffset = 0) {
        const double x = xForDate(date);
        QPainterPath path;
        addShape(path, shapeOf(lane.lane), QPointF(x, lane.rect.top() + (lane.rect.height() - yOffset) / 2.0),
                 std::min<double>(size, lane.rect.height() - 2));
        painter.setPen(outline);
        painter.setBrush(color);
        painter.drawPath(path);
    };

    if (m_emphasisedPublished.isValid()) {
        const double x = std::floor(xForDate(m_emphasisedPublished)) + 0.5;
        painter.setPen(QPen(withAlpha(colors.text, 150), 1, Qt::DashLine));
        painter.drawLine(QPointF(x, geometry.constFirst().rect.top()), QPointF(x, geometry.constLast().rect.bottom()));
        // A pointer above the publication bar, which keeps its height.
        const QRect lane = geometry.constFirst().rect;
        const double half = 4.5;
        painter.setPen(Qt::NoPen);
        painter.setBrush(colors.text);
        painter.drawPolygon(QPolygonF({{x - half, double(lane.top()) + 1},
                                       {x + half, double(lane.top()) + 1},
                                       {x, lane.top() + 1 + half * 1.3}}));
    }
    for (const LaneGeometry &lane : geometry) {
        switch (lane.lane) {
        case Lane::Published:
            break;
        case Lane::Events:
            for (const qsizetype index : std::as_const(m_selectedEvents)) {
                emphasise(lane, m_data.events.at(index).first, colors.events, 3);
            }
            break;
        case Lane::Mentioned:
            for (const TimelineDay &day : std::as_const(m_selectedMentioned)) {
                emphasise(lane, day.date, colors.mentioned);
            }
            break;
        case Lane::Entity:
            for (const auto &[entity, date] : std::as_const(m_selectedEntityDays)) {
                if (entity == lane.entityIndex) {
                    emphasise(lane, date, colors.entity);
                }
            }
            break;
        }
    }
    painter.setRenderHint(QPainter::Antialiasing, false);
}

void TimelineWidget::paintBand(QPainter &painter, const Colors &colors) const
{
    const bool dragging = m_drag == Drag::Range && m_dragFirst.isValid();
    if (!dragging && !hasRange()) {
        return;
    }
    const QRect band = dragging ? bandRect(m_dragFirst, m_dragLast) : bandRect(m_rangeFirst, m_rangeLast);
    if (band.isNull()) {
        return;
    }
    painter.fillRect(band, colors.band);
    painter.setPen(withAlpha(colors.text, 150));
    painter.drawLine(band.topLeft(), band.bottomLeft());
    painter.drawLine(band.topRight(), band.bottomRight());
}

// --- Marks under the pointer --------------------------------------------------------------------

TimelineWidget::Hit TimelineWidget::hitAt(QPointF pos) const
{
    Hit hit;
    const QRect plot = plotRect();
    if (pos.x() < plot.left() || pos.x() > plot.right() + 1) {
        return hit;
    }
    const double tolerance = std::max(ClickTolerance, m_scale.pixelsPerDay / 2);
    for (const LaneGeometry &lane : lanes()) {
        if (pos.y() < lane.rect.top() || pos.y() > lane.rect.bottom() + 1) {
            continue;
        }
        hit.lane = lane.lane;
        hit.entityIndex = lane.entityIndex;
        // The selected article's own marks come first: they carry its spans.
        const auto nearest = [&](auto dateOf, qsizetype count) {
            qsizetype best = -1;
            double bestDistance = tolerance;
            for (qsizetype i = 0; i < count; ++i) {
                const double distance = std::abs(xForDate(dateOf(i)) - pos.x());
                if (distance <= bestDistance) {
                    best = i;
                    bestDistance = distance;
                }
            }
            return best;
        };
        if (lane.lane == Lane::Mentioned) {
            hit.selected = nearest([this](qsizetype i) { return m_selectedMentioned.at(i).date; }, m_selectedMentioned.size());
        } else if (lane.lane == Lane::Events) {
            const qsizetype index =
                nearest([this](qsizetype i) { return m_data.events.at(m_selectedEvents.at(i)).first; }, m_selectedEvents.size());
            hit.event = index >= 0 ? m_selectedEvents.at(index) : -1;
        }
        if (hit.isValid()) {
            return hit;
        }
        hit.bin = binsOf(lane.lane, lane.entityIndex).nearest(pos.x() - plot.left(), tolerance);
        if (hit.bin < 0 && lane.lane == Lane::Events) {
            // On a period's bar: the shortest period there.
            qint64 shortest = 0;
            for (const qsizetype index : std::as_const(m_periodEvents)) {
                const TimelineEvent &event = m_data.events.at(index);
                const qint64 days = event.first.daysTo(event.last);
                if (pos.x() >= plotX(double(event.first.toJulianDay())) && pos.x() < plotX(double(event.last.toJulianDay()) + 1)
                    && (hit.event < 0 || days < shortest)) {
                    hit.event = index;
                    shortest = days;
                }
            }
        }
        return hit;
    }
    return hit;
}

void TimelineWidget::activate(const Hit &hit)
{
    qint64 documentId = 0;
    qsizetype start = -1;
    qsizetype end = -1;
    const auto fromDay = [&](const TimelineDay &day) {
        documentId = day.documentId;
        start = day.start;
        end = day.end;
    };
    const auto fromEvent = [&](const TimelineEvent &event) {
        documentId = event.documentId;
        if (event.sentenceEnd > event.sentenceStart) {
            start = event.sentenceStart;
            end = event.sentenceEnd;
        }
    };
    if (hit.selected >= 0) {
        fromDay(m_selectedMentioned.at(hit.selected));
        if (documentId == 0) {
            documentId = m_selectedDocument;
        }
    } else if (hit.event >= 0) {
        fromEvent(m_data.events.at(hit.event));
    } else if (hit.bin >= 0) {
        const TimelineBins::Bin &bin = binsOf(hit.lane, hit.entityIndex).bins.at(hit.bin);
        switch (hit.lane) {
        case Lane::Published:
            fromDay(m_data.published.at(bin.representative));
            break;
        case Lane::Events:
            fromEvent(m_data.events.at(bin.representative));
            break;
        case Lane::Mentioned:
            fromDay(m_data.mentioned.at(bin.representative));
            break;
        case Lane::Entity:
            fromDay(m_data.entities.at(hit.entityIndex).days.at(bin.representative));
            break;
        }
    }
    if (documentId == 0) {
        return;
    }
    Q_EMIT markActivated(documentId, start, end);
    Q_EMIT documentClicked(documentId);
}

QString TimelineWidget::eventTypeName(const QString &type) const
{
    if (type == u"call"_s) {
        return tr("call");
    }
    if (type == u"meeting"_s) {
        return tr("meeting");
    }
    if (type == u"statement"_s) {
        return tr("statement");
    }
    return type;
}

QString TimelineWidget::eventLabel(const TimelineEvent &event) const
{
    const QString actors = event.actors.isEmpty() ? tr("Someone") : event.actors.join(u" – "_s);
    return event.type.isEmpty() ? actors : tr("%1 (%2)").arg(actors, eventTypeName(event.type));
}

QString TimelineWidget::toolTipFor(const Hit &hit) const
{
    const auto bold = [](const QString &text) { return u"<b>%1</b>"_s.arg(text.toHtmlEscaped()); };
    const auto eventLines = [&](const TimelineEvent &event) {
        QString line = bold(eventLabel(event)) + u"<br>"_s + periodText(event.first, event.last).toHtmlEscaped();
        if (!event.place.isEmpty()) {
            line += u" · "_s + event.place.toHtmlEscaped();
        }
        return line;
    };
    const QString click = u"<br><i>%1</i>"_s.arg(tr("Click to show the article").toHtmlEscaped());
    if (hit.selected >= 0) {
        const TimelineDay &day = m_selectedMentioned.at(hit.selected);
        return bold(tr("Mentioned in this article")) + u"<br>"_s + dayText(day.date).toHtmlEscaped()
            + u"<br><i>%1</i>"_s.arg(tr("Click to show where").toHtmlEscaped());
    }
    if (hit.event >= 0) {
        return bold(tr("Event")) + u"<br>"_s + eventLines(m_data.events.at(hit.event)) + click;
    }
    if (hit.bin < 0) {
        return {};
    }
    const TimelineBins::Bin &bin = binsOf(hit.lane, hit.entityIndex).bins.at(hit.bin);
    if (hit.lane == Lane::Events) {
        QString text = bold(tr("%n event(s)", nullptr, bin.count));
        for (qsizetype i = bin.first; i <= bin.last && i < bin.first + MaxToolTipEvents; ++i) {
            text += u"<br>"_s + eventLines(m_data.events.at(i));
        }
        if (bin.count > MaxToolTipEvents) {
            text += u"<br>"_s + tr("… and %n more", nullptr, bin.count - MaxToolTipEvents).toHtmlEscaped();
        }
        return text + click;
    }
    const QList<TimelineDay> &days = hit.lane == Lane::Published   ? m_data.published
                                     : hit.lane == Lane::Mentioned ? m_data.mentioned
                                                                   : m_data.entities.at(hit.entityIndex).days;
    const QString when = periodText(days.at(bin.first).date, days.at(bin.last).date).toHtmlEscaped();
    switch (hit.lane) {
    case Lane::Published:
        return bold(tr("Published")) + u"<br>"_s + when + u": "_s
            + tr("%n article(s)", nullptr, bin.count).toHtmlEscaped() + click;
    case Lane::Mentioned:
        return bold(tr("Mentioned dates")) + u"<br>"_s + when + u": "_s
            + tr("named %n time(s)", nullptr, bin.count).toHtmlEscaped() + click;
    case Lane::Entity:
        return bold(m_data.entities.at(hit.entityIndex).name) + u"<br>"_s + when + u": "_s
            + tr("%n article(s)", nullptr, bin.count).toHtmlEscaped() + click;
    case Lane::Events:
        break;
    }
    return {};
}

QString TimelineWidget::toolTipAt(QPoint pos) const
{
    const Hit hit = hitAt(pos);
    if (hit.isValid()) {
        return toolTipFor(hit);
    }
    const QRect plot = plotRect();
    if (pos.x() < plot.left()) {
        for (const LaneGeometry &lane : lanes()) {
            if (pos.y() < lane.rect.top() || pos.y() > lane.rect.bottom()) {
                continue;
            }
            QString what;
            switch (lane.lane) {
            case Lane::Published:
                what = tr("Articles published each day: the taller the bar, the more articles.");
                break;
            case Lane::Events:
                what = tr("Calls, meetings and statements the articles report (◆); a bar spans an event "
                          "dated only to a week or a month.");
                break;
            case Lane::Mentioned:
                what = tr("Days the articles talk about (▲): the darker, the more often.");
                break;
            case Lane::Entity:
                what = tr("Articles mentioning %1 (●): the darker, the more articles.").arg(lane.label);
                break;
            }
            return u"<b>%1</b><br>%2"_s.arg(lane.label.toHtmlEscaped(), what.toHtmlEscaped());
        }
        return {};
    }
    if (!closeButtonRect().isNull() && closeButtonRect().contains(pos)) {
        return tr("Show articles of any date (Esc)").toHtmlEscaped();
    }
    if (hasRange() && bandRect(m_rangeFirst, m_rangeLast).contains(pos)) {
        return tr("Selected period: %1").arg(periodText(m_rangeFirst, m_rangeLast)).toHtmlEscaped();
    }
    if (axisRect().contains(pos)) {
        return tr("Drag along the dates to select a period").toHtmlEscaped();
    }
    return {};
}

// --- Input -----------------------------------------------------------------------------------

bool TimelineWidget::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this, QRect(help->pos() - QPoint(3, 3), QSize(7, 7)));
        }
        return true;
    }
    case QEvent::NativeGesture: {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + gesture->value(), gesture->position().x());
            event->accept();
            return true;
        }
        if (gesture->gestureType() == Qt::SmartZoomNativeGesture) {
            fitAll();
            event->accept();
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

void TimelineWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        relayout();
        if (m_followsFit) {
            fitAll();
        }
    }
}

void TimelineWidget::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
    if (!m_fitted || m_followsFit) {
        fitAll();
    }
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() != 0) {
        zoomBy(std::pow(ZoomStep, delta.y() / 120.0), event->position().x());
    } else if (delta.x() != 0) {
        panBy(delta.x() / 120.0 * plotRect().width() / 10);
    }
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPos = event->position();
    m_lastX = m_pressPos.x();
    const QRect close = closeButtonRect();
    if (!close.isNull() && close.contains(event->position().toPoint())) {
        m_drag = Drag::Consumed;
        clearRange();
        return;
    }
    const QRect plot = plotRect();
    const bool inPlot = m_pressPos.x() >= plot.left();
    if (inPlot && ((event->modifiers() & Qt::ShiftModifier) || axisRect().contains(m_pressPos.toPoint()))) {
        m_drag = Drag::Range;
        m_dragFirst = m_dragLast = {};
    } else {
        m_drag = Drag::Pending;
    }
    update();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    const bool moved = std::abs(x - m_pressPos.x()) >= DragThreshold;
    switch (m_drag) {
    case Drag::None:
    case Drag::Consumed:
        m_hoverX = x;
        update();
        return;
    case Drag::Pending:
        if (!moved) {
            return;
        }
        m_drag = Drag::Panning;
        setCursor(Qt::ClosedHandCursor);
        Q_FALLTHROUGH();
    case Drag::Panning:
        panBy(x - m_lastX);
        m_lastX = x;
        return;
    case Drag::Range:
        if (moved) {
            const QRect plot = plotRect();
            const QDate a = dateAt(m_pressPos.x());
            const QDate b = dateAt(std::clamp(x, double(plot.left()), double(plot.right())));
            m_dragFirst = std::min(a, b);
            m_dragLast = std::max(a, b);
        } else {
            m_dragFirst = m_dragLast = {};
        }
        update();
        return;
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = std::exchange(m_drag, Drag::None);
    unsetCursor();
    const double x = event->position().x();
    const bool moved = std::abs(x - m_pressPos.x()) >= DragThreshold;
    if (drag == Drag::Range && moved) {
        const QRect plot = plotRect();
        const QDate a = dateAt(m_pressPos.x());
        const QDate b = dateAt(std::clamp(x, double(plot.left()), double(plot.right())));
        m_dragFirst = m_dragLast = {};
        setRange(a, b);
        Q_EMIT rangeSelected(m_rangeFirst, m_rangeLast);
        return;
    }
    m_dragFirst = m_dragLast = {};
    if (drag == Drag::Pending || drag == Drag::Range) {
        const Hit hit = hitAt(event->position());
        if (hit.isValid()) {
            activate(hit);
        } else {
            clearRange();
        }
    }
    update();
}

void TimelineWidget::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    m_hoverX = -1;
    update();
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const int step = std::max(1, plotRect().width() / 10);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        break;
    case Qt::Key_Left:
        panBy(step);
        break;
    case Qt::Key_Right:
        panBy(-step);
        break;
    case Qt::Key_PageUp:
        panBy(step * 9);
        break;
    case Qt::Key_PageDown:
        panBy(-step * 9);
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Escape:
        if (m_drag == Drag::Range) {
            m_drag = Drag::Consumed;
            m_dragFirst = m_dragLast = {};
            update();
        } else if (hasRange()) {
            clearRange();
        } else {
            QWidget::keyPressEvent(event);
            return;
        }
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

} // namespace Gloss
