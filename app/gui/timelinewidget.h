// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/documentrepository.h"
#include "timeline/timelinebins.h"
#include "timeline/timelinedata.h"
#include "timeline/timescale.h"

#include <QColor>
#include <QWidget>

namespace Gloss {

// The strip at the bottom of the window: lanes of marks on a zoomable, pannable time axis.
// "Published" (articles per day, as bars), "Events" (calls and meetings, labelled when there is
// room), "Mentioned dates" (days the articles talk about) and one lane per selected entity. Marks
// are binned per pixel column (TimelineBins), so 100,000 articles paint in a few milliseconds.
// The time↔x mapping is the plain TimeScale; this class only paints and handles input.
//
// Mouse: wheel or pinch zooms around the pointer, drag pans, a click on a mark activates it,
// Shift+drag (or a drag along the date axis) selects a period, Escape / a click on empty space /
// the band's × clears it. Keys: + and - zoom, arrows pan, Home fits everything.
class TimelineWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineWidget)

public:
    enum class Lane { Published, Events, Mentioned, Entity };
    struct LaneGeometry {
        Lane lane = Lane::Published;
        int entityIndex = -1; // into data().entities, for Lane::Entity
        QString label;
        QRect rect; // the lane's marks area, in widget coordinates (right of the label column)
    };

    explicit TimelineWidget(QWidget *parent = nullptr);
    ~TimelineWidget() override;

    // Replaces all lanes and fits the view to them. Lists must be sorted by date (they are when
    // they come from the store; unsorted lists are sorted here). Lanes other than Published are
    // hidden while empty. A selected period and the selected document are kept.
    void setData(const TimelineData &data);
    const TimelineData &data() const { return m_data; }
    // Convenience: replaces only the Published lane with the store's publication days.
    void setPublicationDays(const QList<DocumentRepository::PublicationDay> &days);

    // Emphasises one article's marks: its publication day, its events (by TimelineEvent::documentId)
    // and the mentioned-date and entity marks whose representative document it is. 0 / an invalid
    // date: none. Changing the document forgets the marks given to setSelectedDocumentMarks().
    void setSelectedDocument(qint64 documentId, QDate published);
    // The mentioned-date marks of the selected article, one per time expression, with its text
    // span: the aggregated lane only names one article per day, so the caller passes the rest.
    // Drawn emphasised; a click on one emits markActivated() with its span.
    void setSelectedDocumentMarks(const QList<TimelineDay> &mentioned);
    // Only the publication day, for callers without the document id (kept for MainWindow).
    void setSelectedDate(QDate date);
    qint64 selectedDocument() const { return m_selectedDocument; }

    // Shows a period as selected without emitting rangeSelected(). An invalid date clears it
    // without emitting rangeCleared().
    void setRange(QDate first, QDate last);
    bool hasRange() const { return m_rangeFirst.isValid(); }
    QDate rangeFirst() const { return m_rangeFirst; }
    QDate rangeLast() const { return m_rangeLast; }

    const TimeScale &scale() const { return m_scale; }
    // Zooms by `factor` (> 1 zooms in) keeping the date under the widget x `anchorX` in place.
    void zoomBy(double factor, double anchorX);
    // Moves the content right by `pixels` (earlier dates come into view).
    void panBy(double pixels);

    // Geometry, in widget coordinates, for tests and tools.
    QRect plotRect() const { return m_plot; }  // lanes and axis, right of the label column
    QRect axisRect() const { return m_axis; }  // the date axis strip at the bottom of the plot
    const QList<LaneGeometry> &lanes() const { return m_lanes; } // the visible lanes, top to bottom
    double xForDate(QDate date) const;      // the centre of a day
    QDate dateAt(double x) const;
    QString toolTipAt(QPoint pos) const;    // empty where there is nothing to say
    // The lane's marks gathered per pixel column of the current view.
    const TimelineBins &binsOf(Lane lane, int entityIndex = -1) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void fitAll();
    void zoomIn();
    void zoomOut();
    // Clears the selected period; emits rangeCleared() if there was one.
    void clearRange();

