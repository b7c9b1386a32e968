// SPDX-License-Identifier: GPL-3.0-or-later
// The window's language: the embedded translations, switching between them, and the layout
// turning right-to-left with Hebrew.
#include "documentlistpanel.h"
#include "entitiespanel.h"
#include "mainwindow.h"
#include "paths.h"
#include "readerview.h"
#include "settings/settings.h"
#include "settings/translations.h"
#include "testsupport.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QPushButton>
#include <QMenuBar>
#include <QSettings>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

// Counts the LanguageChange events a widget receives (what live re-translation hangs on).
class LanguageProbe final : public QWidget
{
public:
    int changes = 0;

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange) {
            ++changes;
        }
        QWidget::changeEvent(event);
    }
};

QString layoutKey()
{
    return QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION");
}

} // namespace

class TestLanguage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(Paths::defaultDatabase());
        QSettings().clear();
    }

    void cleanup() { Translations::install(u"en"_s); }

    void embedsGermanAndHebrew()
    {
        QCOMPARE(Translations::available(), QStringList({u"de"_s, u"en"_s, u"he"_s}));
        QVERIFY(QFile::exists(u":/i18n/gloss_de.qm"_s));
        QVERIFY(QFile::exists(u":/i18n/gloss_he.qm"_s));
        QCOMPARE(Translations::nativeName(u"de"_s), u"Deutsch"_s);
        QCOMPARE(Translations::nativeName(u"he"_s), u"עברית"_s);
    }

    void direction_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QLocale::Language>("locale");
        QTest::addColumn<Qt::LayoutDirection>("direction");
        QTest::newRow("English") << u"en"_s << QLocale::English << Qt::LeftToRight;
        QTest::newRow("German") << u"de"_s << QLocale::German << Qt::LeftToRight;
        QTest::newRow("German (Austria)") << u"de_AT"_s << QLocale::German << Qt::LeftToRight;
        QTest::newRow("Hebrew") << u"he"_s << QLocale::Hebrew << Qt::RightToLeft;
        QTest::newRow("Hebrew (Israel)") << u"he_IL"_s << QLocale::Hebrew << Qt::RightToLeft;
    }

    // Qt reads the direction from the translated QT_LAYOUT_DIRECTION string of our .ts files.
    void direction()
    {
        QFETCH(QString, language);
        QFETCH(QLocale::Language, locale);
        QFETCH(Qt::LayoutDirection, direction);
        const QLocale installed = Translations::install(language);
        QCOMPARE(installed.language(), locale);
        QCOMPARE(QLocale().language(), locale); // the default for dates and numbers too
        QCOMPARE(QGuiApplication::layoutDirection(), direction);
        if (locale != QLocale::English) {
            QCOMPARE(layoutKey(), direction == Qt::RightToLeft ? u"RTL"_s : u"LTR"_s);
        }
    }

    // Switching languages while running replaces the translators and tells every widget.
    void switchingTellsTheWidgets()
    {
        LanguageProbe probe;
        Translations::install(u"he"_s);
        QCoreApplication::sendPostedEvents();
        const int afterHebrew = probe.changes;
        QVERIFY(afterHebrew > 0);
        QCOMPARE(layoutKey(), u"RTL"_s);
        Translations::install(u"de"_s);
        QCoreApplication::sendPostedEvents();
        QVERIFY(probe.changes > afterHebrew);
        QCOMPARE(layoutKey(), u"LTR"_s);
        QCOMPARE(QGuiApplication::layoutDirection(), Qt::LeftToRight);
        Translations::install(u"en"_s);
        QCOMPARE(layoutKey(), u"QT_LAYOUT_DIRECTION"_s); // no translator left
    }

    // In Hebrew the whole window is mirrored: the article list sits on the right, the entities
    // on the left, and the reader's text runs from the right.
    void hebrewMirrorsTheWindow()
    {
        Translations::install(u"he"_s);
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        QCOMPARE(window.reader()->layoutDirection(), Qt::RightToLeft);
        const auto centreX = [&window](QWidget *widget) {
            return widget->mapTo(&window, widget->rect().center()).x();
        };
        QVERIFY2(centreX(window.documentList()) > window.width() / 2,
                 qPrintable(u"list at %1, reader at %2, entities at %3, window %4 wide"_s.arg(centreX(window.documentList()))
                                .arg(centreX(window.reader()))
                                .arg(centreX(window.entities()))
                                .arg(window.width())));
        QVERIFY(centreX(window.entities()) < window.width() / 2);
        QVERIFY(centreX(window.documentList()) > centreX(window.reader()));
        // The menu bar starts at the right: File is right of Help.
        QMenuBar *bar = window.menuBar();
        const QList<QAction *> menus = bar->actions();
        QVERIFY(bar->actionGeometry(menus.constFirst()).x() > bar->actionGeometry(menus.constLast()).x());
    }

    void leftToRightAgainInGerman()
    {
        Translations::install(u"de"_s);
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.layoutDirection(), Qt::LeftToRight);
        QVERIFY(window.documentList()->mapTo(&window, QPoint()).x() < window.width() / 2);
    }

    // Gloss's own strings and Qt's (the standard buttons of every dialog) both follow the language.
    void menusAndStandardButtonsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("de") << u"de"_s << u"&Datei"_s << u"Abbrechen"_s;
        QTest::newRow("he") << u"he"_s << u"&קובץ"_s << u"ביטול"_s;
        QTest::newRow("en") << u"en"_s << u"&File"_s << u"Cancel"_s;
    }

    void menusAndStandardButtonsTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, cancel);
        Translations::install(language);
        MainWindow window;
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), fileMenu);
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text().remove(u'&'), cancel);
    }

    // --lang wins over the language chosen in Settings, which wins over the system's.
    void requestedLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expected");
        QTest::newRow("system") << QStringList() << QString() << QString();
        QTest::newRow("settings") << QStringList() << u"he"_s << u"he"_s;
        QTest::newRow("--lang") << QStringList({u"--lang"_s, u"de"_s}) << u"he"_s << u"de"_s;
        QTest::newRow("--lang=") << QStringList({u"corpus.gloss"_s, u"--lang=he"_s}) << u"de"_s << u"he"_s;
        QTest::newRow("--lang without a value") << QStringList({u"--lang"_s}) << u"de"_s << u"de"_s;
    }

    void requestedLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        if (setting.isEmpty()) {
            Settings::language().reset();
        } else {
            Settings::language().set(setting);
        }
        QCOMPARE(Translations::requestedLanguage(arguments), expected);
        Settings::language().reset();
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
