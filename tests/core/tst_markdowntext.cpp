// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/markdowntext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestMarkdownText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void converts_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("text");
        QTest::newRow("atx heading") << u"# Biden calls Netanyahu\n\nThey spoke."_s << u"Biden calls Netanyahu\n\nThey spoke."_s;
        QTest::newRow("closed heading") << u"## Title ##\nText"_s << u"Title\n\nText"_s;
        QTest::newRow("setext heading") << u"Title\n=====\n\nText"_s << u"Title\n\nText"_s;
        QTest::newRow("emphasis") << u"A **bold** and *italic* and __strong__ word"_s << u"A bold and italic and strong word"_s;
        QTest::newRow("nested emphasis") << u"***both***"_s << u"both"_s;
        QTest::newRow("link") << u"See [the readout](https://example.org/r) now"_s << u"See the readout now"_s;
        QTest::newRow("image") << u"![A photo](p.jpg) caption"_s << u"A photo caption"_s;
        QTest::newRow("code") << u"Run `gloss`"_s << u"Run gloss"_s;
        QTest::newRow("rule and reference") << u"Text\n\n---\n\n[1]: https://example.org"_s << u"Text"_s;
        QTest::newRow("comment") << u"A<!-- hidden\nnote -->B"_s << u"AB"_s;
        QTest::newRow("fenced code kept") << u"```\n*x*\n```"_s << u"*x*"_s;
        QTest::newRow("list kept") << u"- one\n- two"_s << u"- one\n- two"_s;
        QTest::newRow("snake_case survives") << u"a file_name here"_s << u"a file_name here"_s;
        QTest::newRow("arithmetic survives") << u"2 * 3 * 4"_s << u"2 * 3 * 4"_s;
    }

    void converts()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, text);
        QCOMPARE(MarkdownText::toPlainText(markdown), text);
    }
};

QTEST_GUILESS_MAIN(TestMarkdownText)
#include "tst_markdowntext.moc"
