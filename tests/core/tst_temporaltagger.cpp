// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/articleparser.h"
#include "nlp/temporaltagger.h"
#include "testsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

PartialDate anchorOf(const QString &iso)
{
    return DateText::parse(iso).value_or(PartialDate{});
}

QString describe(const QList<TimeExpression> &expressions)
{
    QStringList out;
    for (const TimeExpression &e : expressions) {
        out << u"%1=%2/%3%4"_s.arg(e.text, e.value, granularityName(e.granularity), e.uncertain ? u"?"_s : QString());
    }
    return out.join(u"; "_s);
}

const TimeExpression *findText(const QList<TimeExpression> &expressions, const QString &text, int occurrence = 0)
{
    for (const TimeExpression &e : expressions) {
        if (e.text == text && occurrence-- == 0) {
            return &e;
        }
    }
    return nullptr;
}

} // namespace

class TestTemporalTagger final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tags_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("anchor"); // the publication date: YYYY-MM-DD, YYYY-MM, YYYY or empty
        QTest::addColumn<QString>("span");   // empty: nothing is tagged
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("granularity");
        QTest::addColumn<bool>("uncertain");

        // Absolute dates and years.
        QTest::newRow("iso date") << u"The ceasefire began on 2024-04-29 at dawn."_s << u"2024-05-10"_s
                                  << u"2024-04-29"_s << u"2024-04-29"_s << u"day"_s << false;
        QTest::newRow("month day, year") << u"Talks resumed on March 19, 2024, in Cairo."_s << u"2024-04-29"_s
                                         << u"March 19, 2024"_s << u"2024-03-19"_s << u"day"_s << false;
        QTest::newRow("day month year") << u"It was signed on 19 March 2024."_s << u"2024-04-29"_s
                                        << u"19 March 2024"_s << u"2024-03-19"_s << u"day"_s << false;
        QTest::newRow("weekday and date") << u"Monday, April 29, 2024 was quiet in Gaza."_s << u"2024-05-10"_s
                                          << u"Monday, April 29, 2024"_s << u"2024-04-29"_s << u"day"_s << false;
        QTest::newRow("ordinal of month") << u"The report is dated 7th of October, 2023."_s << u"2024-05-10"_s
                                          << u"7th of October, 2023"_s << u"2023-10-07"_s << u"day"_s << false;
        QTest::newRow("month and year") << u"Elections are due in March 2025."_s << u"2024-04-29"_s
                                        << u"March 2025"_s << u"2025-03"_s << u"month"_s << false;
        QTest::newRow("us numeric") << u"The figures for 04/29/2024 were released."_s << u"2024-05-10"_s
                                    << u"04/29/2024"_s << u"2024-04-29"_s << u"day"_s << false;
        QTest::newRow("european numeric") << u"The law passed on 29/04/2024."_s << u"2024-05-10"_s
                                          << u"29/04/2024"_s << u"2024-04-29"_s << u"day"_s << false;
        QTest::newRow("ambiguous numeric") << u"It happened on 03/04/2024."_s << u"2024-05-10"_s << u"03/04/2024"_s
                                           << u"2024-03-04"_s << u"day"_s << true;
        QTest::newRow("year after in") << u"Israel withdrew from Gaza in 2005."_s << u"2024-04-29"_s << u"2005"_s
                                       << u"2005"_s << u"year"_s << false;
        QTest::newRow("year after since") << u"Hamas has ruled the Gaza Strip since 2007. It is designated."_s
                                          << u"2023-10-16"_s << u"2007"_s << u"2007"_s << u"year"_s << false;
        QTest::newRow("early year") << u"The plan dates from early 2024."_s << u"2024-04-29"_s << u"early 2024"_s
                                    << u"2024"_s << u"year"_s << false;
        QTest::newRow("mid-year") << u"Prices peaked in mid-2023, officials said."_s << u"2024-04-29"_s
                                  << u"mid-2023"_s << u"2023"_s << u"year"_s << false;

        // Dates without a year.
        QTest::newRow("since the attack on October 7")
            << u"Hostages have been held by Hamas since their attack on Israel on October 7."_s << u"2024-04-29"_s
            << u"October 7"_s << u"2023-10-07"_s << u"day"_s << false;
        QTest::newRow("the October 7 attack")
            << u"Since the October 7 attack, thousands of people have been killed."_s << u"2024-04-29"_s
            << u"October 7"_s << u"2023-10-07"_s << u"day"_s << false;
        QTest::newRow("two days before") << u"The truce was agreed on March 19."_s << u"2024-03-21"_s << u"March 19"_s
                                         << u"2024-03-19"_s << u"day"_s << false;
        QTest::newRow("abbreviated month") << u"Mar. 19 was the deadline, officials said."_s << u"2024-04-29"_s
                                           << u"Mar. 19"_s << u"2024-03-19"_s << u"day"_s << false;
        QTest::newRow("day first without year") << u"The summit will be held on 12 March."_s << u"2024-03-21"_s
                                                << u"12 March"_s << u"2025-03-12"_s << u"day"_s << false;
        QTest::newRow("past across new year") << u"The embassy reopened on December 28."_s << u"2024-01-03"_s
                                              << u"December 28"_s << u"2023-12-28"_s << u"day"_s << false;
        QTest::newRow("future across new year") << u"The museum will open on January 5."_s << u"2023-12-30"_s
                                                << u"January 5"_s << u"2024-01-05"_s << u"day"_s << false;
        QTest::newRow("the next day but one") << u"The vote is on April 30."_s << u"2024-04-29"_s << u"April 30"_s
                                              << u"2024-04-30"_s << u"day"_s << false;
        QTest::newRow("past, months after the anchor") << u"Officials met on June 3."_s << u"2024-04-29"_s
                                                       << u"June 3"_s << u"2023-06-03"_s << u"day"_s << false;
        QTest::newRow("no tense, months after the anchor") << u"A memorial for June 3."_s << u"2024-04-29"_s
                                                           << u"June 3"_s << u"2023-06-03"_s << u"day"_s << true;
        QTest::newRow("29 February in the past") << u"The data were published on February 29."_s << u"2025-03-10"_s
                                                 << u"February 29"_s << u"2024-02-29"_s << u"day"_s << false;
        QTest::newRow("29 February ahead") << u"The rule will apply from February 29."_s << u"2025-03-10"_s
                                           << u"February 29"_s << u"2028-02-29"_s << u"day"_s << false;
        QTest::newRow("no 30 February") << u"Nothing happened on February 30."_s << u"2024-03-10"_s << QString()
                                        << QString() << QString() << false;
        QTest::newRow("month anchor, same month") << u"The ceasefire collapsed on March 19."_s << u"2024-03"_s
                                                  << u"March 19"_s << u"2024-03-19"_s << u"day"_s << false;
        QTest::newRow("month anchor, later month") << u"Talks broke down on April 2."_s << u"2024-03"_s
                                                   << u"April 2"_s << u"2023-04-02"_s << u"day"_s << false;
        QTest::newRow("year anchor") << u"He resigned on March 19."_s << u"2024"_s << u"March 19"_s
                                     << u"2024-03-19"_s << u"day"_s << true;

        // Weekdays.
        QTest::newRow("past Sunday of a Monday") << u"Biden held discussions with Netanyahu on Sunday."_s
                                                 << u"2024-04-29"_s << u"Sunday"_s << u"2024-04-28"_s << u"day"_s
                                                 << false;
        QTest::newRow("the anchor's weekday") << u"Biden held a call with Netanyahu on Monday."_s << u"2023-11-06"_s
                                              << u"Monday"_s << u"2023-11-06"_s << u"day"_s << true;
        QTest::newRow("will meet on Thursday") << u"The leaders will meet on Thursday."_s << u"2024-04-29"_s
                                               << u"Thursday"_s << u"2024-05-02"_s << u"day"_s << false;
        QTest::newRow("since Wednesday")
            << u"More than 300 Americans have left the Gaza Strip through the Rafah crossing since Wednesday."_s
            << u"2023-11-06"_s << u"Wednesday"_s << u"2023-11-01"_s << u"day"_s << false;
        QTest::newRow("since Wednesday, future after") << u"Aid is expected to flow since Wednesday."_s
                                                       << u"2023-11-06"_s << u"Wednesday"_s << u"2023-11-01"_s
                                                       << u"day"_s << false;
        QTest::newRow("no tense") << u"The envoy arrives Friday."_s << u"2024-04-29"_s << u"Friday"_s
                                  << u"2024-04-26"_s << u"day"_s << true;
        QTest::newRow("said on Tuesday that it would")
            << u"He said on Tuesday that talks would resume."_s << u"2024-04-29"_s << u"Tuesday"_s
            << u"2024-04-23"_s << u"day"_s << false;
        QTest::newRow("reporting verb last")
            << u"Blinken will travel to Israel on Wednesday, the State Department said."_s << u"2024-04-29"_s
            << u"Wednesday"_s << u"2024-05-01"_s << u"day"_s << false;
        QTest::newRow("across a month end") << u"The talks ended on Saturday."_s << u"2024-05-01"_s
                                            << u"Saturday"_s << u"2024-04-27"_s << u"day"_s << false;
        QTest::newRow("across a year end") << u"The attack came on Friday."_s << u"2024-01-01"_s << u"Friday"_s
                                           << u"2023-12-29"_s << u"day"_s << false;
        QTest::newRow("future across a year end") << u"Parliament will vote on Tuesday."_s << u"2023-12-30"_s
                                                  << u"Tuesday"_s << u"2024-01-02"_s << u"day"_s << false;
        QTest::newRow("back to 29 February") << u"The deal was signed on Thursday."_s << u"2024-03-01"_s
                                             << u"Thursday"_s << u"2024-02-29"_s << u"day"_s << false;
        QTest::newRow("next Friday") << u"They plan to meet next Friday."_s << u"2024-04-29"_s << u"next Friday"_s
                                     << u"2024-05-10"_s << u"day"_s << true;
        QTest::newRow("next Monday") << u"They plan to meet next Monday."_s << u"2024-05-03"_s << u"next Monday"_s
                                     << u"2024-05-06"_s << u"day"_s << false;
        QTest::newRow("last Tuesday") << u"Protests began last Tuesday."_s << u"2024-04-29"_s << u"last Tuesday"_s
                                      << u"2024-04-23"_s << u"day"_s << false;
        QTest::newRow("last Monday of a Friday") << u"The minister resigned last Monday."_s << u"2024-05-03"_s
                                                 << u"last Monday"_s << u"2024-04-29"_s << u"day"_s << true;
        QTest::newRow("this Monday") << u"Prices rose this Monday."_s << u"2024-05-01"_s << u"this Monday"_s
                                     << u"2024-04-29"_s << u"day"_s << false;
        QTest::newRow("this coming Friday") << u"The team returns this coming Friday."_s << u"2024-04-29"_s
                                            << u"this coming Friday"_s << u"2024-05-03"_s << u"day"_s << false;
        QTest::newRow("Friday next week") << u"The vote is set for Friday next week."_s << u"2024-04-29"_s
                                          << u"Friday next week"_s << u"2024-05-10"_s << u"day"_s << false;
        QTest::newRow("last week Sunday") << u"We met last week Sunday."_s << u"2024-01-03"_s
                                          << u"last week Sunday"_s << u"2023-12-31"_s << u"day"_s << false;
        QTest::newRow("weekday with a month anchor") << u"They met on Sunday."_s << u"2024-03"_s << QString()
                                                     << QString() << QString() << false;
        QTest::newRow("weekday without an anchor") << u"The deal was signed on Sunday."_s << QString() << QString()
                                                   << QString() << QString() << false;

        // Days next to the anchor.
        QTest::newRow("yesterday") << u"I spoke to Yoav Gallant yesterday."_s << u"2024-03-21"_s << u"yesterday"_s
                                   << u"2024-03-20"_s << u"day"_s << false;
        QTest::newRow("yesterday across a year") << u"Markets fell yesterday."_s << u"2024-01-01"_s
                                                 << u"yesterday"_s << u"2023-12-31"_s << u"day"_s << false;
        QTest::newRow("today") << u"Israel faces pressure today."_s << u"2024-04-29"_s << u"today"_s
                               << u"2024-04-29"_s << u"day"_s << false;
        QTest::newRow("tomorrow on 28 February") << u"The results come out tomorrow."_s << u"2024-02-28"_s
                                                 << u"tomorrow"_s << u"2024-02-29"_s << u"day"_s << false;
        QTest::newRow("the day before yesterday") << u"They left the day before yesterday."_s << u"2024-03-01"_s
                                                  << u"the day before yesterday"_s << u"2024-02-28"_s << u"day"_s
                                                  << false;
        QTest::newRow("yesterday of a month anchor") << u"Markets fell yesterday."_s << u"2024-03"_s << QString()
                                                     << QString() << QString() << false;

        // Weeks, months and years.
        QTest::newRow("last week") << u"Last week, Mr Blinken held meetings in Tel Aviv."_s << u"2023-10-16"_s
                                   << u"Last week"_s << u"2023-W41"_s << u"week"_s << false;
        QTest::newRow("this week") << u"Plans to open new northern crossings this week were discussed."_s
                                   << u"2024-04-29"_s << u"this week"_s << u"2024-W18"_s << u"week"_s << false;
        QTest::newRow("next week into a new year") << u"The court rules next week."_s << u"2024-12-27"_s
                                                   << u"next week"_s << u"2025-W01"_s << u"week"_s << false;
        QTest::newRow("last week from a new year") << u"Exports slowed last week."_s << u"2025-01-01"_s
                                                   << u"last week"_s << u"2024-W52"_s << u"week"_s << false;
        QTest::newRow("this week in week 53") << u"There is no big news this week."_s << u"2021-01-01"_s
                                              << u"this week"_s << u"2020-W53"_s << u"week"_s << false;
        QTest::newRow("the coming week") << u"Talks resume in the coming week."_s << u"2024-04-29"_s
                                         << u"coming week"_s << u"2024-W19"_s << u"week"_s << false;
        QTest::newRow("last month") << u"Prices fell last month."_s << u"2024-01-15"_s << u"last month"_s
                                    << u"2023-12"_s << u"month"_s << false;
        QTest::newRow("earlier this month") << u"The strike began earlier this month."_s << u"2024-04-29"_s
                                            << u"earlier this month"_s << u"2024-04"_s << u"month"_s << false;
        QTest::newRow("next month of a month anchor") << u"Elections are due next month."_s << u"2024-12"_s
                                                      << u"next month"_s << u"2025-01"_s << u"month"_s << false;
        QTest::newRow("this year") << u"Growth slowed this year."_s << u"2024-04-29"_s << u"this year"_s
                                   << u"2024"_s << u"year"_s << false;
        QTest::newRow("last year of a month anchor") << u"Exports fell last year."_s << u"2024-03"_s
                                                     << u"last year"_s << u"2023"_s << u"year"_s << false;
        QTest::newRow("late last year") << u"The plan was drafted late last year."_s << u"2024-04-29"_s
                                        << u"late last year"_s << u"2023"_s << u"year"_s << false;
        QTest::newRow("in March, past") << u"The offensive began in March."_s << u"2024-04-29"_s << u"March"_s
                                        << u"2024-03"_s << u"month"_s << false;
        QTest::newRow("in October, past") << u"Hamas attacked Israel in October."_s << u"2024-04-29"_s
                                          << u"October"_s << u"2023-10"_s << u"month"_s << false;
        QTest::newRow("in March, future") << u"Elections will be held in March."_s << u"2024-04-29"_s << u"March"_s
                                          << u"2025-03"_s << u"month"_s << false;
        QTest::newRow("a month without tense") << u"The report covers September."_s << u"2024-04-29"_s
                                               << u"September"_s << u"2023-09"_s << u"month"_s << true;
        QTest::newRow("mid-March") << u"Talks collapsed in mid-March."_s << u"2024-04-29"_s << u"mid-March"_s
                                   << u"2024-03"_s << u"month"_s << false;
        QTest::newRow("last September") << u"Talks stalled last September."_s << u"2024-11-10"_s
                                         << u"last September"_s << u"2023-09"_s << u"month"_s << true;

        // Counted from the anchor.
        QTest::newRow("two days ago") << u"The convoy left two days ago."_s << u"2024-03-01"_s << u"two days ago"_s
                                      << u"2024-02-28"_s << u"day"_s << false;
        QTest::newRow("three weeks ago") << u"The talks began three weeks ago."_s << u"2024-04-29"_s
                                         << u"three weeks ago"_s << u"2024-W15"_s << u"week"_s << false;
        QTest::newRow("a month ago") << u"Fighting resumed a month ago."_s << u"2024-04-29"_s << u"a month ago"_s
                                     << u"2024-03"_s << u"month"_s << false;
        QTest::newRow("two years ago") << u"The port closed two years ago."_s << u"2024-04-29"_s
                                       << u"two years ago"_s << u"2022"_s << u"year"_s << false;
        QTest::newRow("in 27 days, future") << u"The truce will expire in 27 days."_s << u"2024-01-19"_s
                                            << u"in 27 days"_s << u"2024-02-15"_s << u"day"_s << false;
        QTest::newRow("two weeks from now") << u"A vote is due two weeks from now."_s << u"2024-04-29"_s
                                            << u"two weeks from now"_s << u"2024-W20"_s << u"week"_s << false;

        // Durations.
        QTest::newRow("in 27 days, a duration")
            << u"It marks the first interaction between the two leaders in 27 days."_s << u"2024-01-19"_s
            << u"27 days"_s << u"P27D"_s << u"duration"_s << false;
        QTest::newRow("for three weeks") << u"The fighting lasted for three weeks."_s << u"2024-04-29"_s
                                         << u"three weeks"_s << u"P3W"_s << u"duration"_s << false;
        QTest::newRow("in over a month") << u"It was their first telephone conversation in over a month."_s
                                         << u"2024-03-21"_s << u"a month"_s << u"P1M"_s << u"duration"_s << false;
        QTest::newRow("three-day") << u"The three-day visit ended."_s << u"2024-04-29"_s << u"three-day"_s
                                   << u"P3D"_s << u"duration"_s << false;
        QTest::newRow("24 hours") << u"Fewer than 30 lorries entered in the past 24 hours."_s << u"2023-11-06"_s
                                  << u"24 hours"_s << u"PT24H"_s << u"duration"_s << false;
        QTest::newRow("twenty-one days") << u"He was held for twenty-one days."_s << u"2024-04-29"_s
                                         << u"twenty-one days"_s << u"P21D"_s << u"duration"_s << false;
        QTest::newRow("a fortnight") << u"The crossing stayed shut for a fortnight."_s << u"2024-04-29"_s
                                     << u"a fortnight"_s << u"P2W"_s << u"duration"_s << false;
        QTest::newRow("durations need no anchor") << u"The siege lasted two years."_s << QString()
                                                  << u"two years"_s << u"P2Y"_s << u"duration"_s << false;

        // Numbers and words that are no dates.
        QTest::newRow("thousands") << u"More than 2,000 people fled."_s << u"2024-04-29"_s << QString() << QString()
                                   << QString() << false;
        QTest::newRow("a count") << u"In all 2023 people signed the letter."_s << u"2024-04-29"_s << QString()
                                 << QString() << QString() << false;
        QTest::newRow("a total of") << u"A total of 2000 troops were sent."_s << u"2024-04-29"_s << QString()
                                    << QString() << QString() << false;
        QTest::newRow("money") << u"It cost $2024 in all."_s << u"2024-04-29"_s << QString() << QString()
                               << QString() << false;
        QTest::newRow("a march") << u"The march began at noon."_s << u"2024-04-29"_s << QString() << QString()
                                 << QString() << false;
        QTest::newRow("may as a verb") << u"May I ask whether it may rain?"_s << u"2024-04-29"_s << QString()
                                       << QString() << QString() << false;
        QTest::newRow("a name") << u"April Ryan asked The Sun about it."_s << u"2024-04-29"_s << QString()
                                << QString() << QString() << false;
        QTest::newRow("an age") << u"The 45-year-old man is 45 years old."_s << u"2024-04-29"_s << QString()
                                << QString() << QString() << false;
        QTest::newRow("a set") << u"They met once a week."_s << u"2024-04-29"_s << QString() << QString()
                               << QString() << false;
    }

    void tags()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, anchor);
        QFETCH(QString, span);
        QFETCH(QString, value);
        QFETCH(QString, granularity);
        QFETCH(bool, uncertain);
        const QList<TimeExpression> found = TemporalTagger().tag(sentence, anchorOf(anchor));
        if (span.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
            return;
        }
        const TimeExpression *expression = findText(found, span);
        QVERIFY2(expression, qPrintable(describe(found)));
        QCOMPARE(expression->value, value);
        QCOMPARE(granularityName(expression->granularity), granularity);
        QCOMPARE(expression->uncertain, uncertain);
        QCOMPARE(sentence.mid(expression->start, expression->end - expression->start), expression->text);
    }

    void namesTheAnchor_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("expected");
        QTest::newRow("relative, day") << u"They met on Sunday."_s << u"2024-04-29"_s
                                       << u"publication 2024-04-29 (day)"_s;
        QTest::newRow("relative, month") << u"They met on March 3."_s << u"2024-03"_s
                                         << u"publication 2024-03 (month)"_s;
        QTest::newRow("relative, year") << u"They met last year."_s << u"2024"_s << u"publication 2024 (year)"_s;
        QTest::newRow("full date") << u"They met on March 3, 2024."_s << u"2024-04-29"_s << u"absolute"_s;
        QTest::newRow("year") << u"They met in 2019."_s << u"2024-04-29"_s << u"absolute"_s;
        QTest::newRow("duration") << u"They met for two days."_s << u"2024-04-29"_s << u"absolute"_s;
    }

    void namesTheAnchor()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, anchor);
        QFETCH(QString, expected);
        const QList<TimeExpression> found = TemporalTagger().tag(sentence, anchorOf(anchor));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().anchor, expected);
    }

    void withoutAnAnchorKeepsAbsoluteExpressions()
    {
        const QString text = u"It was signed on 19 March 2024 in Cairo, ratified on Sunday, and will last two years "
                             u"from next week."_s;
        const QList<TimeExpression> found = TemporalTagger().tag(text, PartialDate{});
        QCOMPARE(describe(found), u"19 March 2024=2024-03-19/day; two years=P2Y/duration"_s);
    }

    void periods_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("granularity");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("day") << u"2024-02-29"_s << u"day"_s << QDate(2024, 2, 29) << QDate(2024, 2, 29);
        QTest::newRow("week") << u"2024-W18"_s << u"week"_s << QDate(2024, 4, 29) << QDate(2024, 5, 5);
        QTest::newRow("week 1 starting in December") << u"2025-W01"_s << u"week"_s << QDate(2024, 12, 30)
                                                     << QDate(2025, 1, 5);
        QTest::newRow("week 53") << u"2020-W53"_s << u"week"_s << QDate(2020, 12, 28) << QDate(2021, 1, 3);
        QTest::newRow("leap February") << u"2024-02"_s << u"month"_s << QDate(2024, 2, 1) << QDate(2024, 2, 29);
        QTest::newRow("year") << u"2023"_s << u"year"_s << QDate(2023, 1, 1) << QDate(2023, 12, 31);
        QTest::newRow("duration") << u"P27D"_s << u"duration"_s << QDate() << QDate();
        QTest::newRow("malformed week") << u"2024-W"_s << u"week"_s << QDate() << QDate();
    }

    void periods()
    {
        QFETCH(QString, value);
        QFETCH(QString, granularity);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        TimeExpression expression;
        expression.value = value;
        QVERIFY(granularityFromName(granularity, &expression.granularity));
        QCOMPARE(expression.firstDay(), first);
        QCOMPARE(expression.lastDay(), last);
    }

    void granularityNames()
    {
        for (Granularity g : {Granularity::Day, Granularity::Week, Granularity::Month, Granularity::Year,
                              Granularity::Duration}) {
            Granularity parsed = Granularity::Day;
            QVERIFY(granularityFromName(granularityName(g), &parsed));
            QCOMPARE(parsed, g);
        }
        Granularity untouched = Granularity::Week;
        QVERIFY(!granularityFromName(u"fortnight"_s, &untouched));
        QCOMPARE(untouched, Granularity::Week);
    }

    void seeds_data()
    {
        QTest::addColumn<QString>("seed");
        QTest::addColumn<QString>("span");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("uncertain");
        const QString biden = u"000_0a9c56af3ac79f09.txt"_s; // Monday 2023-11-06
        const QString sunday = u"001_becead2bfba25e4f.txt"_s; // Monday 2024-04-29
        const QString blinken = u"002_fb558fc278a81398.txt"_s; // Monday 2023-10-16
        const QString austin = u"003_3787229ccfaf7733.txt"_s; // Thursday 2024-03-21, from the dateline
        const QString days = u"004_851856595f81a760.txt"_s; // Friday 2024-01-19
        QTest::newRow("000 on Monday") << biden << u"Monday"_s << 0 << u"2023-11-06"_s << true;
        QTest::newRow("000 24 hours") << biden << u"24 hours"_s << 0 << u"PT24H"_s << false;
        QTest::newRow("000 Guterres on Monday") << biden << u"Monday"_s << 2 << u"2023-11-06"_s << true;
        QTest::newRow("000 since Wednesday") << biden << u"Wednesday"_s << 0 << u"2023-11-01"_s << false;
        QTest::newRow("001 on Sunday") << sunday << u"Sunday"_s << 0 << u"2024-04-28"_s << false;
        QTest::newRow("001 October 7") << sunday << u"October 7"_s << 0 << u"2023-10-07"_s << false;
        QTest::newRow("001 this week") << sunday << u"this week"_s << 0 << u"2024-W18"_s << false;
        QTest::newRow("002 a week") << blinken << u"a week"_s << 0 << u"P1W"_s << false;
        QTest::newRow("002 since 2007") << blinken << u"2007"_s << 0 << u"2007"_s << false;
        QTest::newRow("002 this week") << blinken << u"this week"_s << 0 << u"2023-W42"_s << false;
        QTest::newRow("002 Last week") << blinken << u"Last week"_s << 0 << u"2023-W41"_s << false;
        QTest::newRow("002 on Sunday") << blinken << u"Sunday"_s << 0 << u"2023-10-15"_s << false;
        QTest::newRow("003 dateline") << austin << u"March 21"_s << 0 << u"2024-03-21"_s << false;
        QTest::newRow("003 on Wednesday") << austin << u"Wednesday"_s << 0 << u"2024-03-20"_s << false;
        QTest::newRow("003 yesterday") << austin << u"yesterday"_s << 0 << u"2024-03-20"_s << false;
        QTest::newRow("003 on March 19") << austin << u"March 19"_s << 0 << u"2024-03-19"_s << false;
        QTest::newRow("003 a month") << austin << u"a month"_s << 0 << u"P1M"_s << false;
        QTest::newRow("004 27 days") << days << u"27 days"_s << 0 << u"P27D"_s << false;
    }

    void seeds()
    {
        QFETCH(QString, seed);
        QFETCH(QString, span);
        QFETCH(int, occurrence);
        QFETCH(QString, value);
        QFETCH(bool, uncertain);
        const QByteArray bytes = Test::readFile(Test::sharedDir() + u"/seeds/"_s + seed);
        QVERIFY2(!bytes.isEmpty(), qPrintable(seed));
        const NewDocument document = ArticleParser().parse(QString::fromUtf8(bytes), seed);
        const PartialDate published = anchorOf(document.published);
        QVERIFY(published.isValid());
        const QList<TimeExpression> found = TemporalTagger().tag(document.body, published);
        const TimeExpression *expression = findText(found, span, occurrence);
        QVERIFY2(expression, qPrintable(describe(found)));
        QCOMPARE(expression->value, value);
        QCOMPARE(expression->uncertain, uncertain);
    }

    void spansAreOrderedOffsetsIntoTheText()
    {
        const QString seeds = Test::sharedDir() + u"/seeds"_s;
        const QStringList files = QDir(seeds).entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 5);
        for (const QString &file : files) {
            const NewDocument document =
                ArticleParser().parse(QString::fromUtf8(Test::readFile(seeds + u'/' + file)), file);
            const QList<TimeExpression> found = TemporalTagger().tag(document.body, anchorOf(document.published));
            QVERIFY(!found.isEmpty());
            qsizetype previousEnd = 0;
            for (const TimeExpression &e : found) {
                QVERIFY(e.start >= previousEnd);
                QVERIFY(e.end > e.start);
                QCOMPARE(document.body.mid(e.start, e.end - e.start), e.text);
                QVERIFY(!e.value.isEmpty());
                previousEnd = e.end;
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTemporalTagger)
#include "tst_temporaltagger.moc"
