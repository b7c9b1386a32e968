// SPDX-License-Identifier: GPL-3.0-or-later
#include "nlp/sentencesplitter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestSentenceSplitter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splits_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("sentences");
        QTest::newRow("two sentences") << u"Biden spoke. Netanyahu listened."_s
                                       << QStringList{u"Biden spoke."_s, u"Netanyahu listened."_s};
        QTest::newRow("Mr.") << u"Mr. Biden spoke with Mr. Netanyahu. They agreed."_s
                             << QStringList{u"Mr. Biden spoke with Mr. Netanyahu."_s, u"They agreed."_s};
        QTest::newRow("Dr. and Gen.") << u"Dr. Smith met Gen. Jones and Sen. Graham."_s
                                      << QStringList{u"Dr. Smith met Gen. Jones and Sen. Graham."_s};
        QTest::newRow("U.S. inside") << u"The U.S. envoy met him. Israel agreed."_s
                                     << QStringList{u"The U.S. envoy met him."_s, u"Israel agreed."_s};
        QTest::newRow("U.S. before a name") << u"The U.S. State Department said so."_s
                                            << QStringList{u"The U.S. State Department said so."_s};
        QTest::newRow("initial") << u"Lloyd J. Austin spoke to Yoav Gallant."_s
                                 << QStringList{u"Lloyd J. Austin spoke to Yoav Gallant."_s};
        QTest::newRow("decimal") << u"Growth was 1.5 percent. Prices rose 2.3 percent."_s
                                 << QStringList{u"Growth was 1.5 percent."_s, u"Prices rose 2.3 percent."_s};
        QTest::newRow("month abbreviation") << u"On Mar. 19 they met."_s << QStringList{u"On Mar. 19 they met."_s};
        QTest::newRow("p.m.") << u"It ended at 5 p.m. on Monday."_s << QStringList{u"It ended at 5 p.m. on Monday."_s};
        QTest::newRow("closing quote") << u"He said, “We will go.” Then he left."_s
                                       << QStringList{u"He said, “We will go.”"_s, u"Then he left."_s};
        QTest::newRow("opening quote") << u"They met. “It went well,” he said."_s
                                       << QStringList{u"They met."_s, u"“It went well,” he said."_s};
        QTest::newRow("question and exclamation") << u"Really? Yes! Fine."_s
                                                  << QStringList{u"Really?"_s, u"Yes!"_s, u"Fine."_s};
        QTest::newRow("line break ends a headline") << u"Implications and responses\nThe call comes late."_s
                                                    << QStringList{u"Implications and responses"_s,
                                                                   u"The call comes late."_s};
        QTest::newRow("paragraphs") << u"One.\n\n  Two."_s << QStringList{u"One."_s, u"Two."_s};
        QTest::newRow("lower case after a full stop") << u"See fig. three for details."_s
                                                      << QStringList{u"See fig. three for details."_s};
        QTest::newRow("web address") << u"Visit www.example.com today."_s
                                     << QStringList{u"Visit www.example.com today."_s};
        QTest::newRow("white space only") << u"  \n \n"_s << QStringList{};
        QTest::newRow("no final stop") << u"  A sentence without an end  "_s
                                       << QStringList{u"A sentence without an end"_s};
    }

    void splits()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, sentences);
        QStringList found;
        for (const Sentence &sentence : SentenceSplitter::split(text)) {
            found << text.mid(sentence.start, sentence.end - sentence.start);
        }
        QCOMPARE(found, sentences);
    }
};

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
