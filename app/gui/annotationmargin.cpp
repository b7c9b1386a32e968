// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationmargin.h"

#include <QHelpEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Gloss {

AnnotationMargin::AnnotationMargin(QPlainTextEdit *text, QWidget *parent)
    : QWidget(parent)
    , m_text(text)
{
    setObjectName(u"annotationMargin"_s);
    setAccessibleName(tr("Annotations in the margin"));
    setAccessibleDescription(tr("A bar beside the lines of each annotation, coloured by its code; click one to select it."));
    setMouseTracking(true);
    connect(text, &QPlainTextEdit::updateRequest, this, [this](const QRect &, int) { update(); });
}

AnnotationMargin::~AnnotationMargin() = default;

void AnnotationMargin::setLayout(const AnnotationLayout *layout)
{
    m_layout = layout;
    setFixedWidth(preferredWidth());
    update();
}

void AnnotationMargin::setSelectedAnnotation(qint64 annotationId)
{
    m_selected = annotationId;
    update();
}

QSize AnnotationMargin::sizeHint() const
{
    return {preferredWidth(), 0};
}

int AnnotationMargin::fromViewport(int y) const
{
    return mapFromGlobal(m_text->viewport()->mapToGlobal(QPoint(0, y))).y();
}

int AnnotationMargin::preferredWidth() const
{
    const int columns = m_layout ? std::max(1, m_layout->columnCount()) : 1;
    return Padding * 2 + columns * BarWidth + (columns - 1) * BarGap;
}

QRect AnnotationMargin::barRect(int mark) const
{
    if (!m_layout || mark < 0 || mark >= m_layout->marks().size()) {
        return {};
    }
    const AnnotationMark &m = m_layout->marks().at(mark);
    const int length = m_text->document()->characterCount() - 1;
    if (m.end <= m.start || m.start > length) {
        return {};
    }
    // Only the part in view is measured: positions far outside it are not laid out.
    const qsizetype firstVisible = m_text->cursorForPosition(QPoint(0, 0)).block().position();
    const qsizetype lastVisible = m_text->cursorForPosition(QPoint(0, m_text->viewport()->height())).position();
    if (m.end < firstVisible || m.start > lastVisible) {
        return {};
    }
    QTextCursor first(m_text->document());
    first.setPosition(int(std::max(m.start, firstVisible)));
    QTextCursor last(m_text->document());
    last.setPosition(int(std::min({m.end, lastVisible, qsizetype(length)})));
    const QRect top = m_text->cursorRect(first);
    const QRect bottom = m_text->cursorRect(last);
    const int x = Padding + m_layout->column(mark) * (BarWidth + BarGap);
    const int y = fromViewport(top.top());
    const QRect bar(x, y, BarWidth, std::max(bottom.bottom() - top.top(), top.height()));
    return bar.intersects(rect()) ? bar : QRect();
}

qint64 AnnotationMargin::annotationAt(QPoint pos) const
{
    if (!m_layout) {
        return 0;
    }
    for (int i = 0; i < m_layout->marks().size(); ++i) {
        // A little wider than drawn, so thin bars are easy to hit.
        if (barRect(i).adjusted(-BarGap / 2, 0, BarGap / 2, 0).contains(pos)) {
            return m_layout->marks().at(i).annotationId;
        }
    }
    return 0;
}

void AnnotationMargin::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_text->palette().base());
    painter.setClipRect(QRect(QPoint(0, fromViewport(0)), QSize(width(), m_text->viewport()->height())));
    if (!m_layout) {
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < m_layout->marks().size(); ++i) {
        const QRect bar = barRect(i);
        if (bar.isEmpty()) {
            continue;
        }
        const AnnotationMark &mark = m_layout->marks().at(i);
        const QColor colour = mark.colour.isValid() ? mark.colour : palette().color(QPalette::Mid);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(bar, 1.5, 1.5);
        if (mark.annotationId == m_selected) {
            painter.setPen(QPen(palette().color(QPalette::Text), 1.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(QRectF(bar).adjusted(-1.5, -1.5, 1.5, 1.5), 2, 2);
        }
    }
}

bool AnnotationMargin::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && m_layout) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qint64 id = annotationAt(help->pos());
        for (const AnnotationMark &mark : m_layout->marks()) {
            if (id != 0 && mark.annotationId == id) {
                QString tip = u"<b>%1</b>"_s.arg((mark.code.isEmpty() ? tr("(no code)") : mark.code).toHtmlEscaped());
                if (!mark.note.isEmpty()) {
                    tip += u"<br>"_s + mark.note.toHtmlEscaped().replace(u'\n', u"<br>"_s);
                }
                QToolTip::showText(help->globalPos(), tip, this);
                return true;
            }
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

void AnnotationMargin::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (const qint64 id = annotationAt(event->position().toPoint()); id != 0) {
            Q_EMIT annotationActivated(id);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void AnnotationMargin::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(annotationAt(event->position().toPoint()) != 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

} // namespace Gloss
