// SPDX-License-Identifier: GPL-3.0-or-later
// gloss-bench: the speed goals of DESIGN.md, each against a baseline measured in the same run.
// `--quick` (CI) uses small corpora; figures are printed and written to bench-results.json.
#include "benchmark.h"
#include "corpusgenerator.h"
#include "edit/annotationeditor.h"
#include "exportbenchmark.h"
#include "import/importer.h"
#include "model/documentlistmodel.h"
#include "readerbenchmark.h"
#include "nlp/entityrecognizer.h"
#include "nlp/goldevaluation.h"
#include "nlp/temporaltagger.h"
#include "store/annotationrepository.h"
#include "store/codebook.h"
#include "store/database.h"
#include "store/documentrepository.h"
#include "store/serveraddress.h"
#include "timelinebenchmark.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QProcess>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>

#include <sys/resource.h>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

struct Throughput {
    double articlesPerSecond = 0;
    double megabytesPerSecond = 0;
    double cpuMicrosecondsPerArticle = 0; // every thread of the process, user + system
};

// CPU time of the whole process so far, in microseconds: on a shared machine, wall-clock figures
// of a two-thread import and a one-thread baseline move with the load, CPU time far less.
double processCpuMicroseconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1e6 + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

qint64 totalBytes(const QStringList &paths)
{
    qint64 bytes = 0;
    for (const QString &path : paths) {
        bytes += QFileInfo(path).size();
    }
    return bytes;
}

