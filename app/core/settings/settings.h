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
// Export (the window's File › Export… dialog remembers its last choices)
SettingValue<QString> exportFormat();   // exportFormatName(): csv, pdf, jsonld, qdpx
SettingValue<QString> exportScope();    // corpus, article, code, dates
SettingValue<QString> exportCode();     // the code's full path
SettingValue<bool> exportByteOrderMark(); // on by default: Excel needs it to read UTF-8
SettingValue<bool> exportMentions();
SettingValue<QString> exportPageSize(); // A4 or Letter
SettingValue<QString> exportFolder();

} // namespace Gloss::Settings
