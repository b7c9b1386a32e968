// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingvalue.h"

#include <QByteArray>
#include <QStringList>

namespace Gloss::Settings {

// Window layout
SettingValue<QByteArray> mainWindowGeometry();
SettingValue<QByteArray> mainWindowState();
SettingValue<QByteArray> documentListHeader();
// Corpus
SettingValue<QString> lastDatabase();
SettingValue<QStringList> recentDatabases();
SettingValue<qint64> lastDocument();
// Appearance
SettingValue<QString> theme(); // a KSyntaxHighlighting theme name; empty follows the system palette
SettingValue<QString> readerFont();
// Annotation
SettingValue<QString> authorName();

} // namespace Gloss::Settings
