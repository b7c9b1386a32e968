// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QIconEngine>

namespace Gloss {

// Draws one of Gloss's bundled SVG icons at any size and scale with Qt Svg itself (no icon
// engine plugin needed), painting `currentColor` (the action icons in resources/icons/actions
// use it) in the palette's text colour for the icon's mode: the same drawing reads on light and
// dark palettes and stays crisp at 1× and 2×.
class SvgIconEngine final : public QIconEngine
{
public:
    // `mirrored` draws it flipped left to right (arrows in a right-to-left layout).
    explicit SvgIconEngine(QString resourcePath, bool mirrored = false);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;
    QString iconName() override;
    bool isNull() override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;

    // The SVG with `currentColor` replaced by the colour the palette gives text in `mode`.
    QByteArray svgFor(QIcon::Mode mode) const;

private:
    void render(QPainter *painter, const QRectF &target, QIcon::Mode mode) const;

    QString m_path;
    QByteArray m_svg;
    bool m_mirrored = false;
};

} // namespace Gloss