Q_SIGNALS:
    // A mark was clicked: the article to show and the span to scroll to (start = end = -1: the
    // article as a whole; an event: its sentence; a mentioned date: its time expression).
    void markActivated(qint64 documentId, qsizetype start, qsizetype end);
    // Emitted with every markActivated(), for listeners that only select the article.
    void documentClicked(qint64 documentId);
    // The user selected the period [first, last] (both included).
    void rangeSelected(QDate first, QDate last);
    void rangeCleared();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Drag { None, Pending, Panning, Range, Consumed };
    // What lies under a point: a bin of a lane, or one of the emphasised marks.
    struct Hit {
        Lane lane = Lane::Published;
        int entityIndex = -1;
        qsizetype bin = -1;      // into binsOf(lane, entityIndex).bins
        qsizetype event = -1;    // into m_data.events (emphasised event or a period bar)
        qsizetype selected = -1; // into m_selectedMentioned
        bool isValid() const { return bin >= 0 || event >= 0 || selected >= 0; }
    };
    struct Colors {
        QColor background, text, muted, grid, band;
        QColor published, events, mentioned, entity;
    };
    struct BinCache {
        double firstDay = 0;
        double pixelsPerDay = 0;
        int width = -1;
        quint64 generation = 0;
        TimelineBins published, events, mentioned;
        QList<TimelineBins> entities;
    };

    void dataChanged();
    void updateSelection();
    void updateDescription();
    // Lays out the label column, the lanes and the axis for the current size, font and data.
    void relayout();
    void updateColors();
    const BinCache &bins() const;
    int labelColumnWidth(const QFontMetrics &metrics) const;
    double plotX(double julianDay) const;
    Hit hitAt(QPointF pos) const;
    void activate(const Hit &hit);
    QString toolTipFor(const Hit &hit) const;
    QRect closeButtonRect() const;
    QRect bandRect(QDate first, QDate last) const;
    Colors themeColors() const;
    QString eventLabel(const TimelineEvent &event) const;
    QString eventTypeName(const QString &type) const;

    void paintAxis(QPainter &painter, const Colors &colors) const;
    void paintLaneLabels(QPainter &painter, const Colors &colors, const QList<LaneGeometry> &geometry) const;
    void paintDayLane(QPainter &painter, const LaneGeometry &lane, const TimelineBins &laneBins, QColor color) const;
    void paintEventLane(QPainter &painter, const LaneGeometry &lane, const Colors &colors) const;
    void paintSelection(QPainter &painter, const Colors &colors, const QList<LaneGeometry> &geometry) const;
    void paintBand(QPainter &painter, const Colors &colors) const;

    TimelineData m_data;
    quint64 m_generation = 1;
    QFont m_smallFont; // labels and ticks
    int m_textHeight = 0;
    QRect m_plot;
    QRect m_axis;
    QList<LaneGeometry> m_lanes;
    Colors m_colors;
    QList<qsizetype> m_periodEvents; // events longer than a day, drawn as bars
    TimeScale m_scale;
    bool m_fitted = false;
    bool m_followsFit = true; // refit on resize until the user zooms or pans

    qint64 m_selectedDocument = 0;
    QDate m_selectedPublished;
    QDate m_emphasisedPublished; // that, or the publication day naming the document
    QList<TimelineDay> m_selectedMarks;     // given by setSelectedDocumentMarks()
    QList<TimelineDay> m_selectedMentioned; // those, and the mentioned-lane days of the document
    QList<qsizetype> m_selectedEvents;
    QList<std::pair<int, QDate>> m_selectedEntityDays;

    QDate m_rangeFirst;
    QDate m_rangeLast;
    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    double m_lastX = 0;
    QDate m_dragFirst; // the period being dragged out
    QDate m_dragLast;
    double m_hoverX = -1;

    mutable BinCache m_bins;
};

} // namespace Gloss
