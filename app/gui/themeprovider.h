// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QColor>
#include <QObject>
#include <QPalette>

namespace Gloss {

// The one KSyntaxHighlighting repository of the process and the theme the reader, the timeline
// and the note editor paint with: the user's choice, or the one matching the system palette.
class ThemeProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeProvider)

public:
    // Roles our own painting needs, each mapped to a theme text style so every theme is coherent.
    enum class Role { Text, Background, Muted, Person, Organisation, Location, Group, Date, Quantity, Selection, Grid };

    static ThemeProvider &instance();

    KSyntaxHighlighting::Repository &repository() { return m_repository; }
    KSyntaxHighlighting::Theme theme() const { return m_theme; }
    QColor color(Role role) const;

    // An empty name follows the system palette (light or dark).
    void setThemeName(const QString &name);
    QString themeName() const { return m_themeName; }
    // Re-picks the theme after the system palette changed.
    void paletteChanged(const QPalette &palette);

Q_SIGNALS:
    void themeChanged();

private:
    ThemeProvider();
    void choose(const QPalette &palette);

    KSyntaxHighlighting::Repository m_repository;
    KSyntaxHighlighting::Theme m_theme;
    QString m_themeName;
};

} // namespace Gloss
