// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/wordtable.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestWordTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsWhatWasStored_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("exact");     // 0: absent
        QTest::addColumn<int>("lowerCase"); // folded before the lookup
        QTest::newRow("stored") << u"march"_s << 3 << 3;
        QTest::newRow("capitalised") << u"March"_s << 0 << 3;
        QTest::newRow("upper case") << u"MARCH"_s << 0 << 3;
        QTest::newRow("prefix") << u"mar"_s << 0 << 0;
        QTest::newRow("longer") << u"marches"_s << 0 << 0;
        QTest::newRow("empty word") << QString() << 0 << 0;
        QTest::newRow("non-ASCII stored") << u"łódź"_s << 7 << 7;
        QTest::newRow("non-ASCII folded") << u"ŁÓDŹ"_s << 0 << 7;
        QTest::newRow("apostrophe") << u"won’t"_s << 9 << 9;
        QTest::newRow("unknown") << u"ceasefire"_s << 0 << 0;
    }

    void findsWhatWasStored()
    {
        QFETCH(QString, word);
        QFETCH(int, exact);
        QFETCH(int, lowerCase);
        const WordTable<int> table = {{u"march"_s, 3}, {u"łódź"_s, 7}, {u"won’t"_s, 9}};
        const int *found = table.find(word);
        QCOMPARE(found ? *found : 0, exact);
        const int *folded = table.findLowerCase(word);
        QCOMPARE(folded ? *folded : 0, lowerCase);
        QCOMPARE(table.contains(word), exact != 0);
        QCOMPARE(table.containsLowerCase(word), lowerCase != 0);
    }

    void growsAndKeepsEveryWord()
    {
        WordTable<int> table;
        QVERIFY(table.isEmpty());
        QVERIFY(!table.find(u"anything"));
        for (int i = 0; i < 5000; ++i) {
            table[u"word%1"_s.arg(i)] = i + 1;
        }
        table[u"word42"_s] += 1000; // the same key again
        QCOMPARE(table.size(), 5000);
        for (int i = 0; i < 5000; ++i) {
            const int *value = table.find(u"word%1"_s.arg(i));
            QVERIFY(value);
            QCOMPARE(*value, i == 42 ? 1043 : i + 1);
        }
        QVERIFY(!table.find(u"word5000"));
        QVERIFY(!table.find(u"Word1"));
        QVERIFY(table.findLowerCase(u"WORD1"));
    }

    void listsOfWords()
    {
        WordSet words = {u"of"_s, u"bin"_s};
        words.insert(u"von"_s);
        QCOMPARE(words.size(), 3);
        QVERIFY(words.contains(u"bin"));
        QVERIFY(!words.contains(u"Bin"));
        QVERIFY(words.containsLowerCase(u"VON"));
        QVERIFY(!words.contains(u"van"));
    }
};

QTEST_GUILESS_MAIN(TestWordTable)
#include "tst_wordtable.moc"
