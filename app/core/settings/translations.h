// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace Gloss {

// Gloss's translations (translations/gloss_<lang>.ts, compiled into the binary under :/i18n) and
// Qt's own (qtbase_<lang>.qm where the system has them). A right-to-left translation turns the
// window's layout round: QGuiApplication reads the direction from the translated
// "QT_LAYOUT_DIRECTION" string that every .ts file carries.
class Translations final
{
    Q_DECLARE_TR_FUNCTIONS(Translations)

public:
    // The source language ("en") and one code per embedded translation ("de", "he"), sorted.
    static QStringList available();
    // The language's name in itself ("Deutsch", "עברית").
    static QString nativeName(const QString &code);
    // The language the window is to use: --lang CODE (or --lang=CODE) in `arguments`, else the
    // one chosen in Settings; empty for the system's.
    static QString requestedLanguage(const QStringList &arguments);
    // Installs the translations of `code` ("de", "he_IL"; empty: the system's languages), in
    // place of any installed before, and makes its locale the default. Returns that locale.
    static QLocale install(const QString &code);
};

} // namespace Gloss
