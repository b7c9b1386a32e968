// SPDX-License-Identifier: GPL-3.0-or-later
// gloss-grab-screen OUT.png: saves the whole X screen as PNG (used by take-screenshots under Xvfb,
// where no screenshot program from the desktop is available).
#include <QGuiApplication>
#include <QPixmap>
#include <QScreen>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QStringList arguments = QGuiApplication::arguments();
    if (arguments.size() != 2) {
        std::fprintf(stderr, "usage: gloss-grab-screen OUT.png\n");
        return 1;
    }
    QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen) {
        std::fprintf(stderr, "gloss-grab-screen: no screen\n");
        return 2;
    }
    const QPixmap pixmap = screen->grabWindow(0);
    if (pixmap.isNull() || !pixmap.save(arguments.at(1), "PNG")) {
        std::fprintf(stderr, "gloss-grab-screen: cannot write %s\n", qPrintable(arguments.at(1)));
        return 2;
    }
    return 0;
}
