// SPDX-License-Identifier: GPL-3.0-or-later
// `gloss copy` moves a whole corpus from a file to a PostgreSQL server and back, verified by the
// row counts and checksums of its JSON summary (and checked again here, table by table).
#include "import/importer.h"
#include "store/annotationrepository.h"
#include "store/codebook.h"
#include "store/corpuscopier.h"
#include "store/documentrepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestCorpusCopy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (Test::postgresServer().isEmpty()) {
            QSKIP("GLOSS_TEST_POSTGRES is not set: copying needs a PostgreSQL server (ctest starts one, label postgres)");
        }
        m_gloss = Test::binaryDir() + u"/bin/gloss"_s;
        QVERIFY2(QFileInfo(m_gloss).isExecutable(), qPrintable(m_gloss));
        QVERIFY(m_dir.isValid());
        // A corpus with something in every table: articles (entities, dates, events), a code
        // tree, annotations, an article note.
        m_file = m_dir.filePath(u"team.gloss"_s);
        const std::unique_ptr<Database> db = Test::openDatabase(m_file);
        const QStringList seeds = Test::seedFiles();
        QCOMPARE(Importer(*db).importPaths(seeds).imported, seeds.size());
        CodeBook book(*db);
        const qint64 actors = book.create(u"Actors"_s, u"#aa0000"_s).value();
        const qint64 states = book.create(u"States"_s, u"#bb0000"_s, u"countries"_s, actors).value();
        const qint64 places = book.create(u"Places"_s, u"#00aa00"_s).value();
        QVERIFY(book.move(places, states, 0)); // a parent with a larger id than its child
        AnnotationRepository annotations(*db);
        const QList<DocumentSummary> documents = DocumentRepository(*db).list({}, DocumentSort::PublishedAscending, 0, 10).value();
        QVERIFY(annotations.create(documents.at(0).id, 0, 4, states, u"*who*"_s, u"Ann"_s));
        QVERIFY(annotations.create(documents.at(1).id, 5, 12, places, {}, u"Bea"_s));
        QVERIFY(annotations.create(documents.at(1).id, 20, 30, 0, u"uncoded"_s, u"Bea"_s));
        QVERIFY(annotations.setNote(documents.at(2).id, u"# Article note"_s, u"Ann"_s));
    }

    void copiesToTheServerAndBack()
    {
        const QString server = Test::newServerDatabase();
        const QJsonObject there = copy(m_file, server, 0);
        QVERIFY(there.value(u"verified"_s).toBool());
        QCOMPARE(there.value(u"to"_s).toString(), server);
        QHash<QString, qint64> rows;
        for (const QJsonValue &table : there.value(u"tables"_s).toArray()) {
            const QJsonObject t = table.toObject();
            QVERIFY2(t.value(u"matches"_s).toBool(), qPrintable(t.value(u"table"_s).toString()));
            QCOMPARE(t.value(u"copied_checksum"_s).toString(), t.value(u"checksum"_s).toString());
            QCOMPARE(t.value(u"checksum"_s).toString().size(), 64);
            rows.insert(t.value(u"table"_s).toString(), t.value(u"rows"_s).toInteger());
        }
        for (const QString &table : {u"document"_s, u"entity"_s, u"document_entity"_s, u"document_mentions"_s,
                                     u"time_expression"_s, u"code"_s, u"annotation"_s, u"document_note"_s}) {
            QVERIFY2(rows.value(table) > 0, qPrintable(table));
        }
        QCOMPARE(rows.value(u"annotation"_s), 3);
        QCOMPARE(rows.value(u"code"_s), 3);

        // The copy is a working corpus: searchable, and new rows take new ids.
        {
            const std::unique_ptr<Database> db = Test::openDatabase(server);
            DocumentFilter filter;
            filter.text = u"\"Prime Minister\" Netan*"_s;
            QVERIFY(DocumentRepository(*db).count(filter).value() > 0);
            const qint64 document = DocumentRepository(*db).list({}, DocumentSort::PublishedAscending, 0, 1)->constFirst().id;
            Result<Annotation> added = AnnotationRepository(*db).create(document, 1, 3, 0, {}, u"Cy"_s);
            QVERIFY2(added, qPrintable(added.errorString()));
            QCOMPARE(added->id, 4);
            QVERIFY(AnnotationRepository(*db).remove(added->id));
        }

        const QString back = m_dir.filePath(u"back.gloss"_s);
        const QJsonObject home = copy(server, back, 0);
        QVERIFY(home.value(u"verified"_s).toBool());
        // Back in a file, every table is the original's.
        const std::unique_ptr<Database> original = Test::openDatabase(m_file);
        const std::unique_ptr<Database> copied = Test::openDatabase(back);
        for (const QString &table : CorpusCopier::tables()) {
            QCOMPARE(CorpusCopier::checksum(*copied, table).value(), CorpusCopier::checksum(*original, table).value());
        }
        DocumentFilter filter;
        filter.text = u"Blinken OR Kirby"_s;
        QCOMPARE(DocumentRepository(*copied).count(filter).value(), DocumentRepository(*original).count(filter).value());
        QVERIFY(DocumentRepository(*copied).count(filter).value() > 0);
    }

    void refusesACorpusThatIsNotEmpty()
    {
        const QString server = Test::newServerDatabase();
        copy(m_file, server, 0);
        const QJsonObject again = copy(m_file, server, 2);
        QVERIFY(again.isEmpty());
        QVERIFY2(m_lastError.contains("already holds a corpus"), m_lastError.constData());
    }

private:
    QJsonObject copy(const QString &from, const QString &to, int expectedExit)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        process.setProcessEnvironment(env);
        process.start(m_gloss, {u"copy"_s, u"--from"_s, from, u"--to"_s, to});
        if (!process.waitForFinished(60000)) {
            QTest::qFail("gloss copy did not finish", __FILE__, __LINE__);
            return {};
        }
        m_lastError = process.readAllStandardError();
        if (process.exitCode() != expectedExit) {
            QTest::qFail(m_lastError.constData(), __FILE__, __LINE__);
        }
        return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    }

    QTemporaryDir m_dir;
    QString m_gloss;
    QString m_file;
    QByteArray m_lastError;
};

QTEST_GUILESS_MAIN(TestCorpusCopy)
#include "tst_corpuscopy.moc"
