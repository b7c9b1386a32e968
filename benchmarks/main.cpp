// SPDX-License-Identifier: GPL-3.0-or-later
// gloss-bench: the speed goals of DESIGN.md, each against a baseline measured in the same run.
// `--quick` (CI) uses small corpora; figures are printed and written to bench-results.json.
#include "benchmark.h"
#include "corpusgenerator.h"
#include "import/importer.h"
#include "store/database.h"
#include "store/documentrepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

struct Throughput {
    double articlesPerSecond = 0;
    double megabytesPerSecond = 0;
};

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
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Throughput glossImport(const QStringList &paths, const QString &databasePath)
{
    Result<std::unique_ptr<Database>> database = Database::open(databasePath);
    if (!database) {
        qFatal("%s", qPrintable(database.errorString()));
    }
    Importer importer(**database);
    QElapsedTimer timer;
    timer.start();
    const ImportSummary summary = importer.importFiles(paths);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!summary.failed.isEmpty()) {
        qWarning("%d files failed to import", int(summary.failed.size()));
    }
    return {paths.size() / seconds, totalBytes(paths) / 1e6 / seconds};
}

void fillDatabase(Database &database, int count)
{
    CorpusGenerator generator(7);
    Importer importer(database);
    const qint64 existing = DocumentRepository(database).countAll().value();
    for (qint64 i = existing; i < count; ++i) {
        (void)importer.importText(generator.nextArticle(), u"generated/%1"_s.arg(i));
    }
}

double searchMedianMs(Database &database)
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
            const auto page = documents.list(filter, DocumentSort::Relevance, 0, 50);
            const auto total = documents.count(filter);
            times << timer.nsecsElapsed() / 1e6;
            Q_UNUSED(page);
            Q_UNUSED(total);
        }
    }
    return BenchmarkReport::median(times);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption quick(u"quick"_s, u"Small corpora, for CI."_s);
    const QCommandLineOption output(u"output"_s, u"Where to write the JSON results."_s, u"FILE"_s,
                                    u"bench-results.json"_s);
    parser.addOptions({quick, output});
    parser.addHelpOption();
    parser.process(app);
    const bool isQuick = parser.isSet(quick);

    QTemporaryDir work;
    BenchmarkReport report;
    const int importCount = isQuick ? 1000 : 10000;
    const int searchCorpus = isQuick ? 5000 : 100000;
    std::printf("gloss-bench (%s mode): SQLite %s\n", isQuick ? "quick" : "full", sqlite3_libversion());

    CorpusGenerator generator;
    const QStringList files = generator.writeFiles(work.filePath(u"articles"_s), importCount);
    const Throughput bare = bareInsert(files, work.filePath(u"bare.sqlite"_s));
    report.add({u"bare SQLite+FTS5 insert"_s, bare.articlesPerSecond, u"articles/s"_s});
    const Throughput gloss = glossImport(files, work.filePath(u"import.gloss"_s));
    report.add({u"import %1 articles (files → store)"_s.arg(importCount), gloss.articlesPerSecond, u"articles/s"_s,
                0.5 * bare.articlesPerSecond, BenchmarkReport::Better::Higher, u"bare insert"_s, bare.articlesPerSecond});
    report.add({u"import throughput"_s, gloss.megabytesPerSecond, u"MB/s"_s, 0.5 * bare.megabytesPerSecond,
                BenchmarkReport::Better::Higher, u"bare insert"_s, bare.megabytesPerSecond});

    {
        Result<std::unique_ptr<Database>> database = Database::open(work.filePath(u"search.gloss"_s));
        fillDatabase(**database, searchCorpus);
        report.add({u"full-text search, %1 articles (median)"_s.arg(searchCorpus), searchMedianMs(**database), u"ms"_s,
                    50, BenchmarkReport::Better::Lower});
    }

    const QString jsonPath = parser.value(output);
    if (report.writeJson(jsonPath)) {
        std::printf("results written to %s\n", qPrintable(QFileInfo(jsonPath).absoluteFilePath()));
    }
    std::printf("%d goal(s) missed\n", report.goalsMissed());
    return 0;
}
