// SPDX-License-Identifier: GPL-3.0-or-later
#include "spanhighlighter.h"

#include "themeprovider.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace Gloss {

namespace {

constexpr qsizetype LongRange = 2048;

QColor blend(const QColor &over, const QColor &under, double alpha)
{
    return QColor::fromRgbF(float(under.redF() * (1 - alpha) + over.redF() * alpha),
                            float(under.greenF() * (1 - alpha) + over.greenF() * alpha),
                            float(under.blueF() * (1 - alpha) + over.blueF() * alpha));
}

ThemeProvider::Role roleFor(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Person:
        return ThemeProvider::Role::Person;
    case EntityKind::Organisation:
        return ThemeProvider::Role::Organisation;
    case EntityKind::Location:
        return ThemeProvider::Role::Location;
    case EntityKind::Group:
        return ThemeProvider::Role::Group;
    case EntityKind::Date:
        return ThemeProvider::Role::Date;
    case EntityKind::Quantity:
        return ThemeProvider::Role::Quantity;
    }
    return ThemeProvider::Role::Person;
}

QTextCharFormat::UnderlineStyle underlineFor(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Person:
        return QTextCharFormat::SingleUnderline;
    case EntityKind::Organisation:
        return QTextCharFormat::DashUnderline;
    case EntityKind::Location:
        return QTextCharFormat::DotLine;
    case EntityKind::Group:
        return QTextCharFormat::DashDotLine;
    case EntityKind::Date:
        return QTextCharFormat::WaveUnderline;
    case EntityKind::Quantity:
        return QTextCharFormat::DashDotDotLine;
    }
    return QTextCharFormat::SingleUnderline;
}

} // namespace

SpanHighlighter::SpanHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

SpanHighlighter::~SpanHighlighter() = default;

int SpanHighlighter::addLayer()
{
    m_layers.append(Layer{});
    return int(m_layers.size() - 1);
}

void SpanHighlighter::setRanges(int layer, QList<Range> ranges, Refresh refresh)
{
    Layer &target = m_layers[layer];
    ranges.removeIf([](const Range &range) { return range.end <= range.start || range.start < 0; });
    std::stable_sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<Range> old = std::exchange(target.ranges, std::move(ranges));
    target.longRanges.clear();
    target.longMaxEnd.clear();
    target.maxShortLength = 0;
    for (qsizetype i = 0; i < target.ranges.size(); ++i) {
        const Range &range = target.ranges.at(i);
        const qsizetype length = range.end - range.start;
        if (length > LongRange) {
            target.longRanges.append(i);
            target.longMaxEnd.append(std::max(range.end, target.longMaxEnd.isEmpty() ? 0 : target.longMaxEnd.last()));
        } else {
            target.maxShortLength = std::max(target.maxShortLength, length);
        }
    }
    if (refresh == Refresh::Blocks) {
        old.append(target.ranges);
        refreshRanges(old, {});
    }
}

const QList<SpanHighlighter::Range> &SpanHighlighter::ranges(int layer) const
{
    return m_layers.at(layer).ranges;
}

void SpanHighlighter::setFormats(int layer, const QList<QTextCharFormat> &formats)
{
    Layer &target = m_layers[layer];
    QList<bool> changed(std::max(formats.size(), target.formats.size()), false);
    bool any = false;
    for (qsizetype style = 0; style < changed.size(); ++style) {
        const QTextCharFormat before = target.formats.value(style);
        const QTextCharFormat after = formats.value(style);
        changed[style] = before != after;
        any = any || changed[style];
    }
    target.formats = formats;
    if (any) {
        refreshRanges(target.ranges, changed);
    }
}

QList<qsizetype> SpanHighlighter::overlapping(int layer, qsizetype start, qsizetype end) const
{
    QList<qsizetype> found;
    collect(m_layers.at(layer), start, end, found);
    return found;
}

void SpanHighlighter::collect(const Layer &layer, qsizetype start, qsizetype end, QList<qsizetype> &out) const
{
    out.clear();
    const QList<Range> &ranges = layer.ranges;
    if (ranges.isEmpty() || end <= start) {
        return;
    }
    // Short ranges overlapping [start, end) start in [start - maxShortLength, end).
    const auto byStart = [](const Range &range, qsizetype position) { return range.start < position; };
    const auto first = std::lower_bound(ranges.begin(), ranges.end(), start - layer.maxShortLength, byStart);
    const auto last = std::lower_bound(first, ranges.end(), end, byStart);
    for (auto it = first; it != last; ++it) {
        if (it->end > start && it->end - it->start <= LongRange) {
            out.append(it - ranges.begin());
        }
    }
    if (!layer.longRanges.isEmpty()) {
        const auto firstLong = std::upper_bound(layer.longMaxEnd.begin(), layer.longMaxEnd.end(), start);
        bool merged = false;
        for (qsizetype i = firstLong - layer.longMaxEnd.begin(); i < layer.longRanges.size(); ++i) {
            const qsizetype index = layer.longRanges.at(i);
            const Range &range = ranges.at(index);
            if (range.start >= end) {
                break;
            }
            if (range.end > start) {
                out.append(index);
                merged = true;
            }
        }
        if (merged) {
            std::sort(out.begin(), out.end());
        }
    }
}

