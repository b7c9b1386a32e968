// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace Gloss::Settings {

SettingValue<QByteArray> mainWindowGeometry() { return {u"MainWindow/geometry"_s}; }
SettingValue<QByteArray> mainWindowState() { return {u"MainWindow/state"_s}; }
SettingValue<QByteArray> documentListHeader() { return {u"MainWindow/documentListHeader"_s}; }
SettingValue<QString> lastDatabase() { return {u"Corpus/lastDatabase"_s}; }
SettingValue<QStringList> recentDatabases() { return {u"Corpus/recentDatabases"_s}; }
SettingValue<qint64> lastDocument() { return {u"Corpus/lastDocument"_s, 0}; }
SettingValue<QString> theme() { return {u"Appearance/theme"_s}; }
SettingValue<QString> readerFont() { return {u"Appearance/readerFont"_s}; }
SettingValue<QString> exportFormat() { return {u"Export/format"_s, u"csv"_s}; }
SettingValue<QString> exportScope() { return {u"Export/scope"_s, u"corpus"_s}; }
SettingValue<QString> exportCode() { return {u"Export/code"_s}; }
SettingValue<bool> exportByteOrderMark() { return {u"Export/byteOrderMark"_s, true}; }
SettingValue<bool> exportMentions() { return {u"Export/mentions"_s, false}; }
SettingValue<QString> exportPageSize() { return {u"Export/pageSize"_s, u"A4"_s}; }
SettingValue<QString> exportFolder() { return {u"Export/folder"_s}; }

SettingValue<QString> authorName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    return {u"Annotation/author"_s, user};
}

} // namespace Gloss::Settings
