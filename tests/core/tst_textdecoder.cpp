// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/textdecoder.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

QByteArray utf16(const QString &text, bool littleEndian)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const auto low = static_cast<char>(c.unicode() & 0xFF);
        const auto high = static_cast<char>(c.unicode() >> 8);
        bytes.append(littleEndian ? low : high);
        bytes.append(littleEndian ? high : low);
    }
    return bytes;
}

QByteArray utf32(const QString &text, bool littleEndian)
{
    QByteArray bytes;
    for (const char32_t codePoint : text.toUcs4()) {
        for (int i = 0; i < 4; ++i) {
            const int shift = littleEndian ? i * 8 : (3 - i) * 8;
            bytes.append(static_cast<char>((codePoint >> shift) & 0xFF));
        }
    }
    return bytes;
}

QByteArray bytesOf(std::initializer_list<unsigned char> values)
{
    QByteArray bytes;
    for (const unsigned char value : values) {
        bytes.append(static_cast<char>(value));
    }
    return bytes;
}

const QString sample = u"Café “news” — שלום, مرحبا, 😀 €"_s;

} // namespace

class TestTextDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<bool>("invalid");

        QTest::newRow("empty") << QByteArray() << u""_s << u"UTF-8"_s << false;
        QTest::newRow("ascii") << "Plain news text.\n"_ba << u"Plain news text.\n"_s << u"UTF-8"_s << false;

        QTest::newRow("utf-8 bom") << "\xEF\xBB\xBF"_ba + sample.toUtf8() << sample << u"UTF-8 BOM"_s << false;
        QTest::newRow("utf-8 bom only") << "\xEF\xBB\xBF"_ba << u""_s << u"UTF-8 BOM"_s << false;
        QTest::newRow("utf-8 bom, second bom kept") << "\xEF\xBB\xBF\xEF\xBB\xBF" "a"_ba << u"\uFEFFa"_s << u"UTF-8 BOM"_s
                                                    << false;
        QTest::newRow("utf-8 bom with invalid byte")
            << "\xEF\xBB\xBF" "a\xFF" "b"_ba << u"a\uFFFDb"_s << u"UTF-8 BOM"_s << true;
        QTest::newRow("utf-16le bom") << "\xFF\xFE"_ba + utf16(sample, true) << sample << u"UTF-16LE"_s << false;
        QTest::newRow("utf-16be bom") << "\xFE\xFF"_ba + utf16(sample, false) << sample << u"UTF-16BE"_s << false;
        QTest::newRow("utf-32le bom") << "\xFF\xFE\x00\x00"_ba + utf32(sample, true) << sample << u"UTF-32LE"_s << false;
        QTest::newRow("utf-32be bom") << "\x00\x00\xFE\xFF"_ba + utf32(sample, false) << sample << u"UTF-32BE"_s << false;

        QTest::newRow("utf-8 accents") << u"Éléonore à Zürich, naïve façade"_s.toUtf8()
                                       << u"Éléonore à Zürich, naïve façade"_s << u"UTF-8"_s << false;
        QTest::newRow("utf-8 hebrew") << u"ראש הממשלה אמר היום"_s.toUtf8() << u"ראש הממשלה אמר היום"_s << u"UTF-8"_s
                                      << false;
        QTest::newRow("utf-8 arabic") << u"قال رئيس الوزراء اليوم"_s.toUtf8() << u"قال رئيس الوزراء اليوم"_s
                                      << u"UTF-8"_s << false;
        QTest::newRow("utf-8 emoji") << u"Breaking 🚨 news 👍🏽"_s.toUtf8() << u"Breaking 🚨 news 👍🏽"_s << u"UTF-8"_s
                                     << false;
        QTest::newRow("line ends kept") << "a\r\nb\rc\n"_ba << u"a\r\nb\rc\n"_s << u"UTF-8"_s << false;

        QTest::newRow("windows-1252 smart quotes, é, €")
            << "\x93Quoted\x94 caf\xE9 costs \x80" "5 \x96 ok\x85"_ba << u"“Quoted” café costs €5 – ok…"_s
            << u"Windows-1252"_s << true;
        QTest::newRow("windows-1252 all of 0x80-0x9F")
            << bytesOf({0x80, 0x82, 0x83, 0x84, 0x86, 0x87, 0x88, 0x89, 0x8A, 0x8B, 0x8C, 0x8E, 0x91, 0x92, 0x95, 0x97,
                        0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9E, 0x9F})
            << u"€‚ƒ„†‡ˆ‰Š‹ŒŽ‘’•—˜™š›œžŸ"_s << u"Windows-1252"_s << true;
        QTest::newRow("windows-1252 undefined bytes keep latin-1")
            << bytesOf({0x81, 0x8D, 0x8F, 0x90, 0x9D}) << u"\u0081\u008D\u008F\u0090\u009D"_s << u"Windows-1252"_s << true;
        QTest::newRow("latin-1") << "na\xEFve r\xE9sum\xE9 \xA9 \xFF"_ba << u"naïve résumé © ÿ"_s << u"Windows-1252"_s
                                 << true;
        QTest::newRow("invalid utf-8 falls back whole file")
            << u"déjà "_s.toUtf8() + "vu \xE9t\xE9"_ba << u"dÃ©jÃ\u00A0 vu été"_s << u"Windows-1252"_s << true;
        QTest::newRow("overlong utf-8") << "\xC0\xAF"_ba << u"À¯"_s << u"Windows-1252"_s << true;
        QTest::newRow("utf-8 encoded surrogate") << "\xED\xA0\x80"_ba << u"í\u00A0€"_s << u"Windows-1252"_s << true;
        QTest::newRow("beyond U+10FFFF") << "\xF4\x90\x80\x80"_ba << u"ô\u0090€€"_s << u"Windows-1252"_s << true;
        QTest::newRow("truncated sequence at end") << "abc\xE2\x82"_ba << u"abcâ‚"_s << u"Windows-1252"_s << true;

        QTest::newRow("utf-16le without bom") << utf16(u"Hello world,\r\nthe news today.\n"_s, true)
                                              << u"Hello world,\r\nthe news today.\n"_s << u"UTF-16LE"_s << false;
        QTest::newRow("utf-16be without bom") << utf16(u"Hello world, café.\n"_s, false) << u"Hello world, café.\n"_s
                                              << u"UTF-16BE"_s << false;
        QTest::newRow("utf-16le without bom, some non-latin")
            << utf16(u"The word is שלום (peace) in Hebrew.\n"_s, true) << u"The word is שלום (peace) in Hebrew.\n"_s
            << u"UTF-16LE"_s << false;
        QTest::newRow("utf-16le odd length") << "\xFF\xFE"_ba + utf16(u"AB"_s, true) + "C"_ba << u"AB\uFFFD"_s
                                             << u"UTF-16LE"_s << true;
        QTest::newRow("utf-16be odd length") << "\xFE\xFF\x00"_ba << u"\uFFFD"_s << u"UTF-16BE"_s << true;
        QTest::newRow("utf-16le lone high surrogate") << "\xFF\xFE"_ba + bytesOf({0x00, 0xD8, 0x41, 0x00}) << u"\uFFFDA"_s
                                                      << u"UTF-16LE"_s << true;
        QTest::newRow("utf-16be lone low surrogate") << "\xFE\xFF"_ba + bytesOf({0x00, 0x41, 0xDC, 0x00})
                                                     << u"A\uFFFD"_s << u"UTF-16BE"_s << true;
        QTest::newRow("utf-16le high surrogate at end") << "\xFF\xFE"_ba + bytesOf({0x41, 0x00, 0x3D, 0xD8})
                                                        << u"A\uFFFD"_s << u"UTF-16LE"_s << true;
        QTest::newRow("utf-32le invalid code point")
            << "\xFF\xFE\x00\x00"_ba + bytesOf({0x41, 0, 0, 0, 0x00, 0x00, 0x11, 0x00, 0x00, 0xD8, 0, 0})
            << u"A\uFFFD\uFFFD"_s << u"UTF-32LE"_s << true;
        QTest::newRow("utf-32be truncated") << "\x00\x00\xFE\xFF"_ba + bytesOf({0, 0, 0, 0x41, 0, 0}) << u"A\uFFFD"_s
                                            << u"UTF-32BE"_s << true;
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(QString, encoding);
        QFETCH(bool, invalid);
        const Result<DecodedText> decoded = TextDecoder::decode(bytes, u"article.txt"_s);
        QVERIFY2(decoded.ok(), qPrintable(decoded.errorString()));
        QCOMPARE(decoded->text, text);
        QCOMPARE(decoded->encoding, encoding);
        QCOMPARE(decoded->hadInvalidBytes, invalid);
        QVERIFY(!TextDecoder::looksBinary(bytes));
    }

    void binary_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("described");

        QTest::newRow("png") << "\x89PNG\r\n\x1A\n\x00\x00\x00\rIHDR"_ba << u"a PNG image"_s;
        QTest::newRow("jpeg") << "\xFF\xD8\xFF\xE0\x00\x10JFIF"_ba << u"a JPEG image"_s;
        QTest::newRow("gif87a") << "GIF87a\x01\x00"_ba << u"a GIF image"_s;
        QTest::newRow("gif89a") << "GIF89a\x01\x00"_ba << u"a GIF image"_s;
        QTest::newRow("pdf") << "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj"_ba << u"a PDF document"_s;
        QTest::newRow("zip") << "PK\x03\x04\x14\x00\x06\x00"_ba << u"a ZIP archive"_s;
        QTest::newRow("gzip") << "\x1F\x8B\x08\x00\x00\x00"_ba << u"gzip-compressed data"_s;
        QTest::newRow("elf") << "\x7F" "ELF\x02\x01\x01\x00"_ba << u"ELF executable"_s;
        QTest::newRow("sqlite") << "SQLite format 3\x00\x10\x00\x01\x01"_ba << u"an SQLite database"_s;
        QTest::newRow("nul in text") << "Some text\x00with a NUL"_ba << u"binary data"_s;
        QTest::newRow("nul after utf-8 bom") << "\xEF\xBB\xBFtext\x00"_ba << u"binary data"_s;
        QTest::newRow("nul late in a large file") << QByteArray(20000, 'a') + '\0' << u"binary data"_s;
        QTest::newRow("many control bytes") << QByteArray("ab\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F") + QByteArray(40, 'x')
                                            << u"binary data"_s;
        QByteArray random;
        for (int i = 0; i < 4096; ++i) {
            random.append(static_cast<char>((i * 7919 + 13) % 256));
        }
        QTest::newRow("pseudo-random bytes") << random << u"binary data"_s;
    }

    void binary()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, described);
        QVERIFY(TextDecoder::looksBinary(bytes));
        const Result<DecodedText> decoded = TextDecoder::decode(bytes, u"/tmp/photo.txt"_s);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().kind, ErrorKind::BadInput);
        QVERIFY2(decoded.errorString().startsWith(u"/tmp/photo.txt is not a text file (it looks like "_s),
                 qPrintable(decoded.errorString()));
        QVERIFY2(decoded.errorString().contains(described), qPrintable(decoded.errorString()));
    }

    void looksBinary_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("binary");

        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("text") << "Hello\tworld\r\n\fNext page\n"_ba << false;
        QTest::newRow("a few control bytes") << "\x1B[1mBold\x1B[0m and plenty more ordinary text here"_ba << false;
        QTest::newRow("utf-16le with bom") << "\xFF\xFE"_ba + utf16(u"Hi there"_s, true) << false;
        QTest::newRow("utf-16be without bom") << utf16(u"Hi there, reader"_s, false) << false;
        QTest::newRow("utf-32le with bom") << "\xFF\xFE\x00\x00"_ba + utf32(u"Hi"_s, true) << false;
        QTest::newRow("windows-1252") << "caf\xE9 \x93quoted\x94"_ba << false;
        QTest::newRow("nul") << "abc\x00"_ba << true;
        QTest::newRow("nul on both byte parities") << "a\x00\x00\x00b\x00\x00\x00"_ba << true;
        QTest::newRow("pdf") << "%PDF-1.4"_ba << true;
        QTest::newRow("control share over 10%") << "\x01\x02" "abcdefghijklmn"_ba << true;
        QTest::newRow("control share under 10%") << "\x01" "abcdefghijklmnopqrs"_ba << false;
        QTest::newRow("DEL counts as control") << "\x7F\x7F" "abcdefghijklmn"_ba << true;
        QTest::newRow("tabs, line ends and form feeds are text") << "\t\t\n\n\r\r\f\f" "abcd"_ba << false;
        QTest::newRow("bytes over 0x7F are not controls") << "\x80\x81\x9F\xA0\xFF" "abc"_ba << false;
    }

    void looksBinary()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, binary);
        QCOMPARE(TextDecoder::looksBinary(bytes), binary);
    }

    void realFileWindows1252()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"old-article.txt"_s);
        const QByteArray bytes = "date 2003-05-12 Paris\r\n\r\nThe minister\x92s \x93plan\x94 will cost \x80"
                                 "3 million \x96 a \xABr\xE9" "forme\xBB, said Beno\xEEt Lef\xE8vre.\r\n"_ba;
        QVERIFY(Test::writeFile(path, bytes));
        const Result<DecodedText> decoded = TextDecoder::decode(Test::readFile(path), path);
        QVERIFY2(decoded.ok(), qPrintable(decoded.errorString()));
        QCOMPARE(decoded->encoding, u"Windows-1252"_s);
        QVERIFY(decoded->hadInvalidBytes);
        QCOMPARE(decoded->text, u"date 2003-05-12 Paris\r\n\r\nThe minister’s “plan” will cost €3 million – a «réforme», "
                                "said Benoît Lefèvre.\r\n"_s);
    }

    void largeInputIsFast()
    {
        const QString line = u"Ünïcödé news line with some text 😀\n"_s;
        const QByteArray utf8 = line.repeated(200000).toUtf8();
        QElapsedTimer timer;
        timer.start();
        const Result<DecodedText> decoded = TextDecoder::decode(utf8, u"big.txt"_s);
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->text.size(), line.size() * 200000);
        const Result<DecodedText> fallback = TextDecoder::decode(utf8 + "\xFF"_ba, u"big.txt"_s);
        QVERIFY(fallback.ok());
        QCOMPARE(fallback->encoding, u"Windows-1252"_s);
        const Result<DecodedText> wide = TextDecoder::decode("\xFF\xFE"_ba + utf16(line.repeated(100000), true), u"big.txt"_s);
        QVERIFY(wide.ok());
        QCOMPARE(wide->text.size(), line.size() * 100000);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
