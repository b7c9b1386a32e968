// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "datetext.h"
#include "export/jsonldimporter.h"
#include "htmlextractor.h"
#include "logging.h"
#include "markdowntext.h"
#include "store/database.h"
#include "store/entitycorrections.h"
#include "store/walcheckpointer.h"
#include "textdecoder.h"
#include "util/boundedqueue.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <memory>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

enum class Format { Text, Markdown, Html, Csv, JsonLines };

const QStringList &textSuffixes() { static const QStringList s = {u"txt"_s, u"text"_s}; return s; }
const QStringList &markdownSuffixes() { static const QStringList s = {u"md"_s, u"markdown"_s, u"mdown"_s}; return s; }
const QStringList &htmlSuffixes() { static const QStringList s = {u"html"_s, u"htm"_s, u"xhtml"_s}; return s; }
const QStringList &csvSuffixes() { static const QStringList s = {u"csv"_s, u"tsv"_s}; return s; }
const QStringList &jsonLinesSuffixes() { static const QStringList s = {u"jsonl"_s, u"ndjson"_s}; return s; }
const QStringList &annotationSuffixes() { static const QStringList s = {u"jsonld"_s}; return s; }

Format formatOf(const QString &path, const QString &text)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (markdownSuffixes().contains(suffix)) {
        return Format::Markdown;
    }
    if (htmlSuffixes().contains(suffix)) {
        return Format::Html;
    }
    if (csvSuffixes().contains(suffix)) {
        return Format::Csv;
    }
    if (jsonLinesSuffixes().contains(suffix)) {
        return Format::JsonLines;
    }
    // A .txt or unknown file that is really a web page.
    return HtmlExtractor::looksLikeHtml(text) ? Format::Html : Format::Text;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Text:
        return u"text"_s;
    case Format::Markdown:
        return u"markdown"_s;
    case Format::Html:
        return u"html"_s;
    case Format::Csv:
        return u"csv"_s;
    case Format::JsonLines:
        return u"jsonl"_s;
    }
    return u"text"_s;
}

QString megabytes(qint64 bytes)
{
    return QLocale::c().toString(double(bytes) / (1024 * 1024), 'f', bytes < 10 * 1024 * 1024 ? 1 : 0);
}

// A date from metadata ("2024-03-21T10:00:00Z", "Thu, 21 Mar 2024 …") into the document.
void applyMetadataDate(NewDocument &document, const QString &written, const QString &what)
{
    if (written.trimmed().isEmpty()) {
        return;
    }
    if (const std::optional<PartialDate> date = DateText::parse(written)) {
        document.published = date->toIso();
        document.datePrecision = date->precision;
        document.dateSource = DateSource::Metadata;
        document.dateNote = QObject::tr("from the %1 “%2”").arg(what, written.trimmed());
    } else {
        document.dateNote = QObject::tr("the %1 “%2” is not a date Gloss can read").arg(what, written.trimmed());
    }
}

