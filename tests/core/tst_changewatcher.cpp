// SPDX-License-Identifier: GPL-3.0-or-later
// Live updates: what one user (connection) commits reaches another's open window within 2 s.
// Runs on SQLite (two connections to one file) and, as tst_changewatcher_postgres, on a server.
#include "edit/annotationeditor.h"
#include "import/importer.h"
#include "store/changewatcher.h"
#include "store/codebook.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestChangeWatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        m_mine = Test::openDatabase(m_dir->filePath(u"corpus.gloss"_s));
        QVERIFY(m_mine);
        m_theirs = Test::openDatabase(m_mine->path());
        QVERIFY(m_theirs);
        Result<DocumentRepository::Inserted> inserted =
            Importer(*m_theirs).importText(u"Headline\n\nAlpha met Beta in Gaza."_s, u"a.txt"_s);
        QVERIFY2(inserted, qPrintable(inserted.errorString()));
        m_doc = inserted->id;
    }

    void cleanup()
    {
        m_theirs.reset();
        m_mine.reset();
        m_dir.reset();
    }

    void othersChangesArrive_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("table"); // what a server names (SQLite cannot tell)
        QTest::newRow("new annotation") << u"annotate"_s << u"annotation"_s;
        QTest::newRow("edited note") << u"edit"_s << u"annotation"_s;
        QTest::newRow("removed annotation") << u"remove"_s << u"annotation"_s;
        QTest::newRow("article note") << u"article note"_s << u"document_note"_s;
        QTest::newRow("new code") << u"code"_s << u"code"_s;
    }

    void othersChangesArrive()
    {
        QFETCH(QString, change);
        QFETCH(QString, table);
        QUndoStack stack;
        AnnotationEditor theirs(*m_theirs, &stack);
        theirs.setAuthor(u"Bea"_s);
        const qint64 existing = theirs.annotate(m_doc, 0, 5, 0, u"x"_s)->id;

        ChangeWatcher watcher(*m_mine);
        QVERIFY(watcher.isWatching());
        QSignalSpy changed(&watcher, &ChangeWatcher::changedElsewhere);
        QTest::qWait(50);
        changed.clear(); // whatever came before the watcher started

        QElapsedTimer clock;
        clock.start();
        if (change == u"annotate"_s) {
            QVERIFY(theirs.annotate(m_doc, 6, 9, 0, u"new"_s));
        } else if (change == u"edit"_s) {
            QVERIFY(theirs.setNote(existing, u"edited"_s));
        } else if (change == u"remove"_s) {
            QVERIFY(theirs.remove(existing));
        } else if (change == u"article note"_s) {
            QVERIFY(theirs.setDocumentNote(m_doc, u"# note"_s));
        } else {
            QVERIFY(CodeBook(*m_theirs).create(u"Claim"_s, u"#ff0000"_s));
        }
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        if (m_mine->isServer()) {
            QCOMPARE(changed.constFirst().at(0).toString(), table);
            if (table != u"code"_s) {
                QCOMPARE(changed.constFirst().at(1).toLongLong(), m_doc);
            }
        }
        // The window reads what arrived.
        QVERIFY(AnnotationRepository(*m_mine).forDocument(m_doc));
    }

    // A window's own writes are not reported back to it.
    void ownChangesAreNotReported()
    {
        ChangeWatcher watcher(*m_mine);
        QSignalSpy changed(&watcher, &ChangeWatcher::changedElsewhere);
        QTest::qWait(50);
        changed.clear();
        QUndoStack stack;
        AnnotationEditor mine(*m_mine, &stack);
        QVERIFY(mine.annotate(m_doc, 0, 5, 0, u"mine"_s));
        QTest::qWait(ChangeWatcher::PollIntervalMs * 2 + 100);
        QCOMPARE(changed.count(), 0);
    }

    // Another process (the command line of another user) is seen as well.
    void anotherProcessIsSeen()
    {
        const QString gloss = Test::binaryDir() + u"/bin/gloss"_s;
        if (!QFileInfo(gloss).isExecutable()) {
            QSKIP("the gloss binary is not built");
        }
        ChangeWatcher watcher(*m_mine);
        QSignalSpy changed(&watcher, &ChangeWatcher::changedElsewhere);
        QTest::qWait(50);
        changed.clear();
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"data"_s));
        process.setProcessEnvironment(env);
        process.start(gloss, {u"--db"_s, m_mine->address(), u"annotate"_s, u"--doc"_s, QString::number(m_doc), u"--start"_s,
                              u"0"_s, u"--end"_s, u"5"_s, u"--code"_s, u"Claim"_s, u"--author"_s, u"Cli"_s});
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 2000);
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_mine;
    std::unique_ptr<Database> m_theirs;
    qint64 m_doc = 0;
};

QTEST_GUILESS_MAIN(TestChangeWatcher)
#include "tst_changewatcher.moc"
