// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlayout.h"

#include <algorithm>

namespace Gloss {

AnnotationLayout::AnnotationLayout(QList<AnnotationMark> marks, qsizetype textLength)
    : m_marks(std::move(marks))
{
    for (AnnotationMark &mark : m_marks) {
        mark.start = std::clamp<qsizetype>(mark.start, 0, textLength);
        mark.end = std::clamp<qsizetype>(mark.end, mark.start, textLength);
    }
    buildSegments();
    assignColumns();
}

void AnnotationLayout::buildSegments()
{
    QList<qsizetype> bounds;
    bounds.reserve(m_marks.size() * 2);
    for (const AnnotationMark &mark : std::as_const(m_marks)) {
        if (mark.end > mark.start) {
            bounds << mark.start << mark.end;
        }
    }
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    // Marks by start; those open at a boundary are kept in `open`.
    QList<int> order(m_marks.size());
    for (int i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::sort(order.begin(), order.end(), [this](int a, int b) { return m_marks.at(a).start < m_marks.at(b).start; });
    QList<int> open;
    qsizetype next = 0;
    for (qsizetype b = 0; b + 1 < bounds.size(); ++b) {
        const qsizetype from = bounds.at(b);
        const qsizetype to = bounds.at(b + 1);
        open.removeIf([&](int mark) { return m_marks.at(mark).end <= from; });
        while (next < order.size() && m_marks.at(order.at(next)).start <= from) {
            if (m_marks.at(order.at(next)).end > from) {
                open.append(order.at(next));
            }
            ++next;
        }
        if (open.isEmpty()) {
            continue;
        }
        QList<int> covering = open;
        std::sort(covering.begin(), covering.end());
        m_segments.append({from, to, covering});
    }
}

void AnnotationLayout::assignColumns()
{
    // Interval colouring: by start (longest first), each mark takes the lowest column whose last
    // mark has ended.
    QList<int> order(m_marks.size());
    for (int i = 0; i < order.size(); ++i) {
        order[i] = i;
    }
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const AnnotationMark &x = m_marks.at(a);
        const AnnotationMark &y = m_marks.at(b);
        return x.start != y.start ? x.start < y.start : x.end > y.end;
    });
    m_columns = QList<int>(m_marks.size(), 0);
    QList<qsizetype> columnEnds;
    for (const int mark : std::as_const(order)) {
        const AnnotationMark &m = m_marks.at(mark);
        int column = 0;
        while (column < columnEnds.size() && columnEnds.at(column) > m.start) {
            ++column;
        }
        if (column == columnEnds.size()) {
            columnEnds.append(0);
        }
        columnEnds[column] = std::max(m.end, m.start + 1);
        m_columns[mark] = column;
    }
    m_columnCount = int(columnEnds.size());
}

QList<int> AnnotationLayout::marksAt(qsizetype at) const
{
    QList<int> found;
    for (int i = 0; i < m_marks.size(); ++i) {
        if (m_marks.at(i).start <= at && at < m_marks.at(i).end) {
            found.append(i);
        }
    }
    std::stable_sort(found.begin(), found.end(), [this](int a, int b) {
        return m_marks.at(a).end - m_marks.at(a).start > m_marks.at(b).end - m_marks.at(b).start;
    });
    return found;
}

QColor AnnotationLayout::tint(const QList<QColor> &colours, const QColor &base, qreal strength)
{
    qreal r = base.redF();
    qreal g = base.greenF();
    qreal b = base.blueF();
    for (const QColor &colour : colours) {
        const QColor c = colour.isValid() ? colour : QColor(128, 128, 128);
        r += (c.redF() - r) * strength;
        g += (c.greenF() - g) * strength;
        b += (c.blueF() - b) * strength;
    }
    return QColor::fromRgbF(float(r), float(g), float(b));
}

} // namespace Gloss
