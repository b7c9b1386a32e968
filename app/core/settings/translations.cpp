// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include "settings.h"

#include <QDir>
#include <QLibraryInfo>
#include <QList>
#include <QPointer>
#include <QTranslator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

// Keeps Qt's layout-direction key in every .ts file (lupdate finds it here): translate it as
// "LTR" or, for Hebrew, Arabic and other right-to-left languages, "RTL".
[[maybe_unused]] constexpr const char *LayoutDirectionKey[] = QT_TRANSLATE_NOOP3(
    "QGuiApplication", "QT_LAYOUT_DIRECTION",
    "Translate this string to the string 'LTR' in left-to-right languages or to 'RTL' in right-to-left languages "
    "(such as Hebrew and Arabic) to get proper widget layout.");

const auto ResourceDir = u":/i18n"_s;

QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

} // namespace

QStringList Translations::available()
{
    QStringList codes{u"en"_s};
    const QStringList files = QDir(ResourceDir).entryList({u"gloss_*.qm"_s}, QDir::Files);
    for (const QString &file : files) {
        const QString code = file.mid(6, file.size() - 6 - 3); // gloss_<code>.qm
        if (!code.isEmpty() && !codes.contains(code)) {
            codes.append(code);
        }
    }
    std::sort(codes.begin(), codes.end());
    return codes;
}

QString Translations::requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--lang"_s && i + 1 < arguments.size()) {
            return arguments.at(i + 1);
        }
        if (argument.startsWith(u"--lang="_s)) {
            return argument.mid(7);
        }
    }
    return Settings::language().get();
}

QString Translations::nativeName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (name.isEmpty()) {
        return code;
    }
    // "deutsch" in some locales' data: a language name in a menu starts with a capital.
    return name.left(1).toUpper() + name.mid(1);
}

QLocale Translations::install(const QString &code)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator.data();
        }
    }
    installed().clear();

    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    const auto load = [](const QLocale &language, const QString &name, const QString &dir) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        // An empty translator would still be listed by installTranslator(): only real ones go in.
        if (translator->load(language, name, u"_"_s, dir) && !translator->isEmpty()) {
            QCoreApplication::installTranslator(translator);
            installed().append(translator);
        } else {
            delete translator;
        }
    };
    // Installed last is asked first: the language's own strings, then Qt's, then the English
    // plural forms ("1 article", "2 articles") for whatever the language does not translate.
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    load(english, u"gloss"_s, ResourceDir);
    load(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (locale.language() != QLocale::English) {
        load(locale, u"gloss"_s, ResourceDir);
    }
    return locale;
}

} // namespace Gloss
