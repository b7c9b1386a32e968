// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/pdfreportexporter.h"
#include "exportfixture.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

// Runs one of poppler's tools; the test is skipped when poppler-utils are not installed.
QString poppler(const QString &tool, const QStringList &arguments, bool *found)
{
    const QString program = QStandardPaths::findExecutable(tool);
    *found = !program.isEmpty();
    if (!*found) {
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        return u"FAILED: "_s + QString::fromUtf8(process.readAllStandardError());
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Text as pdftotext gives it, with runs of white space (line breaks the layout made) as one
// space, without the bidi marks it puts around right-to-left runs, and in compatibility
// normal form: the PDF names Arabic glyphs by their presentation forms (U+FExx), which NFKC
// maps back to the letters, as a PDF viewer's search does.
QString simplified(const QString &text)
{
    QString plain = text.normalized(QString::NormalizationForm_KC);
    plain.removeIf([](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F;
    });
    return plain.simplified();
}

} // namespace

#define POPPLER(variable, tool, ...)                                                                                        \
    bool variable##Found = false;                                                                                           \
    const QString variable = poppler(QStringLiteral(tool), __VA_ARGS__, &variable##Found);                                                  \
    if (!variable##Found) {                                                                                                 \
        QSKIP(tool " (poppler-utils) is not installed");                                                                   \
    }                                                                                                                       \
    QVERIFY2(!variable.startsWith(u"FAILED"_s), qPrintable(variable))

class TestPdfReportExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = Test::openDatabase(m_dir.filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
        m_corpus = Test::buildExportCorpus(*m_db);
        QVERIFY(AnnotationRepository(*m_db).setNote(m_corpus.arabic, u"Article note with *emphasis*: café, naïve, Ångström, Łódź."_s, u"Omar"_s));
        m_pdf = m_dir.filePath(u"report.pdf"_s);
        Result<ExportSummary> summary = PdfReportExporter(*m_db).write(m_pdf, {});
        QVERIFY2(summary, qPrintable(summary.errorString()));
        m_summary = *summary;
        // To look at the report: GLOSS_TEST_OUTPUT=DIR keeps a copy there.
        if (const QString keep = qEnvironmentVariable("GLOSS_TEST_OUTPUT"); !keep.isEmpty()) {
            QFile::remove(keep + u"/report.pdf"_s);
            QFile::copy(m_pdf, keep + u"/report.pdf"_s);
        }
    }

    void cleanupTestCase() { m_db.reset(); }

    void countsWhatItWrote()
    {
        QCOMPARE(m_summary.documents, 3); // the unannotated article has nothing to report
        QCOMPARE(m_summary.annotations, 5);
        QVERIFY(m_summary.pages >= 5); // title, contents, one page or more per article
        QVERIFY(Test::readFile(m_pdf).startsWith("%PDF-"));
    }

    void pageCountAndSize()
    {
        POPPLER(info, "pdfinfo", {m_pdf});
        const QRegularExpressionMatch pages = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
        QVERIFY2(pages.hasMatch(), qPrintable(info));
        QCOMPARE(pages.captured(1).toLongLong(), m_summary.pages);
        QVERIFY2(info.contains(u"(A4)"_s), qPrintable(info));
        QVERIFY2(info.contains(u"Title:"_s) && info.contains(u"Annotation report: corpus"_s), qPrintable(info));

        ExportOptions letter;
        letter.pageSize = ReportPageSize::Letter;
        const QString path = m_dir.filePath(u"letter.pdf"_s);
        QVERIFY(PdfReportExporter(*m_db).write(path, letter));
        POPPLER(letterInfo, "pdfinfo", {path});
        QVERIFY2(letterInfo.contains(u"612 x 792 pts (letter)"_s), qPrintable(letterInfo));
    }

    void fontsAreEmbedded()
    {
        POPPLER(fonts, "pdffonts", {m_pdf});
        const QStringList lines = fonts.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() > 2, qPrintable(fonts)); // a header, a rule, one line per font
        const qsizetype embedded = lines.at(0).indexOf(u"emb"_s);
        QVERIFY(embedded > 0);
        for (const QString &line : lines.mid(2)) {
            QCOMPARE(line.mid(embedded, 3), u"yes"_s);
        }
    }

    void textIsSelectableAndSearchable()
    {
        POPPLER(text, "pdftotext", {u"-enc"_s, u"UTF-8"_s, m_pdf, u"-"_s});
        const QString flat = simplified(text);
        // The title page and the contents.
        QVERIFY2(flat.contains(u"Annotation report"_s), qPrintable(flat.left(400)));
        QVERIFY(flat.contains(u"Articles published 2023-11-06 to 2024-04-29"_s));
        QVERIFY(flat.contains(u"3 articles with 5 annotations"_s));
        QVERIFY(flat.contains(u"first point"_s)); // no "ﬁ" ligature
        QVERIFY(flat.contains(u"Contents"_s));
        // Titles, quotes, notes: English as written.
        QVERIFY(flat.contains(u"Biden and Netanyahu spoke about Rafah"_s));
        QVERIFY(flat.contains(u"Joe Biden spoke with Prime Minister Benjamin Netanyahu"_s));
        QVERIFY(flat.contains(u"Actors/States"_s));
        // The note rendered from Markdown: the emphasis marks are gone, the words are there.
        QVERIFY2(flat.contains(u"Said \"so\", twice, then left."_s), qPrintable(flat));
        QVERIFY(!flat.contains(u"**left**"_s));
        // Raw HTML in a note is text, not markup.
        QVERIFY(flat.contains(u"<b>not bold</b>"_s));
        QVERIFY(flat.contains(u"<script>alert(1)</script>"_s));
        QVERIFY(flat.contains(u"Article note with emphasis: café, naïve, Ångström, Łódź."_s));
        // The context around a quote, and the entity summary.
        QVERIFY(flat.contains(u"President Joe Biden spoke with"_s));
        QVERIFY(flat.contains(u"Entities in this article"_s));
        // Page numbers and the running header.
        QVERIFY(flat.contains(u"Page 2 of %1"_s.arg(m_summary.pages)));
        QVERIFY(flat.contains(u"Page %1 of %1"_s.arg(m_summary.pages)));
        QVERIFY(!flat.contains(u"Page 1 of"_s));
        // Every line once: text drawn for the next page is not hidden in this one.
        QCOMPARE(flat.count(u"Joe Biden spoke with Prime Minister Benjamin Netanyahu of Israel"_s), 1);
    }

    void rightToLeftScriptsRender()
    {
        POPPLER(text, "pdftotext", {u"-enc"_s, u"UTF-8"_s, m_pdf, u"-"_s});
        const QString flat = simplified(text);
        // Quotes, titles and notes; pdftotext puts the punctuation between right-to-left words
        // where it shows, so notes with commas are checked word by word.
        for (const QString &rtl : {u"הם דיברו על רפיח"_s, u"שיחה בין המנהיגים"_s, u"הערה"_s, u"מרכאות"_s,
                                   u"المحادثات في القاهرة مستمرة"_s, u"محادثات في القاهرة"_s, u"متابعة"_s}) {
            QVERIFY2(flat.contains(rtl), qPrintable(rtl + u" not in: "_s + flat));
        }
    }

    // Past the articles kept laid out in memory, the report lays them out again to paint them:
    // the same pages, the same text.
    void layingOutAgainGivesTheSameReport()
    {
        const QString path = m_dir.filePath(u"again.pdf"_s);
        PdfReportExporter exporter(*m_db);
        exporter.setLaidOutInMemory(1);
        Result<ExportSummary> summary = exporter.write(path, {});
        QVERIFY2(summary, qPrintable(summary.errorString()));
        QCOMPARE(summary->pages, m_summary.pages);
        POPPLER(once, "pdftotext", {u"-enc"_s, u"UTF-8"_s, m_pdf, u"-"_s});
        POPPLER(twice, "pdftotext", {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        static const QRegularExpression generated(u"Generated [^\n]*"_s);
        QCOMPARE(QString(twice).remove(generated), QString(once).remove(generated));
    }

    void cancelledLeavesNoFile()
    {
        const QString path = m_dir.filePath(u"cancelled.pdf"_s);
        qint64 calls = 0;
        Result<ExportSummary> cancelled = PdfReportExporter(*m_db).write(path, {}, [&calls](qint64, qint64) { return ++calls < 4; });
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().kind, ErrorKind::Cancelled);
        QVERIFY(!QFile::exists(path));
    }

    void oneArticleEvenWithoutAnnotations()
    {
        ExportOptions options;
        options.scope.documentId = m_corpus.plain;
        const QString path = m_dir.filePath(u"plain.pdf"_s);
        Result<ExportSummary> summary = PdfReportExporter(*m_db).write(path, options);
        QVERIFY2(summary, qPrintable(summary.errorString()));
        QCOMPARE(summary->documents, 1);
        QCOMPARE(summary->annotations, 0);
        POPPLER(text, "pdftotext", {u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
        QVERIFY(simplified(text).contains(u"A quiet day in Doha"_s));
        QVERIFY(simplified(text).contains(u"Scope: article %1"_s.arg(m_corpus.plain)));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Test::ExportCorpus m_corpus;
    QString m_pdf;
    ExportSummary m_summary;
};

QTEST_MAIN(TestPdfReportExporter)
#include "tst_pdfreportexporter.moc"
