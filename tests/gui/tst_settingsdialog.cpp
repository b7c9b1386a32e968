// SPDX-License-Identifier: GPL-3.0-or-later
// Settings › Configure Gloss: what it shows, what it stores and what the window does with it.
#include "mainwindow.h"
#include "paths.h"
#include "readerview.h"
#include "settings/settings.h"
#include "settingsdialog.h"
#include "settings/translations.h"
#include "testsupport.h"
#include "themepalette.h"
#include "themeprovider.h"

#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install({}); // as main() does: English plural forms at least
        QFile::remove(Paths::defaultDatabase());
    }

    void init()
    {
        QSettings().clear();
        ThemeProvider::instance().setThemeName({});
        ThemePalette::applyToApplication(nullptr);
    }

    void showsTheDefaults()
    {
        SettingsDialog dialog;
        QCOMPARE(dialog.themeBox()->currentData().toString(), QString()); // Follow System
        QVERIFY(dialog.defaultFontBox()->isChecked());
        QVERIFY(!dialog.fontBox()->isEnabled());
        QCOMPARE(dialog.languageBox()->currentData().toString(), QString());
        QVERIFY(dialog.authorField()->text().isEmpty());
        QCOMPARE(dialog.authorField()->placeholderText(), Settings::systemUserName());
        QCOMPARE(dialog.pageSizeBox()->currentData().toString(), Settings::exportPageSize().defaultValue());
        QVERIFY(dialog.csvBomBox()->isChecked()); // on by default: Excel needs it to read UTF-8
    }

    // Every installed KSyntaxHighlighting theme, after Follow System; every embedded language.
    void offersEveryThemeAndLanguage()
    {
        SettingsDialog dialog;
        QStringList names;
        for (int i = 0; i < dialog.themeBox()->count(); ++i) {
            names << dialog.themeBox()->itemData(i).toString();
        }
        for (const KSyntaxHighlighting::Theme &theme : ThemeProvider::instance().repository().themes()) {
            QVERIFY2(names.contains(theme.name()), qPrintable(theme.name()));
        }
        QStringList languages;
        for (int i = 0; i < dialog.languageBox()->count(); ++i) {
            languages << dialog.languageBox()->itemData(i).toString();
        }
        QCOMPARE(languages, QStringList({QString(), u"de"_s, u"en"_s, u"he"_s}));
    }

    void storesWhatWasChosenAndShowsItAgain()
    {
        {
            SettingsDialog dialog;
            dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(u"Breeze Dark"_s));
            dialog.defaultFontBox()->setChecked(false);
            dialog.fontBox()->setCurrentFont(QFont(u"DejaVu Serif"_s));
            dialog.fontSizeBox()->setValue(17);
            dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"he"_s));
            dialog.authorField()->setText(u"  Ada   Reporter "_s);
            dialog.pageSizeBox()->setCurrentIndex(dialog.pageSizeBox()->findData(u"Letter"_s));
            dialog.csvBomBox()->setChecked(false);
            QSignalSpy applied(&dialog, &SettingsDialog::applied);
            dialog.buttons()->button(QDialogButtonBox::Ok)->click();
            QCOMPARE(applied.count(), 1);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QSettings settings;
        QCOMPARE(settings.value(u"Appearance/theme"_s).toString(), u"Breeze Dark"_s);
        QCOMPARE(settings.value(u"Appearance/readerFont"_s).toString(), QFont(u"DejaVu Serif"_s).family());
        QCOMPARE(settings.value(u"Appearance/readerFontSize"_s).toInt(), 17);
        QCOMPARE(settings.value(u"Appearance/language"_s).toString(), u"he"_s);
        QCOMPARE(settings.value(u"Annotation/author"_s).toString(), u"Ada Reporter"_s);
        QCOMPARE(settings.value(u"Export/pageSize"_s).toString(), u"Letter"_s);
        QCOMPARE(settings.value(u"Export/byteOrderMark"_s).toBool(), false);

        SettingsDialog again;
        QCOMPARE(again.themeBox()->currentData().toString(), u"Breeze Dark"_s);
        QVERIFY(!again.defaultFontBox()->isChecked());
        QCOMPARE(again.fontBox()->currentFont().family(), QFont(u"DejaVu Serif"_s).family());
        QCOMPARE(again.fontSizeBox()->value(), 17);
        QCOMPARE(again.languageBox()->currentData().toString(), u"he"_s);
        QCOMPARE(again.authorField()->text(), u"Ada Reporter"_s);
        QCOMPARE(again.pageSizeBox()->currentData().toString(), u"Letter"_s);
        QVERIFY(!again.csvBomBox()->isChecked());
    }

    void cancelStoresNothing()
    {
        SettingsDialog dialog;
        dialog.authorField()->setText(u"Someone Else"_s);
        dialog.csvBomBox()->setChecked(false);
        dialog.buttons()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(Settings::authorName().get(), Settings::authorName().defaultValue());
        QVERIFY(Settings::exportByteOrderMark().get());
        QVERIFY(QSettings().allKeys().isEmpty());
    }

    // Defaults go back to "not stored", so a later change of the system's name or locale shows.
    void restoreDefaultsThenApplyForgetsTheChoices()
    {
        Settings::authorName().set(u"Old Name"_s);
        Settings::readerFontSize().set(20);
        Settings::readerFont().set(u"DejaVu Serif"_s);
        Settings::language().set(u"de"_s);
        SettingsDialog dialog;
        QCOMPARE(dialog.authorField()->text(), u"Old Name"_s);
        dialog.buttons()->button(QDialogButtonBox::RestoreDefaults)->click();
        QVERIFY(dialog.authorField()->text().isEmpty());
        QCOMPARE(Settings::authorName().get(), u"Old Name"_s); // not yet
        dialog.buttons()->button(QDialogButtonBox::Apply)->click();
        const QSettings settings;
        QVERIFY(!settings.contains(u"Annotation/author"_s));
        QVERIFY(!settings.contains(u"Appearance/readerFont"_s));
        QVERIFY(!settings.contains(u"Appearance/readerFontSize"_s));
        QVERIFY(!settings.contains(u"Appearance/language"_s));
        QCOMPARE(Settings::authorName().get(), Settings::systemUserName());
    }

    // The language takes effect at the next start; the dialog says so once it differs.
    void saysWhenTheLanguageChangesAtTheNextStart()
    {
        SettingsDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *note = dialog.findChild<QLabel *>(u"languageNote"_s);
        QVERIFY(note);
        QVERIFY(!note->isVisible());
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(u"de"_s));
        QVERIFY(note->isVisible());
        dialog.languageBox()->setCurrentIndex(0);
        QVERIFY(!note->isVisible());
    }

    // The window applies theme and reader font as soon as the dialog does.
    void theWindowUsesTheSettings()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.show();
        const QFont original = window.reader()->textView()->font();

        SettingsDialog *dialog = window.showSettings();
        QVERIFY(dialog);
        QCOMPARE(window.showSettings(), dialog); // one at a time
        dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(u"Solarized Light"_s));
        dialog->defaultFontBox()->setChecked(false);
        dialog->fontBox()->setCurrentFont(QFont(u"DejaVu Serif"_s));
        dialog->fontSizeBox()->setValue(19);
        dialog->buttons()->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(ThemeProvider::instance().theme().name(), u"Solarized Light"_s);
        QCOMPARE(window.reader()->textView()->font().pointSize(), 19);
        QCOMPARE(window.reader()->textView()->font().family(), QFont(u"DejaVu Serif"_s).family());

        dialog->defaultFontBox()->setChecked(true);
        dialog->themeBox()->setCurrentIndex(0);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(window.reader()->textView()->font(), original);
        QCOMPARE(ThemeProvider::instance().themeName(), QString());
        QTRY_VERIFY(!window.findChild<SettingsDialog *>()); // deleted on close
    }

    // A chosen theme can colour the whole window; Follow System or unchecking gives the
    // desktop's palette back.
    void theThemeCanColourTheWholeWindow()
    {
        const QPalette system = QApplication::palette();
        MainWindow window;
        SettingsDialog *dialog = window.showSettings();
        QVERIFY(!dialog->windowColoursBox()->isEnabled()); // Follow System
        dialog->themeBox()->setCurrentIndex(dialog->themeBox()->findData(u"Breeze Dark"_s));
        QVERIFY(dialog->windowColoursBox()->isEnabled());
        dialog->windowColoursBox()->setChecked(true);
        dialog->buttons()->button(QDialogButtonBox::Apply)->click();
        QVERIFY(ThemePalette::isApplied());
        const QColor page = QColor::fromRgba(ThemeProvider::instance().theme().editorColor(KSyntaxHighlighting::Theme::BackgroundColor));
        QCOMPARE(QApplication::palette().color(QPalette::Base), page);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() < 80);

        // The View menu's theme list repaints the window too.
        QAction *solarized = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == u"Solarized Light"_s) {
                solarized = action;
            }
        }
        QVERIFY(solarized);
        solarized->trigger();
        QCOMPARE(ThemeProvider::instance().theme().name(), u"Solarized Light"_s);
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 150);

        dialog->windowColoursBox()->setChecked(false);
        dialog->buttons()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(!ThemePalette::isApplied());
        QCOMPARE(QApplication::palette().color(QPalette::Window), system.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Base), system.color(QPalette::Base));
    }

    // Text stays readable in a window coloured by any installed theme.
    void themedPalettesAreReadable()
    {
        const auto luminance = [](const QColor &c) {
            const auto f = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * f(c.redF()) + 0.7152 * f(c.greenF()) + 0.0722 * f(c.blueF());
        };
        const auto contrast = [&](const QColor &a, const QColor &b) {
            const double x = luminance(a), y = luminance(b);
            return (std::max(x, y) + 0.05) / (std::min(x, y) + 0.05);
        };
        for (const KSyntaxHighlighting::Theme &theme : ThemeProvider::instance().repository().themes()) {
            const QPalette palette = ThemePalette::forTheme(theme);
            for (const auto &[fore, back] : {std::pair{QPalette::WindowText, QPalette::Window},
                                             std::pair{QPalette::Text, QPalette::Base},
                                             std::pair{QPalette::ButtonText, QPalette::Button},
                                             std::pair{QPalette::PlaceholderText, QPalette::Base},
                                             std::pair{QPalette::PlaceholderText, QPalette::Window}}) {
                const double ratio = contrast(palette.color(fore), palette.color(back));
                QVERIFY2(ratio >= 4.5, qPrintable(u"%1: %2 on %3 is %4:1"_s.arg(theme.name())
                                                      .arg(int(fore))
                                                      .arg(int(back))
                                                      .arg(ratio, 0, 'f', 2)));
            }
        }
    }

    void preferencesHasAShortcutAndAMenuEntry()
    {
        MainWindow window;
        auto *configure = window.findChild<QAction *>(u"configure"_s);
        QVERIFY(configure);
        QCOMPARE(configure->menuRole(), QAction::PreferencesRole);
        QVERIFY(!configure->shortcut().isEmpty());
        const QList<QKeySequence> standard = QKeySequence::keyBindings(QKeySequence::Preferences);
        if (!standard.isEmpty()) {
            QCOMPARE(configure->shortcuts(), standard);
        }
        QVERIFY(!configure->associatedObjects().isEmpty()); // in a menu
        configure->trigger();
        QVERIFY(window.findChild<SettingsDialog *>());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
