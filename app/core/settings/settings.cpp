// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <QLocale>
#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Gloss::Settings {

SettingValue<QByteArray> mainWindowGeometry() { return {u"MainWindow/geometry"_s}; }
SettingValue<QByteArray> mainWindowState() { return {u"MainWindow/state"_s}; }
SettingValue<QByteArray> documentListHeader() { return {u"MainWindow/documentListHeader"_s}; }
SettingValue<QString> lastDatabase() { return {u"Corpus/lastDatabase"_s}; }
SettingValue<QStringList> recentDatabases() { return {u"Corpus/recentDatabases"_s}; }
SettingValue<qint64> lastDocument() { return {u"Corpus/lastDocument"_s, 0}; }
SettingValue<QString> theme() { return {u"Appearance/theme"_s}; }
SettingValue<bool> windowColours() { return {u"Appearance/windowColours"_s, false}; }
SettingValue<QString> readerFont() { return {u"Appearance/readerFont"_s}; }
SettingValue<QString> exportFormat() { return {u"Export/format"_s, u"csv"_s}; }
SettingValue<QString> exportScope() { return {u"Export/scope"_s, u"corpus"_s}; }
SettingValue<QString> exportCode() { return {u"Export/code"_s}; }
SettingValue<bool> exportByteOrderMark() { return {u"Export/byteOrderMark"_s, true}; }
SettingValue<bool> exportMentions() { return {u"Export/mentions"_s, false}; }
SettingValue<QString> exportFolder() { return {u"Export/folder"_s}; }
SettingValue<int> readerFontSize() { return {u"Appearance/readerFontSize"_s, 0}; }
SettingValue<QString> language() { return {u"Appearance/language"_s}; }

SettingValue<QString> authorName()
{
    return {u"Annotation/author"_s, systemUserName()};
}

SettingValue<QString> exportPageSize()
{
    // Letter where paper is measured in inches (the US and its neighbours), A4 elsewhere.
    const bool inches = QLocale().measurementSystem() == QLocale::ImperialUSSystem;
    return {u"Export/pageSize"_s, inches ? u"Letter"_s : u"A4"_s};
}


QString systemUserName()
{
#if defined(Q_OS_UNIX)
    if (const passwd *account = getpwuid(getuid())) {
        // The GECOS field: "Full Name,room,phone,…".
        const QString fullName = QString::fromLocal8Bit(account->pw_gecos).section(u',', 0, 0).trimmed();
        if (!fullName.isEmpty()) {
            return fullName;
        }
        const QString login = QString::fromLocal8Bit(account->pw_name);
        if (!login.isEmpty()) {
            return login;
        }
    }
#endif
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        user = qEnvironmentVariable("USERNAME");
    }
    return user;
}

} // namespace Gloss::Settings
