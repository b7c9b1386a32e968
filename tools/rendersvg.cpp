// SPDX-License-Identifier: GPL-3.0-or-later
// gloss-render-svg IN.svg SIZE OUT.png: renders an SVG to a SIZE×SIZE PNG with Qt's own SVG
// renderer (used by tools/generate-icons for the hicolor PNGs; no other SVG tool is needed).
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    bool ok = false;
    const int size = arguments.size() == 4 ? arguments.at(2).toInt(&ok) : 0;
    if (!ok || size <= 0) {
        std::fprintf(stderr, "usage: gloss-render-svg IN.svg SIZE OUT.png\n");
        return 1;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "gloss-render-svg: %s is not an SVG file Qt can render\n", qPrintable(arguments.at(1)));
        return 2;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter, QRectF(0, 0, size, size));
    }
    if (!image.save(arguments.at(3), "PNG")) {
        std::fprintf(stderr, "gloss-render-svg: cannot write %s\n", qPrintable(arguments.at(3)));
        return 2;
    }
    return 0;
}
