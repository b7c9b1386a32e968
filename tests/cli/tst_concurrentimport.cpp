// SPDX-License-Identifier: GPL-3.0-or-later
// Two users import at once into one corpus: two `gloss import` processes with overlapping sets
// of articles, in opposite orders, naming the same entities. Every article is stored once and
// every file is accounted for as imported or duplicate by one of them. On SQLite (one file) and,
// as tst_concurrentimport_postgres, on a PostgreSQL server.
#include "store/documentrepository.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestConcurrentImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_gloss = Test::binaryDir() + u"/bin/gloss"_s;
        QVERIFY2(QFileInfo(m_gloss).isExecutable(), qPrintable(m_gloss));
    }

    void twoWritersStoreEachArticleOnce_data()
    {
        QTest::addColumn<int>("shared"); // articles both import
        QTest::addColumn<int>("own");    // articles only one imports, each
        QTest::newRow("all shared") << 40 << 0;
        QTest::newRow("overlapping") << 24 << 16;
    }

    void twoWritersStoreEachArticleOnce()
    {
        QFETCH(int, shared);
        QFETCH(int, own);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto article = [&dir](const QString &name, int k) {
            const QString path = dir.filePath(name + u".txt"_s);
            // The same people and places in every article: both writers want the same entity rows.
            const QString body = u"Talks %1 in Cairo\n\nUS President Joe Biden spoke with Prime Minister Benjamin Netanyahu "
                                 "about Gaza and Rafah on Monday. Secretary of State Antony Blinken met Egypt's "
                                 "foreign minister in Cairo (item %1, %2)."_s.arg(k).arg(name);
            Test::writeFile(path, body.toUtf8());
            return path;
        };
        QStringList both;
        QStringList first;
        QStringList second;
        for (int k = 0; k < shared; ++k) {
            both << article(u"shared%1"_s.arg(k), k);
        }
        for (int k = 0; k < own; ++k) {
            first << article(u"first%1"_s.arg(k), 1000 + k);
            second << article(u"second%1"_s.arg(k), 2000 + k);
        }
        // Opposite orders, and the other's own files in between: the writers meet on every row.
        QStringList one = both;
        QStringList two = both;
        std::reverse(two.begin(), two.end());
        for (int k = 0; k < own; ++k) {
            one.insert(std::min<qsizetype>(one.size(), 2 * k + 1), first.at(k));
            two.insert(std::min<qsizetype>(two.size(), 2 * k + 1), second.at(k));
        }
        const QString corpus = Test::corpusLocation(dir.filePath(u"corpus.gloss"_s));
        {
            // Created before, so that neither process sets it up while the other writes.
            const std::unique_ptr<Database> db = Test::openDatabase(corpus);
            QVERIFY(db);
        }
        QProcess a;
        QProcess b;
        start(a, dir, corpus, one);
        start(b, dir, corpus, two);
        QVERIFY(a.waitForFinished(90000));
        QVERIFY(b.waitForFinished(90000));
        const QByteArray aErr = a.readAllStandardError();
        const QByteArray bErr = b.readAllStandardError();
        QVERIFY2(a.exitCode() == 0, aErr.constData());
        QVERIFY2(b.exitCode() == 0, bErr.constData());
        const QJsonObject aSummary = QJsonDocument::fromJson(a.readAllStandardOutput()).object();
        const QJsonObject bSummary = QJsonDocument::fromJson(b.readAllStandardOutput()).object();
        QCOMPARE(aSummary.value(u"failed"_s).toArray().size(), 0);
        QCOMPARE(bSummary.value(u"failed"_s).toArray().size(), 0);
        const int unique = shared + 2 * own;
        QCOMPARE(aSummary.value(u"imported"_s).toInt() + aSummary.value(u"duplicates"_s).toInt(), int(one.size()));
        QCOMPARE(bSummary.value(u"imported"_s).toInt() + bSummary.value(u"duplicates"_s).toInt(), int(two.size()));
        QCOMPARE(aSummary.value(u"imported"_s).toInt() + bSummary.value(u"imported"_s).toInt(), unique);

        const std::unique_ptr<Database> db = Test::openDatabase(corpus);
        QCOMPARE(DocumentRepository(*db).countAll().value(), qint64(unique));
        QSqlQuery query(db->connection());
        QVERIFY(query.exec(u"SELECT count(DISTINCT content_hash), count(DISTINCT body) FROM document"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), unique);
        QCOMPARE(query.value(1).toInt(), unique);
        // One entity per name, though both writers created them at once.
        QVERIFY(query.exec(u"SELECT count(*), count(DISTINCT kind || ':' || canonical) FROM entity"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), query.value(1).toInt());
        QVERIFY(query.exec(u"SELECT count(*) FROM document_entity de JOIN entity e ON e.id = de.entity_id "
                           "WHERE e.canonical = 'Joe Biden'"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), unique);
    }

private:
    void start(QProcess &process, const QTemporaryDir &dir, const QString &corpus, const QStringList &files) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        process.setProcessEnvironment(env);
        process.start(m_gloss, QStringList{u"--db"_s, corpus, u"import"_s} + files);
    }

    QString m_gloss;
};

QTEST_GUILESS_MAIN(TestConcurrentImport)
#include "tst_concurrentimport.moc"
