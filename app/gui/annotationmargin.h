// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/annotationlayout.h"

#include <QWidget>

class QPlainTextEdit;

namespace Gloss {

// The strip beside the reader's text where every annotation is a bar in its code's colour from
// its first line to its last, overlapping ones side by side. Hovering a bar shows its code and
// note; clicking it selects the annotation.
class AnnotationMargin final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationMargin)

public:
    AnnotationMargin(QPlainTextEdit *text, QWidget *parent);
    ~AnnotationMargin() override;

    void setLayout(const AnnotationLayout *layout);
    void setSelectedAnnotation(qint64 annotationId);
    QSize sizeHint() const override;
    // The annotation whose bar is at a point of the margin, or 0.
    qint64 annotationAt(QPoint pos) const;
    // The bar of an annotation in margin coordinates; empty when it is not in view.
    QRect barRect(int mark) const;

Q_SIGNALS:
    void annotationActivated(qint64 annotationId);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    int preferredWidth() const;
    // From the text view's viewport to this widget, which sits beside it.
    int fromViewport(int y) const;

    static constexpr int BarWidth = 4;
    static constexpr int BarGap = 2;
    static constexpr int Padding = 4;

    QPlainTextEdit *m_text;
    const AnnotationLayout *m_layout = nullptr;
    qint64 m_selected = 0;
};

} // namespace Gloss
