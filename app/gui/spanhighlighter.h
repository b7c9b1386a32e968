// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nlp/entitykind.h"

#include <QList>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Gloss {

// Paints ranges of document positions in layers (entities, find matches, later annotations)
// without touching the text. Each layer holds its ranges sorted by start and a format per style;
// where ranges overlap their formats are merged, later layers and inner ranges on top.
class SpanHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpanHighlighter)

public:
    struct Range {
        qsizetype start = 0;
        qsizetype end = 0;
        int style = 0; // index into the layer's formats
        int tag = -1;  // the caller's own index, handed back by overlapping()
    };

    // Whether setRanges() re-highlights now; None when the text is about to be replaced anyway.
    enum class Refresh { Blocks, None };

    explicit SpanHighlighter(QTextDocument *document);
    ~SpanHighlighter() override;

    // Layers paint in the order they were added; returns the new layer's handle.
    int addLayer();
    void setRanges(int layer, QList<Range> ranges, Refresh refresh = Refresh::Blocks);
    // Sorted by start, then longest first.
    const QList<Range> &ranges(int layer) const;
    // style → format; an empty format hides the ranges of that style.
    void setFormats(int layer, const QList<QTextCharFormat> &formats);
    // Indices into ranges(layer) of the ranges overlapping [start, end), in order.
    QList<qsizetype> overlapping(int layer, qsizetype start, qsizetype end) const;

    // A light tint of the kind's theme colour with an underline in the full colour, its style
    // differing per kind so that colour is not the only cue.
    static QTextCharFormat entityFormat(EntityKind kind);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Layer {
        QList<Range> ranges;
        QList<QTextCharFormat> formats;
        // Ranges longer than LongRange are also listed here with the running maximum of their
        // ends, so a few huge ranges cannot make every block scan everything before it.
        QList<qsizetype> longRanges;
        QList<qsizetype> longMaxEnd;
        qsizetype maxShortLength = 0;
    };
    struct Piece {
        qsizetype start;
        qsizetype end;
        const QTextCharFormat *format;
    };

    void collect(const Layer &layer, qsizetype start, qsizetype end, QList<qsizetype> &out) const;
    // Re-highlights the blocks holding these ranges, or everything when they are many.
    void refreshRanges(const QList<Range> &ranges, const QList<bool> &styles);

    QList<Layer> m_layers;
    // Scratch buffers of highlightBlock(), kept to avoid allocating per block.
    QList<qsizetype> m_found;
    QList<Piece> m_pieces;
    QList<qsizetype> m_bounds;
};

} // namespace Gloss
