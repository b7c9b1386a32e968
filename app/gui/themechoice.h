// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Gloss {

// One entry of the colour-theme choices the View menu and the Settings dialog both offer:
// "Follow System" (an empty name) and every installed KSyntaxHighlighting theme.
struct ThemeChoice {
    Q_DECLARE_TR_FUNCTIONS(ThemeChoice)

public:
    QString label; // as the user reads it (translated)
    QString name;  // Settings::theme(): the theme's name, empty to follow the system palette

    static QList<ThemeChoice> all();
};

} // namespace Gloss
