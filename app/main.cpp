// SPDX-License-Identifier: GPL-3.0-or-later
// No command: the window. A command (import, documents, …), --help or --version: the CLI.
#include "cli.h"
#include "documentlistpanel.h"
#include "icons.h"
#include "mainwindow.h"
#include "paths.h"
#include "settings/settings.h"
#include "settings/translations.h"
#include "startupprobe.h"
#include "version.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMessageBox>
#include <QTextStream>
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
    Gloss::Translations::install(optionValue(arguments, u"--lang"_s));
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
    QGuiApplication::setWindowIcon(Gloss::Icons::application());
    // --lang, else the language chosen in Settings, else the system's. A right-to-left one
    // turns the layout round (and -reverse, Qt's own option, does so for any language).
    Gloss::Translations::install(Gloss::Translations::requestedLanguage(arguments));

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

    Gloss::MainWindow::applyWindowColours(); // before any widget takes the palette
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
