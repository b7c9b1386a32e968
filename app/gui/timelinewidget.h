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

    void setDocuments(const QList<DocumentRepository::DatedDocument> &documents);
    void setSelectedDocument(qint64 documentId);
    const TimeScale &scale() const { return m_scale; }
    void fitAll();
    void zoomBy(double factor, double anchorX);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
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
    qint64 documentNear(double x) const;
    int axisY() const;

    QList<DocumentRepository::DatedDocument> m_documents; // sorted by date
    TimeScale m_scale;
    qint64 m_selected = 0;
    bool m_fitted = false;
    bool m_followsFit = true; // refit on resize until the user zooms or pans
    bool m_dragging = false;
    double m_pressX = 0;
    double m_lastX = 0;
};

} // namespace Gloss
