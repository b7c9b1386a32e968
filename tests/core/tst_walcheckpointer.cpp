// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/walcheckpointer.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestWalCheckpointer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Committed pages reach the database file while the writer's connection stays open and
    // copies nothing itself; the rows are all there when the file is opened afresh.
    void copiesCommittedPagesIntoTheDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"corpus.gloss"_s);
        std::unique_ptr<Database> db = Test::openDatabase(path);
        QVERIFY(db);
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
        const qint64 sizeBefore = QFileInfo(path).size();
        WalCheckpointer checkpointer(path);
        QVERIFY(query.exec(u"BEGIN"_s));
        QVERIFY(query.exec(u"CREATE TABLE filler (text TEXT)"_s));
        QVERIFY(query.prepare(u"INSERT INTO filler VALUES (?)"_s));
        for (int i = 0; i < 200; ++i) {
            query.addBindValue(QString(2000, QChar(u'a' + i % 26)));
            QVERIFY(query.exec());
        }
        QVERIFY(QSqlQuery(db->connection()).exec(u"COMMIT"_s));
        QCOMPARE(QFileInfo(path).size(), sizeBefore); // all in the log so far
        checkpointer.request();
        QDeadlineTimer deadline(10000);
        while (checkpointer.checkpointsDone() == 0 && !deadline.hasExpired()) {
            QTest::qWait(10);
        }
        QCOMPARE(checkpointer.checkpointsDone(), 1);
        QVERIFY(QFileInfo(path).size() > sizeBefore + 200 * 2000);
        db.reset();
        std::unique_ptr<Database> again = Test::openDatabase(path);
        QSqlQuery count(again->connection());
        QVERIFY(count.exec(u"SELECT count(*) FROM filler"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 200);
    }

    // Nothing is there to copy into: no file is created, and stopping does not wait.
    void aMissingDatabaseIsLeftAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gone.gloss"_s);
        {
            WalCheckpointer checkpointer(path);
            checkpointer.request();
            QTest::qWait(50);
            QCOMPARE(checkpointer.checkpointsDone(), 0);
        }
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
