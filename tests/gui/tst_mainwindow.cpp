// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlistpanel.h"
#include "mainwindow.h"
#include "model/documentlistmodel.h"
#include "paths.h"
#include "readerview.h"
#include "settings/settings.h"
#include "testsupport.h"
#include "timelinewidget.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
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
