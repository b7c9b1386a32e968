// SPDX-License-Identifier: GPL-3.0-or-later
#include "snippetdelegate.h"

#include "model/documentlistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace Gloss {

namespace {

// The snippet's text without its \x02 … \x03 marks, and the bold ranges they enclosed.
QString snippetText(const QString &marked, QList<QTextLayout::FormatRange> *bold, const QFont &font)
{
    QString text;
    text.reserve(marked.size());
    QTextCharFormat strong;
    QFont strongFont = font;
    strongFont.setWeight(QFont::Bold);
    strong.setFont(strongFont);
    int start = -1;
    for (const QChar c : marked) {
        if (c == QChar(2)) {
            start = int(text.size());
        } else if (c == QChar(3)) {
            if (start >= 0) {
                bold->append({start, int(text.size()) - start, strong});
            }
            start = -1;
        } else {
            text += c.isSpace() ? QChar(u' ') : c;
        }
    }
    return text;
}

} // namespace

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString snippet = index.data(DocumentListModel::SnippetRole).toString();
    if (snippet.isEmpty() || index.column() != DocumentListModel::TitleColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem titleOption = option;
    initStyleOption(&titleOption, index);
    const int lineHeight = option.fontMetrics.height();
    // The background and the title, on the first line.
    QStyleOptionViewItem background = titleOption;
    background.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &background, option.widget);
    painter->save();
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect titleRect(textRect.left(), textRect.top() + 2, textRect.width(), lineHeight);
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(titleOption.text, Qt::ElideRight, titleRect.width()));

    QFont snippetFont = option.font;
    snippetFont.setPointSizeF(snippetFont.pointSizeF() * 0.92);
    QList<QTextLayout::FormatRange> bold;
    const QString text = snippetText(snippet, &bold, snippetFont);
    QTextLayout layout(text, snippetFont);
    layout.setFormats(bold);
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(textOption);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(textRect.width());
    layout.endLayout();
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
    painter->setClipRect(textRect);
    layout.draw(painter, QPointF(textRect.left(), textRect.top() + 2 + lineHeight));
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (!index.data(DocumentListModel::SnippetRole).toString().isEmpty()) {
        size.setHeight(option.fontMetrics.height() * 2 + 6);
    }
    return size;
}

} // namespace Gloss
