// SPDX-License-Identifier: GPL-3.0-or-later
// gloss-grab-dialogs OUT_DIR: opens Gloss's real main window on the bundled sample corpus, then
// its Settings, About and Keyboard Shortcuts dialogs, and saves each (QWidget::grab) as a PNG in
// OUT_DIR. Qt's own options apply (-reverse, QT_SCALE_FACTOR=2), so tools/take-screenshots uses
// it to look at the dialogs, the mirrored layout and the 2× rendering.
#include "aboutdialog.h"
#include "icons.h"
#include "mainwindow.h"
#include "paths.h"
#include "settings/translations.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "version.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

void settle(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget *widget, const QString &path)
{
    widget->show();
    widget->raise();
    settle(400);
    if (!widget->grab().save(path, "PNG")) {
        std::fprintf(stderr, "gloss-grab-dialogs: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QLatin1StringView(Gloss::ApplicationName));
    QCoreApplication::setOrganizationName(QLatin1StringView(Gloss::OrganizationName));
    QCoreApplication::setApplicationVersion(QLatin1StringView(Gloss::Version));
    QGuiApplication::setWindowIcon(Gloss::Icons::application());
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        std::fprintf(stderr, "usage: gloss-grab-dialogs OUT_DIR [--lang CODE]\n");
        return 1;
    }
    Gloss::Translations::install(Gloss::Translations::requestedLanguage(arguments));
    const QDir out(arguments.constFirst());
    if (!QDir().mkpath(out.path())) {
        std::fprintf(stderr, "gloss-grab-dialogs: cannot create %s\n", qPrintable(out.path()));
        return 2;
    }

    Gloss::MainWindow::applyWindowColours();
    Gloss::MainWindow window;
    if (Gloss::Result<void> opened = window.openDatabase(Gloss::Paths::defaultDatabase(), true); !opened) {
        std::fprintf(stderr, "gloss-grab-dialogs: %s\n", qPrintable(opened.errorString()));
        return 2;
    }
    window.resize(1280, 800);
    window.show();
    settle(1500);
    bool ok = save(&window, out.filePath(u"main-window.png"_s));

    Gloss::SettingsDialog *settings = window.showSettings();
    ok = save(settings, out.filePath(u"settings.png"_s)) && ok;
    settings->pages()->setCurrentIndex(2);
    ok = save(settings, out.filePath(u"settings-export.png"_s)) && ok;
    settings->close();

    Gloss::AboutDialog about(&window);
    ok = save(&about, out.filePath(u"about.png"_s)) && ok;
    about.pages()->setCurrentIndex(1);
    ok = save(&about, out.filePath(u"about-components.png"_s)) && ok;
    about.pages()->setCurrentIndex(2);
    ok = save(&about, out.filePath(u"about-sources.png"_s)) && ok;
    about.close();

    Gloss::ShortcutsDialog shortcuts(&window, &window);
    ok = save(&shortcuts, out.filePath(u"shortcuts.png"_s)) && ok;
    return ok ? 0 : 2;
}
