// SPDX-License-Identifier: GPL-3.0-or-later
// Many small rows stored with few statements: the statements' text, how rows are split among
// them, and every row arriving whole, on both backends (registered POSTGRES).
#include "store/bulkstatement.h"
#include "store/database.h"
#include "store/multirowinsert.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestMultiRowInsert final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void buildsOneStatementPerRowCount()
    {
        const MultiRowInsert insert("t (a, b)", 2, 3);
        QCOMPARE(insert.maxRows(), 3);
        QCOMPARE(insert.columns(), 2);
        // On SQLite without a statement journal (SqlDialect::bulkInsert()).
        QCOMPARE(QByteArray(insert.sql(SqlDialect::Backend::Sqlite, 1)),
                 "INSERT OR FAIL INTO t (a, b) VALUES (?, ?)"_ba);
        QCOMPARE(QByteArray(insert.sql(SqlDialect::Backend::Sqlite, 3)),
                 "INSERT OR FAIL INTO t (a, b) VALUES (?, ?), (?, ?), (?, ?)"_ba);
        QCOMPARE(QByteArray(insert.sql(SqlDialect::Backend::Postgres, 2)),
                 "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)"_ba);
        // Built once: the same text each time.
        QCOMPARE(insert.sql(SqlDialect::Backend::Sqlite, 2), insert.sql(SqlDialect::Backend::Sqlite, 2));
    }

    void splitsRowsAmongStatements_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<QList<int>>("statements"); // rows per statement, in order
        QTest::newRow("one") << 1 << QList<int>{1};
        QTest::newRow("fewer than the most") << 5 << QList<int>{5};
        QTest::newRow("exactly the most") << 8 << QList<int>{8};
        QTest::newRow("one more") << 9 << QList<int>{8, 1};
        QTest::newRow("several and a tail") << 27 << QList<int>{8, 8, 8, 3};
    }

    void splitsRowsAmongStatements()
    {
        QFETCH(int, rows);
        QFETCH(QList<int>, statements);
        const MultiRowInsert insert("t (a)", 1, 8);
        QList<int> taken;
        for (qsizetype first = 0, count = 0; first < rows; first += count) {
            count = insert.rowsFrom(first, rows);
            taken << int(count);
        }
        QCOMPARE(taken, statements);
    }

    void storesEveryRow_data()
    {
        QTest::addColumn<int>("rows");
        for (int rows : {1, 2, 15, 16, 17, 100}) {
            QTest::addRow("%d rows", rows) << rows;
        }
    }

    void storesEveryRow()
    {
        QFETCH(int, rows);
        QTemporaryDir dir;
        const std::unique_ptr<Database> db = Test::openDatabase(dir.filePath(u"rows-%1.gloss"_s.arg(rows)));
        QVERIFY(db);
        QVERIFY(QSqlQuery(db->connection()).exec(u"CREATE TABLE numbers (n BIGINT NOT NULL, name TEXT NOT NULL)"_s));
        const MultiRowInsert insert("numbers (n, name)", 2, 16);
        QStringList names; // bound without a copy on SQLite: they must outlive the statement
        for (int k = 0; k < rows; ++k) {
            names << u"n%1"_s.arg(k);
        }
        for (qsizetype first = 0, count = 0; first < rows; first += count) {
            count = insert.rowsFrom(first, rows);
            BulkStatement &statement = db->bulkStatement(insert.sql(db->dialect().backend(), count));
            for (qsizetype k = 0; k < count; ++k) {
                statement.bind(int(2 * k + 1), first + k);
                statement.bind(int(2 * k + 2), names.at(first + k));
            }
            QVERIFY2(statement.execute(), qPrintable(statement.errorString()));
        }
        QSqlQuery stored(db->connection());
        QVERIFY(stored.exec(u"SELECT n, name FROM numbers ORDER BY n"_s));
        int expected = 0;
        while (stored.next()) {
            QCOMPARE(stored.value(0).toInt(), expected);
            QCOMPARE(stored.value(1).toString(), names.at(expected));
            ++expected;
        }
        QCOMPARE(expected, rows);
    }
};

QTEST_GUILESS_MAIN(TestMultiRowInsert)
#include "tst_multirowinsert.moc"
