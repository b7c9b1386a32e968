// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/articleparser.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestArticleParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateHeader_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("bodyStart");
        QTest::newRow("seed style") << u" date 2023-11-06 Live updates\n\nText."_s << u"2023-11-06"_s << u"Live updates"_s;
        QTest::newRow("no leading space") << u"date 2024-01-19 US President"_s << u"2024-01-19"_s << u"US President"_s;
        QTest::newRow("header on own line") << u"date 2024-01-19\nBody"_s << u"2024-01-19"_s << u"Body"_s;
        QTest::newRow("absent") << u"Washington, DC [US], March 21 : text"_s << u""_s << u"Washington"_s;
        QTest::newRow("invalid date kept out") << u" date 2024-02-30 Body"_s << u""_s << u"Body"_s;
        QTest::newRow("word date in prose") << u"The date 2024-01-01 was chosen."_s << u""_s << u"The date"_s;
        QTest::newRow("crlf") << u" date 2024-04-29 A\r\n\r\nB"_s << u"2024-04-29"_s << u"A\n\nB"_s;
        QTest::newRow("bom") << u"\uFEFF date 2024-04-29 A"_s << u"2024-04-29"_s << u"A"_s;
    }

    void dateHeader()
    {
        QFETCH(QString, text);
        QFETCH(QString, published);
        QFETCH(QString, bodyStart);
        const NewDocument document = ArticleParser().parse(text, u"file.txt"_s);
        QCOMPARE(document.published, published);
        QCOMPARE(document.dateSource, published.isEmpty() ? DateSource::None : DateSource::Header);
        QCOMPARE(document.datePrecision, published.isEmpty() ? DatePrecision::None : DatePrecision::Day);
        QVERIFY2(document.body.startsWith(bodyStart), qPrintable(document.body));
        QCOMPARE(document.source, u"file.txt"_s);
    }

    void title_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("title");
        QTest::newRow("headline line") << u"Live updates: Follow the latest news on Israel-Gaza\n\nUS President spoke."_s
                                       << u"Live updates: Follow the latest news on Israel-Gaza"_s;
        QTest::newRow("first sentence") << u"Blinken has held talks. It is his second trip."_s << u"Blinken has held talks."_s;
        QTest::newRow("abbreviation not an end") << u"Mr. Biden spoke. Then more."_s << u"Mr. Biden spoke."_s;
        QTest::newRow("long sentence shortened at a word")
            << u"The White House confirmed that US President Joe Biden held discussions with Israeli Prime Minister "
               "Benjamin Netanyahu on Sunday regarding ongoing negotiations for the release of hostages."_s
            << u"The White House confirmed that US President Joe Biden held discussions with Israeli Prime Minister Benjamin…"_s;
        QTest::newRow("single line without stop") << u"Only a line"_s << u"Only a line"_s;
        QTest::newRow("empty") << u""_s << u""_s;
    }

    void title()
    {
        QFETCH(QString, body);
        QFETCH(QString, title);
        const QString actual = ArticleParser::titleFor(body);
        QCOMPARE(actual, title);
        QVERIFY(actual.size() <= ArticleParser::MaxTitleLength + 1);
    }

    void seedsParse()
    {
        const QDir seeds(Test::sourceDir() + u"/resources/sample"_s);
        const QStringList names = seeds.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        QCOMPARE(names.size(), 5);
        for (const QString &name : names) {
            const NewDocument document = ArticleParser().parse(QString::fromUtf8(Test::readFile(seeds.filePath(name))), name);
            QVERIFY2(!document.title.isEmpty(), qPrintable(name));
            QVERIFY2(!document.body.startsWith(u" date"_s), qPrintable(name));
            QVERIFY2(document.title.size() <= ArticleParser::MaxTitleLength + 1, qPrintable(document.title));
        }
    }
};

QTEST_GUILESS_MAIN(TestArticleParser)
#include "tst_articleparser.moc"
