// SPDX-License-Identifier: GPL-3.0-or-later
// What assistive technology gets from Gloss's own widgets, contrast of the highlighted text in
// light and dark themes, and information that is not carried by colour alone.
#include "documentlistpanel.h"
#include "entitylegend.h"
#include "mainwindow.h"
#include "paths.h"
#include "readerview.h"
#include "spanhighlighter.h"
#include "store/annotationrepository.h"
#include "settings/translations.h"
#include "testsupport.h"
#include "themeprovider.h"
#include "timelinewidget.h"

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAccessible>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

// WCAG 2.x relative luminance and contrast ratio.
double luminance(const QColor &color)
{
    const auto channel = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install({}); // as main() does: English plural forms at least
        QFile::remove(Paths::defaultDatabase());
        QSettings().clear();
    }

    void cleanup() { ThemeProvider::instance().setThemeName({}); }

    void contrastOfTheCalculation()
    {
        QCOMPARE(qRound(contrast(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(contrast(Qt::gray, Qt::gray), 1.0);
        QVERIFY(contrast(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5); // the usual limit grey
        QVERIFY(contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    }

    // The reader's text stays readable on every entity tint, in the light and the dark theme
    // Gloss picks by default (and in the light/dark theme of the KDE palettes).
    void readerTextOnEntityTints_data()
    {
        QTest::addColumn<QString>("theme");
        KSyntaxHighlighting::Repository &repository = ThemeProvider::instance().repository();
        for (const auto kind : {KSyntaxHighlighting::Repository::LightTheme, KSyntaxHighlighting::Repository::DarkTheme}) {
            const QString name = repository.defaultTheme(kind).name();
            QTest::newRow(qPrintable(name)) << name;
        }
        for (const QString &name : {u"Breeze Light"_s, u"Breeze Dark"_s}) {
            if (repository.theme(name).isValid()) {
                QTest::newRow(qPrintable(name + u" (named)"_s)) << name;
            }
        }
    }

    void readerTextOnEntityTints()
    {
        QFETCH(QString, theme);
        ThemeProvider::instance().setThemeName(theme);
        QCOMPARE(ThemeProvider::instance().theme().name(), theme);
        const QColor text = ThemeProvider::instance().color(ThemeProvider::Role::Text);
        const QColor background = ThemeProvider::instance().color(ThemeProvider::Role::Background);
        QVERIFY2(contrast(text, background) >= 4.5, qPrintable(u"text on the page: %1"_s.arg(contrast(text, background))));
        for (const EntityKind kind : AllEntityKinds) {
            const QColor tint = SpanHighlighter::entityFormat(kind).background().color();
            const double ratio = contrast(text, tint);
            QVERIFY2(ratio >= 4.5, qPrintable(u"%1 on the %2 tint (%3): %4:1"_s.arg(text.name(), EntityLegend::kindLabel(kind),
                                                                                     tint.name())
                                                   .arg(ratio, 0, 'f', 2)));
        }
    }

    // Kinds differ by the underline's shape, not only by its colour; the legend says which.
    void kindsAreToldApartWithoutColour()
    {
        QSet<int> styles;
        QSet<QString> names;
        for (const EntityKind kind : AllEntityKinds) {
            styles.insert(SpanHighlighter::entityFormat(kind).underlineStyle());
            names.insert(EntityLegend::underlineName(kind));
        }
        QCOMPARE(styles.size(), qsizetype(std::size(AllEntityKinds)));
        QCOMPARE(names.size(), qsizetype(std::size(AllEntityKinds)));
    }

    void widgetsHaveNamesAndDescriptions()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(!window.timeline()->data().published.isEmpty());

        TimelineWidget *timeline = window.timeline();
        QVERIFY(!timeline->accessibleName().isEmpty());
        QVERIFY2(timeline->accessibleDescription().contains(u"5 articles"_s), qPrintable(timeline->accessibleDescription()));

        EntityLegend *legend = window.reader()->legend();
        QVERIFY(!legend->accessibleName().isEmpty());
        QVERIFY(!legend->accessibleDescription().isEmpty());
        int chips = 0;
        for (const EntityKind kind : AllEntityKinds) {
            if (QToolButton *chip = legend->chip(kind)) {
                ++chips;
                QVERIFY(chip->accessibleName().contains(EntityLegend::kindLabel(kind)));
                QVERIFY(chip->accessibleName().contains(QString::number(legend->count(kind))));
                QVERIFY(chip->accessibleDescription().contains(EntityLegend::underlineName(kind)));
            }
        }
        QVERIFY(chips > 0);

        DocumentListPanel *list = window.documentList();
        for (QWidget *widget : {static_cast<QWidget *>(list->view()), static_cast<QWidget *>(list->searchField())}) {
            QVERIFY2(!widget->accessibleName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleDescription().isEmpty(), widget->metaObject()->className());
        }
        QVERIFY(!list->fromField()->accessibleName().isEmpty());
        QVERIFY(!list->toField()->accessibleName().isEmpty());
        QVERIFY(!window.reader()->textView()->accessibleName().isEmpty());

        // Every toolbar button has a name a screen reader can say, and an icon.
        for (QAction *action : window.mainToolBar()->actions()) {
            if (!action->isSeparator()) {
                QVERIFY(!action->toolTip().isEmpty());
                QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
            }
        }
    }

    // The timeline's lanes are its accessible children, described in words.
    void timelineLanesAreAccessibleChildren()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TimelineWidget *timeline = window.timeline();
        QTRY_VERIFY(!timeline->data().published.isEmpty());
        QAccessibleInterface *chart = QAccessible::queryAccessibleInterface(timeline);
        QVERIFY(chart);
        QCOMPARE(chart->role(), QAccessible::Chart);
        QCOMPARE(chart->text(QAccessible::Name), timeline->accessibleName());
        QCOMPARE(chart->childCount(), int(timeline->lanes().size()));
        QVERIFY(chart->childCount() >= 3);
        for (int i = 0; i < chart->childCount(); ++i) {
            QAccessibleInterface *lane = chart->child(i);
            QVERIFY(lane);
            QCOMPARE(lane, chart->child(i)); // the same interface each time
            QCOMPARE(chart->indexOfChild(lane), i);
            QCOMPARE(lane->parent(), chart);
            QCOMPARE(lane->text(QAccessible::Name), timeline->lanes().at(i).label);
            QVERIFY(!lane->text(QAccessible::Description).isEmpty());
            QVERIFY(lane->rect().intersects(QRect(timeline->mapToGlobal(QPoint()), timeline->size())));
            QCOMPARE(chart->childAt(lane->rect().center().x(), lane->rect().center().y()), lane);
        }
        const QString published = chart->child(0)->text(QAccessible::Description);
        QVERIFY2(published.contains(u"5 articles published"_s), qPrintable(published));
        QVERIFY2(published.contains(u"2023"_s) && published.contains(u"2024"_s), qPrintable(published));
        QVERIFY(chart->child(chart->childCount()) == nullptr);
    }

    void statusBarSaysWhatIsShown()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.show();
        auto *documents = window.statusBar()->findChild<QLabel *>(u"statusDocuments"_s);
        auto *annotations = window.statusBar()->findChild<QLabel *>(u"statusAnnotations"_s);
        auto *filter = window.statusBar()->findChild<QLabel *>(u"statusFilter"_s);
        QVERIFY(documents && annotations && filter);
        QCOMPARE(documents->text(), u"5 articles"_s);
        QCOMPARE(annotations->text(), u"0 annotations"_s);
        QVERIFY(filter->isHidden());

        window.documentList()->fromField()->setDate(QDate(2024, 1, 1));
        QTRY_COMPARE(documents->text(), u"3 of 5 articles"_s);
        QVERIFY(filter->isVisible());
        QVERIFY2(filter->text().contains(QLocale().toString(QDate(2024, 1, 1), QLocale::ShortFormat)), qPrintable(filter->text()));
        window.documentList()->setEntityFilter(u"Joe Biden"_s);
        QTRY_VERIFY(filter->text().contains(u"Joe Biden"_s));
        window.documentList()->clearFilters();
        QTRY_VERIFY(filter->isHidden());
        QCOMPARE(documents->text(), u"5 articles"_s);

        // Annotations are counted from the corpus.
        AnnotationRepository annotationStore(*window.database());
        QVERIFY(annotationStore.create(window.reader()->documentId(), 0, 10, 0, u"note"_s, u"me"_s));
        QVERIFY(annotationStore.create(window.reader()->documentId(), 20, 30, 0, u"note"_s, u"me"_s));
        QCOMPARE(annotationStore.count().value(), 2);
        window.documentList()->searchField()->setText(u"Biden"_s);
        QTRY_COMPARE(annotations->text(), u"2 annotations"_s);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
