// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settingvalue.h"

#include <QByteArray>
#include <QStringList>

namespace Gloss::Settings {

// Window layout
SettingValue<QByteArray> mainWindowGeometry();
SettingValue<QByteArray> mainWindowState(); // docks and toolbars
SettingValue<QByteArray> documentListHeader(); // the list's column widths and order
// Corpus
SettingValue<QString> lastDatabase();
SettingValue<QStringList> recentDatabases(); // most recent first; see RecentDatabases
SettingValue<qint64> lastDocument();
// Appearance
SettingValue<QString> theme(); // a KSyntaxHighlighting theme name; empty follows the system palette
SettingValue<bool> windowColours(); // the chosen theme colours the whole window, not only the reader
SettingValue<QString> readerFont(); // a font family; empty: the system's font
SettingValue<int> readerFontSize(); // in points; 0: a little larger than the system's font
SettingValue<QString> language(); // "de", "he", …; empty follows the system locale
// Annotation
SettingValue<QString> authorName(); // defaults to the user's full name, else the login name

// The user's full name from the account database, else the login name; empty when neither is known.
QString systemUserName();
// Export (the window's File › Export… dialog remembers its last choices)
SettingValue<QString> exportFormat();   // exportFormatName(): csv, pdf, jsonld, qdpx
SettingValue<QString> exportScope();    // corpus, article, code, dates
SettingValue<QString> exportCode();     // the code's full path
SettingValue<bool> exportByteOrderMark(); // on by default: Excel needs it to read UTF-8
SettingValue<bool> exportMentions();
SettingValue<QString> exportPageSize(); // "A4" or "Letter"; defaults by the locale's measurement system
SettingValue<QString> exportFolder();

} // namespace Gloss::Settings
