// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sqlitestatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

// Texts bound through SqliteStatement are converted to UTF-8 in buffers it reuses: whatever is
// bound, in whatever order, is what the database holds.
class TestSqliteStatement final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"statement"_s);
        db.setDatabaseName(m_dir.filePath(u"texts.sqlite"_s));
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT, b TEXT)"_s));
    }

    void cleanupTestCase() { QSqlDatabase::removeDatabase(u"statement"_s); }

    void textsArriveWhole_data()
    {
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::newRow("ascii") << u"Rafah"_s << u"ceasefire talks"_s;
        QTest::newRow("empty is empty, not NULL") << QString() << u""_s;
        QTest::newRow("accents") << u"Erdoğan’s “remarks”"_s << u"Zürich, naïve façade"_s;
        QTest::newRow("hebrew and arabic") << u"ראש הממשלה"_s << u"رئيس الوزراء"_s;
        QTest::newRow("surrogate pairs") << u"Breaking 🚨 news 👍🏽"_s << u"𝔘𝔫𝔦𝔠𝔬𝔡𝔢"_s;
        QTest::newRow("long") << QString(200000, u'é') << u"x"_s;
    }

    void textsArriveWhole()
    {
        QFETCH(QString, first);
        QFETCH(QString, second);
        QSqlDatabase db = QSqlDatabase::database(u"statement"_s);
        SqliteStatement insert(db, "INSERT INTO t (a, b) VALUES (?, ?)");
        QVERIFY(insert.isValid());
        // A long text, then the row's own: the reused buffers must not keep the longer one's tail.
        insert.bind(1, QString(5000, u'z'));
        insert.bind(1, first);
        insert.bind(2, second);
        QVERIFY(insert.execute());
        // The same statement again with the texts swapped.
        insert.bind(1, second);
        insert.bind(2, first);
        QVERIFY(insert.execute());
        QSqlQuery rows(db);
        QVERIFY(rows.exec(u"SELECT a, b, a IS NULL, b IS NULL FROM t ORDER BY id DESC LIMIT 2"_s));
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toString(), second);
        QCOMPARE(rows.value(1).toString(), first);
        QVERIFY(rows.next());
        QCOMPARE(rows.value(0).toString(), first);
        QCOMPARE(rows.value(1).toString(), second);
        QCOMPARE(rows.value(2).toInt(), 0);
        QCOMPARE(rows.value(3).toInt(), 0);
    }

    void aParameterOutOfRangeIsIgnored()
    {
        SqliteStatement insert(QSqlDatabase::database(u"statement"_s), "INSERT INTO t (a, b) VALUES (?, 'b')");
        insert.bind(0, u"none"_s);
        insert.bind(2, u"none"_s);
        insert.bind(1, u"kept"_s);
        QVERIFY(insert.execute());
        QSqlQuery row(QSqlDatabase::database(u"statement"_s));
        QVERIFY(row.exec(u"SELECT a FROM t ORDER BY id DESC LIMIT 1"_s) && row.next());
        QCOMPARE(row.value(0).toString(), u"kept"_s);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "tst_sqlitestatement.moc"