// The connection's settings while an import runs, restored when it ends:
// - no foreign-key checks: every row an import writes refers to a document it inserted and to
//   entities it looked up or created (cached ids are checked again at each batch when another
//   connection wrote meanwhile), and the checks were a third of the cost of the entity rows;
// - the writer copies the write-ahead log into the database only past 64 MB instead of 4 MB
//   (each copy syncs both files), and once at the end; a WalCheckpointer copies it after each
//   commit on another core, so what is left at the end is the last batch's;
// - statement journals in memory: each many-row insert keeps one (it could fail half-way), and
//   past 64 KB SQLite spilled it to a temporary file, two thirds of the import's disk writes;
// - the full-text index gathers 16 MB of new entries in memory before it writes a segment, not
//   1 MB: a second's batch then makes one segment instead of a dozen that FTS5 merges again, a
//   third of what indexing cost the writer.
// (A larger page cache was tried as well: it made the import slower, not faster.)
// These are SQLite's: on a PostgreSQL server the connection is left as it is (other users'
// writes need the foreign keys checked, and the server manages its own log).
class ImportSettings final
{
public:
    ImportSettings(QSqlDatabase db, bool sqlite)
        : m_db(std::move(db))
        , m_sqlite(sqlite)
    {
        if (!m_sqlite) {
            return;
        }
        QSqlQuery query(m_db);
        if (query.exec(u"PRAGMA wal_autocheckpoint"_s) && query.next()) {
            m_autoCheckpoint = query.value(0).toInt();
        }
        set(u"PRAGMA foreign_keys = OFF"_s);
        set(u"PRAGMA wal_autocheckpoint = %1"_s.arg(CheckpointPages));
        set(u"PRAGMA temp_store = MEMORY"_s);
        setFullTextPendingBytes(ImportPendingBytes);
    }
    ~ImportSettings()
    {
        if (!m_sqlite) {
            return;
        }
        set(u"PRAGMA foreign_keys = ON"_s);
        set(u"PRAGMA temp_store = DEFAULT"_s);
        setFullTextPendingBytes(DefaultPendingBytes);
        set(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
        set(u"PRAGMA wal_autocheckpoint = %1"_s.arg(m_autoCheckpoint));
    }
    ImportSettings(const ImportSettings &) = delete;
    ImportSettings &operator=(const ImportSettings &) = delete;

private:
    static constexpr int CheckpointPages = 16384; // of 4 KB
    static constexpr int ImportPendingBytes = 16 << 20;
    static constexpr int DefaultPendingBytes = 1 << 20; // FTS5's own

    // FTS5's 'hashsize'; kept in the index's configuration table, so it is set back afterwards.
    void setFullTextPendingBytes(int bytes)
    {
        set(u"INSERT INTO document_fts (document_fts, rank) VALUES ('hashsize', %1)"_s.arg(bytes));
    }

    void set(const QString &pragma)
    {
        // Only speed depends on these: an import goes on without them.
        if (QSqlQuery query(m_db); !query.exec(pragma)) {
            qCWarning(lcImport) << pragma << "failed:" << query.lastError().text();
        }
    }

    QSqlDatabase m_db;
    bool m_sqlite = true;
    int m_autoCheckpoint = 1000; // SQLite's default
};

} // namespace

Importer::Importer(Database &database, ImportOptions options)
    : m_database(database)
    , m_options(std::move(options))
    , m_documents(database)
    , m_entities(database)
    , m_timeline(database)
{
    m_documents.setDeferredIndexing(true);
    // Without them an import would bring back what the user rejected; a failure here shows
    // again when the import writes, so it is not reported twice.
    if (Result<CorrectionSet> corrections = EntityCorrections(database).load()) {
        m_corrections = std::move(*corrections);
    }
}

int Importer::parserThreads()
{
    return int(std::clamp(std::thread::hardware_concurrency(), 1U, unsigned(MaxParserThreads)));
}

bool Importer::isImportableName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return textSuffixes().contains(suffix) || markdownSuffixes().contains(suffix) || htmlSuffixes().contains(suffix)
        || csvSuffixes().contains(suffix) || jsonLinesSuffixes().contains(suffix) || annotationSuffixes().contains(suffix);
}

QStringList Importer::expandPaths(const QStringList &paths, QList<ImportSummary::Failure> *missing)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            const QDir folder(info.absoluteFilePath());
            while (it.hasNext()) {
                const QString file = it.next();
                // Absolute on both sides: for a folder given as "../articles" a relative answer
                // starts with ".." and would count as hidden.
                const QString relative = folder.relativeFilePath(QFileInfo(file).absoluteFilePath());
                const bool hidden = relative.startsWith(u'.') || relative.contains(u"/."_s);
                if (!hidden && isImportableName(file)) {
                    found << QDir::cleanPath(file);
                }
            }
            found.sort();
            files << found;
        } else if (info.exists() || info.isSymLink()) {
            files << QDir::cleanPath(path);
        } else if (missing) {
            missing->append({path, QObject::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path))});
        }
    }
    return files;
}

ImportSummary Importer::importPaths(const QStringList &paths, const ProgressCallback &progress)
{
    QList<ImportSummary::Failure> missing;
    const QStringList files = expandPaths(paths, &missing);
    ImportSummary summary = importFiles(files, progress);
    summary.failed = missing + summary.failed;
    return summary;
}

