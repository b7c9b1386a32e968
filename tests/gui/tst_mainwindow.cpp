// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlistpanel.h"
#include "import/importworker.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "model/documentlistmodel.h"
#include "paths.h"
#include "readerview.h"
#include "settings/settings.h"
#include "testsupport.h"
#include "highlightspan.h"
#include "readerview.h"
#include "themeprovider.h"
#include "timelinewidget.h"
#include "entitiespanel.h"
#include "store/entityrepository.h"

#include <QDateEdit>
#include <QDockWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(Paths::defaultDatabase());
        QSettings().clear();
    }

    void firstLaunchShowsTheSample()
    {
        MainWindow window;
        Result<void> opened = window.openDatabase(Paths::defaultDatabase(), true);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.documentModel()->rowCount(), 5);
        QCOMPARE(window.documentModel()->totalCount(), 5);
        // The first article is selected and shown.
        QVERIFY(window.reader()->documentId() != 0);
        QVERIFY(!window.reader()->textView()->toPlainText().isEmpty());
        QVERIFY(window.reader()->textView()->isReadOnly());
        QVERIFY(window.findChild<QDockWidget *>(u"documentDock"_s)->isVisible());
        QVERIFY(window.findChild<QDockWidget *>(u"timelineDock"_s)->isVisible());
    }

    void selectingAnArticleShowsIt()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.show();
        QTreeView *view = window.documentList()->view();
        const QModelIndex third = window.documentModel()->index(2, DocumentListModel::TitleColumn);
        view->setCurrentIndex(third);
        QCOMPARE(window.reader()->documentId(), third.data(DocumentListModel::DocumentIdRole).toLongLong());
        QCOMPARE(window.reader()->titleText(), third.data().toString());
        QCOMPARE(Settings::lastDocument().get(), window.reader()->documentId());
    }

    void searchFiltersTheList()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.show();
        QSignalSpy totals(window.documentModel(), &DocumentListModel::totalCountChanged);
        QTest::keyClicks(window.documentList()->searchField(), u"Herzog"_s);
        QTRY_COMPARE(window.documentModel()->totalCount(), 1);
        window.documentList()->searchField()->clear();
        QTRY_COMPARE(window.documentModel()->totalCount(), 5);
    }

    void restoresLayoutAndLastArticle()
    {
        qint64 shown = 0;
        {
            MainWindow window;
            QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
            window.show();
            window.findChild<QDockWidget *>(u"timelineDock"_s)->hide();
            window.documentList()->view()->setCurrentIndex(window.documentModel()->index(3, 0));
            shown = window.reader()->documentId();
            window.close();
        }
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.show();
        QVERIFY(!window.findChild<QDockWidget *>(u"timelineDock"_s)->isVisible());
        QCOMPARE(window.reader()->documentId(), shown);
    }

    void filteringKeepsTheArticleBeingRead()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.show();
        window.documentList()->clearFilters();
        QTest::keyClicks(window.documentList()->searchField(), u"Herzog"_s);
        QTRY_COMPARE(window.documentModel()->totalCount(), 1);
        window.documentList()->view()->setCurrentIndex(window.documentModel()->index(0, 0));
        const qint64 reading = window.reader()->documentId();
        QVERIFY(reading != 0);
        window.documentList()->searchField()->clear();
        QTRY_VERIFY(window.documentModel()->totalCount() > 1);
        QCOMPARE(window.reader()->documentId(), reading);
        QCOMPARE(window.documentList()->currentDocumentId(), reading);
    }

    void dateRangeFiltersTheList()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.show();
        window.documentList()->fromField()->setDate(QDate(2024, 1, 1));
        QCOMPARE(window.documentModel()->totalCount(), 3); // 2024-01-19, 2024-03-21, 2024-04-29
        window.documentList()->toField()->setDate(QDate(2024, 3, 31));
        QCOMPARE(window.documentModel()->totalCount(), 2);
        QTest::keyClicks(window.documentList()->searchField(), u"Gallant"_s);
        QTRY_COMPARE(window.documentModel()->totalCount(), 1);
        window.documentList()->clearFilters();
        QCOMPARE(window.documentModel()->totalCount(), 5);
    }

    // The timeline and the list work together: a clicked event opens its article at the
    // sentence, a dragged period filters the list, and an entity gets a lane of its own.
    void timelineDrivesTheListAndTheReader()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.show();
        TimelineWidget *timeline = window.timeline();
        QTRY_VERIFY(!timeline->data().published.isEmpty());
        QCOMPARE(timeline->data().published.size(), 5);
        QCOMPARE(timeline->data().events.size(), 7);
        QVERIFY(!timeline->data().mentioned.isEmpty());

        const TimelineEvent call = timeline->data().events.constLast();
        Q_EMIT timeline->markActivated(call.documentId, call.sentenceStart, call.sentenceEnd);
        QCOMPARE(window.reader()->documentId(), call.documentId);
        QCOMPARE(window.documentList()->currentDocumentId(), call.documentId);
        const QTextCursor selected = window.reader()->textView()->textCursor();
        QCOMPARE(selected.selectionStart(), int(call.sentenceStart));
        QCOMPARE(selected.selectionEnd(), int(call.sentenceEnd));
        QVERIFY(selected.selectedText().contains(call.actors.constLast().section(u' ', -1)));

        Q_EMIT timeline->rangeSelected(QDate(2024, 1, 1), QDate(2024, 3, 31));
        QCOMPARE(window.documentModel()->totalCount(), 2);
        QCOMPARE(window.documentList()->fromField()->date(), QDate(2024, 1, 1));
        Q_EMIT timeline->rangeCleared();
        QCOMPARE(window.documentModel()->totalCount(), 5);
        // Dates typed into the list show as the timeline's period.
        window.documentList()->fromField()->setDate(QDate(2024, 2, 1));
        QVERIFY(timeline->hasRange());
        QCOMPARE(timeline->rangeFirst(), QDate(2024, 2, 1));
        window.documentList()->clearFilters();
        QVERIFY(!timeline->hasRange());

        const auto rafah = EntityRepository(*window.database()).entityId(EntityKind::Location, u"Rafah"_s);
        QVERIFY(rafah);
        Q_EMIT window.entities()->timelineLaneToggled(*rafah, true);
        QCOMPARE(timeline->data().entities.size(), 1);
        QCOMPARE(timeline->data().entities.constFirst().name, u"Rafah"_s);
        Q_EMIT window.entities()->timelineLaneToggled(*rafah, false);
        QVERIFY(timeline->data().entities.isEmpty());
    }

    // Hand corrections from the reader go through the undo stack and reach the whole corpus.
    void correctingEntitiesIsUndoable()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.show();
        const qint64 documentId = window.reader()->documentId();
        QVERIFY(documentId != 0);
        const auto mentionsOf = [&](qint64 id) {
            QStringList result;
            const QList<StoredMention> mentions = EntityRepository(*window.database()).mentions(id).value();
            for (const StoredMention &m : mentions) {
                result << m.canonical + u'/' + m.origin;
            }
            return result;
        };
        const QString text = window.reader()->textView()->toPlainText();
        const qsizetype at = text.indexOf(u"hostages"_s);
        QVERIFY(at >= 0);
        Q_EMIT window.reader()->markRequested(at, at + 8, EntityKind::Group, u"hostages"_s);
        QCOMPARE(window.undoStack()->count(), 1);
        QVERIFY(mentionsOf(documentId).contains(u"hostages/user"_s));
        window.undoStack()->undo();
        QVERIFY(!mentionsOf(documentId).contains(u"hostages/user"_s));
        window.undoStack()->redo();
        QVERIFY(mentionsOf(documentId).contains(u"hostages/user"_s));
        window.undoStack()->undo();

        const auto israel = EntityRepository(*window.database()).entityId(EntityKind::Location, u"Israel"_s);
        QVERIFY(israel);
        const qsizetype before = EntityRepository(*window.database()).mentions().value().size();
        Q_EMIT window.reader()->rejectRequested(*israel, u"Israel"_s);
        const QList<StoredMention> after = EntityRepository(*window.database()).mentions().value();
        QVERIFY(after.size() < before);
        QVERIFY(std::none_of(after.cbegin(), after.cend(), [](const StoredMention &m) { return m.canonical == u"Israel"_s; }));
        QVERIFY(!window.reader()->textView()->toPlainText().isEmpty()); // the reader was refreshed, not emptied
        window.undoStack()->undo();
        QCOMPARE(EntityRepository(*window.database()).mentions().value().size(), before);
    }

    void themeMenuPicksAnyInstalledTheme()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        QMenu *themes = nullptr;
        for (QMenu *menu : window.findChildren<QMenu *>()) {
            if (menu->title() == MainWindow::tr("&Colour Theme")) {
                themes = menu;
            }
        }
        QVERIFY(themes);
        QVERIFY(themes->actions().size() > 10); // KSyntaxHighlighting ships a few dozen
        QAction *dark = nullptr;
        for (QAction *action : themes->actions()) {
            if (action->text() == u"Breeze Dark"_s) {
                dark = action;
            }
        }
        QVERIFY(dark);
        QSignalSpy changed(&ThemeProvider::instance(), &ThemeProvider::themeChanged);
        dark->trigger();
        QVERIFY(dark->isChecked());
        QCOMPARE(ThemeProvider::instance().theme().name(), u"Breeze Dark"_s);
        QCOMPARE(Settings::theme().get(), u"Breeze Dark"_s);
        QVERIFY(changed.count() >= 1);
        themes->actions().constFirst()->trigger(); // Follow System
        QVERIFY(Settings::theme().get().isEmpty());
        QVERIFY(ThemeProvider::instance().themeName().isEmpty());
    }

    void searchShowsSnippets()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.resize(1000, 700);
        window.show();
        QTest::keyClicks(window.documentList()->searchField(), u"ceasefire"_s);
        QTRY_VERIFY(window.documentModel()->totalCount() < 5);
        const QModelIndex first = window.documentModel()->index(0, DocumentListModel::TitleColumn);
        QVERIFY(first.data(DocumentListModel::SnippetRole).toString().contains(u"\u0002ceasefire\u0003"_s));
        QTreeView *view = window.documentList()->view();
        QVERIFY(view->visualRect(first).height() >= 2 * view->fontMetrics().height());
        const QImage image = view->viewport()->grab().toImage();
        QVERIFY(!image.isNull());
    }

    void importsDroppedFilesInTheBackground()
    {
        QTemporaryDir dir;
        QVERIFY(Test::writeFile(dir.filePath(u"one.txt"_s), " date 2024-05-01 Dropped one\n\nAbout Doha talks.\n"));
        QVERIFY(Test::writeFile(dir.filePath(u"sub/two.md"_s), "# Dropped two\n\nAbout Cairo talks.\n"));
        QVERIFY(Test::writeFile(dir.filePath(u"bad.txt"_s), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)));
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.show();
        const qint64 before = window.documentModel()->totalCount();
        QSignalSpy finished(&window, &MainWindow::importFinished);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(dir.path())});
        QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(50, 50), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(window.importController()->isRunning());
        QVERIFY(finished.wait(20000));
        const auto summary = finished.constFirst().constFirst().value<ImportSummary>();
        QCOMPARE(summary.imported, 2);
        QCOMPARE(summary.failed.size(), 1);
        QCOMPARE(window.documentModel()->totalCount(), before + 2);
        QVERIFY(!window.importController()->isRunning());
        // The report is shown without blocking the window.
        QTRY_VERIFY(window.findChild<QMessageBox *>() != nullptr);
        window.findChild<QMessageBox *>()->close();
    }

    void damageFoundAfterOpeningMakesTheCorpusReadOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"damaged.gloss"_s);
        {
            auto db = Test::openDatabase(path);
            QVERIFY(db);
            QVERIFY(QSqlQuery(db->connection()).exec(u"INSERT INTO meta (key, value) VALUES ('x', zeroblob(50000))"_s));
        }
        QByteArray bytes = Test::readFile(path);
        for (qsizetype i = 4096; i < 8192; ++i) {
            bytes[i] = char(0xA5);
        }
        QVERIFY(Test::writeFile(path, bytes));
        MainWindow window;
        QSignalSpy checked(&window, &MainWindow::integrityChecked);
        Result<void> opened = window.openDatabase(path, false);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.constFirst().constFirst().toBool(), false);
        QVERIFY(window.database()->isReadOnly());
        QVERIFY(!window.database()->setMetaValue(u"more"_s, u"data"_s));
        QTRY_VERIFY(window.findChild<QMessageBox *>() != nullptr);
        QVERIFY(window.findChild<QMessageBox *>()->text().contains(u"damaged"_s));
        QCOMPARE(Test::readFile(path), bytes);
    }

    void clickingAnEntityFiltersTheList()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.show();
        window.documentList()->clearFilters();
        const qint64 all = window.documentModel()->totalCount();
        Q_EMIT window.reader()->entityActivated(0, u"Isaac Herzog"_s, EntityKind::Person);
        QCOMPARE(window.documentModel()->filter().entity, u"Isaac Herzog"_s);
        QCOMPARE(window.documentModel()->totalCount(), 1);
        window.documentList()->setEntityFilter({});
        QCOMPARE(window.documentModel()->totalCount(), all);
        // The reader shows the recognised entities of the article it opens.
        window.documentList()->view()->setCurrentIndex(window.documentModel()->index(0, 0));
        QVERIFY(window.reader()->documentId() != 0);
        QVERIFY(!window.reader()->highlights().isEmpty());
    }

    void refusesAForeignFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.gloss"_s);
        QVERIFY(Test::writeFile(path, "just some text"));
        MainWindow window;
        Result<void> opened = window.openDatabase(path, false);
        QVERIFY(!opened);
        QVERIFY(opened.errorString().contains(u"not a Gloss database"_s));
        QCOMPARE(window.database(), nullptr);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
