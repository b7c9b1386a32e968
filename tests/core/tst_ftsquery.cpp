// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ftsquery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestFtsQuery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s);
        m_db.setDatabaseName(u":memory:"_s);
        QVERIFY(m_db.open());
        QVERIFY(QSqlQuery(m_db).exec(u"CREATE VIRTUAL TABLE t USING fts5(body)"_s));
        QSqlQuery insert(m_db);
        insert.prepare(u"INSERT INTO t (body) VALUES (?)"_s);
        for (const QString &body : {u"Biden held a call with Netanyahu"_s, u"The Israel-Gaza war"_s,
                                    u"Blinken met Herzog in Israel"_s, u"hostages released"_s}) {
            insert.addBindValue(body);
            QVERIFY(insert.exec());
        }
    }

    void translates_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << u""_s << u""_s;
        QTest::newRow("blank") << u"   "_s << u""_s;
        QTest::newRow("word") << u"Biden"_s << u"\"Biden\""_s;
        QTest::newRow("two words AND") << u"Biden Netanyahu"_s << u"\"Biden\" AND \"Netanyahu\""_s;
        QTest::newRow("phrase") << u"\"held a call\""_s << u"\"held a call\""_s;
        QTest::newRow("prefix") << u"hostage*"_s << u"\"hostage\"*"_s;
        QTest::newRow("or") << u"Biden OR Blinken"_s << u"\"Biden\" OR \"Blinken\""_s;
        QTest::newRow("not") << u"Israel NOT Gaza"_s << u"\"Israel\" NOT \"Gaza\""_s;
        QTest::newRow("leading not dropped") << u"NOT Gaza"_s << u"\"Gaza\""_s;
        QTest::newRow("trailing operator dropped") << u"Gaza AND"_s << u"\"Gaza\""_s;
        QTest::newRow("lowercase and is a word") << u"Gaza and"_s << u"\"Gaza\" AND \"and\""_s;
        QTest::newRow("hyphen splits into phrase") << u"Israel-Gaza"_s << u"\"Israel Gaza\""_s;
        QTest::newRow("parentheses") << u"(Biden OR Blinken) Israel"_s << u"(\"Biden\" OR \"Blinken\") AND \"Israel\""_s;
        QTest::newRow("unbalanced open") << u"(Biden OR Blinken"_s << u"(\"Biden\" OR \"Blinken\")"_s;
        QTest::newRow("stray close") << u"Biden) Israel"_s << u"\"Biden\" AND \"Israel\""_s;
        QTest::newRow("unclosed quote") << u"\"held a"_s << u"\"held a\""_s;
        QTest::newRow("embedded quote") << u"a\"b"_s << u"\"a\" AND \"b\""_s;
        QTest::newRow("punctuation only") << u"!!! ---"_s << u""_s;
        QTest::newRow("column syntax neutralised") << u"body:Biden"_s << u"\"body Biden\""_s;
        QTest::newRow("unicode") << u"Erdoğan"_s << u"\"Erdoğan\""_s;
        QTest::newRow("sql-ish") << u"'; DROP TABLE t; --"_s << u"\"DROP\" AND \"TABLE\" AND \"t\""_s;
    }

    void translates()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString fts = FtsQuery::toFts5(input);
        QCOMPARE(fts, expected);
        if (!fts.isEmpty()) {
            QSqlQuery query(m_db);
            query.prepare(u"SELECT count(*) FROM t WHERE t MATCH ?"_s);
            query.addBindValue(fts);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
    }

    // The same syntax for PostgreSQL (to_tsquery('simple', …)); tst_postgresstore runs these
    // queries on a real server.
    void translatesToTsQuery_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << u""_s << u""_s;
        QTest::newRow("word") << u"Biden"_s << u"'biden'"_s;
        QTest::newRow("two words AND") << u"Biden Netanyahu"_s << u"'biden' & 'netanyahu'"_s;
        QTest::newRow("phrase") << u"\"held a call\""_s << u"('held' <-> 'a' <-> 'call')"_s;
        QTest::newRow("prefix") << u"hostage*"_s << u"'hostage':*"_s;
        QTest::newRow("phrase prefix") << u"\"held a ca\"*"_s << u"('held' <-> 'a' <-> 'ca':*)"_s;
        QTest::newRow("or") << u"Biden OR Blinken"_s << u"'biden' | 'blinken'"_s;
        QTest::newRow("not") << u"Israel NOT Gaza"_s << u"'israel' & !'gaza'"_s;
        QTest::newRow("not a group") << u"Israel NOT (Gaza OR war)"_s << u"'israel' & !('gaza' | 'war')"_s;
        QTest::newRow("leading not dropped") << u"NOT Gaza"_s << u"'gaza'"_s;
        QTest::newRow("hyphen splits into phrase") << u"Israel-Gaza"_s << u"('israel' <-> 'gaza')"_s;
        QTest::newRow("parentheses") << u"(Biden OR Blinken) Israel"_s << u"('biden' | 'blinken') & 'israel'"_s;
        QTest::newRow("tsquery operators are words") << u"a & !b | c:*"_s << u"'a' & 'b' & 'c':*"_s;
        QTest::newRow("unicode") << u"Erdoğan"_s << u"'erdoğan'"_s;
        QTest::newRow("sql-ish") << u"'; DROP TABLE t; --"_s << u"'drop' & 'table' & 't'"_s;
    }

    void translatesToTsQuery()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(FtsQuery::toTsQuery(input), expected);
    }

    // Snippets cut without the index (PostgreSQL): the words around the first match, marked.
    void cutsSnippets_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        const QString body = u"One two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                             "fifteen sixteen seventeen eighteen Ceasefire talks nineteen twenty."_s;
        QTest::newRow("start") << u"Biden held a call."_s << u"biden"_s << u"\u0002Biden\u0003 held a call"_s;
        QTest::newRow("around the match") << body << u"ceasefire"_s
                                          << u"…seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
                                             "eighteen \u0002Ceasefire\u0003 talks nineteen twenty"_s;
        QTest::newRow("cut at both ends") << body + u" More words after it, many more words here to cut."_s << u"ceasefire"_s
                                          << u"…fourteen fifteen sixteen seventeen eighteen \u0002Ceasefire\u0003 talks nineteen "
                                             "twenty. More words after it, many more words…"_s;
        QTest::newRow("prefix and phrase") << u"The hostages, hostage talks."_s << u"\"hostage talks\" host*"_s
                                           << u"The \u0002hostages\u0003, \u0002hostage\u0003 \u0002talks\u0003"_s;
        QTest::newRow("no match: the start") << u"Alpha beta."_s << u"zeta"_s << u"Alpha beta"_s;
    }

    void cutsSnippets()
    {
        QFETCH(QString, body);
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QCOMPARE(FtsQuery::snippet(body, query), expected);
    }

    void matchesWhatUsersExpect_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("hits");
        QTest::newRow("word") << u"israel"_s << 2;
        QTest::newRow("phrase") << u"\"a call with\""_s << 1;
        QTest::newRow("prefix") << u"host*"_s << 1;
        QTest::newRow("or") << u"Biden OR Blinken"_s << 2;
        QTest::newRow("not") << u"Israel NOT Gaza"_s << 1;
        QTest::newRow("hyphenated") << u"Israel-Gaza"_s << 1;
    }

    void matchesWhatUsersExpect()
    {
        QFETCH(QString, input);
        QFETCH(int, hits);
        QSqlQuery query(m_db);
        query.prepare(u"SELECT count(*) FROM t WHERE t MATCH ?"_s);
        query.addBindValue(FtsQuery::toFts5(input));
        QVERIFY2(query.exec() && query.next(), qPrintable(query.lastError().text()));
        QCOMPARE(query.value(0).toInt(), hits);
    }

private:
    QSqlDatabase m_db;
};

QTEST_GUILESS_MAIN(TestFtsQuery)
#include "tst_ftsquery.moc"
