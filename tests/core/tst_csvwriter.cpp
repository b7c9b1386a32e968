// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/csvwriter.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestCsvWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cells_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << u"Rafah"_s << u"Rafah"_s;
        QTest::newRow("empty") << u""_s << u""_s;
        QTest::newRow("spaces stay") << u" two words "_s << u" two words "_s;
        QTest::newRow("comma") << u"Gaza, Rafah"_s << u"\"Gaza, Rafah\""_s;
        QTest::newRow("quote doubled") << u"he said \"no\""_s << u"\"he said \"\"no\"\"\""_s;
        QTest::newRow("only a quote") << u"\""_s << u"\"\"\"\""_s;
        QTest::newRow("line feed") << u"one\ntwo"_s << u"\"one\ntwo\""_s;
        QTest::newRow("CRLF") << u"one\r\ntwo"_s << u"\"one\r\ntwo\""_s;
        QTest::newRow("formula =") << u"=1+1"_s << u"'=1+1"_s;
        QTest::newRow("formula +") << u"+1"_s << u"'+1"_s;
        QTest::newRow("formula -") << u"-2"_s << u"'-2"_s;
        QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab first") << u"\tx"_s << u"'\tx"_s;
        QTest::newRow("CR first") << u"\rx"_s << u"\"'\rx\""_s;
        QTest::newRow("formula with comma") << u"=HYPERLINK(\"a\",\"b\")"_s << u"\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\""_s;
        QTest::newRow("formula later is fine") << u"a=1"_s << u"a=1"_s;
        QTest::newRow("markdown list") << u"- point"_s << u"'- point"_s;
        QTest::newRow("hebrew") << u"שלום, עולם"_s << u"\"שלום, עולם\""_s;
        QTest::newRow("arabic") << u"مرحبا"_s << u"مرحبا"_s;
        QTest::newRow("emoji") << u"🙂"_s << u"🙂"_s;
    }

    void cells()
    {
        QFETCH(QString, value);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::cell(value), written);
    }

    void rowsEndInCrlfAndAreUtf8()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter csv(&buffer);
        QVERIFY(csv.writeRow({u"a"_s, u"b,c"_s, u"é"_s}));
        QVERIFY(csv.writeRow({u""_s, u"x\ny"_s}));
        QVERIFY(csv.flush());
        QCOMPARE(buffer.data(), QByteArray("a,\"b,c\",\xC3\xA9\r\n,\"x\ny\"\r\n"));
    }

    void byteOrderMarkFirst()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter csv(&buffer);
        QVERIFY(csv.writeByteOrderMark());
        QVERIFY(csv.writeRow({u"title"_s}));
        QVERIFY(csv.flush());
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFtitle\r\n"));
    }

    // A long export goes to the device as it is written, not all at the end.
    void streams()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter csv(&buffer);
        const QStringList row = {QString(100, u'x'), u"y"_s};
        qsizetype written = 0;
        for (int i = 0; i < 10000; ++i) {
            QVERIFY(csv.writeRow(row));
            written += 104; // 100 + ",y" + CRLF
            QVERIFY(written - buffer.size() <= CsvWriter::BufferBytes + 104);
        }
        QVERIFY(buffer.size() > 0);
        QVERIFY(csv.flush());
        QCOMPARE(buffer.size(), written);
    }

    void reportsAFailingDevice()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadOnly)); // writes fail
        CsvWriter csv(&buffer);
        QVERIFY(csv.writeRow({u"a"_s}));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"ReadOnly device"_s));
        QVERIFY(!csv.flush());
        QVERIFY(!csv.writeRow({u"b"_s}));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
