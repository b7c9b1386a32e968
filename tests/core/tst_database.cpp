// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database.h"
#include "store/databaseheader.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsMissingFileWithLatestSchema()
    {
        const QString path = m_dir.filePath(u"sub/new.gloss"_s);
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        QVERIFY((*opened)->wasCreated());
        QCOMPARE((*opened)->schemaVersion(), SqlDialect().latestSchemaVersion());
        QVERIFY(!(*opened)->isReadOnly());
        QSqlQuery mode((*opened)->connection());
        QVERIFY(mode.exec(u"PRAGMA journal_mode"_s) && mode.next());
        QCOMPARE(mode.value(0).toString(), u"wal"_s);
        QSqlQuery keys((*opened)->connection());
        QVERIFY(keys.exec(u"PRAGMA foreign_keys"_s) && keys.next());
        QCOMPARE(keys.value(0).toInt(), 1);
        opened = Error{};
        const DatabaseHeader header = DatabaseHeader::read(path);
        QCOMPARE(header.kind, DatabaseHeader::Kind::Sqlite);
        QCOMPARE(header.applicationId, Database::ApplicationId);
    }

    void reopensWithoutRecreating()
    {
        const QString path = m_dir.filePath(u"again.gloss"_s);
        {
            auto db = Test::openDatabase(path);
            QVERIFY(db);
            QVERIFY(db->setMetaValue(u"k"_s, u"v"_s));
        }
        auto db = Test::openDatabase(path);
        QVERIFY(db);
        QVERIFY(!db->wasCreated());
        QCOMPARE(db->metaValue(u"k"_s), u"v"_s);
        QVERIFY(db->integrityCheck());
    }

    void opensAfterACrashBeforeCheckpoint()
    {
        // A process killed right after creating its corpus leaves the schema only in the WAL.
        const QString path = m_dir.filePath(u"crashed.gloss"_s);
        const QString copy = m_dir.filePath(u"crashed-copy.gloss"_s);
        {
            auto db = Test::openDatabase(path);
            QVERIFY(db);
            QVERIFY(db->setMetaValue(u"survives"_s, u"yes"_s));
            QVERIFY(QFile::exists(path + u"-wal"_s));
            QVERIFY(QFile::copy(path, copy));
            QVERIFY(QFile::copy(path + u"-wal"_s, copy + u"-wal"_s));
        }
        QCOMPARE(DatabaseHeader::read(copy).applicationId, 0u); // the header alone says nothing yet
        auto reopened = Test::openDatabase(copy);
        QVERIFY(reopened);
        QVERIFY(!reopened->wasCreated());
        QCOMPARE(reopened->metaValue(u"survives"_s), u"yes"_s);
        QVERIFY(reopened->integrityCheck());
    }

    // Real files from a corpus killed (tst_faultinjection) while its new file turned to WAL: page 1
    // written, the rollback journal not yet deleted. A read-only probe cannot roll it back.
    void rollsBackAChangeInterruptedByAKill()
    {
        const QString path = copyInterruptedCorpus(u"interrupted.gloss"_s);
        auto db = Test::openDatabase(path);
        QVERIFY(db);
        QVERIFY(db->wasCreated()); // the interrupted change was the file's first
        QCOMPARE(db->schemaVersion(), SqlDialect().latestSchemaVersion());
        QVERIFY(!QFile::exists(path + u"-journal"_s));
        QVERIFY(db->integrityCheck());
    }

    void interruptedChangeOpenedReadOnlyIsExplained()
    {
        const QString path = copyInterruptedCorpus(u"interrupted-ro.gloss"_s);
        const QByteArray before = Test::readFile(path);
        Database::Options options;
        options.readOnly = true;
        Result<std::unique_ptr<Database>> opened = Database::open(path, options);
        QVERIFY(!opened);
        QVERIFY2(opened.errorString().contains(u"in the middle of a change"_s), qPrintable(opened.errorString()));
        QVERIFY2(opened.errorString().contains(u"interrupted-ro.gloss-journal"_s), qPrintable(opened.errorString()));
        QCOMPARE(Test::readFile(path), before);
        QVERIFY(QFile::exists(path + u"-journal"_s));
    }

    void migratesAnOlderSchemaAfterABackup()
    {
        const QString path = m_dir.filePath(u"v1.gloss"_s);
        {
            // A corpus as the first released schema left it, with one document.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            const QStringList version1 = SqlDialect().migrationSteps().constFirst();
            for (const QString &sql : version1) {
                QVERIFY2(QSqlQuery(db).exec(sql), qPrintable(sql));
            }
            QVERIFY(QSqlQuery(db).exec(u"PRAGMA user_version = 1"_s));
            QVERIFY(QSqlQuery(db).exec(u"PRAGMA application_id = %1"_s.arg(Database::ApplicationId)));
            QVERIFY(QSqlQuery(db).exec(u"INSERT INTO document (content_hash, title, body, length, imported_at) "
                                       "VALUES ('h', 'Old title', 'Old body about Rafah', 20, '2024-01-01T00:00:00Z')"_s));
            QVERIFY(QSqlQuery(db).exec(u"INSERT INTO document_fts (rowid, title, body) "
                                       "SELECT id, title, body FROM document"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);
        const QByteArray before = Test::readFile(path);

        auto db = Test::openDatabase(path);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), SqlDialect().latestSchemaVersion());
        QVERIFY(SqlDialect().latestSchemaVersion() > 1);
        QVERIFY(!db->lastBackupPath().isEmpty());
        {
            // The backup is the old corpus, whole and still at version 1.
            QSqlDatabase backup = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backup"_s);
            backup.setDatabaseName(db->lastBackupPath());
            QVERIFY(backup.open());
            QSqlQuery version(backup);
            QVERIFY(version.exec(u"PRAGMA user_version"_s) && version.next());
            QCOMPARE(version.value(0).toInt(), 1);
            QSqlQuery count(backup);
            QVERIFY(count.exec(u"SELECT count(*) FROM document"_s) && count.next());
            QCOMPARE(count.value(0).toInt(), 1);
            backup.close();
        }
        QSqlDatabase::removeDatabase(u"backup"_s);
        QVERIFY(!before.isEmpty());
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(u"SELECT title, date_note, format FROM document"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"Old title"_s);
        QCOMPARE(query.value(1).toString(), QString());
        QCOMPARE(query.value(2).toString(), u"text"_s);
        QSqlQuery fts(db->connection());
        QVERIFY(fts.exec(u"SELECT count(*) FROM document_fts WHERE document_fts MATCH 'Rafah'"_s) && fts.next());
        QCOMPARE(fts.value(0).toInt(), 1);
        QVERIFY(db->integrityCheck());
    }

    void secondWriterGetsAClearAnswer()
    {
        const QString path = m_dir.filePath(u"shared.gloss"_s);
        auto first = Test::openDatabase(path);
        QVERIFY(first);
        Database::Options options;
        options.busyTimeoutMs = 100;
        Result<std::unique_ptr<Database>> second = Database::open(path, options);
        QVERIFY2(second, qPrintable(second.errorString()));
        Transaction holding(first->connection());
        QVERIFY(holding.isActive());
        Result<void> write = (*second)->setMetaValue(u"k"_s, u"v"_s);
        QVERIFY(!write);
        QVERIFY2(write.errorString().contains(u"busy"_s), qPrintable(write.errorString()));
        QVERIFY(holding.commit());
        QVERIFY((*second)->setMetaValue(u"k"_s, u"v"_s));
        QCOMPARE(first->metaValue(u"k"_s), u"v"_s);
    }

    void refusesForeignFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"not an SQLite file"_s;
        QTest::newRow("text") << QByteArray("hello, this is a text file\n") << u"not an SQLite file"_s;
        QTest::newRow("truncated sqlite") << QByteArray("SQLite format 3\0\x10\0", 18) << u"shorter than an SQLite header"_s;
    }

    void refusesForeignFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString path = m_dir.filePath(u"foreign.gloss"_s);
        QVERIFY(Test::writeFile(path, content));
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.errorString().contains(message), qPrintable(opened.errorString()));
        QVERIFY(opened.errorString().contains(u"foreign.gloss"_s));
        QCOMPARE(opened.error().kind, ErrorKind::BadInput);
        QCOMPARE(Test::readFile(path), content);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void refusesAnotherProgramsSqliteDatabase()
    {
        const QString path = m_dir.filePath(u"other.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE songs (title TEXT)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"other"_s);
        const QByteArray before = Test::readFile(path);
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.errorString().contains(u"another program"_s), qPrintable(opened.errorString()));
        QCOMPARE(Test::readFile(path), before);
    }

    void refusesNewerSchema()
    {
        const QString path = m_dir.filePath(u"future.gloss"_s);
        {
            auto db = Test::openDatabase(path);
            QVERIFY(db);
            QVERIFY(QSqlQuery(db->connection()).exec(u"PRAGMA user_version = 999"_s));
        }
        const QByteArray before = Test::readFile(path);
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.errorString().contains(u"newer version of Gloss"_s), qPrintable(opened.errorString()));
        QCOMPARE(Test::readFile(path), before);
    }

    void refusesCorruptedDatabase()
    {
        const QString path = m_dir.filePath(u"corrupt.gloss"_s);
        {
            auto db = Test::openDatabase(path);
            QVERIFY(db);
            QSqlQuery insert(db->connection());
            QVERIFY(insert.exec(u"INSERT INTO meta (key, value) VALUES ('x', zeroblob(50000))"_s));
        }
        QByteArray bytes = Test::readFile(path);
        QVERIFY(bytes.size() > 8192);
        // Scribble over the second page (a b-tree page) but keep the header intact.
        const qsizetype pageSize = 4096;
        for (qsizetype i = pageSize; i < 2 * pageSize; ++i) {
            bytes[i] = char(0xA5);
        }
        QVERIFY(Test::writeFile(path, bytes));
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.errorString().contains(u"damaged"_s), qPrintable(opened.errorString()));
        QCOMPARE(Test::readFile(path), bytes);
    }

    void opensReadOnlyFileReadOnly()
    {
        if (geteuid() == 0) {
            QSKIP("root ignores file permissions");
        }
        const QString path = m_dir.filePath(u"ro.gloss"_s);
        { QVERIFY(Test::openDatabase(path)); }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
        auto db = Test::openDatabase(path);
        QVERIFY(db);
        QVERIFY(db->isReadOnly());
    }

    void readOnlyOptionIsHonoured()
    {
        const QString path = m_dir.filePath(u"ro-option.gloss"_s);
        { QVERIFY(Test::openDatabase(path)); }
        Database::Options options;
        options.readOnly = true;
        Result<std::unique_ptr<Database>> opened = Database::open(path, options);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        QVERIFY((*opened)->isReadOnly());
        Result<void> write = (*opened)->setMetaValue(u"a"_s, u"b"_s);
        QVERIFY(!write);
        QVERIFY2(write.errorString().contains(u"read-only"_s), qPrintable(write.errorString()));
    }

    void backupWritesACompleteCopy()
    {
        auto db = Test::openDatabase(m_dir.filePath(u"source.gloss"_s));
        QVERIFY(db);
        QVERIFY(db->setMetaValue(u"marker"_s, u"42"_s));
        const QString target = m_dir.filePath(u"copy.gloss"_s);
        QVERIFY(db->backupTo(target));
        auto copy = Test::openDatabase(target);
        QVERIFY(copy);
        QCOMPARE(copy->metaValue(u"marker"_s), u"42"_s);
    }

    void describesCommonSqliteErrors_data()
    {
        QTest::addColumn<QString>("driverText");
        QTest::addColumn<QString>("expected");
        QTest::newRow("locked") << u"database is locked Unable to fetch row"_s << u"another program"_s;
        QTest::newRow("full") << u"database or disk is full"_s << u"disk holding"_s;
        QTest::newRow("readonly") << u"attempt to write a readonly database"_s << u"read-only"_s;
        QTest::newRow("malformed") << u"database disk image is malformed"_s << u"damaged"_s;
    }

    void describesCommonSqliteErrors()
    {
        QFETCH(QString, driverText);
        QFETCH(QString, expected);
        const QString message = Database::describeSqlError(driverText, u"/tmp/x.gloss"_s);
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(message.contains(u"x.gloss"_s));
    }

    // A transaction opened inside another is a savepoint of it: committed, its writes wait for
    // the outer commit; rolled back, only its own writes are undone.
    void nestedTransactionsAreSavepoints()
    {
        auto db = Test::openDatabase(m_dir.filePath(u"nested.gloss"_s));
        QVERIFY(db);
        {
            Transaction outer(db->connection());
            QVERIFY(outer.isActive());
            QVERIFY(db->setMetaValue(u"outer"_s, u"1"_s));
            {
                Transaction kept(db->connection());
                QVERIFY2(kept.isActive(), qPrintable(kept.errorString()));
                QVERIFY(db->setMetaValue(u"kept"_s, u"1"_s));
                QVERIFY(kept.commit());
            }
            {
                Transaction dropped(db->connection());
                QVERIFY(dropped.isActive());
                QVERIFY(db->setMetaValue(u"dropped"_s, u"1"_s));
            } // rolled back to its savepoint
            QCOMPARE(db->metaValue(u"kept"_s), u"1"_s);
            QCOMPARE(db->metaValue(u"dropped"_s), QString());
            // Another connection sees nothing before the outer commit.
            auto other = Test::openDatabase(db->path());
            QCOMPARE(other->metaValue(u"kept"_s), QString());
            QVERIFY(outer.commit());
            QCOMPARE(other->metaValue(u"kept"_s), u"1"_s);
            QCOMPARE(other->metaValue(u"outer"_s), u"1"_s);
        }
        {
            Transaction outer(db->connection());
            {
                Transaction inner(db->connection());
                QVERIFY(db->setMetaValue(u"lost"_s, u"1"_s));
                QVERIFY(inner.commit());
            }
        } // the outer one rolls back, and the committed savepoint with it
        QCOMPARE(db->metaValue(u"lost"_s), QString());
    }

private:
    QString copyInterruptedCorpus(const QString &name) const
    {
        const QString from = Test::sourceDir() + u"/tests/data/interrupted-wal-switch/corpus.gloss"_s;
        const QString path = m_dir.filePath(name);
        if (!QFile::copy(from, path) || !QFile::copy(from + u"-journal"_s, path + u"-journal"_s)) {
            return {};
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(path + u"-journal"_s, QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }


    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
