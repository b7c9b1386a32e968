// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/articleparser.h"
#include "nlp/entityrecognizer.h"
#include "nlp/gazetteer.h"
#include "nlp/goldevaluation.h"
#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

QStringList describe(const QString &text, const QList<Mention> &mentions)
{
    QStringList out;
    for (const Mention &m : mentions) {
        out << entityKindName(m.kind) + u':' + text.mid(m.start, m.end - m.start) + u'=' + m.canonical;
    }
    return out;
}

} // namespace

class TestEntityRecognizer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recognises_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("title and given name")
            << u"US President Joe Biden held a call with Israeli Prime Minister Benjamin Netanyahu."_s
            << QStringList{u"LOC:US=United States"_s, u"PERSON:Joe Biden=Joe Biden"_s, u"NORP:Israeli=Israeli"_s,
                           u"PERSON:Benjamin Netanyahu=Benjamin Netanyahu"_s};
        QTest::newRow("surnames resolve to the full name")
            << u"Mr Biden spoke. Joe Biden and Netanyahu met. Biden said so. Benjamin Netanyahu agreed."_s
            << QStringList{u"PERSON:Biden=Joe Biden"_s, u"PERSON:Joe Biden=Joe Biden"_s,
                           u"PERSON:Netanyahu=Benjamin Netanyahu"_s, u"PERSON:Biden=Joe Biden"_s,
                           u"PERSON:Benjamin Netanyahu=Benjamin Netanyahu"_s};
        QTest::newRow("the White House, possessives and hyphens")
            << u"The White House said Israel's strikes on the Israel-Gaza border continue."_s
            << QStringList{u"ORG:White House=White House"_s, u"LOC:Israel=Israel"_s, u"LOC:Israel=Israel"_s,
                           u"LOC:Gaza=Gaza Strip"_s};
        QTest::newRow("longest gazetteer name")
            << u"Envoys of the United Arab Emirates and Saudi Arabia met in the West Bank."_s
            << QStringList{u"LOC:United Arab Emirates=United Arab Emirates"_s, u"LOC:Saudi Arabia=Saudi Arabia"_s,
                           u"LOC:West Bank=West Bank"_s};
        QTest::newRow("organisation cue")
            << u"The Gaza Health Ministry and the National Security Council said."_s
            << QStringList{u"ORG:Gaza Health Ministry=Gaza Health Ministry"_s,
                           u"ORG:National Security Council=National Security Council"_s};
        QTest::newRow("role noun before a name")
            << u"National Security Council spokesman John Kirby told reporters."_s
            << QStringList{u"ORG:National Security Council=National Security Council"_s,
                           u"PERSON:John Kirby=John Kirby"_s};
        QTest::newRow("initials and suffixes")
            << u"Secretary of Defence Lloyd J Austin III held a conversation."_s
            << QStringList{u"PERSON:Lloyd J Austin III=Lloyd J Austin III"_s};
        QTest::newRow("sentence-initial common words are not names")
            << u"Meanwhile, officials met. During talks, Furthermore the Democrats left."_s
            << QStringList{u"NORP:Democrats=Democrat"_s};
        QTest::newRow("days and months are not names") << u"On Monday in March they spoke."_s << QStringList{};
        QTest::newRow("unicode names") << u"President Recep Tayyip Erdoğan met Volodymyr Zelenskyy in Kyiv."_s
                                       << QStringList{u"PERSON:Recep Tayyip Erdoğan=Recep Tayyip Erdoğan"_s,
                                                      u"PERSON:Volodymyr Zelenskyy=Volodymyr Zelenskyy"_s,
                                                      u"LOC:Kyiv=Kyiv"_s};
        QTest::newRow("quantities") << u"More than 10,000 Palestinians died, fewer than 30 aid lorries entered and 1.5 "
                                       "million civilians fled since 2007. The 13 are missing."_s
                                    << QStringList{u"QUANTITY:More than 10,000 Palestinians=More than 10,000 Palestinians"_s,
                                                   u"NORP:Palestinians=Palestinian"_s,
                                                   u"QUANTITY:fewer than 30 aid lorries=fewer than 30 aid lorries"_s,
                                                   u"QUANTITY:1.5 million civilians=1.5 million civilians"_s};
        QTest::newRow("irregular plurals end the phrase") << u"Nearly 200 people taken hostage."_s
                                                          << QStringList{u"QUANTITY:Nearly 200 people=Nearly 200 people"_s};
        QTest::newRow("dates are not quantities") << u"On March 19, 2024 and October 7 they met for 27 days."_s
                                                  << QStringList{u"QUANTITY:27 days=27 days"_s};
    }

    void recognises()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(text, EntityRecognizer().recognize(text)), expected);
    }

    void skipsMarkedRegions()
    {
        const QString text = u"Israel said. https://twitter.com/SecDef/status/1 Gaza."_s;
        const QList<Region> regions = ArticleParser::findRegions(text);
        const QList<Mention> mentions = EntityRecognizer().recognize(text, regions);
        QCOMPARE(describe(text, mentions), (QStringList{u"LOC:Israel=Israel"_s, u"LOC:Gaza=Gaza Strip"_s}));
    }

    void gazetteerIsLoaded()
    {
        QVERIFY(Gazetteer::instance().nameCount() > 10000);
        QVERIFY(Gazetteer::instance().isGivenName(u"Benjamin"));
        QVERIFY(Gazetteer::instance().isOrganisationCue(u"Ministry"));
        QVERIFY(Gazetteer::instance().isCommonWord(u"Meanwhile"));
    }

    // Precision, recall and F1 against the hand-made gold spans of the five sample articles.
    void goldStandardOfTheSampleArticles()
    {
        Result<GoldEvaluation::Report> report = GoldEvaluation::evaluate(
            Test::sourceDir() + u"/tests/data/gold/seed-entities.tsv"_s, Test::sourceDir() + u"/resources/sample"_s);
        QVERIFY2(report, qPrintable(report.errorString()));
        for (const QString &error : std::as_const(report->errors)) {
            qInfo("%s", qPrintable(error));
        }
        for (auto it = report->byType.cbegin(); it != report->byType.cend(); ++it) {
            qInfo("%-6s P %.3f R %.3f F1 %.3f", qPrintable(it.key()), it->precision(), it->recall(), it->f1());
        }
        const GoldEvaluation::Score &overall = report->overall;
        qInfo("overall P %.3f R %.3f F1 %.3f", overall.precision(), overall.recall(), overall.f1());
        QVERIFY(overall.truePositives + overall.falseNegatives > 100);
        QVERIFY2(overall.f1() >= 0.90, qPrintable(u"F1 %1 below 0.90"_s.arg(overall.f1())));
    }
};

QTEST_GUILESS_MAIN(TestEntityRecognizer)
#include "tst_entityrecognizer.moc"
