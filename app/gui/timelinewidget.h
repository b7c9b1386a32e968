// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/documentrepository.h"
#include "timeline/timescale.h"

#include <QWidget>

namespace Gloss {

// The strip at the bottom of the window: when each article was published, on a zoomable,
// pannable time axis. Marks are binned per pixel column so 100,000 articles paint quickly.
class TimelineWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineWidget)

public:
    explicit TimelineWidget(QWidget *parent = nullptr);
    ~TimelineWidget() override;

    void setPublicationDays(const QList<DocumentRepository::PublicationDay> &days);
    // Emphasises the publication date of the article being read (invalid: none).
    void setSelectedDate(QDate date);
    const TimeScale &scale() const { return m_scale; }
    void fitAll();
    void zoomBy(double factor, double anchorX);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // A mark was clicked: the first article published that day.
    void documentClicked(qint64 documentId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    const DocumentRepository::PublicationDay *dayNear(double x) const;
    int axisY() const;

    QList<DocumentRepository::PublicationDay> m_days; // sorted by date
    TimeScale m_scale;
    QDate m_selected;
    bool m_fitted = false;
    bool m_followsFit = true; // refit on resize until the user zooms or pans
    bool m_dragging = false;
    double m_pressX = 0;
    double m_lastX = 0;
};

} // namespace Gloss
