// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include "svgiconengine.h"
#include "version.h"

#include <QDir>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

const auto BundledDir = u":/gloss/icons/actions"_s;

} // namespace

QIcon Icons::bundled(const QString &name)
{
    const QString path = BundledDir + u'/' + name + u".svg"_s;
    if (!QFile::exists(path)) {
        return {};
    }
    // Arrows that point back or forth turn round in a right-to-left layout.
    static const QStringList directional = {u"edit-undo"_s, u"edit-redo"_s};
    const bool mirrored = QGuiApplication::layoutDirection() == Qt::RightToLeft && directional.contains(name);
    return QIcon(new SvgIconEngine(path, mirrored));
}

QIcon Icons::themed(const QStringList &themeNames, const QString &fallback)
{
    const bool rightToLeft = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    for (const QString &name : themeNames) {
        // Icon themes draw the right-to-left forms of arrows as NAME-rtl (edit-undo-rtl).
        if (rightToLeft && QIcon::hasThemeIcon(name + u"-rtl"_s)) {
            return QIcon::fromTheme(name + u"-rtl"_s);
        }
        if (QIcon::hasThemeIcon(name)) {
            return QIcon::fromTheme(name);
        }
    }
    QIcon drawing = bundled(fallback);
    for (qsizetype i = 0; drawing.isNull() && i < themeNames.size(); ++i) {
        drawing = bundled(themeNames.at(i));
    }
    return QIcon::fromTheme(themeNames.value(0), drawing);
}

QIcon Icons::application()
{
    const QString name = QLatin1StringView(DesktopFileName);
    return QIcon::fromTheme(name, QIcon(new SvgIconEngine(u":/gloss/icons/"_s + name + u".svg"_s)));
}

QStringList Icons::bundledNames()
{
    QStringList names;
    for (const QString &file : QDir(BundledDir).entryList({u"*.svg"_s}, QDir::Files, QDir::Name)) {
        names << file.chopped(4);
    }
    return names;
}

} // namespace Gloss