// The floor Gloss is compared with: read each file, decode UTF-8 and insert it into a table with
// an FTS5 external-content index through Qt's SQLite driver, all in one transaction.
Throughput bareInsert(const QStringList &paths, const QString &databasePath)
{
    const QString name = u"bare"_s;
    Throughput result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        db.open();
        QSqlQuery setup(db);
        setup.exec(u"PRAGMA journal_mode = WAL"_s);
        setup.exec(u"PRAGMA synchronous = NORMAL"_s);
        setup.exec(u"CREATE TABLE doc (id INTEGER PRIMARY KEY, title TEXT, body TEXT)"_s);
        setup.exec(u"CREATE VIRTUAL TABLE doc_fts USING fts5(title, body, content='doc', content_rowid='id')"_s);
        const double cpuStart = processCpuMicroseconds();
        QElapsedTimer timer;
        timer.start();
        setup.exec(u"BEGIN"_s);
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO doc (title, body) VALUES (?, ?)"_s);
        QSqlQuery index(db);
        index.prepare(u"INSERT INTO doc_fts (rowid, title, body) VALUES (?, ?, ?)"_s);
        for (const QString &path : paths) {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            const QString text = QString::fromUtf8(file.readAll());
            const QString title = text.left(text.indexOf(u'\n'));
            insert.addBindValue(title);
            insert.addBindValue(text);
            insert.exec();
            index.addBindValue(insert.lastInsertId());
            index.addBindValue(title);
            index.addBindValue(text);
            index.exec();
        }
        setup.exec(u"COMMIT"_s);
        const double seconds = timer.nsecsElapsed() / 1e9;
        result.articlesPerSecond = paths.size() / seconds;
        result.megabytesPerSecond = totalBytes(paths) / 1e6 / seconds;
        result.cpuMicrosecondsPerArticle = (processCpuMicroseconds() - cpuStart) / paths.size();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

constexpr int ImportRounds = 3;

// The round of median speed, with the median CPU time of all rounds.
Throughput medianRound(QList<Throughput> rounds)
{
    QList<double> cpu;
    for (const Throughput &round : std::as_const(rounds)) {
        cpu << round.cpuMicrosecondsPerArticle;
    }
    std::sort(rounds.begin(), rounds.end(),
              [](const Throughput &a, const Throughput &b) { return a.articlesPerSecond < b.articlesPerSecond; });
    Throughput median = rounds.at(rounds.size() / 2);
    median.cpuMicrosecondsPerArticle = BenchmarkReport::median(cpu);
    return median;
}

Throughput glossImport(const QStringList &paths, const QString &databasePath)
{
    Result<std::unique_ptr<Database>> database = Database::open(databasePath);
    if (!database) {
        qFatal("%s", qPrintable(database.errorString()));
    }
    Importer importer(**database);
    const double cpuStart = processCpuMicroseconds();
    QElapsedTimer timer;
    timer.start();
    const ImportSummary summary = importer.importFiles(paths);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const double cpu = processCpuMicroseconds() - cpuStart;
    if (!summary.failed.isEmpty()) {
        qWarning("%d files failed to import", int(summary.failed.size()));
    }
    return {paths.size() / seconds, totalBytes(paths) / 1e6 / seconds, cpu / paths.size()};
}

// Reading, decoding and parsing alone, to see where import time goes.
Throughput parseOnly(const QStringList &paths, const QString &databasePath)
{
    Result<std::unique_ptr<Database>> database = Database::open(databasePath);
    Importer importer(**database);
    QElapsedTimer timer;
    timer.start();
    for (const QString &path : paths) {
        (void)importer.readFile(path);
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    return {paths.size() / seconds, totalBytes(paths) / 1e6 / seconds};
}

void fillDatabase(Database &database, int count)
{
    CorpusGenerator generator(7);
    const ArticleParser parser;
    DocumentRepository documents(database);
    const qint64 existing = documents.countAll().value();
    for (qint64 i = existing; i < count;) {
        Transaction transaction(database.connection());
        for (int inBatch = 0; inBatch < 2000 && i < count; ++inBatch, ++i) {
            (void)documents.insert(parser.parse(generator.nextArticle(), u"generated/%1"_s.arg(i)));
        }
        (void)transaction.commit();
    }
}

// What the document list does for a search: count the matches and fetch the first page.
double searchMedianMs(Database &database, DocumentSort sort)
{
    const DocumentRepository documents(database);
    const QStringList queries = {u"ceasefire"_s, u"\"prime minister\""_s, u"hostage*"_s, u"Gaza AND aid"_s,
                                 u"Rafah NOT Egypt"_s, u"talks OR discussions"_s, u"humanitarian"_s, u"Blinken"_s,
                                 u"negotiations release"_s, u"White House"_s};
    QList<double> times;
    for (int round = 0; round < 3; ++round) {
        for (const QString &query : queries) {
            DocumentFilter filter;
            filter.text = query;
            QElapsedTimer timer;
            timer.start();
            const auto page = documents.list(filter, sort, 0, DocumentListModel::PageSize);
            const auto total = documents.count(filter);
            times << timer.nsecsElapsed() / 1e6;
            Q_UNUSED(page);
            Q_UNUSED(total);
        }
    }
    return BenchmarkReport::median(times);
}

// One user action: an annotation created and committed on its own through the editor the
// window uses (its undo command included), as the reader does it.
double annotationMedianMs(Database &database, int count)
{
    QList<qint64> ids;
    QSqlQuery documents(database.connection());
    documents.exec(u"SELECT id FROM document WHERE length > 40 ORDER BY id LIMIT %1"_s.arg(count));
    while (documents.next()) {
        ids << documents.value(0).toLongLong();
    }
    CodeBook book(database);
    (void)book.installDefault();
    const qint64 code = book.findByName(u"Claim"_s)->id;
    QUndoStack stack;
    AnnotationEditor editor(database, &stack);
    editor.setAuthor(u"bench"_s);
    QList<double> times;
    for (qint64 id : std::as_const(ids)) {
        QElapsedTimer timer;
        timer.start();
        (void)editor.annotate(id, 10, 30, code, u"benchmark"_s);
        times << timer.nsecsElapsed() / 1e6;
    }
    return BenchmarkReport::median(times);
}

// The floor for one annotation: one row inserted and committed into a plain table through
// QSqlQuery, with the same journal settings as a Gloss corpus.
double bareRowInsertMedianMs(const QString &databasePath, int count)
{
    const QString name = u"bare-row"_s;
    double median = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        db.open();
        QSqlQuery setup(db);
        setup.exec(u"PRAGMA journal_mode = WAL"_s);
        setup.exec(u"PRAGMA synchronous = NORMAL"_s);
        setup.exec(u"CREATE TABLE IF NOT EXISTS note (id INTEGER PRIMARY KEY, document INTEGER, start INTEGER, "
                   "finish INTEGER, text TEXT)"_s);
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO note (document, start, finish, text) VALUES (?, ?, ?, ?)"_s);
        QList<double> times;
        for (int i = 0; i < count; ++i) {
            QElapsedTimer timer;
            timer.start();
            db.transaction();
            insert.addBindValue(i);
            insert.addBindValue(10);
            insert.addBindValue(30);
            insert.addBindValue(u"benchmark"_s);
            insert.exec();
            db.commit();
            times << timer.nsecsElapsed() / 1e6;
        }
        median = BenchmarkReport::median(times);
    }
    QSqlDatabase::removeDatabase(name);
    return median;
}

struct Startup {
    double readyMs = 0;
    double peakRssMb = 0;
};

// Launches the real `gloss` on a corpus and times it from process start to the document list's
// first paint (the app prints "ready" then, see StartupProbe).
// A schema of its own in the server's database (so that the benchmark needs only the right to
// create one there, not a database), dropped afterwards; the address that works in it.
QString serverSchema(const QString &url, const QString &schema, bool create)
{
    const Result<ServerAddress> address = ServerAddress::parse(url);
    if (!address) {
        qFatal("%s", qPrintable(address.errorString()));
    }
    const QString name = u"gloss-bench-admin"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(address->host());
        if (address->port() > 0) {
            db.setPort(address->port());
        }
        db.setDatabaseName(address->databaseName());
        db.setUserName(address->userName());
        db.setPassword(address->password());
        db.setConnectOptions(address->connectOptions());
        if (!db.open()) {
            qFatal("%s", qPrintable(Database::describeSqlError(db.lastError().text(), address->display())));
        }
        QSqlQuery query(db);
        query.exec(u"SET client_min_messages = warning"_s); // not a line per table dropped
        const QString sql = create ? QString(u"CREATE SCHEMA "_s + schema) : QString(u"DROP SCHEMA IF EXISTS "_s + schema + u" CASCADE"_s);
        if (!query.exec(sql)) {
            qFatal("%s", qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return url + (url.contains(u'?') ? u"&"_s : u"?"_s) + u"options=-csearch_path%3D"_s + schema;
}

// Team mode: the same import and searches on a PostgreSQL server, beside SQLite's in this run.
// Over a Unix socket on this machine; a server across a network adds its round trips.
void runPostgresBenchmarks(BenchmarkReport &report, const QString &url, const QStringList &files, int searchCorpus,
                           const Throughput &sqliteImport, double sqliteNewest, double sqliteRelevance)
{
    const QString schema = u"gloss_bench_%1"_s.arg(QCoreApplication::applicationPid());
    const QString importUrl = serverSchema(url, schema + u"_import"_s, true);
    const QString searchUrl = serverSchema(url, schema + u"_search"_s, true);
    {
        const Throughput server = glossImport(files, importUrl);
        report.add({u"PostgreSQL: import %1 articles (files → store)"_s.arg(files.size()), server.articlesPerSecond,
                    u"articles/s"_s, 0.25 * sqliteImport.articlesPerSecond, BenchmarkReport::Better::Higher,
                    u"SQLite import"_s, sqliteImport.articlesPerSecond});
        report.add({u"PostgreSQL: import throughput"_s, server.megabytesPerSecond, u"MB/s"_s,
                    0.25 * sqliteImport.megabytesPerSecond, BenchmarkReport::Better::Higher, u"SQLite import"_s,
                    sqliteImport.megabytesPerSecond});
        Result<std::unique_ptr<Database>> database = Database::open(searchUrl);
        if (!database) {
            qFatal("%s", qPrintable(database.errorString()));
        }
        QElapsedTimer fill;
        fill.start();
        fillDatabase(**database, searchCorpus);
        std::printf("PostgreSQL: %d generated articles stored in %.1f s\n", searchCorpus, fill.nsecsElapsed() / 1e9);
        QSqlQuery(database.value()->connection()).exec(u"ANALYZE"_s);
        report.add({u"PostgreSQL: search, newest first, %1 articles (median)"_s.arg(searchCorpus),
                    searchMedianMs(**database, DocumentSort::PublishedDescending), u"ms"_s, 50,
                    BenchmarkReport::Better::Lower, u"SQLite"_s, sqliteNewest});
        report.add({u"PostgreSQL: search, by relevance, %1 articles (median)"_s.arg(searchCorpus),
                    searchMedianMs(**database, DocumentSort::Relevance), u"ms"_s, 50, BenchmarkReport::Better::Lower,
                    u"SQLite"_s, sqliteRelevance});
    }
    serverSchema(url, schema + u"_import"_s, false);
    serverSchema(url, schema + u"_search"_s, false);
}

Startup measureStartup(const QString &corpus, const QString &home)
{
    const QString gloss = QCoreApplication::applicationDirPath() + u"/gloss"_s;
    QList<double> times;
    for (int run = 0; run < 3; ++run) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"GLOSS_REPORT_READY"_s, u"1"_s);
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(gloss, {u"--db"_s, corpus});
        QByteArray output;
        while (!output.contains("ready") && process.waitForReadyRead(30000)) {
            output += process.readAllStandardOutput();
        }
        times << timer.nsecsElapsed() / 1e6;
        process.waitForFinished(30000);
        if (!output.contains("ready")) {
            qWarning("gloss did not report ready: %s", process.readAllStandardError().constData());
        }
    }
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return {BenchmarkReport::median(times), usage.ru_maxrss / 1024.0};
}

double openMs(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<Database>> database = Database::open(path);
    return database ? timer.nsecsElapsed() / 1e6 : -1;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("DISPLAY") && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption quick(u"quick"_s, u"Small corpora, for CI."_s);
    const QCommandLineOption makeCorpus(u"make-corpus"_s, u"Only write a generated corpus of --count articles to FILE."_s,
                                        u"FILE"_s);
    const QCommandLineOption count(u"count"_s, u"Articles in the generated corpus."_s, u"N"_s, u"100000"_s);
    const QCommandLineOption output(u"output"_s, u"Where to write the JSON results."_s, u"FILE"_s,
                                    u"bench-results.json"_s);
    const QCommandLineOption writeArticles(u"write-articles"_s,
                                           u"Only write --count generated article files into DIR (to profile an import)."_s,
                                           u"DIR"_s);
    const QCommandLineOption only(u"only"_s, u"Run only one group of benchmarks: export or reader."_s, u"GROUP"_s);
    const QCommandLineOption searchOnly(u"search"_s, u"Only the search figures, on a corpus made with --make-corpus."_s,
                                        u"FILE"_s);
    const QCommandLineOption importOnly(u"import-only"_s, u"Only the import figures (to profile or compare an import change)."_s);
    const QCommandLineOption postgres(u"postgres"_s,
                                      u"Also import and search on this PostgreSQL database (a postgresql:// address; "
                                      "default: GLOSS_BENCH_POSTGRES), in a schema of its own, dropped afterwards."_s,
                                      u"URL"_s, qEnvironmentVariable("GLOSS_BENCH_POSTGRES"));
    parser.addOptions({quick, output, makeCorpus, writeArticles, count, only, importOnly, searchOnly, postgres});
    parser.addHelpOption();
    parser.process(app);
    const bool isQuick = parser.isSet(quick);
    if (parser.isSet(makeCorpus)) {
        Result<std::unique_ptr<Database>> database = Database::open(parser.value(makeCorpus));
        if (!database) {
            std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
            return 2;
        }
        fillDatabase(**database, parser.value(count).toInt());
        return 0;
    }
    if (parser.isSet(searchOnly)) {
        Result<std::unique_ptr<Database>> database = Database::open(parser.value(searchOnly));
        if (!database) {
            std::fprintf(stderr, "%s\n", qPrintable(database.errorString()));
            return 2;
        }
        BenchmarkReport report;
        const qint64 documents = DocumentRepository(**database).countAll().value();
        report.add({u"search, newest first, %1 articles (median)"_s.arg(documents),
                    searchMedianMs(**database, DocumentSort::PublishedDescending), u"ms"_s, 50,
                    BenchmarkReport::Better::Lower});
        report.add({u"search, by relevance, %1 articles (median)"_s.arg(documents),
                    searchMedianMs(**database, DocumentSort::Relevance), u"ms"_s, 50, BenchmarkReport::Better::Lower});
        return 0;
    }
    if (parser.isSet(writeArticles)) {
        CorpusGenerator().writeFiles(parser.value(writeArticles), parser.value(count).toInt());
        return 0;
    }

    if (parser.isSet(only)) {
        const QString group = parser.value(only);
        if (group != u"export"_s && group != u"reader"_s) {
            std::fprintf(stderr, "--only: unknown group '%s' (export, reader)\n", qPrintable(group));
            return 1;
        }
        BenchmarkReport report;
        std::printf("gloss-bench (%s mode, %s only)\n", isQuick ? "quick" : "full", qPrintable(group));
        if (group == u"export"_s) {
            runExportBenchmarks(report, isQuick);
        } else {
            runReaderBenchmarks(report, isQuick);
        }
        report.writeJson(parser.value(output));
        std::printf("%d goal(s) missed\n", report.goalsMissed());
        return 0;
    }

    QTemporaryDir work;
    BenchmarkReport report;
    const int importCount = isQuick ? 3000 : 10000;
    const int searchCorpus = isQuick ? 5000 : 100000;
    std::printf("gloss-bench (%s mode): SQLite %s\n", isQuick ? "quick" : "full", sqlite3_libversion());

    CorpusGenerator generator;
    const QStringList files = generator.writeFiles(work.filePath(u"articles"_s), importCount);
    // On a shared machine one round's figures move with whatever else runs: the baseline and
    // Gloss take turns, and each is reported by its median round.
    QList<Throughput> bareRounds;
    QList<Throughput> glossRounds;
    for (int round = 1; round <= ImportRounds; ++round) {
        bareRounds << bareInsert(files, work.filePath(u"bare-%1.sqlite"_s.arg(round)));
        glossRounds << glossImport(files, work.filePath(u"import-%1.gloss"_s.arg(round)));
    }
    const Throughput bare = medianRound(bareRounds);
    const Throughput gloss = medianRound(glossRounds);
    report.add({u"bare SQLite+FTS5 insert (median of %1 rounds)"_s.arg(ImportRounds), bare.articlesPerSecond,
                u"articles/s"_s});
    report.add({u"import %1 articles (files → store)"_s.arg(importCount), gloss.articlesPerSecond, u"articles/s"_s,
                0.5 * bare.articlesPerSecond, BenchmarkReport::Better::Higher, u"bare insert"_s, bare.articlesPerSecond});
    report.add({u"import CPU time, all threads"_s, gloss.cpuMicrosecondsPerArticle, u"µs/article"_s, 0,
                BenchmarkReport::Better::Lower, u"bare insert"_s, bare.cpuMicrosecondsPerArticle});
    const Throughput parsing = parseOnly(files, work.filePath(u"parse.gloss"_s));
    report.add({u"read, decode and parse only"_s, parsing.articlesPerSecond, u"articles/s"_s, 0,
                BenchmarkReport::Better::Higher, u"bare insert"_s, bare.articlesPerSecond});
    {
        // Entity recognition alone, on one core, over the same articles.
        QStringList texts;
        qint64 bytes = 0;
        for (const QString &path : files) {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            texts << QString::fromUtf8(file.readAll());
            bytes += texts.constLast().toUtf8().size();
        }
        const EntityRecognizer recognizer;
        (void)recognizer.recognize(texts.constFirst()); // loads the gazetteer
        QElapsedTimer timer;
        timer.start();
        qint64 mentions = 0;
        for (const QString &text : std::as_const(texts)) {
            mentions += recognizer.recognize(text).size();
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        report.add({u"entity recognition (%1 mentions)"_s.arg(mentions), bytes / 1e6 / seconds, u"MB/s"_s, 20,
                    BenchmarkReport::Better::Higher, u"bare insert"_s, bare.megabytesPerSecond});

        // Dates resolved against a publication date, and the events built on them, on one core.
        const TemporalTagger tagger;
        const PartialDate anchor{2024, 4, 29, DatePrecision::Day};
        timer.restart();
        qint64 expressions = 0;
        for (const QString &text : std::as_const(texts)) {
            expressions += tagger.tag(text, anchor).size();
        }
        const double tagging = timer.nsecsElapsed() / 1e9;
        report.add({u"temporal tagging (%1 expressions)"_s.arg(expressions), bytes / 1e6 / tagging, u"MB/s"_s, 0,
                    BenchmarkReport::Better::Higher, u"entity recognition"_s, bytes / 1e6 / seconds});
    }
    {
        // Quality, on the hand-made gold spans of the sample articles.
        const QString source = QStringLiteral(GLOSS_SOURCE_DIR);
        Result<GoldEvaluation::Report> gold = GoldEvaluation::evaluate(source + u"/tests/data/gold/seed-entities.tsv"_s,
                                                                       source + u"/resources/sample"_s);
        if (gold) {
            for (auto it = gold->byType.cbegin(); it != gold->byType.cend(); ++it) {
                std::printf("entities %-6s precision %.3f  recall %.3f  F1 %.3f\n", qPrintable(it.key()),
                            it->precision(), it->recall(), it->f1());
            }
            report.add({u"entity recognition F1 on the gold spans"_s, gold->overall.f1(), u""_s, 0.90,
                        BenchmarkReport::Better::Higher});
        }
    }
    report.add({u"import throughput"_s, gloss.megabytesPerSecond, u"MB/s"_s, 0.5 * bare.megabytesPerSecond,
                BenchmarkReport::Better::Higher, u"bare insert"_s, bare.megabytesPerSecond});
    if (parser.isSet(importOnly)) {
        std::printf("%d goal(s) missed\n", report.goalsMissed());
        return 0;
    }

    const QString big = work.filePath(u"search.gloss"_s);
    {
        Result<std::unique_ptr<Database>> database = Database::open(big);
        fillDatabase(**database, searchCorpus);
        const double newest = searchMedianMs(**database, DocumentSort::PublishedDescending);
        report.add({u"search, newest first, %1 articles (median)"_s.arg(searchCorpus), newest, u"ms"_s, 50,
                    BenchmarkReport::Better::Lower});
        const double relevance = searchMedianMs(**database, DocumentSort::Relevance);
        report.add({u"search, by relevance, %1 articles (median)"_s.arg(searchCorpus), relevance, u"ms"_s, 50,
                    BenchmarkReport::Better::Lower});
        if (!parser.value(postgres).isEmpty()) {
            runPostgresBenchmarks(report, parser.value(postgres), files, searchCorpus, gloss, newest, relevance);
        }
        const int annotationCount = isQuick ? 200 : 1000;
        const double bareRow = bareRowInsertMedianMs(work.filePath(u"bare-row.sqlite"_s), annotationCount);
        report.add({u"store one annotation, %1 articles (median)"_s.arg(searchCorpus),
                    annotationMedianMs(**database, annotationCount), u"ms"_s, 1, BenchmarkReport::Better::Lower,
                    u"bare INSERT+COMMIT"_s, bareRow});
        // Flat in corpus size: the same on a corpus a hundredth the size.
        const int smallCorpus = std::max(annotationCount, searchCorpus / 100);
        Result<std::unique_ptr<Database>> small = Database::open(work.filePath(u"small.gloss"_s));
        fillDatabase(**small, smallCorpus);
        report.add({u"store one annotation, %1 articles (median)"_s.arg(smallCorpus),
                    annotationMedianMs(**small, annotationCount), u"ms"_s, 1, BenchmarkReport::Better::Lower,
                    u"bare INSERT+COMMIT"_s, bareRow});
    }
    const QString empty = work.filePath(u"empty.gloss"_s);
    (void)Database::open(empty);
    report.add({u"open %1-article corpus (quick_check)"_s.arg(searchCorpus), openMs(big), u"ms"_s, 0,
                BenchmarkReport::Better::Lower, u"empty corpus"_s, openMs(empty)});
    const Startup emptyStartup = measureStartup(empty, work.filePath(u"home-empty"_s));
    const Startup bigStartup = measureStartup(big, work.filePath(u"home-big"_s));
    report.add({u"window usable, %1 articles (process start → list painted)"_s.arg(searchCorpus), bigStartup.readyMs,
                u"ms"_s, 400, BenchmarkReport::Better::Lower, u"empty corpus"_s, emptyStartup.readyMs});
    report.add({u"peak memory of the window, %1 articles"_s.arg(searchCorpus), bigStartup.peakRssMb, u"MB"_s, 300,
                BenchmarkReport::Better::Lower});

    runReaderBenchmarks(report, isQuick);
    runTimelineBenchmarks(report, isQuick);
    runExportBenchmarks(report, isQuick);

    const QString jsonPath = parser.value(output);
    if (report.writeJson(jsonPath)) {
        std::printf("results written to %s\n", qPrintable(QFileInfo(jsonPath).absoluteFilePath()));
    }
    std::printf("%d goal(s) missed\n", report.goalsMissed());
    return 0;
}
