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
        QTest::newRow("crlf") << u" date 2024-04-29 A\r\n\r\nB"_s << u"2024-04-29"_s << u"A\n\nB"_s;
        QTest::newRow("bom") << u"\uFEFF date 2024-04-29 A"_s << u"2024-04-29"_s << u"A"_s;
        QTest::newRow("header line with trailing tabs") << u"date 2024-01-19\t\t\nBody"_s << u"2024-01-19"_s << u"Body"_s;
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

    void datelines_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("noteContains");
        QTest::newRow("ani style with post id")
            << u"Washington, DC [US], March 21 : The Secretary spoke.\n\nhttps://twitter.com/SecDef/status/1770780167478088093"_s
            << u"2024-03-21"_s << u"dateline"_s << u"X post"_s;
        QTest::newRow("reuters with year in text")
            << u"WASHINGTON, March 3 (Reuters) - Talks went on. On January 5, 2024 they had met."_s << u"2024-03-03"_s
            << u"dateline"_s << u"latest full date"_s;
        QTest::newRow("dateline with year") << u"Tel Aviv, October 16, 2023 — Sirens sounded."_s << u"2023-10-16"_s
                                            << u"dateline"_s << u"October 16, 2023"_s;
        QTest::newRow("year is never invented") << u"NEW YORK, FEB 26 - Diamond Shamrock Corp said."_s << u""_s
                                                << u"none"_s << u"nothing in the article gives the year"_s;
        QTest::newRow("dateline year near new year")
            << u"LONDON, Dec 30 (Reuters) - Markets closed. https://x.com/i/web/status/1874000000000000000"_s
            << u"2024-12-30"_s << u"dateline"_s << u"X post"_s;
        QTest::newRow("post id alone") << u"He posted https://x.com/someone/status/1770780167478088093 today."_s
                                       << u"2024-03-21"_s << u"post_id"_s << u"1770780167478088093"_s;
        QTest::newRow("content date alone") << u"The meeting of 19 March 2024 and the call on March 21, 2024."_s
                                            << u"2024-03-21"_s << u"content"_s << u"latest full date"_s;
        QTest::newRow("a date in prose is not a header") << u"The date 2024-01-01 was chosen."_s << u"2024-01-01"_s
                                                         << u"content"_s << u"latest full date"_s;
        QTest::newRow("no date at all") << u"Nothing dated here."_s << u""_s << u"none"_s << u""_s;
        QTest::newRow("headline is not a dateline") << u"Live updates: Follow the news\n\nText."_s << u""_s
                                                    << u"none"_s << u""_s;
    }

    void datelines()
    {
        QFETCH(QString, body);
        QFETCH(QString, published);
        QFETCH(QString, source);
        QFETCH(QString, noteContains);
        const NewDocument document = ArticleParser().parse(body, u"x.txt"_s);
        QCOMPARE(document.published, published);
        QCOMPARE(dateSourceName(document.dateSource), source);
        QVERIFY2(document.dateNote.contains(noteContains), qPrintable(document.dateNote));
    }

    void datelineIsLeftOutOfTheTitle()
    {
        const NewDocument document = ArticleParser().parse(
            u"WASHINGTON, March 3 (Reuters) - The United States and Israel held talks. More followed."_s, u"x"_s);
        QCOMPARE(document.title, u"The United States and Israel held talks."_s);
    }

    void regions_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("marked"); // kind:text of each region
        QTest::newRow("disclaimer and bare url")
            << u"Story text.\n\nhttps://twitter.com/SecDef/status/1\n\nDisclaimer: This post has been auto-published."_s
            << QStringList{u"url:https://twitter.com/SecDef/status/1"_s,
                           u"boilerplate:Disclaimer: This post has been auto-published."_s};
        QTest::newRow("inline url without trailing stop")
            << u"See https://example.org/a."_s << QStringList{u"url:https://example.org/a"_s};
        QTest::newRow("reporting credit") << u"Text.\n\n(Reporting by A; Editing by B)"_s
                                          << QStringList{u"boilerplate:(Reporting by A; Editing by B)"_s};
        QTest::newRow("also read") << u"Text.\nALSO READ: Other story"_s << QStringList{u"boilerplate:ALSO READ: Other story"_s};
        QTest::newRow("plain article") << u"A story about disclaimers in contracts."_s << QStringList{};
        // Links are looked for only where "://" or "www." occurs, in any case.
        QTest::newRow("upper-case scheme") << u"See HTTPS://EXAMPLE.ORG/A today."_s
                                           << QStringList{u"url:HTTPS://EXAMPLE.ORG/A"_s};
        QTest::newRow("www without scheme") << u"Visit Www.example.org, then write."_s
                                            << QStringList{u"url:Www.example.org"_s};
        QTest::newRow("www at the start") << u"www.example.org"_s << QStringList{u"url:www.example.org"_s};
        QTest::newRow("http only named") << u"The HTTP protocol: a story. Time 10:30."_s << QStringList{};
    }

    void regions()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, marked);
        QStringList actual;
        for (const Region &region : ArticleParser::findRegions(body)) {
            actual << regionKindName(region.kind) + u':' + body.mid(region.start, region.end - region.start);
        }
        QCOMPARE(actual, marked);
    }

    void boilerplateAndLinksStayOutOfTheTitle()
    {
        const QString body = u"https://example.org/story\n\nDisclaimer: auto-published.\n\nThe real first sentence. More."_s;
        QCOMPARE(ArticleParser::titleFor(body, ArticleParser::findRegions(body)), u"The real first sentence."_s);
    }

    void seedDatesAndSources()
    {
        const QDir seeds(Test::sourceDir() + u"/resources/sample"_s);
        const QMap<QString, QString> expected = {
            {u"000_0a9c56af3ac79f09.txt"_s, u"2023-11-06 header"_s}, {u"001_becead2bfba25e4f.txt"_s, u"2024-04-29 header"_s},
            {u"002_fb558fc278a81398.txt"_s, u"2023-10-16 header"_s}, {u"003_3787229ccfaf7733.txt"_s, u"2024-03-21 dateline"_s},
            {u"004_851856595f81a760.txt"_s, u"2024-01-19 header"_s}};
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const NewDocument document =
                ArticleParser().parse(QString::fromUtf8(Test::readFile(seeds.filePath(it.key()))), it.key());
            QCOMPARE(document.published + u' ' + dateSourceName(document.dateSource), it.value());
            QCOMPARE(document.datePrecision, DatePrecision::Day);
        }
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