ImportSummary Importer::importFiles(const QStringList &files, const ProgressCallback &progress)
{
    ImportSummary summary;
    ImportProgress state;
    state.filesTotal = int(files.size());
    // Files that are stored but not yet committed, in case the batch's commit fails.
    struct Pending {
        QString path;
        FileOutcome outcome;
    };
    QList<Pending> pending;
    const ImportSettings settings(m_database.connection(), !m_database.isServer());
    // Declared after the settings: it has stopped before their final checkpoint runs.
    std::optional<WalCheckpointer> checkpointer;
    if (!m_database.isServer() && !m_database.isReadOnly()) {
        checkpointer.emplace(m_database.path());
    }
    std::optional<Transaction> batch;
    QElapsedTimer sinceCommit;

    // The batch was rolled back: its files are failures after all.
    const auto failPending = [&](const Error &error) {
        for (const Pending &file : std::as_const(pending)) {
            summary.imported -= file.outcome.imported;
            summary.duplicates -= file.outcome.duplicates;
            for (qint64 id : file.outcome.ids) {
                summary.documentIds.removeOne(id);
            }
            summary.failed.append({file.path, error.message, error.kind});
        }
        pending.clear();
    };
    const auto commitBatch = [&] {
        if (!batch) {
            return;
        }
        Result<void> committed = m_entities.flushPending();
        if (committed) {
            committed = m_documents.flushIndex();
        }
        if (committed) {
            committed = batch->commit();
        }
        batch.reset();
        m_documents.discardPendingIndex();
        if (!committed) {
            m_entities.forgetCachedIds(); // entities created in the lost batch are gone
            failPending(committed.error());
        } else if (checkpointer) {
            checkpointer->request();
        }
        pending.clear();
    };

    // Reading, parsing and recognition run ahead on the other cores while this thread stores:
    // file k goes to parser k mod n, so taking the files from the parsers' queues in turn keeps
    // them in order. Parsing costs more than storing, so on two cores two parsers share the
    // core the writer leaves idle; full queues make them wait when the writer falls behind.
    // Web Annotation files wait until the articles of the same import are stored: they may
    // annotate them.
    struct Parsed {
        QString path;
        Result<QList<NewDocument>> documents;
        bool annotations = false;
    };
    const qsizetype parserCount = std::clamp<qsizetype>(parserThreads(), 1, std::max<qsizetype>(1, files.size()));
    std::vector<std::unique_ptr<BoundedQueue<Parsed>>> queues;
    std::vector<std::jthread> parsers;
    for (qsizetype k = 0; k < parserCount; ++k) {
        queues.push_back(std::make_unique<BoundedQueue<Parsed>>(std::max<std::size_t>(1, ReadAhead / parserCount)));
        parsers.emplace_back([this, &files, &queue = *queues.back(), k, parserCount] {
            for (qsizetype index = k; index < files.size(); index += parserCount) {
                const QString &path = files.at(index);
                const bool annotations = JsonLdImporter::isAnnotationFile(path);
                if (!queue.push(Parsed{path, annotations ? Result<QList<NewDocument>>(QList<NewDocument>{}) : readFile(path),
                                       annotations})) {
                    return;
                }
            }
            queue.close();
        });
    }
    QStringList annotationFiles;

    for (qsizetype index = 0; index < files.size(); ++index) {
        const QString &path = files.at(index);
        if (progress) {
            state.currentPath = path;
            if (!progress(state)) {
                summary.cancelled = true;
                break;
            }
        }
        std::optional<Parsed> next = queues.at(std::size_t(index % parserCount))->pop();
        if (!next) {
            break;
        }
        Q_ASSERT(next->path == path);
        ++summary.files;
        if (next->annotations) {
            annotationFiles << path;
            ++state.filesDone;
            continue;
        }
        Result<QList<NewDocument>> documents = std::move(next->documents);
        if (documents && !batch) {
            batch.emplace(m_database.connection());
            sinceCommit.start();
            if (!batch->isActive()) {
                documents = databaseError(Database::describeSqlError(batch->errorString(), m_database.path()));
                batch.reset();
            } else if (Result<void> checked = m_entities.forgetVanishedIds(); !checked) {
                // Another connection may have deleted an entity since the last batch; with no
                // foreign-key checks its cached id must not be written.
                documents = checked.error();
                batch.reset();
            }
        }
        Result<FileOutcome> stored = documents ? store(*documents) : Result<FileOutcome>(documents.error());
        // Two users importing at once may each wait for rows the other wrote (the same entity,
        // the same article) until the server breaks the deadlock by failing one of them: that
        // one stores the file again, in a transaction of its own (on a server each file is).
        const QString conflict = Database::writeConflictMessage(m_database.path());
        for (int retry = 0; !stored && documents && m_database.isServer() && stored.errorString().contains(conflict) && retry < 5;
             ++retry) {
            qCInfo(lcImport) << "storing again after a write conflict:" << path;
            batch.reset();
            m_documents.discardPendingIndex();
            m_entities.forgetCachedIds();
            failPending(stored.error());
            batch.emplace(m_database.connection());
            sinceCommit.start();
            if (!batch->isActive()) {
                stored = databaseError(Database::describeSqlError(batch->errorString(), m_database.path()));
                batch.reset();
                break;
            }
            stored = store(*documents);
        }
        if (!stored && stored.error().abortTransaction) {
            batch.reset(); // rolls back every file of the batch
            m_documents.discardPendingIndex();
            m_entities.forgetCachedIds();
            failPending(stored.error());
        }
        if (!stored) {
            summary.failed.append({path, stored.errorString(), stored.error().kind});
            qCInfo(lcImport) << "failed" << path << stored.errorString();
        } else {
            summary.imported += stored->imported;
            summary.duplicates += stored->duplicates;
            summary.documentIds << stored->ids;
            pending.append({path, *stored});
        }
        // On a server every file commits at once: other users' imports wait for no more than
        // one file's rows, and see its articles as duplicates as soon as they are stored.
        const bool lastBatchNext = files.size() - (index + 1) == LastBatchFiles;
        if (batch && (m_database.isServer() || sinceCommit.elapsed() >= BatchMilliseconds || lastBatchNext)) {
            commitBatch();
        }
        ++state.filesDone;
        state.imported = summary.imported;
        state.duplicates = summary.duplicates;
        state.failed = int(summary.failed.size());
    }
    for (const std::unique_ptr<BoundedQueue<Parsed>> &queue : queues) {
        queue->stop();
    }
    parsers.clear(); // joins them
    commitBatch();
    for (const QString &path : std::as_const(annotationFiles)) {
        Result<JsonLdImporter::Outcome> annotated = JsonLdImporter(m_database).importFile(path);
        if (annotated) {
            summary.annotations += annotated->annotations;
            summary.annotationDuplicates += annotated->duplicates;
        } else {
            summary.failed.append({path, annotated.errorString(), annotated.error().kind});
            qCInfo(lcImport) << "failed" << path << annotated.errorString();
        }
    }
    if (progress && !summary.cancelled) {
        state.currentPath.clear();
        state.imported = summary.imported;
        state.duplicates = summary.duplicates;
        state.failed = int(summary.failed.size());
        progress(state);
    }
    return summary;
}

