// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportbenchmark.h"

#include "benchmark.h"
#include "corpusgenerator.h"
#include "export/exporter.h"
#include "import/importer.h"
#include "store/annotationrepository.h"
#include "store/codebook.h"
#include "store/database.h"
#include "store/documentrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

// `count` annotations spread over the corpus's articles, on word boundaries, with codes and
// Markdown notes; all in one transaction (each create() is a savepoint of it).
void annotate(Database &database, int count)
{
    CodeBook book(database);
    (void)book.installDefault();
    QList<qint64> codes;
    const QList<Code> codeList = book.list().value();
    for (const Code &code : codeList) {
        codes << code.id;
    }
    const QList<DocumentSummary> documents = DocumentRepository(database).list({}, DocumentSort::PublishedAscending, 0, -1).value();
    const DocumentRepository repository(database);
    AnnotationRepository annotations(database);
    QRandomGenerator random(11);
    Transaction transaction(database.connection());
    const qsizetype perDocument = std::max<qsizetype>(1, count / std::max<qsizetype>(1, documents.size()));
    int made = 0;
    for (const DocumentSummary &summary : documents) {
        const QString body = repository.find(summary.id)->body;
        for (qsizetype k = 0; k < perDocument && made < count; ++k) {
            qsizetype start = random.bounded(int(std::max<qsizetype>(1, body.size() - 200)));
            start = body.indexOf(u' ', start) + 1;
            const qsizetype end = body.indexOf(u' ', start + 30 + random.bounded(60));
            if (start <= 0 || end <= start) {
                continue;
            }
            const QString note = u"Check **who** said it, and when: *%1*.\n\n- source one\n- source two"_s.arg(made);
            if (annotations.create(summary.id, start, end, codes.at(made % codes.size()), note, u"bench"_s)) {
                ++made;
            }
        }
    }
    (void)transaction.commit();
}

// The text a report holds, as one plain string: titles, quotes and notes.
QString reportText(Database &database)
{
    QString text;
    const DocumentRepository documents(database);
    const QList<Annotation> all = AnnotationRepository(database).list().value();
    for (const Annotation &a : all) {
        text += documents.find(a.documentId)->title + u'\n' + a.quote + u'\n' + a.note + u"\n\n"_s;
    }
    return text;
}

double seconds(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e9;
}

} // namespace

void runExportBenchmarks(BenchmarkReport &report, bool quick)
{
    const int articles = quick ? 200 : 1000;
    const int annotationCount = quick ? 1000 : 5000;
    QTemporaryDir work;
    const QStringList files = CorpusGenerator(5).writeFiles(work.filePath(u"articles"_s), articles);
    Result<std::unique_ptr<Database>> opened = Database::open(work.filePath(u"export.gloss"_s));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorString()));
        return;
    }
    Database &database = **opened;
    (void)Importer(database).importFiles(files);
    annotate(database, annotationCount);
    const qint64 stored = AnnotationRepository(database).list()->size();
    const QString corpus = u"%1 articles, %2 annotations"_s.arg(articles).arg(stored);

    // The floor for the PDF: the same text, laid out plain and printed.
    const QString text = reportText(database);
    QElapsedTimer timer;
    timer.start();
    {
        QTextDocument plain;
        plain.setPlainText(text);
        QPdfWriter writer(work.filePath(u"plain.pdf"_s));
        plain.print(&writer);
    }
    const double plainPdf = seconds(timer);

    ExportOptions pdf;
    pdf.format = ExportFormat::Pdf;
    const std::clock_t cpuBefore = std::clock();
    timer.restart();
    Result<ExportSummary> written = Exporter::run(database, work.filePath(u"report.pdf"_s), pdf);
    const double reportSeconds = seconds(timer);
    const double reportCpu = double(std::clock() - cpuBefore) / CLOCKS_PER_SEC;
    if (!written) {
        std::fprintf(stderr, "PDF export failed: %s\n", qPrintable(written.errorString()));
        return;
    }
    report.add({u"PDF report, %1 (%2 pages)"_s.arg(corpus).arg(written->pages), reportSeconds, u"s"_s, 10,
                BenchmarkReport::Better::Lower, u"plain text printed"_s, plainPdf});
    // On a shared machine the wall time includes waiting for a core; this is the work itself.
    report.add({u"PDF report, processor time"_s, reportCpu, u"s"_s, 0, BenchmarkReport::Better::Lower});

    // The floor for the CSV: the same cells, joined by commas, through a bare QTextStream.
    timer.restart();
    {
        QFile file(work.filePath(u"bare.csv"_s));
        (void)file.open(QIODevice::WriteOnly);
        QTextStream out(&file);
        const DocumentRepository documents(database);
        qint64 current = 0;
        QString title;
        const QList<Annotation> all = AnnotationRepository(database).list().value();
        for (const Annotation &a : all) {
            if (a.documentId != current) {
                current = a.documentId;
                title = documents.find(current)->title;
            }
            out << title << ',' << a.quote << ',' << a.note << ',' << a.start << ',' << a.end << ',' << a.author << ','
                << a.created << "\r\n";
        }
    }
    const double bareCsv = seconds(timer);
    ExportOptions csv;
    timer.restart();
    (void)Exporter::run(database, work.filePath(u"annotations.csv"_s), csv);
    report.add({u"annotations CSV, %1"_s.arg(corpus), seconds(timer) * 1000, u"ms"_s, 0, BenchmarkReport::Better::Lower,
                u"bare QTextStream"_s, bareCsv * 1000});

    csv.format = ExportFormat::MentionCsv;
    timer.restart();
    (void)Exporter::run(database, work.filePath(u"mentions.csv"_s), csv);
    report.add({u"entity mentions CSV, %1 articles"_s.arg(articles), seconds(timer) * 1000, u"ms"_s, 0,
                BenchmarkReport::Better::Lower});

    for (const auto &[format, name] : {std::pair{ExportFormat::JsonLd, u"Web Annotations (JSON-LD)"_s},
                                       std::pair{ExportFormat::Qdpx, u"REFI-QDA project"_s}}) {
        ExportOptions options;
        options.format = format;
        timer.restart();
        (void)Exporter::run(database, work.filePath(u"out."_s + Exporter::suffix(format)), options);
        report.add({u"%1, %2"_s.arg(name, corpus), seconds(timer) * 1000, u"ms"_s, 0, BenchmarkReport::Better::Lower});
    }
}

} // namespace Gloss
