// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "store/database.h"
#include "store/documentrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

QByteArray utf16le(const QString &text, bool bom)
{
    QByteArray bytes = bom ? QByteArray("\xFF\xFE", 2) : QByteArray();
    for (const QChar c : text) {
        bytes.append(char(c.unicode() & 0xFF));
        bytes.append(char(c.unicode() >> 8));
    }
    return bytes;
}

QByteArray utf16be(const QString &text)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return bytes;
}

const QString Article = u" date 2024-04-29 Biden and Netanyahu spoke\n\nPresident Joe Biden spoke with Prime Minister "
                        "Benjamin Netanyahu on Sunday about Rafah, Erdoğan’s remarks and the “ceasefire”.\n"_s;

} // namespace

class TestImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        m_db = Test::openDatabase(m_dir->filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf-8") << Article.toUtf8() << u"UTF-8"_s;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + Article.toUtf8() << u"UTF-8 BOM"_s;
        QTest::newRow("utf-16le bom") << utf16le(Article, true) << u"UTF-16LE"_s;
        QTest::newRow("utf-16be bom") << utf16be(Article) << u"UTF-16BE"_s;
        QTest::newRow("crlf") << QString(Article).replace(u"\n"_s, u"\r\n"_s).toUtf8() << u"UTF-8"_s;
        QTest::newRow("cr") << QString(Article).replace(u'\n', u'\r').toUtf8() << u"UTF-8"_s;
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        const QString path = m_dir->filePath(u"article.txt"_s);
        QVERIFY(Test::writeFile(path, bytes));
        Importer importer(*m_db);
        const ImportSummary summary = importer.importPaths({path});
        QVERIFY2(summary.failed.isEmpty(), qPrintable(summary.failed.value(0).error));
        QCOMPARE(summary.imported, 1);
        const Document document = *DocumentRepository(*m_db).find(summary.documentIds.constFirst());
        QCOMPARE(document.title, u"Biden and Netanyahu spoke"_s);
        QCOMPARE(document.published, u"2024-04-29"_s);
        QVERIFY2(document.body.contains(u"Erdoğan’s remarks and the “ceasefire”"_s), qPrintable(document.body));
        QVERIFY(!document.body.contains(u'\r'));
        QCOMPARE(document.encoding, encoding);
    }

    void windows1252Fallback()
    {
        // “Smart quotes”, an é and a € sign in Windows-1252: not valid UTF-8.
        const QByteArray bytes("Caf\xE9 talks\n\nThe minister said \x93no deal\x94 and paid 5 \x80.\n");
        const QString path = m_dir->filePath(u"legacy.txt"_s);
        QVERIFY(Test::writeFile(path, bytes));
        const ImportSummary summary = Importer(*m_db).importPaths({path});
        QCOMPARE(summary.imported, 1);
        const Document document = *DocumentRepository(*m_db).find(summary.documentIds.constFirst());
        QCOMPARE(document.title, u"Café talks"_s);
        QVERIFY(document.body.contains(u"“no deal” and paid 5 €."_s));
        QCOMPARE(document.encoding, u"Windows-1252"_s);
    }

    void formats()
    {
        const QString dir = m_dir->filePath(u"formats"_s);
        QVERIFY(Test::writeFile(dir + u"/a.md"_s, "# Blinken in Tel Aviv\n\nSecretary **Antony Blinken** met [Herzog](https://x.invalid).\n"));
        QVERIFY(Test::writeFile(dir + u"/b.html"_s,
                                "<!doctype html><html><head><title>Site | Gallant call</title>"
                                "<meta property=\"article:published_time\" content=\"2024-03-20T18:00:00Z\">"
                                "<script>var x = '<p>not text</p>';</script></head><body><nav>Home</nav>"
                                "<article><h1>Austin calls Gallant</h1><p>Austin &amp; Gallant spoke.</p></article>"
                                "</body></html>"));
        QVERIFY(Test::writeFile(dir + u"/c.csv"_s,
                                "title,date,text,url\r\n"
                                "First,2024-01-02,\"Body one, with a comma\",https://news.invalid/1\r\n"
                                "Second,\"March 5, 2024\",\"Body \"\"two\"\"\non two lines\",\r\n"));
        QVERIFY(Test::writeFile(dir + u"/d.jsonl"_s,
                                "{\"headline\": \"Jsonl one\", \"published\": \"2023-10-16\", \"body\": \"Text one\"}\n"
                                "\n"
                                "{\"headline\": \"Jsonl two\", \"body\": \"Text two\"}\n"));
        const ImportSummary summary = Importer(*m_db).importPaths({dir});
        QVERIFY2(summary.failed.isEmpty(), qPrintable(summary.failed.value(0).error));
        QCOMPARE(summary.files, 4);
        QCOMPARE(summary.imported, 6);
        DocumentRepository documents(*m_db);
        QMap<QString, Document> byTitle;
        for (qint64 id : summary.documentIds) {
            const Document d = *documents.find(id);
            byTitle.insert(d.title, d);
        }
        QCOMPARE(byTitle.keys(), (QStringList{u"Austin calls Gallant"_s, u"Blinken in Tel Aviv"_s, u"First"_s,
                                              u"Jsonl one"_s, u"Jsonl two"_s, u"Second"_s}));
        const Document markdown = byTitle.value(u"Blinken in Tel Aviv"_s);
        QCOMPARE(markdown.format, u"markdown"_s);
        QVERIFY(markdown.body.contains(u"Secretary Antony Blinken met Herzog."_s));
        const Document html = byTitle.value(u"Austin calls Gallant"_s);
        QCOMPARE(html.format, u"html"_s);
        QCOMPARE(html.published, u"2024-03-20"_s);
        QCOMPARE(html.dateSource, DateSource::Metadata);
        QVERIFY(html.body.contains(u"Austin & Gallant spoke."_s));
        QVERIFY(!html.body.contains(u"not text"_s));
        QVERIFY(!html.body.contains(u"Home"_s));
        QCOMPARE(byTitle.value(u"First"_s).source, u"https://news.invalid/1"_s);
        QCOMPARE(byTitle.value(u"Second"_s).published, u"2024-03-05"_s);
        QCOMPARE(byTitle.value(u"Second"_s).body, u"Body \"two\"\non two lines"_s);
        QVERIFY(byTitle.value(u"Second"_s).source.endsWith(u"c.csv#line=3"_s));
        QCOMPARE(byTitle.value(u"Jsonl one"_s).published, u"2023-10-16"_s);
        QCOMPARE(byTitle.value(u"Jsonl two"_s).published, QString());
    }

    void columnMappingIsConfigurable()
    {
        const QString path = m_dir->filePath(u"custom.csv"_s);
        QVERIFY(Test::writeFile(path, "kop;wanneer;tekst\nTitel;2024-02-01;De tekst\n"));
        ImportOptions options;
        QCOMPARE(Importer(*m_db, options).importPaths({path}).failed.size(), 1); // no text column found
        options.columns.title = u"kop"_s;
        options.columns.date = u"wanneer"_s;
        options.columns.text = u"tekst"_s;
        const ImportSummary summary = Importer(*m_db, options).importPaths({path});
        QVERIFY2(summary.failed.isEmpty(), qPrintable(summary.failed.value(0).error));
        const Document document = *DocumentRepository(*m_db).find(summary.documentIds.constFirst());
        QCOMPARE(document.title, u"Titel"_s);
        QCOMPARE(document.published, u"2024-02-01"_s);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << u"empty.txt"_s << u"is empty"_s;
        QTest::newRow("blank") << QByteArray(" \n\t\n") << u"blank.txt"_s << u"holds no text"_s;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20) << u"photo.txt"_s << u"not a text file"_s;
        QTest::newRow("nul bytes") << QByteArray("abc\0\0\0\x01\x02\x03\0def\0\0\0", 16) << u"blob.txt"_s << u"not a text file"_s;
        QTest::newRow("script-only html") << QByteArray("<html><body><script>alert(1)</script></body></html>")
                                          << u"page.html"_s << u"no article text"_s;
        QTest::newRow("unbalanced csv") << QByteArray("title,text\nA,\"never closed\n") << u"bad.csv"_s << u"line 2"_s;
        QTest::newRow("broken jsonl") << QByteArray("{\"text\": \"ok\"}\n{\"text\": \"ok\"}\n{oops}\n") << u"bad.jsonl"_s
                                      << u"line 3"_s;
        QTest::newRow("csv without text") << QByteArray("a,b\n1,2\n") << u"notext.csv"_s << u"no text column"_s;
    }

    void badFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, name);
        QFETCH(QString, message);
        const QString bad = m_dir->filePath(name);
        QVERIFY(Test::writeFile(bad, bytes));
        const QString good = m_dir->filePath(u"good.txt"_s);
        QVERIFY(Test::writeFile(good, Article.toUtf8()));
        const ImportSummary summary = Importer(*m_db).importPaths({bad, good});
        QCOMPARE(summary.imported, 1); // the rest of the batch goes on
        QCOMPARE(summary.failed.size(), 1);
        QCOMPARE(summary.failed.constFirst().path, bad);
        QVERIFY2(summary.failed.constFirst().error.contains(message), qPrintable(summary.failed.constFirst().error));
        QVERIFY2(summary.failed.constFirst().error.contains(name), qPrintable(summary.failed.constFirst().error));
        QCOMPARE(DocumentRepository(*m_db).countAll().value(), 1);
    }

    void aBadRecordKeepsTheWholeFileOut()
    {
        const QString path = m_dir->filePath(u"partly.jsonl"_s);
        QVERIFY(Test::writeFile(path, "{\"title\": \"A\", \"text\": \"first\"}\n{\"title\": \"B\", \"text\": \"  \"}\n"));
        const ImportSummary summary = Importer(*m_db).importPaths({path});
        QCOMPARE(summary.imported, 0);
        QCOMPARE(summary.failed.size(), 1);
        QCOMPARE(DocumentRepository(*m_db).countAll().value(), 0);
    }

    void sizeLimit()
    {
        const QString path = m_dir->filePath(u"big.txt"_s);
        QVERIFY(Test::writeFile(path, QByteArray(3 * 1024 * 1024, 'a')));
        ImportOptions options;
        options.maxFileBytes = 1024 * 1024;
        const ImportSummary summary = Importer(*m_db, options).importPaths({path});
        QCOMPARE(summary.failed.size(), 1);
        QVERIFY2(summary.failed.constFirst().error.contains(u"too large (3.0 MB; the limit is 1.0 MB"_s),
                 qPrintable(summary.failed.constFirst().error));
    }

    void missingAndUnreadablePaths()
    {
        const QString missing = m_dir->filePath(u"nope.txt"_s);
        const QString dangling = m_dir->filePath(u"dangling.txt"_s);
        QVERIFY(QFile::link(m_dir->filePath(u"gone.txt"_s), dangling));
        const ImportSummary summary = Importer(*m_db).importPaths({missing, dangling});
        QCOMPARE(summary.failed.size(), 2);
        QVERIFY(summary.failed.at(0).error.contains(u"does not exist"_s));
        QVERIFY(summary.failed.at(1).error.contains(u"does not exist"_s));
    }

    void duplicatesAreCountedNotStored()
    {
        const QString a = m_dir->filePath(u"a.txt"_s);
        const QString b = m_dir->filePath(u"copy/b.txt"_s);
        QVERIFY(Test::writeFile(a, Article.toUtf8()));
        QVERIFY(Test::writeFile(b, QString(Article).replace(u"\n"_s, u"\r\n"_s).toUtf8())); // same text, other line ends
        const ImportSummary first = Importer(*m_db).importPaths({a, b});
        QCOMPARE(first.imported, 1);
        QCOMPARE(first.duplicates, 1);
        const ImportSummary again = Importer(*m_db).importPaths({m_dir->path()});
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.duplicates, 2);
        QCOMPARE(DocumentRepository(*m_db).countAll().value(), 1);
    }

    void foldersAreWalkedRecursivelySkippingHiddenAndForeignFiles()
    {
        const QString root = m_dir->filePath(u"tree"_s);
        QVERIFY(Test::writeFile(root + u"/one.txt"_s, "One article.\n"));
        QVERIFY(Test::writeFile(root + u"/deep/er/two.md"_s, "Two article.\n"));
        QVERIFY(Test::writeFile(root + u"/.hidden/three.txt"_s, "Hidden.\n"));
        QVERIFY(Test::writeFile(root + u"/.four.txt"_s, "Hidden too.\n"));
        QVERIFY(Test::writeFile(root + u"/picture.png"_s, "\x89PNG"));
        const QStringList files = Importer::expandPaths({root}, nullptr);
        QCOMPARE(files, (QStringList{root + u"/deep/er/two.md"_s, root + u"/one.txt"_s}));
    }

    void cancelKeepsFinishedFiles()
    {
        QStringList paths;
        for (int i = 0; i < 10; ++i) {
            const QString path = m_dir->filePath(u"n%1.txt"_s.arg(i));
            QVERIFY(Test::writeFile(path, u"Article number %1.\n"_s.arg(i).toUtf8()));
            paths << path;
        }
        const ImportSummary summary =
            Importer(*m_db).importPaths(paths, [](const ImportProgress &progress) { return progress.filesDone < 4; });
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.imported, 4);
        QCOMPARE(DocumentRepository(*m_db).countAll().value(), 4);
    }

    // Several parser threads read ahead; the files are still stored (and numbered) in the order
    // given, a bad one among them is reported as itself, and the connection is left as it was.
    void filesAreStoredInOrder()
    {
        QStringList paths;
        for (int i = 0; i < 41; ++i) {
            const QString path = m_dir->filePath(u"o%1.txt"_s.arg(i, 2, 10, QLatin1Char('0')));
            QVERIFY(Test::writeFile(path, i == 17 ? QByteArray() : u"Article %1 on Rafah.\n"_s.arg(i).toUtf8()));
            paths << path;
        }
        QSqlQuery pragma(m_db->connection());
        const bool sqlite = !m_db->isServer(); // the import's settings are SQLite's
        QVERIFY(!sqlite || (pragma.exec(u"PRAGMA wal_autocheckpoint"_s) && pragma.next()));
        const int autoCheckpoint = sqlite ? pragma.value(0).toInt() : 0;
        const ImportSummary summary = Importer(*m_db).importPaths(paths);
        QCOMPARE(summary.imported, 40);
        QCOMPARE(summary.failed.size(), 1);
        QCOMPARE(summary.failed.constFirst().path, paths.at(17));
        DocumentRepository documents(*m_db);
        for (int i = 0, id = 1; i < paths.size(); ++i) {
            if (i != 17) {
                QCOMPARE(summary.documentIds.at(id - 1), id);
                QCOMPARE(documents.find(id)->body, u"Article %1 on Rafah."_s.arg(i));
                ++id;
            }
        }
        if (sqlite) {
            QVERIFY(pragma.exec(u"PRAGMA foreign_keys"_s) && pragma.next());
            QCOMPARE(pragma.value(0).toInt(), 1); // checked again after the import
            QVERIFY(pragma.exec(u"PRAGMA wal_autocheckpoint"_s) && pragma.next());
            QCOMPARE(pragma.value(0).toInt(), autoCheckpoint);
        }
    }

    // The full-text index keeps 16 MB of new entries in memory while an import runs (one segment
    // per batch), FTS5's 1 MB again afterwards, and every article is found.
    void fullTextPendingSizeIsRaisedOnlyDuringImport()
    {
        if (m_db->isServer()) {
            QSKIP("FTS5's setting: PostgreSQL indexes each row as it is stored");
        }
        QStringList paths;
        for (int i = 0; i < 30; ++i) {
            const QString path = m_dir->filePath(u"f%1.txt"_s.arg(i));
            QVERIFY(Test::writeFile(path, u"Dispatch %1 about the harbour.\n"_s.arg(i).toUtf8()));
            paths << path;
        }
        const auto pendingBytes = [this] {
            QSqlQuery query(m_db->connection());
            return query.exec(u"SELECT v FROM document_fts_config WHERE k = 'hashsize'"_s) && query.next()
                ? query.value(0).toInt()
                : 0;
        };
        QList<int> during;
        const ImportSummary summary = Importer(*m_db).importPaths(paths, [&](const ImportProgress &progress) {
            if (progress.filesDone == 10) {
                during << pendingBytes();
            }
            return true;
        });
        QCOMPARE(summary.imported, 30);
        QCOMPARE(during, QList<int>{16 << 20});
        QCOMPARE(pendingBytes(), 1 << 20);
        QSqlQuery found(m_db->connection());
        QVERIFY(found.exec(u"SELECT count(*) FROM document_fts WHERE document_fts MATCH 'harbour'"_s) && found.next());
        QCOMPARE(found.value(0).toInt(), 30);
    }

    void progressIsReported()
    {
        QStringList paths;
        for (int i = 0; i < 3; ++i) {
            const QString path = m_dir->filePath(u"p%1.txt"_s.arg(i));
            QVERIFY(Test::writeFile(path, u"Progress %1.\n"_s.arg(i).toUtf8()));
            paths << path;
        }
        QList<int> done;
        Importer(*m_db).importPaths(paths, [&done](const ImportProgress &progress) {
            done << progress.filesDone;
            return true;
        });
        QCOMPARE(done, (QList<int>{0, 1, 2, 3}));
    }

    void realReutersArticles()
    {
        const QString folder = Test::sourceDir() + u"/tests/data/reuters"_s;
        const ImportSummary summary = Importer(*m_db).importPaths({folder});
        QVERIFY2(summary.failed.isEmpty(), qPrintable(summary.failed.value(0).error));
        QCOMPARE(summary.files, 10);
        QCOMPARE(summary.imported, 8 + 12); // the CSV and the JSON Lines hold the same 12: duplicates
        QCOMPARE(summary.duplicates, 12);
        DocumentRepository documents(*m_db);
        DocumentFilter filter;
        filter.text = u"\"Diamond Shamrock\""_s;
        const QList<DocumentSummary> hits = documents.list(filter, DocumentSort::Relevance, 0, 10).value();
        QVERIFY(!hits.isEmpty());
        const Document diamond = *documents.find(hits.constFirst().id);
        QCOMPARE(diamond.title, u"DIAMOND SHAMROCK (DIA) CUTS CRUDE PRICES"_s);
        // "NEW YORK, FEB 26 -" has no year and nothing in the article gives one: no date invented.
        QVERIFY(diamond.published.isEmpty());
        QVERIFY2(diamond.dateNote.contains(u"FEB 26"_s), qPrintable(diamond.dateNote));
        // The CSV's dates ("26-FEB-1987 15:18:06.67") are read.
        DocumentFilter dated;
        dated.from = QDate(1987, 1, 1);
        dated.to = QDate(1987, 12, 31);
        QCOMPARE(documents.count(dated).value(), 12);
    }

    // A folder named relative to the working folder, "../tree" included, is walked like any.
    void relativeFoldersAreWalked()
    {
        const QString root = m_dir->filePath(u"relative/tree"_s);
        QVERIFY(Test::writeFile(root + u"/one.txt"_s, "One article.\n"));
        QVERIFY(Test::writeFile(root + u"/.hidden.txt"_s, "Hidden.\n"));
        QVERIFY(QDir().mkpath(m_dir->filePath(u"relative/work"_s)));
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir->filePath(u"relative/work"_s)));
        const QStringList up = Importer::expandPaths({u"../tree"_s}, nullptr);
        const QStringList slash = Importer::expandPaths({u"../tree/"_s}, nullptr);
        QDir::setCurrent(before);
        QCOMPARE(up, QStringList{u"../tree/one.txt"_s});
        QCOMPARE(slash, QStringList{u"../tree/one.txt"_s});
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
