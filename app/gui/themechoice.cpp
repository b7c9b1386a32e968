// SPDX-License-Identifier: GPL-3.0-or-later
#include "themechoice.h"

#include "themeprovider.h"

#include <KSyntaxHighlighting/Theme>

namespace Gloss {

QList<ThemeChoice> ThemeChoice::all()
{
    QList<ThemeChoice> choices{{tr("Follow System"), QString()}};
    for (const KSyntaxHighlighting::Theme &theme : ThemeProvider::instance().repository().themes()) {
        choices.append({theme.translatedName(), theme.name()});
    }
    return choices;
}

} // namespace Gloss
