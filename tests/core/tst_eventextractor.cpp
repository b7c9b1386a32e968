// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/articleparser.h"
#include "nlp/entityrecognizer.h"
#include "nlp/eventextractor.h"
#include "nlp/temporaltagger.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

PartialDate dateOf(const QString &iso)
{
    return DateText::parse(iso).value_or(PartialDate{});
}

// "type | actors | place | date"
QString describe(const Event &event)
{
    return u"%1 | %2 | %3 | %4"_s.arg(event.type, event.actors.join(u", "_s), event.place, event.date);
}

QStringList describe(const QList<Event> &events)
{
    QStringList out;
    for (const Event &event : events) {
        out << describe(event);
    }
    return out;
}

// The whole pipeline as import runs it: recognised people and places, tagged times, events.
QList<Event> eventsIn(const QString &body, const PartialDate &published, const QList<Region> &regions = {})
{
    const QList<Mention> mentions = EntityRecognizer().recognize(body, regions);
    const QList<TimeExpression> times = TemporalTagger().tag(body, published);
    return EventExtractor().extract(body, mentions, times, published);
}

} // namespace

class TestEventExtractor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Every call, meeting and talk between named people in the five seed articles, read by hand.
    void seeds_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("sentences"); // how each event's sentence begins
        QTest::newRow("000 Biden–Netanyahu call on Monday")
            << u"000_0a9c56af3ac79f09.txt"_s
            << QStringList{u"call | Joe Biden, Benjamin Netanyahu |  | 2023-11-06"_s}
            << QStringList{u"US President Joe Biden held a call with"_s};
        QTest::newRow("001 Biden–Netanyahu discussions on Sunday")
            << u"001_becead2bfba25e4f.txt"_s
            << QStringList{u"call | Joe Biden, Benjamin Netanyahu |  | 2024-04-28"_s}
            << QStringList{u"The White House confirmed that US President Joe Biden"_s};
        QTest::newRow("002 Blinken's talks in Israel")
            << u"002_fb558fc278a81398.txt"_s
            << QStringList{u"meeting | Antony Blinken, Benjamin Netanyahu | Israel | 2023-10-16"_s,
                           u"meeting | Antony Blinken, Isaac Herzog |  | 2023-10-16"_s}
            << QStringList{u"US Secretary of State Antony Blinken has held talks"_s,
                           u"The missing are thought to have been abducted"_s};
        QTest::newRow("003 Austin–Gallant and Biden–Netanyahu")
            << u"003_3787229ccfaf7733.txt"_s
            << QStringList{u"call | Lloyd J Austin III, Yoav Gallant |  | 2024-03-20"_s,
                           u"call | Joe Biden, Benjamin Netanyahu |  | 2024-03-19"_s}
            << QStringList{u"Washington, DC [US], March 21 : United States"_s, u"Meanwhile, on March 19, US President"_s};
        QTest::newRow("004 Biden–Netanyahu discussion")
            << u"004_851856595f81a760.txt"_s
            << QStringList{u"call | Joe Biden, Benjamin Netanyahu |  | 2024-01-19"_s}
            << QStringList{u"US President Joe Biden and Israeli Prime Minister"_s};
    }

    void seeds()
    {
        QFETCH(QString, seed);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, sentences);
        const QByteArray bytes = Test::readFile(Test::sharedDir() + u"/seeds/"_s + seed);
        QVERIFY2(!bytes.isEmpty(), qPrintable(seed));
        const NewDocument document = ArticleParser().parse(QString::fromUtf8(bytes), seed);
        const PartialDate published = dateOf(document.published);
        QVERIFY(published.isValid());
        const QList<Event> events = eventsIn(document.body, published, document.regions);
        QCOMPARE(describe(events), expected);
        for (qsizetype i = 0; i < events.size(); ++i) {
            const Event &event = events.at(i);
            QCOMPARE(document.body.mid(event.sentenceStart, event.sentenceEnd - event.sentenceStart), event.sentence);
            QVERIFY2(event.sentence.startsWith(sentences.at(i)), qPrintable(event.sentence));
        }
    }

    void sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        // Published on Monday 2024-04-29.
        QTest::newRow("held a call with")
            << u"US President Joe Biden held a call with Israeli Prime Minister Benjamin Netanyahu on Sunday."_s
            << QStringList{u"call | Joe Biden, Benjamin Netanyahu |  | 2024-04-28"_s};
        QTest::newRow("spoke with") << u"Joe Biden spoke with Benjamin Netanyahu on Monday."_s
                                    << QStringList{u"call | Joe Biden, Benjamin Netanyahu |  | 2024-04-29"_s};
        QTest::newRow("spoke to") << u"Lloyd Austin spoke to Yoav Gallant yesterday."_s
                                  << QStringList{u"call | Lloyd Austin, Yoav Gallant |  | 2024-04-28"_s};
        QTest::newRow("talked to, by phone") << u"Antony Blinken talked to Isaac Herzog by phone."_s
                                             << QStringList{u"call | Antony Blinken, Isaac Herzog |  | 2024-04-29"_s};
        QTest::newRow("phone call") << u"Joe Biden and Benjamin Netanyahu had a phone call on Friday."_s
                                    << QStringList{u"call | Joe Biden, Benjamin Netanyahu |  | 2024-04-26"_s};
        QTest::newRow("called") << u"Joe Biden called Israeli Prime Minister Benjamin Netanyahu on Tuesday."_s
                                << QStringList{u"call | Joe Biden, Benjamin Netanyahu |  | 2024-04-23"_s};
        QTest::newRow("phoned") << u"Emmanuel Macron phoned Benjamin Netanyahu."_s
                                << QStringList{u"call | Emmanuel Macron, Benjamin Netanyahu |  | 2024-04-29"_s};
        QTest::newRow("met, with a place") << u"Antony Blinken met Isaac Herzog in Jerusalem on Wednesday."_s
                                           << QStringList{u"meeting | Antony Blinken, Isaac Herzog | Jerusalem | "
                                                          u"2024-04-24"_s};
        QTest::newRow("met with") << u"Antony Blinken met with Benjamin Netanyahu in Tel Aviv."_s
                                  << QStringList{u"meeting | Antony Blinken, Benjamin Netanyahu | Tel Aviv | "
                                                 u"2024-04-29"_s};
        QTest::newRow("held talks in a place with") << u"Antony Blinken held talks in Egypt with Isaac Herzog."_s
                                                    << QStringList{u"meeting | Antony Blinken, Isaac Herzog | Egypt | "
                                                                   u"2024-04-29"_s};
        QTest::newRow("a meeting between")
            << u"The meeting between Joe Biden and Benjamin Netanyahu took place at the White House last week."_s
            << QStringList{u"meeting | Joe Biden, Benjamin Netanyahu |  | 2024-W17"_s};
        QTest::newRow("visited") << u"Antony Blinken visited Israel and met Isaac Herzog."_s
                                 << QStringList{u"meeting | Antony Blinken, Isaac Herzog | Israel | 2024-04-29"_s};
        QTest::newRow("travelled to … and met") << u"Antony Blinken travelled to Israel and met Isaac Herzog."_s
                                               << QStringList{u"meeting | Antony Blinken, Isaac Herzog |  | "
                                                              u"2024-04-29"_s};
        QTest::newRow("discussed … with") << u"Antony Blinken discussed the hostage crisis with Isaac Herzog."_s
                                          << QStringList{u"call | Antony Blinken, Isaac Herzog |  | 2024-04-29"_s};
        QTest::newRow("discussed after talks: another meeting")
            << u"Antony Blinken held talks with Benjamin Netanyahu in Tel Aviv. Blinken also discussed aid with "
               u"Isaac Herzog."_s
            << QStringList{u"meeting | Antony Blinken, Benjamin Netanyahu | Tel Aviv | 2024-04-29"_s,
                           u"meeting | Antony Blinken, Isaac Herzog |  | 2024-04-29"_s};
        QTest::newRow("quoted first person") << u"“I spoke to Yoav Gallant yesterday,” Lloyd Austin said."_s
                                             << QStringList{u"call | Lloyd Austin, Yoav Gallant |  | 2024-04-28"_s};
        QTest::newRow("a reporter takes no part")
            << u"John Kirby said Joe Biden spoke with Benjamin Netanyahu on Monday."_s
            << QStringList{u"call | Joe Biden, Benjamin Netanyahu |  | 2024-04-29"_s};
        QTest::newRow("the call, told again")
            << u"Joe Biden held a call with Benjamin Netanyahu on Sunday. During the call, Biden and Netanyahu "
               u"also discussed the West Bank. The conversation between Biden and Netanyahu was long."_s
            << QStringList{u"call | Joe Biden, Benjamin Netanyahu |  | 2024-04-28"_s};
        QTest::newRow("two calls on two days")
            << u"Joe Biden spoke with Benjamin Netanyahu on Friday. Biden spoke with Netanyahu again yesterday."_s
            << QStringList{u"call | Joe Biden, Benjamin Netanyahu |  | 2024-04-26"_s,
                           u"call | Joe Biden, Benjamin Netanyahu |  | 2024-04-28"_s};
        QTest::newRow("since is no date of the event")
            << u"Joe Biden spoke with Benjamin Netanyahu about the hostages held since October 7."_s
            << QStringList{u"call | Joe Biden, Benjamin Netanyahu |  | 2024-04-29"_s};
        QTest::newRow("said at the end")
            << u"Joe Biden spoke with Benjamin Netanyahu on Monday, said John Kirby."_s
            << QStringList{u"call | Joe Biden, Benjamin Netanyahu |  | 2024-04-29"_s};
        QTest::newRow("said in a statement") << u"Joe Biden said in a statement on Sunday that aid must flow."_s
                                             << QStringList{u"statement | Joe Biden |  | 2024-04-28"_s};
        QTest::newRow("issued a statement") << u"Benjamin Netanyahu issued a statement on Friday."_s
                                            << QStringList{u"statement | Benjamin Netanyahu |  | 2024-04-26"_s};
        QTest::newRow("announced") << u"Antony Blinken announced new aid for Gaza last Tuesday."_s
                                   << QStringList{u"statement | Antony Blinken |  | 2024-04-23"_s};

        // Nothing happened between them, or nothing yet.
        QTest::newRow("two people, no meeting")
            << u"Joe Biden reiterated his strong belief in a two-state solution, a concept that Benjamin Netanyahu "
               u"openly opposes."_s
            << QStringList{};
        QTest::newRow("agreed to talk") << u"Joe Biden and Benjamin Netanyahu agreed to talk again in the coming days."_s
                                        << QStringList{};
        QTest::newRow("will meet") << u"Antony Blinken will meet Isaac Herzog on Thursday."_s << QStringList{};
        QTest::newRow("plans to hold talks") << u"Joe Biden plans to hold talks with Benjamin Netanyahu next week."_s
                                             << QStringList{};
        QTest::newRow("is meeting") << u"Antony Blinken is meeting Isaac Herzog on Thursday."_s << QStringList{};
        QTest::newRow("called for") << u"Antonio Guterres called for a ceasefire, and Joe Biden agreed."_s
                                    << QStringList{};
        QTest::newRow("one person on a call") << u"John Kirby told reporters on a call."_s << QStringList{};
        QTest::newRow("said, between two people") << u"Joe Biden said Benjamin Netanyahu was wrong."_s
                                                  << QStringList{};
        QTest::newRow("said, no statement") << u"Joe Biden said aid must flow."_s << QStringList{};
        QTest::newRow("a call in another sentence")
            << u"Joe Biden praised Benjamin Netanyahu. The call lasted an hour."_s << QStringList{};
    }

    void sentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(eventsIn(text, dateOf(u"2024-04-29"_s))), expected);
    }

    void titlesDoNotEndSentences()
    {
        const QString text = u"Joe Biden and Benjamin Netanyahu are old allies. Mr. Biden spoke with Mr. Netanyahu "
                             u"by phone on Sunday, the U.S. official said. Dr. Smith agreed."_s;
        const QList<Event> events = eventsIn(text, dateOf(u"2024-04-29"_s));
        QCOMPARE(describe(events), QStringList{u"call | Joe Biden, Benjamin Netanyahu |  | 2024-04-28"_s});
        QCOMPARE(events.constFirst().sentence,
                 u"Mr. Biden spoke with Mr. Netanyahu by phone on Sunday, the U.S. official said."_s);
    }

    void withoutADateTheDateIsEmpty()
    {
        const QList<Event> events = eventsIn(u"Joe Biden spoke with Benjamin Netanyahu."_s, PartialDate{});
        QCOMPARE(describe(events), QStringList{u"call | Joe Biden, Benjamin Netanyahu |  | "_s});
    }

    void aMonthPrecisePublicationDate()
    {
        // A weekday cannot be placed in a month; the event keeps the month it was published in.
        const QList<Event> events =
            eventsIn(u"Joe Biden spoke with Benjamin Netanyahu on Sunday."_s, dateOf(u"2024-03"_s));
        QCOMPARE(describe(events), QStringList{u"call | Joe Biden, Benjamin Netanyahu |  | 2024-03"_s});
    }
};

QTEST_GUILESS_MAIN(TestEventExtractor)
#include "tst_eventextractor.moc"