Result<QList<NewDocument>> Importer::readFile(const QString &path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        return badInput(QObject::tr("%1 does not exist (a broken link?).").arg(shown));
    }
    if (info.isDir()) {
        return badInput(QObject::tr("%1 is a folder.").arg(shown));
    }
    if (info.size() > m_options.maxFileBytes) {
        return badInput(QObject::tr("%1 is too large (%2 MB; the limit is %3 MB per file).")
                            .arg(shown, megabytes(info.size()), megabytes(m_options.maxFileBytes)));
    }
    if (info.size() == 0) {
        return badInput(QObject::tr("%1 is empty.").arg(shown));
    }
    if (JsonLdImporter::isAnnotationFile(path)) {
        return badInput(QObject::tr("%1 holds Web Annotations, not articles; import it with the articles it annotates.").arg(shown));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return badInput(QObject::tr("Cannot read %1: %2").arg(shown, file.errorString()));
    }
    // QIODevice::read(n) allocates n bytes first: asking for the size limit would map 256 MB for
    // every file. The size seen above, and a byte more to notice a file still growing.
    QByteArray bytes = file.read(std::min(info.size(), m_options.maxFileBytes) + 1);
    if (bytes.size() > info.size() && file.error() == QFileDevice::NoError) {
        bytes += file.read(m_options.maxFileBytes + 1 - bytes.size());
    }
    if (bytes.size() > m_options.maxFileBytes) {
        return badInput(QObject::tr("%1 is too large (%2 MB; the limit is %3 MB per file).")
                            .arg(shown, megabytes(bytes.size()), megabytes(m_options.maxFileBytes)));
    }
    if (file.error() != QFileDevice::NoError) {
        return badInput(QObject::tr("Cannot read %1: %2").arg(shown, file.errorString()));
    }
    Result<DecodedText> decoded = TextDecoder::decode(bytes, shown);
    if (!decoded) {
        return decoded.error();
    }
    const QString text = ArticleParser::normaliseLineEnds(decoded->text);
    const QString source = QDir::toNativeSeparators(info.absoluteFilePath());
    const Format format = formatOf(path, text);

    QList<NewDocument> documents;
    switch (format) {
    case Format::Csv:
    case Format::JsonLines: {
        Result<QList<TabularRecord>> records = format == Format::Csv
            ? TabularReader::readCsv(text, shown, m_options.columns)
            : TabularReader::readJsonLines(text, shown, m_options.columns);
        if (!records) {
            return records.error();
        }
        return fromRecords(*records, source, formatName(format), decoded->encoding);
    }
    case Format::Html: {
        const HtmlArticle article = HtmlExtractor::extract(text);
        NewDocument document;
        document.source = article.url.isEmpty() ? source : article.url;
        document.title = article.title;
        document.body = article.text.trimmed();
        applyMetadataDate(document, article.published, QObject::tr("page's published date"));
        m_parser.complete(document);
        documents.append(std::move(document));
        break;
    }
    case Format::Markdown: {
        NewDocument document = m_parser.parse(MarkdownText::toPlainText(text), source);
        documents.append(std::move(document));
        break;
    }
    case Format::Text:
        documents.append(m_parser.parse(text, source));
        break;
    }
    for (NewDocument &document : documents) {
        if (document.body.trimmed().isEmpty()) {
            return badInput(format == Format::Html
                                ? QObject::tr("%1 holds no article text (nothing left after removing markup and scripts).").arg(shown)
                                : QObject::tr("%1 holds no text.").arg(shown));
        }
        document.format = formatName(format);
        document.encoding = decoded->encoding;
        m_analyzer.analyze(document);
        document.contentHash = DocumentRepository::contentHash(document.body);
    }
    return documents;
}

