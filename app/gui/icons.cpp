// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include "svgiconengine.h"
#include "version.h"

#include <QDir>

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
    return QIcon(new SvgIconEngine(path));
}

QIcon Icons::themed(const QStringList &themeNames, const QString &fallback)
{
    for (const QString &name : themeNames) {
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
