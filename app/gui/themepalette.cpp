// SPDX-License-Identifier: GPL-3.0-or-later
#include "themepalette.h"

#include <QApplication>
#include <QColor>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Gloss {

namespace {

using KSyntaxHighlighting::Theme;

std::optional<QPalette> &systemPalette()
{
    static std::optional<QPalette> palette;
    return palette;
}

QColor mix(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                            float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

// The WCAG contrast ratio of two colours (1 to 21).
double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// `shade` where text stays readable on it (4.5:1), else `page`, which the theme made for its text.
QColor readable(const QColor &shade, const QColor &page, const QColor &text)
{
    return contrast(shade, text) >= 4.5 ? shade : page;
}

// The theme's text colour, moved towards black (on a light page) or white (on a dark one) until
// it reads at 4.5:1: a few themes (Solarized Light, 4.1:1) are softer than that.
QColor strengthened(const QColor &text, const QColor &page)
{
    const QColor target = page.lightness() < 128 ? QColor(Qt::white) : QColor(Qt::black);
    QColor result = text;
    for (int step = 1; step <= 20 && contrast(result, page) < 4.5; ++step) {
        result = mix(text, target, step * 0.05);
    }
    return result;
}

} // namespace

QPalette ThemePalette::forTheme(const Theme &theme)
{
    const QColor base = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
    const QColor text = strengthened(QColor::fromRgba(theme.textColor(Theme::Normal)), base);
    const bool dark = base.lightness() < 128;
    // The window sits a little apart from the page: darker on light themes, lighter on dark ones.
    const QColor window = readable(mix(base, text, dark ? 0.07 : 0.05), base, text);
    const QColor button = readable(mix(base, text, dark ? 0.12 : 0.08), window, text);
    QColor selection = QColor::fromRgba(theme.editorColor(Theme::TextSelection));
    QColor muted = QColor::fromRgba(theme.textColor(Theme::Comment));
    if (!muted.isValid() || muted.alpha() == 0) {
        muted = mix(text, base, 0.4);
    }
    // Placeholder and secondary text (a comment's colour) is read on fields and on the window.
    muted = strengthened(strengthened(muted, base), window);
    QColor link = QColor::fromRgba(theme.textColor(Theme::Function));
    if (!link.isValid() || link.alpha() == 0) {
        link = text;
    }

    QPalette palette(button, window);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Window, window);
        palette.setColor(group, QPalette::WindowText, text);
        palette.setColor(group, QPalette::Base, base);
        palette.setColor(group, QPalette::AlternateBase, mix(base, text, 0.04));
        palette.setColor(group, QPalette::Text, text);
        palette.setColor(group, QPalette::Button, button);
        palette.setColor(group, QPalette::ButtonText, text);
        palette.setColor(group, QPalette::BrightText, dark ? QColor(Qt::white) : QColor(Qt::black));
        palette.setColor(group, QPalette::Highlight, selection);
        palette.setColor(group, QPalette::HighlightedText, text);
        palette.setColor(group, QPalette::PlaceholderText, muted);
        palette.setColor(group, QPalette::ToolTipBase, base);
        palette.setColor(group, QPalette::ToolTipText, text);
        palette.setColor(group, QPalette::Link, link);
        palette.setColor(group, QPalette::LinkVisited, link);
        palette.setColor(group, QPalette::Light, mix(button, Qt::white, dark ? 0.12 : 0.6));
        palette.setColor(group, QPalette::Midlight, mix(button, Qt::white, dark ? 0.06 : 0.3));
        palette.setColor(group, QPalette::Mid, mix(button, text, 0.3));
        palette.setColor(group, QPalette::Dark, mix(button, text, 0.45));
        palette.setColor(group, QPalette::Shadow, mix(button, Qt::black, 0.6));
        palette.setColor(group, QPalette::Accent, selection);
    }
    const QColor disabledText = mix(text, base, 0.55);
    palette.setColor(QPalette::Disabled, QPalette::Window, window);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    palette.setColor(QPalette::Disabled, QPalette::Button, button);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                                           QPalette::PlaceholderText, QPalette::HighlightedText}) {
        palette.setColor(QPalette::Disabled, role, disabledText);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, mix(selection, window, 0.5));
    return palette;
}

bool ThemePalette::applyToApplication(const Theme *theme)
{
    if (theme && theme->isValid()) {
        if (!systemPalette()) {
            systemPalette() = QApplication::palette();
        }
        const QPalette palette = forTheme(*theme);
        if (palette == QApplication::palette()) {
            return false;
        }
        QApplication::setPalette(palette);
        return true;
    }
    if (systemPalette()) {
        QApplication::setPalette(*systemPalette());
        systemPalette().reset();
        return true;
    }
    return false;
}

bool ThemePalette::isApplied()
{
    return systemPalette().has_value();
}

} // namespace Gloss