Result<QList<NewDocument>> Importer::fromRecords(const QList<TabularRecord> &records, const QString &path,
                                                 const QString &format, const QString &encoding) const
{
    QList<NewDocument> documents;
    documents.reserve(records.size());
    for (const TabularRecord &record : records) {
        NewDocument document;
        document.source = record.url.trimmed().isEmpty() ? u"%1#line=%2"_s.arg(path).arg(record.line) : record.url.trimmed();
        document.title = record.title.simplified();
        document.body = ArticleParser::normaliseLineEnds(record.text).trimmed();
        applyMetadataDate(document, record.date, QObject::tr("date column"));
        m_parser.complete(document);
        document.format = format;
        document.encoding = encoding;
        m_analyzer.analyze(document);
        document.contentHash = DocumentRepository::contentHash(document.body);
        documents.append(std::move(document));
    }
    if (documents.isEmpty()) {
        return badInput(QObject::tr("%1 holds no articles.").arg(QDir::toNativeSeparators(path)));
    }
    return documents;
}

Result<Importer::FileOutcome> Importer::store(const QList<NewDocument> &documents)
{
    FileOutcome outcome;
    for (const NewDocument &document : documents) {
        Result<DocumentRepository::Inserted> inserted = m_documents.insert(document);
        if (!inserted) {
            // Only the database can fail here (disk full, I/O): the batch's transaction is
            // rolled back so no file of it is half-stored.
            Error error = inserted.error();
            error.abortTransaction = true;
            return error;
        }
        if (inserted->duplicate) {
            ++outcome.duplicates;
            continue;
        }
        if (Result<void> named = m_entities.addRecognisedMentions(
                inserted->id, document.body,
                m_corrections.isEmpty() ? document.mentions : m_corrections.apply(document.mentions, document.body));
            !named) {
            Error error = named.error();
            error.abortTransaction = true;
            return error;
        }
        if (Result<void> dated = m_timeline.add(inserted->id, document.times, document.events); !dated) {
            Error error = dated.error();
            error.abortTransaction = true;
            return error;
        }
        ++outcome.imported;
        outcome.ids.append(inserted->id);
    }
    return outcome;
}

Result<DocumentRepository::Inserted> Importer::importText(const QString &text, const QString &source)
{
    NewDocument document = m_parser.parse(text, source);
    if (document.body.isEmpty()) {
        return badInput(QObject::tr("%1 holds no text.").arg(source));
    }
    m_analyzer.analyze(document);
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        return databaseError(Database::describeSqlError(transaction.errorString(), m_database.path()));
    }
    // Whatever fails below rolls the transaction back, and with it any entity created for it.
    const auto rolledBack = [this](const Error &error) {
        m_documents.discardPendingIndex();
        m_entities.forgetCachedIds();
        return error;
    };
    Result<FileOutcome> stored = store({document});
    if (!stored) {
        return rolledBack(stored.error());
    }
    if (Result<void> named = m_entities.flushPending(); !named) {
        return rolledBack(named.error());
    }
    if (Result<void> indexed = m_documents.flushIndex(); !indexed) {
        return rolledBack(indexed.error());
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return rolledBack(committed.error());
    }
    if (stored->ids.isEmpty()) {
        return DocumentRepository::Inserted{0, true};
    }
    return DocumentRepository::Inserted{stored->ids.constFirst(), false};
}

} // namespace Gloss
