// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode on a real PostgreSQL server (CTest's postgres fixture): opening, refusing what is
// not a Gloss corpus, migrations, and full-text search that answers as SQLite's does.
#include "import/importer.h"
#include "store/annotationrepository.h"
#include "store/codebook.h"
#include "store/database.h"
#include "store/documentrepository.h"
#include "store/serveraddress.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestPostgresStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (Test::postgresServer().isEmpty()) {
            QSKIP("GLOSS_TEST_POSTGRES is not set: these tests need a PostgreSQL server (ctest starts one, label postgres)");
        }
        QVERIFY(m_dir.isValid());
        // One corpus of the sample articles on each backend, for the search comparisons.
        const QStringList seeds = Test::seedFiles();
        QVERIFY(seeds.size() >= 5);
        m_sqlite = Test::openDatabase(m_dir.filePath(u"seeds.gloss"_s));
        m_server = Test::openDatabase(Test::newServerDatabase());
        QVERIFY(m_sqlite && m_server);
        QCOMPARE(Importer(*m_sqlite).importPaths(seeds).imported, seeds.size());
        const ImportSummary imported = Importer(*m_server).importPaths(seeds);
        QVERIFY2(imported.failed.isEmpty(), qPrintable(imported.failed.value(0).error));
        QCOMPARE(imported.imported, seeds.size());
    }

    void opensAndRecordsMigrations()
    {
        const QString url = Test::newServerDatabase();
        {
            const std::unique_ptr<Database> db = Test::openDatabase(url);
            QVERIFY(db);
            QVERIFY(db->isServer());
            QVERIFY(db->wasCreated());
            QCOMPARE(db->schemaVersion(), db->dialect().latestSchemaVersion());
            QSqlQuery steps(db->connection());
            QVERIFY(steps.exec(u"SELECT version FROM gloss_schema ORDER BY version"_s));
            QList<int> versions;
            while (steps.next()) {
                versions << steps.value(0).toInt();
            }
            QCOMPARE(versions.size(), db->dialect().latestSchemaVersion());
            QCOMPARE(versions.constFirst(), 1);
            QCOMPARE(versions.constLast(), db->dialect().latestSchemaVersion());
            QVERIFY(db->setMetaValue(u"k"_s, u"v"_s));
            QVERIFY(db->integrityCheck());
        }
        const std::unique_ptr<Database> again = Test::openDatabase(url);
        QVERIFY(!again->wasCreated());
        QCOMPARE(again->metaValue(u"k"_s), u"v"_s);
        QVERIFY(!again->path().contains(u"password"_s));
    }

    // Two Gloss instances opening a fresh database at once: one migrates, the other waits and
    // finds it done.
    void migratesOnceWhenTwoOpenAtOnce()
    {
        const QString url = Test::newServerDatabase();
        QString errors[2];
        QThread *threads[2];
        for (int k = 0; k < 2; ++k) {
            threads[k] = QThread::create([url, &errors, k] {
                Result<std::unique_ptr<Database>> db = Database::open(url);
                errors[k] = db ? QString() : db.errorString();
            });
            threads[k]->start();
        }
        for (QThread *thread : threads) {
            QVERIFY(thread->wait(30000));
            delete thread;
        }
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        const std::unique_ptr<Database> db = Test::openDatabase(url);
        QSqlQuery steps(db->connection());
        QVERIFY(steps.exec(u"SELECT count(*) FROM gloss_schema"_s) && steps.next());
        QCOMPARE(steps.value(0).toInt(), db->dialect().latestSchemaVersion());
    }

    void refusesWhatIsNotAGlossCorpus_data()
    {
        QTest::addColumn<QString>("setup"); // SQL run in the new database first
        QTest::addColumn<QString>("message");
        QTest::newRow("another program's tables") << u"CREATE TABLE invoices (id int)"_s << u"is not a Gloss database"_s;
        QTest::newRow("a newer Gloss") << u"CREATE TABLE gloss_schema (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);"
                                          "INSERT INTO gloss_schema VALUES (999, '')"_s
                                       << u"newer version of Gloss"_s;
    }

    void refusesWhatIsNotAGlossCorpus()
    {
        QFETCH(QString, setup);
        QFETCH(QString, message);
        const QString url = Test::newServerDatabase();
        for (const QString &sql : setup.split(u';')) {
            const QString error = Test::onServer(sql, url);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        Result<std::unique_ptr<Database>> opened = Database::open(url);
        QVERIFY(!opened);
        QVERIFY2(opened.errorString().contains(message), qPrintable(opened.errorString()));
        QVERIFY2(opened.errorString().contains(ServerAddress::parse(url)->display()), qPrintable(opened.errorString()));
    }

    void explainsConnectionFailures_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        const ServerAddress server = *ServerAddress::parse(Test::postgresServer());
        QTest::newRow("no server on that socket")
            << u"postgresql:///gloss?host=%1"_s.arg(m_dir.filePath(u"nowhere"_s)) << u"Cannot reach the PostgreSQL server"_s;
        QTest::newRow("no server on that port") << u"postgresql://gloss@127.0.0.1:1/gloss?connect_timeout=3"_s
                                                << u"Cannot reach the PostgreSQL server"_s;
        QTest::newRow("unknown user") << server.withDatabase(u"postgres"_s).display().replace(u"user=gloss"_s, u"user=intruder"_s)
                                      << u"Cannot sign in"_s;
        QTest::newRow("no such database") << server.withDatabase(u"no_such_corpus"_s).display() << u"no such database"_s;
        QTest::newRow("no database named") << u"postgresql://localhost"_s << u"names no database"_s;
    }

    void explainsConnectionFailures()
    {
        QFETCH(QString, url);
        QFETCH(QString, message);
        Result<std::unique_ptr<Database>> opened = Database::open(url);
        QVERIFY(!opened);
        QVERIFY2(opened.errorString().contains(message), qPrintable(opened.errorString()));
    }

    // The same query syntax answers the same on both backends.
    void searchesAsSqliteDoes_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("hits"); // at least one match
        QTest::newRow("word") << u"Netanyahu"_s << true;
        QTest::newRow("lower case") << u"netanyahu"_s << true;
        QTest::newRow("phrase") << u"\"Prime Minister Benjamin Netanyahu\""_s << true;
        QTest::newRow("phrase out of order") << u"\"Netanyahu Benjamin\""_s << false;
        QTest::newRow("prefix") << u"Netan*"_s << true;
        QTest::newRow("phrase prefix") << u"\"White Hou\"*"_s << true;
        QTest::newRow("and") << u"Biden Kirby"_s << true;
        QTest::newRow("or") << u"Kirby OR Blinken"_s << true;
        QTest::newRow("not") << u"Gaza NOT Kirby"_s << true;
        QTest::newRow("groups") << u"(Kirby OR Blinken) AND Rafah"_s << true;
        QTest::newRow("hyphenated") << u"Israel-Gaza"_s << true;
        QTest::newRow("nothing") << u"zeppelin"_s << false;
        QTest::newRow("punctuation only is no search") << u"&|!:*"_s << true;
    }

    void searchesAsSqliteDoes()
    {
        QFETCH(QString, query);
        QFETCH(bool, hits);
        DocumentFilter filter;
        filter.text = query;
        const auto titles = [&filter](Database &db, DocumentSort sort) {
            QStringList result;
            const Result<QList<DocumentSummary>> rows = DocumentRepository(db).list(filter, sort, 0, 50);
            if (!rows) {
                return QStringList{u"error: "_s + rows.errorString()};
            }
            for (const DocumentSummary &row : *rows) {
                result << row.title;
            }
            return result;
        };
        const QStringList sqlite = titles(*m_sqlite, DocumentSort::PublishedDescending);
        const QStringList server = titles(*m_server, DocumentSort::PublishedDescending);
        QCOMPARE(server, sqlite);
        QCOMPARE(!server.isEmpty(), hits);
        QCOMPARE(DocumentRepository(*m_server).count(filter).value(), qint64(server.size()));
        // Ranked: the same documents (the order is each backend's own measure of relevance).
        QStringList ranked = titles(*m_server, DocumentSort::Relevance);
        ranked.sort();
        QStringList expected = sqlite;
        expected.sort();
        QCOMPARE(ranked, expected);
    }

    void snippetsMarkTheMatches()
    {
        DocumentFilter filter;
        filter.text = u"\"localised pauses\""_s;
        const QList<DocumentSummary> rows = DocumentRepository(*m_server).list(filter, DocumentSort::Relevance, 0, 10).value();
        QVERIFY(!rows.isEmpty());
        for (const DocumentSummary &row : rows) {
            QVERIFY2(row.snippet.contains(u"\x02localised\x03"_s), qPrintable(row.snippet));
            QVERIFY2(row.snippet.contains(u"\x02pauses\x03"_s), qPrintable(row.snippet));
        }
    }

    // The article most about a word ranks first.
    void ranksByRelevance()
    {
        const std::unique_ptr<Database> db = Test::openDatabase(Test::newServerDatabase());
        DocumentRepository documents(*db);
        const auto add = [&documents](const QString &title, const QString &body) {
            NewDocument document;
            document.title = title;
            document.body = body;
            document.published = u"2024-01-01"_s;
            document.datePrecision = DatePrecision::Day;
            return documents.insert(document).value().id;
        };
        add(u"Once"_s, u"The ceasefire was mentioned once among many other words about roads and weather."_s);
        const qint64 most = add(u"Often"_s, u"Ceasefire talks: the ceasefire, a ceasefire, ceasefire again."_s);
        DocumentFilter filter;
        filter.text = u"ceasefire"_s;
        const QList<DocumentSummary> ranked = documents.list(filter, DocumentSort::Relevance, 0, 10).value();
        QCOMPARE(ranked.size(), 2);
        QCOMPARE(ranked.constFirst().id, most);
    }

    // What a user types never reaches the server as SQL or as tsquery syntax.
    void hostileQueriesAreHarmless_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("quote") << u"it's"_s;
        QTest::newRow("sql") << u"'); DROP TABLE document; --"_s;
        QTest::newRow("tsquery syntax") << u"a:* & !b | (c <-> d)"_s;
        QTest::newRow("backslash") << u"back\\slash"_s;
        QTest::newRow("unbalanced") << u"((\"open"_s;
    }

    void hostileQueriesAreHarmless()
    {
        QFETCH(QString, query);
        DocumentFilter filter;
        filter.text = query;
        DocumentRepository documents(*m_server);
        QVERIFY2(documents.list(filter, DocumentSort::Relevance, 0, 10), qPrintable(query));
        QVERIFY(documents.count(filter));
        QCOMPARE(documents.countAll().value(), DocumentRepository(*m_sqlite).countAll().value());
    }

    // Annotations and the code book on the server: what the store suites check on both backends,
    // here end to end on the imported articles.
    void annotatesTheImportedCorpus()
    {
        CodeBook book(*m_server);
        const qint64 claim = book.create(u"Claim"_s, u"#aa0000"_s).value();
        AnnotationRepository annotations(*m_server);
        const qint64 document = DocumentRepository(*m_server).list({}, DocumentSort::PublishedAscending, 0, 1)->constFirst().id;
        Result<Annotation> created = annotations.create(document, 0, 4, claim, u"a *note*"_s, u"Ann"_s);
        QVERIFY2(created, qPrintable(created.errorString()));
        QCOMPARE(created->updatedBy, u"Ann"_s);
        const std::optional<Annotation> found = annotations.find(created->id);
        QVERIFY(found);
        QCOMPARE(found->codeId, claim);
        QCOMPARE(found->author, u"Ann"_s);
        QCOMPARE(found->version, 1);
        Result<Annotation> edited = annotations.update(created->id, 1, claim, u"changed"_s, u"Bea"_s);
        QVERIFY2(edited, qPrintable(edited.errorString()));
        QCOMPARE(annotations.find(created->id)->updatedBy, u"Bea"_s);
        DocumentFilter coded;
        coded.code = u"claim"_s;
        QCOMPARE(DocumentRepository(*m_server).count(coded).value(), 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_sqlite;
    std::unique_ptr<Database> m_server;
};

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_postgresstore.moc"
