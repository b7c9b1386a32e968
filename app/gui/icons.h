// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QStringList>

namespace Gloss {

// The icons of Gloss's actions: the desktop's icon theme where it has them (freedesktop names,
// so KDE, GNOME and others look native), else Gloss's own drawings bundled under
// :/gloss/icons, so the window looks complete anywhere.
class Icons final
{
public:
    // The first of `themeNames` the icon theme has, else the bundled drawing `fallback` (a file
    // name in resources/icons/actions without ".svg"), else the first of `themeNames` bundled.
    static QIcon themed(const QStringList &themeNames, const QString &fallback = {});
    // Only the bundled drawing (tests, and widgets that want Gloss's look).
    static QIcon bundled(const QString &name);
    // The application's own icon: org.gloss.Gloss from the theme, else the bundled SVG.
    static QIcon application();
    // The names resources/icons provides.
    static QStringList bundledNames();
};

} // namespace Gloss
