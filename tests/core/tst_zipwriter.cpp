// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/zipwriter.h"
#include "testsupport.h"
#include "zipreader.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestZipWriter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crc32_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<quint32>("crc");
        QTest::newRow("empty") << QByteArray() << quint32(0);
        QTest::newRow("check value") << QByteArray("123456789") << quint32(0xCBF43926);
        QTest::newRow("one byte") << QByteArray("a") << quint32(0xE8B7BE43);
        QTest::newRow("fox") << QByteArray("The quick brown fox jumps over the lazy dog") << quint32(0x414FA339);
    }

    void crc32()
    {
        QFETCH(QByteArray, data);
        QFETCH(quint32, crc);
        QCOMPARE(ZipWriter::crc32(data), crc);
    }

    void deflateRoundTrips()
    {
        const QByteArray text = QByteArray("Rafah, Gaza, Cairo. ").repeated(500);
        const QByteArray raw = ZipWriter::deflate(text);
        QVERIFY(!raw.isEmpty());
        QVERIFY(raw.size() < text.size() / 10);
        // Back through zlib's wrapper: length prefix, header, the raw stream, Adler-32.
        QByteArray wrapped;
        const quint32 size = quint32(text.size());
        wrapped.append(char(size >> 24)).append(char(size >> 16)).append(char(size >> 8)).append(char(size));
        wrapped.append("\x78\x9c", 2).append(raw);
        quint32 a = 1;
        quint32 b = 0;
        for (const char c : text) {
            a = (a + quint8(c)) % 65521;
            b = (b + a) % 65521;
        }
        const quint32 adler = (b << 16) | a;
        wrapped.append(char(adler >> 24)).append(char(adler >> 16)).append(char(adler >> 8)).append(char(adler));
        QCOMPARE(qUncompress(wrapped), text);
    }

    // Python's zipfile reads every entry back byte for byte, CRCs checked.
    void pythonReadsItBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"test.zip"_s);
        QByteArray random(4096, Qt::Uninitialized);
        QRandomGenerator generator(7);
        for (char &byte : random) {
            byte = char(generator.bounded(256));
        }
        const QByteArray text = u"שלום, عالم, Grüße. "_s.toUtf8().repeated(200);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            ZipWriter zip(&file);
            QVERIFY(zip.addFile(u"project.qde"_s, text));
            QVERIFY(zip.addFile(u"sources/ünïcode name.txt"_s, text, ZipWriter::Compression::Stored));
            QVERIFY(zip.addFile(u"sources/random.bin"_s, random)); // does not deflate: stored
            QVERIFY(zip.addFile(u"empty.txt"_s, QByteArray()));
            QVERIFY(zip.finish());
            QVERIFY(!zip.addFile(u"late.txt"_s, "x"));
        }
        const QMap<QString, Test::UnzippedEntry> entries = Test::unzipWithPython(path);
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.value(u"project.qde"_s).data, text);
        QCOMPARE(entries.value(u"project.qde"_s).method, 8);
        QCOMPARE(entries.value(u"sources/ünïcode name.txt"_s).data, text);
        QCOMPARE(entries.value(u"sources/ünïcode name.txt"_s).method, 0);
        QCOMPARE(entries.value(u"sources/random.bin"_s).data, random);
        QCOMPARE(entries.value(u"sources/random.bin"_s).method, 0);
        QVERIFY(entries.contains(u"empty.txt"_s));
        QVERIFY(entries.value(u"empty.txt"_s).data.isEmpty());
    }

    void refusesAnEmptyName()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        ZipWriter zip(&buffer);
        QVERIFY(!zip.addFile(QString(), "x"));
        QVERIFY(!zip.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestZipWriter)
#include "tst_zipwriter.moc"