void SpanHighlighter::refreshRanges(const QList<Range> &ranges, const QList<bool> &styles)
{
    QTextDocument *doc = document();
    if (!doc || ranges.isEmpty()) {
        return;
    }
    // Block numbers touched, as [first, last] pairs.
    QList<std::pair<int, int>> touched;
    qsizetype blocks = 0;
    const int blockCount = doc->blockCount();
    for (const Range &range : ranges) {
        if (!styles.isEmpty() && !styles.value(range.style, false)) {
            continue;
        }
        const int first = doc->findBlock(int(range.start)).blockNumber();
        const QTextBlock lastBlock = doc->findBlock(int(range.end - 1));
        const int last = lastBlock.isValid() ? lastBlock.blockNumber() : blockCount - 1;
        if (first < 0) {
            continue;
        }
        touched.append({first, last});
        blocks += last - first + 1;
        if (blocks > blockCount / 4) {
            rehighlight();
            return;
        }
    }
    if (touched.isEmpty()) {
        return;
    }
    std::sort(touched.begin(), touched.end());
    // One edit block, so the layout hears of the change once instead of once per block.
    QTextCursor batch(doc);
    batch.beginEditBlock();
    int done = -1;
    for (const auto &[first, last] : touched) {
        for (int number = std::max(first, done + 1); number <= last; ++number) {
            rehighlightBlock(doc->findBlockByNumber(number));
        }
        done = std::max(done, last);
    }
    batch.endEditBlock();
}

void SpanHighlighter::highlightBlock(const QString &text)
{
    const qsizetype blockStart = currentBlock().position();
    const qsizetype blockEnd = blockStart + text.size();
    m_pieces.clear();
    for (const Layer &layer : std::as_const(m_layers)) {
        collect(layer, blockStart, blockEnd, m_found);
        for (const qsizetype index : std::as_const(m_found)) {
            const Range &range = layer.ranges.at(index);
            if (range.style < 0 || range.style >= layer.formats.size()) {
                continue;
            }
            const QTextCharFormat &format = layer.formats.at(range.style);
            if (format.isEmpty()) {
                continue;
            }
            m_pieces.append(
                {std::max(range.start, blockStart) - blockStart, std::min(range.end, blockEnd) - blockStart, &format});
        }
    }
    if (m_pieces.isEmpty()) {
        return;
    }
    bool disjoint = true;
    for (qsizetype i = 1; i < m_pieces.size() && disjoint; ++i) {
        disjoint = m_pieces.at(i).start >= m_pieces.at(i - 1).end;
    }
    if (disjoint) {
        for (const Piece &piece : std::as_const(m_pieces)) {
            setFormat(int(piece.start), int(piece.end - piece.start), *piece.format);
        }
        return;
    }
    // Overlaps: cut the block at every piece boundary and merge, in order, what covers each cut.
    m_bounds.clear();
    for (const Piece &piece : std::as_const(m_pieces)) {
        m_bounds.append(piece.start);
        m_bounds.append(piece.end);
    }
    std::sort(m_bounds.begin(), m_bounds.end());
    m_bounds.erase(std::unique(m_bounds.begin(), m_bounds.end()), m_bounds.end());
    for (qsizetype i = 0; i + 1 < m_bounds.size(); ++i) {
        const qsizetype from = m_bounds.at(i);
        const qsizetype to = m_bounds.at(i + 1);
        QTextCharFormat merged;
        for (const Piece &piece : std::as_const(m_pieces)) {
            if (piece.start <= from && piece.end >= to) {
                merged.merge(*piece.format);
            }
        }
        if (!merged.isEmpty()) {
            setFormat(int(from), int(to - from), merged);
        }
    }
}

QTextCharFormat SpanHighlighter::entityFormat(EntityKind kind)
{
    const ThemeProvider &theme = ThemeProvider::instance();
    const QColor colour = theme.color(roleFor(kind));
    QTextCharFormat format;
    format.setBackground(blend(colour, theme.color(ThemeProvider::Role::Background), 0.25));
    format.setUnderlineColor(colour);
    format.setUnderlineStyle(underlineFor(kind));
    return format;
}

} // namespace Gloss
