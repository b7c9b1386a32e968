// SPDX-License-Identifier: GPL-3.0-or-later
#include "svgiconengine.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

QColor colorFor(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::ButtonText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::ButtonText);
}

} // namespace

SvgIconEngine::SvgIconEngine(QString resourcePath, bool mirrored)
    : m_path(std::move(resourcePath))
    , m_mirrored(mirrored)
{
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly)) {
        m_svg = file.readAll();
    }
}

QByteArray SvgIconEngine::svgFor(QIcon::Mode mode) const
{
    QByteArray svg = m_svg;
    return svg.replace("currentColor", colorFor(mode).name(QColor::HexRgb).toLatin1());
}

void SvgIconEngine::render(QPainter *painter, const QRectF &target, QIcon::Mode mode) const
{
    QSvgRenderer renderer(svgFor(mode));
    if (!renderer.isValid()) {
        return;
    }
    painter->save();
    if (m_mirrored) {
        painter->translate(target.left() + target.right(), 0);
        painter->scale(-1, 1);
    }
    renderer.render(painter, target);
    painter->restore();
}

void SvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State)
{
    render(painter, QRectF(rect), mode);
}

QPixmap SvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return scaledPixmap(size, mode, state, 1.0);
}

QPixmap SvgIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State, qreal scale)
{
    const QSize device = (QSizeF(size) * scale).toSize();
    if (device.isEmpty() || m_svg.isEmpty()) {
        return {};
    }
    const QColor color = colorFor(mode);
    const QString cacheKey = u"gloss-icon:%1:%2x%3:%4:%5"_s.arg(m_path)
                                 .arg(device.width())
                                 .arg(device.height())
                                 .arg(color.rgba())
                                 .arg(m_mirrored ? 1 : 0);
    QPixmap pixmap;
    if (!QPixmapCache::find(cacheKey, &pixmap)) {
        pixmap = QPixmap(device);
        pixmap.fill(Qt::transparent);
        const QSizeF drawn = QSizeF(QSvgRenderer(m_svg).defaultSize()).scaled(QSizeF(device), Qt::KeepAspectRatio);
        QPainter painter(&pixmap);
        // Square drawings centred in a non-square request.
        render(&painter, QRectF(QPointF((device.width() - drawn.width()) / 2, (device.height() - drawn.height()) / 2), drawn),
               mode);
        painter.end();
        QPixmapCache::insert(cacheKey, pixmap);
    }
    pixmap.setDevicePixelRatio(scale);
    return pixmap;
}

QIconEngine *SvgIconEngine::clone() const
{
    return new SvgIconEngine(*this);
}

QString SvgIconEngine::key() const
{
    return u"GlossSvg"_s;
}

QString SvgIconEngine::iconName()
{
    return QFileInfo(m_path).baseName();
}

bool SvgIconEngine::isNull()
{
    return m_svg.isEmpty();
}

QList<QSize> SvgIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    return {QSize(16, 16), QSize(22, 22), QSize(24, 24), QSize(32, 32), QSize(48, 48)};
}

} // namespace Gloss
