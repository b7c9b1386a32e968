// SPDX-License-Identifier: GPL-3.0-or-later
// No command: the window. A command (import, documents, …), --help or --version: the CLI.
#include "cli.h"
#include "documentlistpanel.h"
#include "mainwindow.h"
#include "paths.h"
#include "settings/settings.h"
#include "startupprobe.h"
#include "version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <QTranslator>
#include <QTreeView>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QLatin1StringView(Gloss::ApplicationName));
    QCoreApplication::setOrganizationName(QLatin1StringView(Gloss::OrganizationName));
    QCoreApplication::setOrganizationDomain(QLatin1StringView(Gloss::OrganizationDomain));
    QCoreApplication::setApplicationVersion(QLatin1StringView(Gloss::Version));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

QString optionValue(const QStringList &arguments, const QString &name)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == name && i + 1 < arguments.size()) {
            return arguments.at(i + 1);
        }
        if (arguments.at(i).startsWith(name + u'=')) {
            return arguments.at(i).mid(name.size() + 1);
        }
    }
    return {};
}

// Loads Gloss's and Qt's translations for the chosen (or the system's) language.
void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    QLocale::setDefault(locale);
    auto *gloss = new QTranslator(&app);
    if (gloss->load(locale, u"gloss"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(gloss);
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    }
}

int runCommandLine(int argc, char **argv, const QStringList &arguments)
{
    std::unique_ptr<QCoreApplication> app;
    if (Gloss::Cli::needsFonts(arguments)) {
        qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts without a display
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    setApplicationIdentity();
    installTranslations(*app, optionValue(arguments, u"--lang"_s));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Gloss::Cli cli(out, err);
    return cli.run(arguments);
}

int runWindow(int argc, char **argv)
{
    QApplication app(argc, argv);
    // Qt has taken its own options (-geometry, -platform, …) out of these.
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    setApplicationIdentity();
    QGuiApplication::setDesktopFileName(QLatin1StringView(Gloss::DesktopFileName));
    installTranslations(app, optionValue(arguments, u"--lang"_s));

    QString database = optionValue(arguments, u"--db"_s);
    if (database.isEmpty()) {
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            if (arguments.at(i) == u"--lang"_s || arguments.at(i) == u"--db"_s) {
                ++i;
            } else if (!arguments.at(i).startsWith(u'-')) {
                database = arguments.at(i); // a corpus passed by the file manager
            }
        }
    }
    if (database.isEmpty()) {
        database = Gloss::Settings::lastDatabase().get();
    }
    const bool isDefault = database.isEmpty();

    Gloss::MainWindow window;
    Gloss::Result<void> opened = window.openDatabase(isDefault ? Gloss::Paths::defaultDatabase() : database, isDefault);
    if (!opened && !isDefault && optionValue(arguments, u"--db"_s).isEmpty()) {
        // The remembered corpus is gone or damaged: fall back to the default one.
        opened = window.openDatabase(Gloss::Paths::defaultDatabase(), true);
    }
    if (Gloss::StartupProbe::isRequested()) {
        new Gloss::StartupProbe(window.documentList()->view()->viewport(), &window);
    }
    window.show();
    if (!opened) {
        QMessageBox::critical(&window, QCoreApplication::translate("main", "Cannot Open Corpus"), opened.errorString());
    }
    return app.exec();
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList arguments = argumentsOf(argc, argv);
    if (Gloss::Cli::wantsCommandLine(arguments)) {
        return runCommandLine(argc, argv, arguments);
    }
    return runWindow(argc, argv);
}
