// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvparser.h"
#include "export/annotationcsvexporter.h"
#include "export/csvwriter.h"
#include "exportfixture.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestAnnotationCsvExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = Test::openDatabase(m_dir.filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
        m_corpus = Test::buildExportCorpus(*m_db);
        QCOMPARE(m_corpus.annotations.size(), 5);
    }

    void cleanupTestCase() { m_db.reset(); }

    // Every field read back by a real CSV parser is the stored value (text cells that would
    // start a formula with an apostrophe in front), with commas, quotes, line breaks, Hebrew and
    // Arabic intact.
    void everyFieldRoundTrips()
    {
        const QString path = m_dir.filePath(u"all.csv"_s);
        Result<ExportSummary> summary = AnnotationCsvExporter(*m_db).write(path, {});
        QVERIFY2(summary, qPrintable(summary.errorString()));
        QCOMPARE(summary->annotations, 5);
        QCOMPARE(summary->documents, 3);

        const QList<QStringList> rows = Test::parseCsvWithPython(path);
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows.at(0), AnnotationCsvExporter::header());
        const DocumentRepository documents(*m_db);
        const CodeBook book(*m_db);
        QStringList uuids;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const QStringList &row = rows.at(r);
            QCOMPARE(row.size(), AnnotationCsvExporter::header().size());
            const auto found = std::find_if(m_corpus.annotations.cbegin(), m_corpus.annotations.cend(),
                                            [&](const Annotation &a) { return a.uuid == row.at(13); });
            QVERIFY2(found != m_corpus.annotations.cend(), qPrintable(row.join(u'|')));
            const Annotation &a = *found;
            const std::optional<Document> document = documents.find(a.documentId);
            QVERIFY(document);
            QCOMPARE(row.at(0), document->title);
            QCOMPARE(row.at(1), document->published);
            QCOMPARE(row.at(2), document->source);
            QCOMPARE(row.at(3), a.codeId > 0 ? book.fullPath(a.codeId) : QString());
            QCOMPARE(row.at(4), a.quote);
            QCOMPARE(row.at(5), CsvWriter::neutralised(a.note));
            QCOMPARE(row.at(6), QString::number(a.start));
            QCOMPARE(row.at(7), QString::number(a.end));
            QCOMPARE(row.at(8), CsvWriter::neutralised(a.author));
            QCOMPARE(row.at(9), a.created);
            QCOMPARE(row.at(10), a.updated);
            QCOMPARE(row.at(12), QString::number(a.documentId));
            uuids << row.at(13);
        }
        QCOMPARE(uuids.size(), 5);

        // The cases that matter, spelled out.
        const auto rowOf = [&](int annotation) {
            for (const QStringList &row : rows) {
                if (row.last() == m_corpus.annotations.at(annotation).uuid) {
                    return row;
                }
            }
            return QStringList();
        };
        QCOMPARE(rowOf(0).at(5), u"Said \"so\", twice,\nthen **left**."_s);
        QCOMPARE(rowOf(0).at(3), u"Actors/States"_s);
        QCOMPARE(rowOf(1).at(5), u"'=HYPERLINK(\"http://evil.example\",\"x\")"_s);
        QCOMPARE(rowOf(1).at(8), u"'=cmd|' /C calc'!A0"_s);
        QCOMPARE(rowOf(2).at(5), u"'- first point\n- <b>not bold</b> <script>alert(1)</script>"_s);
        QCOMPARE(rowOf(2).at(3), QString());
        QCOMPARE(rowOf(3).at(4), u"הם דיברו על רפיח"_s);
        QCOMPARE(rowOf(3).at(5), u"הערה, עם \"מרכאות\""_s);
        QCOMPARE(rowOf(4).at(4), u"المحادثات في القاهرة مستمرة"_s);
        QCOMPARE(rowOf(4).at(5), u"'@متابعة +1"_s);
        // The entities the recogniser found inside the quote.
        QVERIFY2(rowOf(0).at(11).contains(u"Biden"_s), qPrintable(rowOf(0).at(11)));
        QVERIFY2(rowOf(0).at(11).contains(u"Netanyahu"_s), qPrintable(rowOf(0).at(11)));
        QVERIFY2(!rowOf(0).at(11).contains(u"Rafah"_s), qPrintable(rowOf(0).at(11)));

        // Oldest article first, each in reading order.
        QCOMPARE(rows.at(1).at(12), QString::number(m_corpus.hebrew));
        QCOMPARE(rows.at(2).at(12), QString::number(m_corpus.arabic));
        QCOMPARE(rows.at(3).last(), m_corpus.annotations.at(0).uuid);
        QCOMPARE(rows.at(5).last(), m_corpus.annotations.at(2).uuid);
    }

    void rfc4180Bytes()
    {
        const QString path = m_dir.filePath(u"bytes.csv"_s);
        QVERIFY(AnnotationCsvExporter(*m_db).write(path, {}));
        const QByteArray bytes = Test::readFile(path);
        QVERIFY(bytes.startsWith(QByteArray(AnnotationCsvExporter::header().join(u',').toUtf8() + "\r\n")));
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        // A line feed outside a quoted field would be a row break that is not CRLF.
        bool quoted = false;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            if (bytes.at(i) == '"') {
                quoted = !quoted;
            } else if (bytes.at(i) == '\n' && !quoted) {
                QVERIFY2(i > 0 && bytes.at(i - 1) == '\r', "a row ends in a bare line feed");
            }
        }
        QVERIFY(!quoted);
    }

    void byteOrderMarkOnRequest()
    {
        const QString path = m_dir.filePath(u"bom.csv"_s);
        ExportOptions options;
        options.byteOrderMark = true;
        QVERIFY(AnnotationCsvExporter(*m_db).write(path, options));
        QVERIFY(Test::readFile(path).startsWith("\xEF\xBB\xBFtitle,published,"));
        QCOMPARE(Test::parseCsvWithPython(path).size(), 6);
    }

    void scopes_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("documents");
        QTest::newRow("whole corpus") << u"all"_s << 5 << 3;
        QTest::newRow("one article") << u"english"_s << 3 << 1;
        QTest::newRow("a code and the codes below it") << u"actors"_s << 2 << 2;
        QTest::newRow("a leaf code") << u"states"_s << 1 << 1;
        QTest::newRow("published from 2024") << u"from2024"_s << 4 << 2;
        QTest::newRow("published until 2023") << u"to2023"_s << 1 << 1;
        QTest::newRow("code and dates") << u"claim2024"_s << 1 << 1;
        QTest::newRow("an article outside the dates") << u"english2023"_s << 0 << 0;
    }

    void scopes()
    {
        QFETCH(QString, scope);
        QFETCH(int, rows);
        QFETCH(int, documents);
        ExportOptions options;
        if (scope.startsWith(u"english"_s)) {
            options.scope.documentId = m_corpus.english;
        }
        if (scope == u"actors"_s) {
            options.scope.codeId = m_corpus.actors;
        }
        if (scope == u"states"_s) {
            options.scope.codeId = m_corpus.states;
        }
        if (scope.startsWith(u"claim"_s)) {
            options.scope.codeId = m_corpus.claim;
        }
        if (scope.endsWith(u"2024"_s)) {
            options.scope.from = QDate(2024, 1, 1);
        }
        if (scope.endsWith(u"2023"_s)) {
            options.scope.to = QDate(2023, 12, 31);
        }
        const QString path = m_dir.filePath(scope + u".csv"_s);
        Result<ExportSummary> summary = AnnotationCsvExporter(*m_db).write(path, options);
        QVERIFY2(summary, qPrintable(summary.errorString()));
        QCOMPARE(summary->annotations, rows);
        QCOMPARE(summary->documents, documents);
        QCOMPARE(Test::parseCsvWithPython(path).size(), rows + 1);
    }

    void cancelledLeavesTheFileAsItWas()
    {
        const QString path = m_dir.filePath(u"kept.csv"_s);
        QVERIFY(Test::writeFile(path, "what was there"));
        Result<ExportSummary> cancelled = AnnotationCsvExporter(*m_db).write(path, {}, [](qint64 done, qint64) { return done < 2; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QCOMPARE(Test::readFile(path), QByteArray("what was there"));

        const QString fresh = m_dir.filePath(u"never.csv"_s);
        QVERIFY(!AnnotationCsvExporter(*m_db).write(fresh, {}, [](qint64, qint64) { return false; }));
        QVERIFY(!QFile::exists(fresh));
    }

    void refusesWhatItCannotWrite_data()
    {
        QTest::addColumn<QString>("where");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing folder") << u"no/such/folder/a.csv"_s << int(ErrorKind::Io) << u"a.csv"_s;
        QTest::newRow("a folder") << u"."_s << int(ErrorKind::BadInput) << u"is a folder"_s;
    }

    void refusesWhatItCannotWrite()
    {
        QFETCH(QString, where);
        QFETCH(int, kind);
        QFETCH(QString, message);
        Result<ExportSummary> written = AnnotationCsvExporter(*m_db).write(m_dir.filePath(where), {});
        QVERIFY(!written);
        QCOMPARE(int(written.error().kind), kind);
        QVERIFY2(written.errorString().contains(message), qPrintable(written.errorString()));
    }

    void refusesAnUnknownScope()
    {
        ExportOptions options;
        options.scope.codeId = 999;
        Result<ExportSummary> written = AnnotationCsvExporter(*m_db).write(m_dir.filePath(u"x.csv"_s), options);
        QVERIFY(!written);
        QVERIFY2(written.errorString().contains(u"no code 999"_s), qPrintable(written.errorString()));
        options.scope = {};
        options.scope.documentId = 999;
        written = AnnotationCsvExporter(*m_db).write(m_dir.filePath(u"x.csv"_s), options);
        QVERIFY(!written);
        QVERIFY2(written.errorString().contains(u"no document 999"_s), qPrintable(written.errorString()));
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.csv"_s)));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Test::ExportCorpus m_corpus;
};

QTEST_GUILESS_MAIN(TestAnnotationCsvExporter)
#include "tst_annotationcsvexporter.moc"
