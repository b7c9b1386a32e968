// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Theme>

#include <QPalette>

namespace Gloss {

// A widget palette made from a KSyntaxHighlighting theme, for "colour the whole window with
// the theme" (Settings › Appearance): the page's background and text for views and fields, the
// gutter's colour for the window and buttons, the theme's selection for selections, its comment
// colour for placeholder text. Dark themes give a dark window where the desktop has no dark mode.
class ThemePalette final
{
public:
    static QPalette forTheme(const KSyntaxHighlighting::Theme &theme);
    // Colours the whole application with `theme`, or (null) gives it back the palette it had
    // before the first call. True when the application's palette changed.
    static bool applyToApplication(const KSyntaxHighlighting::Theme *theme);
    static bool isApplied();
};

} // namespace Gloss
