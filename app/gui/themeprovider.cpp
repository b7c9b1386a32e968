// SPDX-License-Identifier: GPL-3.0-or-later
#include "themeprovider.h"

#include "settings/settings.h"

#include <QGuiApplication>

namespace Gloss {

using KSyntaxHighlighting::Theme;

ThemeProvider &ThemeProvider::instance()
{
    static ThemeProvider provider;
    return provider;
}

ThemeProvider::ThemeProvider()
    : m_themeName(Settings::theme().get())
{
    choose(QGuiApplication::palette());
}

void ThemeProvider::setThemeName(const QString &name)
{
    m_themeName = name;
    choose(QGuiApplication::palette());
}

void ThemeProvider::paletteChanged(const QPalette &palette)
{
    if (m_themeName.isEmpty()) {
        choose(palette);
    }
}

void ThemeProvider::choose(const QPalette &palette)
{
    Theme theme;
    if (!m_themeName.isEmpty()) {
        theme = m_repository.theme(m_themeName);
    }
    if (!theme.isValid()) {
        theme = m_repository.themeForPalette(palette);
    }
    if (!theme.isValid()) {
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        theme = m_repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                               : KSyntaxHighlighting::Repository::LightTheme);
    }
    if (theme.name() != m_theme.name()) {
        m_theme = theme;
        Q_EMIT themeChanged();
    }
}

QColor ThemeProvider::color(Role role) const
{
    const auto text = [this](Theme::TextStyle style) { return QColor::fromRgba(m_theme.textColor(style)); };
    switch (role) {
    case Role::Text:
        return text(Theme::Normal);
    case Role::Background:
        return QColor::fromRgba(m_theme.editorColor(Theme::BackgroundColor));
    case Role::Muted:
        return text(Theme::Comment);
    case Role::Person:
        return text(Theme::Keyword);
    case Role::Organisation:
        return text(Theme::DataType);
    case Role::Location:
        return text(Theme::Function);
    case Role::Group:
        return text(Theme::Constant);
    case Role::Date:
        return text(Theme::DecVal);
    case Role::Quantity:
        return text(Theme::Float);
    case Role::Selection:
        return QColor::fromRgba(m_theme.editorColor(Theme::TextSelection));
    case Role::Grid:
        return QColor::fromRgba(m_theme.editorColor(Theme::IndentationLine));
    }
    return text(Theme::Normal);
}

} // namespace Gloss
