// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QList>

namespace Gloss {

// One annotation as the reader draws it.
struct AnnotationMark {
    qint64 annotationId = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QColor colour; // the code's; invalid when uncoded
    QString code;  // full path, empty when uncoded
    QString note;  // Markdown source

    friend bool operator==(const AnnotationMark &, const AnnotationMark &) = default;
};

// How overlapping annotations are drawn: the text is cut into segments where the set of
// annotations covering it changes (each segment tinted by all of them), and every annotation
// gets a margin column of its own where it does not collide with another one.
class AnnotationLayout final
{
public:
    struct Segment {
        qsizetype start = 0;
        qsizetype end = 0;
        QList<int> marks; // indices into marks(), in the order they were given
    };

    AnnotationLayout() = default;
    // Marks outside [0, textLength) are clipped; empty ones are left out of segments.
    AnnotationLayout(QList<AnnotationMark> marks, qsizetype textLength);

    const QList<AnnotationMark> &marks() const { return m_marks; }
    const QList<Segment> &segments() const { return m_segments; }
    int column(int mark) const { return m_columns.at(mark); }
    int columnCount() const { return m_columnCount; }
    // Indices of the marks covering position `at`, shortest (innermost) last.
    QList<int> marksAt(qsizetype at) const;

    // The background of a segment: the codes' colours laid over `base` one after another, each
    // at `strength` (0..1) — an overlap is darker and mixed, never the colour of one alone.
    static QColor tint(const QList<QColor> &colours, const QColor &base, qreal strength);

private:
    void buildSegments();
    void assignColumns();

    QList<AnnotationMark> m_marks;
    QList<Segment> m_segments;
    QList<int> m_columns;
    int m_columnCount = 0;
};

} // namespace Gloss
