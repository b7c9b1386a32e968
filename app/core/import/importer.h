// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleparser.h"
#include "nlp/correctionset.h"
#include "nlp/documentanalyzer.h"
#include "store/entityrepository.h"
#include "importsummary.h"
#include "result.h"
#include "store/documentrepository.h"
#include "store/timelinerepository.h"
#include "tabularreader.h"

#include <QStringList>

#include <functional>

namespace Gloss {

class Database;

struct ImportOptions {
    // Larger files are refused: an article is at most a few hundred kilobytes, and a CSV or JSON
    // Lines collection of tens of thousands of articles stays below this.
    static constexpr qint64 DefaultMaxFileBytes = 256LL * 1024 * 1024;

    qint64 maxFileBytes = DefaultMaxFileBytes;
    ColumnMapping columns; // CSV columns / JSON Lines keys; empty fields are detected
};

// Brings article files into a corpus: plain text, Markdown, HTML, CSV and JSON Lines, in any
// common encoding. Each file is stored all-or-nothing (a savepoint of its own); a bad file is
// reported with its path and reason and the rest go on.
class Importer final
{
public:
    // Files are committed together at most this often: one transaction per file would make
    // SQLite and FTS5 write (and later merge) an index segment per article. A file is still
    // stored whole or not at all (if the database fails mid-file the batch is rolled back and
    // its files reported failed); a crash loses at most this much work. Each commit writes every
    // index page the batch touched again: a second's batches import 10,000 articles about 5%
    // faster than quarter-second ones (4 s ones 10%, but the list would lag that long behind).
    static constexpr qint64 BatchMilliseconds = 1000;
    // How many parsed files may wait for the storing thread: enough to keep the parser busy
    // through a batch's commit (a few hundred milliseconds), a few megabytes of text.
    static constexpr std::size_t ReadAhead = 1024;
    // A batch also commits when this many files are left. The last batch's full-text indexing
    // and log copy run after every file is parsed, with nothing to overlap them; an earlier
    // commit's run while the parsers work through these files. So the last batch stays short.
    static constexpr qsizetype LastBatchFiles = qsizetype(ReadAhead / 2);
    // Files are read, parsed and analysed by one thread per core, up to this many (one writer
    // stores what they produce; beyond four it is the writer that sets the pace).
    static constexpr int MaxParserThreads = 4;
    static int parserThreads();

    // Return false to cancel; files already finished stay imported.
    using ProgressCallback = std::function<bool(const ImportProgress &)>;

    explicit Importer(Database &database, ImportOptions options = {});

    // Files named directly are always tried; folders are walked recursively for the file types
    // Gloss reads, skipping hidden entries. Missing paths become failures.
    static QStringList expandPaths(const QStringList &paths, QList<ImportSummary::Failure> *missing);
    static bool isImportableName(const QString &fileName);

    ImportSummary importPaths(const QStringList &paths, const ProgressCallback &progress = {});
    ImportSummary importFiles(const QStringList &files, const ProgressCallback &progress = {});

    // Parses and stores one article's text; `source` is its path or URL.
    Result<DocumentRepository::Inserted> importText(const QString &text, const QString &source);

    // The documents one file holds, parsed but not stored.
    Result<QList<NewDocument>> readFile(const QString &path) const;

private:
    struct FileOutcome {
        int imported = 0;
        int duplicates = 0;
        QList<qint64> ids;
    };
    Result<FileOutcome> store(const QList<NewDocument> &documents);
    Result<QList<NewDocument>> fromRecords(const QList<TabularRecord> &records, const QString &path,
                                           const QString &format, const QString &encoding) const;

    Database &m_database;
    ImportOptions m_options;
    DocumentRepository m_documents;
    EntityRepository m_entities;
    TimelineRepository m_timeline;
    ArticleParser m_parser;
    DocumentAnalyzer m_analyzer;
    CorrectionSet m_corrections; // the user's marks, rejections and renames, applied to what is recognised
};

} // namespace Gloss
