// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "export/exporter.h"
#include "import/importer.h"
#include "import/samplecorpus.h"
#include "jsonoutput.h"
#include "paths.h"
#include "settings/settings.h"
#include "store/annotationrepository.h"
#include "store/codebook.h"
#include "store/corpuscopier.h"
#include "store/database.h"
#include "store/documentrepository.h"
#include "nlp/recognitionrun.h"
#include "store/entityrepository.h"
#include "store/timelinerepository.h"
#include "version.h"

#include <QCommandLineParser>
#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

const QStringList &commands()
{
    static const QStringList names = {u"import"_s, u"documents"_s, u"show"_s, u"entities"_s, u"timeline"_s, u"recognize"_s, u"annotate"_s,
                                     u"annotations"_s, u"codes"_s, u"export"_s, u"copy"_s, u"help"_s, u"version"_s};
    return names;
}

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadInput:
        return Cli::BadInput;
    case ErrorKind::Database:
    case ErrorKind::Io:
        return Cli::DatabaseFailure;
    case ErrorKind::Cancelled:
        return Cli::BadInput;
    }
    return Cli::DatabaseFailure;
}

// Splits the global `--db FILE` (or `--db=FILE`) and `--lang CODE` out of the arguments.
QStringList takeDatabaseOption(const QStringList &arguments, QString *database, QString *error)
{
    QStringList rest;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--db"_s) {
            if (i + 1 >= arguments.size()) {
                *error = Cli::tr("--db needs a database file.");
                return {};
            }
            *database = arguments.at(++i);
        } else if (argument.startsWith(u"--db="_s)) {
            *database = argument.mid(5);
        } else if (argument == u"--lang"_s) {
            ++i; // main() has already loaded the language
        } else if (argument.startsWith(u"--lang="_s)) {
            continue;
        } else {
            rest << argument;
        }
    }
    return rest;
}

std::optional<QDate> parseDateOption(const QCommandLineParser &parser, const QString &name, QString *error)
{
    if (!parser.isSet(name)) {
        return QDate();
    }
    const QString text = parser.value(name);
    const QDate date = publicationStart(text);
    if (!date.isValid()) {
        *error = Cli::tr("--%1: '%2' is not a date (use YYYY-MM-DD).").arg(name, text);
        return std::nullopt;
    }
    return date;
}

// A positive document id, or -1 when `text` is none.
qint64 documentIdOf(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    return ok && id > 0 ? id : -1;
}

} // namespace

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

Cli::~Cli() = default;

bool Cli::wantsCommandLine(const QStringList &arguments)
{
    // Qt's own window options (QGuiApplication, QApplication) belong to the window.
    static const QStringList qtOptionsWithValue = {u"-platform"_s, u"-platformpluginpath"_s, u"-platformtheme"_s,
                                                   u"-plugin"_s, u"-qwindowgeometry"_s, u"-geometry"_s,
                                                   u"-qwindowtitle"_s, u"-title"_s, u"-qwindowicon"_s,
                                                   u"-display"_s, u"-style"_s, u"-stylesheet"_s, u"-session"_s};
    static const QStringList qtFlags = {u"-reverse"_s, u"-widgetcount"_s, u"-nograb"_s, u"-dograb"_s};
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--db"_s || argument == u"--lang"_s || qtOptionsWithValue.contains(argument)) {
            ++i; // the option's value
            continue;
        }
        if (qtFlags.contains(argument)) {
            continue;
        }
        if (argument.startsWith(u"--db="_s) || argument.startsWith(u"--lang="_s)) {
            continue;
        }
        if (argument == u"--help"_s || argument == u"-h"_s || argument == u"--version"_s || argument == u"-v"_s) {
            return true;
        }
        if (!argument.startsWith(u'-')) {
            // A database file to open in the window (as a file manager passes it) is not a command.
            const QFileInfo file(argument);
            return !(file.isFile() && !commands().contains(argument));
        }
        return true; // an unknown option: let the CLI explain
    }
    return false;
}

bool Cli::needsFonts(const QStringList &arguments)
{
    QString database;
    QString error;
    const QStringList rest = takeDatabaseOption(arguments, &database, &error);
    return !rest.isEmpty() && rest.constFirst() == u"export"_s
        && std::any_of(rest.cbegin(), rest.cend(), [](const QString &a) { return a == u"--pdf"_s || a.startsWith(u"--pdf="_s); });
}

int Cli::run(const QStringList &arguments)
{
    QString error;
    QString database;
    QStringList rest = takeDatabaseOption(arguments, &database, &error);
    if (!error.isEmpty()) {
        return usageError(error);
    }
    m_defaultDatabase = database.isEmpty();
    m_databasePath = m_defaultDatabase ? Paths::defaultDatabase() : database;

    if (rest.isEmpty() || rest.constFirst() == u"--help"_s || rest.constFirst() == u"-h"_s
        || rest.constFirst() == u"help"_s) {
        m_out << helpText();
        m_out.flush();
        return Ok;
    }
    if (rest.constFirst() == u"--version"_s || rest.constFirst() == u"-v"_s || rest.constFirst() == u"version"_s) {
        m_out << "gloss " << Version << '\n';
        m_out.flush();
        return Ok;
    }
    const QString command = rest.takeFirst();
    if (command == u"import"_s) {
        return runImport(rest);
    }
    if (command == u"documents"_s) {
        return runDocuments(rest);
    }
    if (command == u"show"_s) {
        return runShow(rest);
    }
    if (command == u"entities"_s) {
        return runEntities(rest);
    }
    if (command == u"timeline"_s) {
        return runTimeline(rest);
    }
    if (command == u"recognize"_s) {
        return runRecognize(rest);
    }
    if (command == u"annotate"_s) {
        return runAnnotate(rest);
    }
    if (command == u"annotations"_s) {
        return runAnnotations(rest);
    }
    if (command == u"codes"_s) {
        return runCodes(rest);
    }
    if (command == u"export"_s) {
        return runExport(rest);
    }
    if (command == u"copy"_s) {
        return runCopy(rest);
    }
    return usageError(tr("unknown command '%1' (see gloss --help)").arg(command));
}

QString Cli::helpText() const
{
    return tr("Usage: gloss [--db FILE|URL] [COMMAND [OPTIONS]]\n"
              "\n"
              "Without a command, Gloss opens its window.\n"
              "\n"
              "Commands (JSON on stdout; exit 0 ok, 1 usage, 2 bad input, 3 database error):\n"
              "  import PATH… [--title-column NAME] [--date-column NAME] [--text-column NAME] [--url-column NAME]\n"
              "               [--max-size MB]\n"
              "                           import article files or folders (text, Markdown, HTML, CSV, JSON Lines)\n"
              "  documents [--query FTS] [--from DATE] [--to DATE] [--entity NAME] [--code NAME] [--limit N]\n"
              "                           list documents\n"
              "  show ID                  one document with its text, entities, time expressions, events and\n"
              "                           annotations\n"
              "  entities [--doc ID]      recognised people, organisations, places and groups (mentions)\n"
              "  timeline [--doc ID]      documents by date, the dates they name (normalised) and the calls\n"
              "                           and meetings they report\n"
              "  recognize [--doc ID]     recognise the entities, dates and events of stored articles again\n"
              "  annotate --doc ID --start N --end N --code NAME [--note TEXT] [--author NAME]\n"
              "                           mark a passage (UTF-16 offsets into the text) with a code; NAME may be\n"
              "                           a full path such as Actors/States\n"
              "  annotations [--doc ID] [--code NAME]\n"
              "                           list annotations in reading order (a code includes the codes below it)\n"
              "  codes [--install-default]\n"
              "                           the code book; a new corpus has none until --install-default adds\n"
              "                           the news-analysis codes (Claim, Quote, Figure, Event, Question, Important)\n"
              "  export (--csv|--pdf|--jsonld|--qdpx) FILE [--code NAME] [--doc ID] [--from DATE] [--to DATE]\n"
              "         [--mentions] [--bom] [--page-size A4|Letter]\n"
              "                           annotations as CSV (--mentions: one row per entity mention), a PDF\n"
              "                           report, W3C Web Annotations (JSON-LD) or a REFI-QDA project; dates\n"
              "                           are publication dates, a code includes the codes below it\n"
              "  copy --from FILE|URL --to FILE|URL\n"
              "                           copies a whole corpus into a new, empty one, from a file to a\n"
              "                           PostgreSQL server or back; verified by row counts and checksums\n"
              "\n"
              "Options:\n"
              "  --db FILE|URL            the corpus database (default: %1), or a shared corpus on a\n"
              "                           PostgreSQL server: postgresql://user@host:port/database\n"
              "  --lang CODE              the language of the window (de, he, …)\n"
              "  -h, --help               this text\n"
              "  -v, --version            the version\n")
        .arg(Paths::defaultDatabase());
}

// Parses `gloss COMMAND OPTIONS…`; commands given here take options only, no arguments.
int Cli::parseOptions(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    if (!parser.parse(QStringList{u"gloss "_s + command} + arguments)) {
        return usageError(parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(tr("%1 takes no argument '%2'.").arg(command, parser.positionalArguments().constFirst()));
    }
    return Ok;
}

// `--doc ID` when given (documentId stays 0 when not).
int Cli::readDocumentOption(const QCommandLineParser &parser, const QCommandLineOption &doc, qint64 &documentId)
{
    if (!parser.isSet(doc)) {
        return Ok;
    }
    documentId = documentIdOf(parser.value(doc));
    if (documentId < 0) {
        return usageError(tr("--%1: '%2' is not a document id.").arg(doc.names().constFirst(), parser.value(doc)));
    }
    return Ok;
}

int Cli::usageError(const QString &message)
{
    return fail(Usage, message);
}

int Cli::fail(int code, const QString &message)
{
    QString line = message;
    line.replace(u'\n', u' ');
    m_err << "gloss: " << line << '\n';
    m_err.flush();
    return code;
}

int Cli::openDatabase()
{
    Result<std::unique_ptr<Database>> opened = Database::open(m_databasePath);
    if (!opened) {
        return fail(exitCodeFor(opened.error().kind), opened.errorString());
    }
    m_database = std::move(opened).value();
    if (m_defaultDatabase && m_database->wasCreated()) {
        if (Result<ImportSummary> sample = SampleCorpus::installOnce(*m_database); !sample) {
            return fail(exitCodeFor(sample.error().kind), sample.errorString());
        }
    }
    return Ok;
}

void Cli::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

Importer::ProgressCallback Cli::progressPrinter()
{
    if (!isatty(fileno(stderr))) {
        return {};
    }
    return [this](const ImportProgress &progress) {
        m_err << '\r'
              << tr("importing: %1/%2 files, %3 imported, %4 duplicates, %5 failed")
                     .arg(progress.filesDone)
                     .arg(progress.filesTotal)
                     .arg(progress.imported)
                     .arg(progress.duplicates)
                     .arg(progress.failed);
        if (progress.filesDone == progress.filesTotal) {
            m_err << '\n';
        }
        m_err.flush();
        return true;
    };
}

int Cli::runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"paths"_s, tr("Files or folders to import."));
    const QCommandLineOption titleColumn(u"title-column"_s, tr("CSV column or JSON key of the title."), u"NAME"_s);
    const QCommandLineOption dateColumn(u"date-column"_s, tr("CSV column or JSON key of the date."), u"NAME"_s);
    const QCommandLineOption textColumn(u"text-column"_s, tr("CSV column or JSON key of the text."), u"NAME"_s);
    const QCommandLineOption urlColumn(u"url-column"_s, tr("CSV column or JSON key of the URL."), u"NAME"_s);
    const QCommandLineOption maxSize(u"max-size"_s, tr("Refuse files larger than this many megabytes."), u"MB"_s);
    parser.addOptions({titleColumn, dateColumn, textColumn, urlColumn, maxSize});
    if (!parser.parse(QStringList{u"gloss import"_s} + arguments)) {
        return usageError(parser.errorText());
    }
    ImportOptions options;
    options.columns = {parser.value(titleColumn), parser.value(dateColumn), parser.value(textColumn), parser.value(urlColumn)};
    if (parser.isSet(maxSize)) {
        bool ok = false;
        const double megabytes = parser.value(maxSize).toDouble(&ok);
        if (!ok || megabytes <= 0) {
            return usageError(tr("--max-size: '%1' is not a size in megabytes.").arg(parser.value(maxSize)));
        }
        options.maxFileBytes = qint64(megabytes * 1024 * 1024);
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        return usageError(tr("import needs at least one file or folder."));
    }
    if (const int opened = openDatabase(); opened != Ok) {
        return opened;
    }
    if (m_database->isReadOnly()) {
        return fail(DatabaseFailure, tr("%1 is read-only; nothing can be imported into it.").arg(m_database->path()));
    }
    Importer importer(*m_database, options);
    const ImportSummary summary = importer.importPaths(paths, progressPrinter());
    printJson(JsonOutput::importSummary(summary));
    // Some bad files in a batch are reported in the summary; only a batch where nothing worked
    // fails. When the store itself failed (disk full, locked, damaged) the files were not at
    // fault, and a script must hear it even if part of the batch got in.
    const auto storeFailed = [](const ImportSummary::Failure &failure) { return failure.kind == ErrorKind::Database; };
    if (std::any_of(summary.failed.cbegin(), summary.failed.cend(), storeFailed)) {
        return DatabaseFailure;
    }
    return summary.failed.isEmpty() || summary.imported + summary.duplicates > 0 ? Ok : BadInput;
}

int Cli::runDocuments(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption query(u"query"_s, tr("Full-text query."), u"FTS"_s);
    const QCommandLineOption from(u"from"_s, tr("Published on or after."), u"DATE"_s);
    const QCommandLineOption to(u"to"_s, tr("Published on or before."), u"DATE"_s);
    const QCommandLineOption entity(u"entity"_s, tr("Mentions this entity."), u"NAME"_s);
    const QCommandLineOption code(u"code"_s, tr("Has an annotation with this code."), u"NAME"_s);
    const QCommandLineOption limit(u"limit"_s, tr("At most this many documents."), u"N"_s);
    parser.addOptions({query, from, to, entity, code, limit});
    if (!parser.parse(QStringList{u"gloss documents"_s} + arguments)) {
        return usageError(parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(tr("documents takes no argument '%1'.").arg(parser.positionalArguments().constFirst()));
    }
    DocumentFilter filter;
    filter.text = parser.value(query);
    filter.entity = parser.value(entity);
    filter.code = parser.value(code);
    QString error;
    const std::optional<QDate> fromDate = parseDateOption(parser, u"from"_s, &error);
    const std::optional<QDate> toDate = parseDateOption(parser, u"to"_s, &error);
    if (!fromDate || !toDate) {
        return usageError(error);
    }
    filter.from = *fromDate;
    filter.to = *toDate;
    qint64 maximum = std::numeric_limits<qint64>::max();
    if (parser.isSet(limit)) {
        bool ok = false;
        maximum = parser.value(limit).toLongLong(&ok);
        if (!ok || maximum < 0) {
            return usageError(tr("--limit: '%1' is not a count.").arg(parser.value(limit)));
        }
    }
    if (const int opened = openDatabase(); opened != Ok) {
        return opened;
    }
    const DocumentRepository documents(*m_database);
    const DocumentSort sort = filter.text.trimmed().isEmpty() ? DocumentSort::PublishedAscending : DocumentSort::Relevance;
    Result<QList<DocumentSummary>> rows = documents.list(filter, sort, 0, maximum);
    if (!rows) {
        return fail(exitCodeFor(rows.error().kind), rows.errorString());
    }
    QJsonArray list;
    for (const DocumentSummary &summary : std::as_const(*rows)) {
        list.append(JsonOutput::documentSummary(summary));
    }
    printJson(list);
    return Ok;
}

int Cli::runShow(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"id"_s, tr("Document id."));
    if (!parser.parse(QStringList{u"gloss show"_s} + arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(tr("show needs one document id."));
    }
    const qint64 id = documentIdOf(parser.positionalArguments().constFirst());
    if (id < 0) {
        return usageError(tr("show: '%1' is not a document id.").arg(parser.positionalArguments().constFirst()));
    }
    if (const int opened = openDatabase(); opened != Ok) {
        return opened;
    }
    const std::optional<Document> document = DocumentRepository(*m_database).find(id);
    if (!document) {
        return fail(BadInput, tr("there is no document %1 in %2.").arg(id).arg(m_database->path()));
    }
    Result<QList<StoredMention>> mentions = EntityRepository(*m_database).mentions(id);
    if (!mentions) {
        return fail(exitCodeFor(mentions.error().kind), mentions.errorString());
    }
    QJsonObject object = JsonOutput::document(*document);
    QJsonArray entities;
    for (const StoredMention &mention : std::as_const(*mentions)) {
        entities.append(JsonOutput::mention(mention, document->body));
    }
    object.insert(u"entities"_s, entities);
    if (const int dated = insertTimeline(object, id); dated != Ok) {
        return dated;
    }
    Result<QList<Annotation>> annotations = AnnotationRepository(*m_database).forDocument(id);
    if (!annotations) {
        return fail(exitCodeFor(annotations.error().kind), annotations.errorString());
    }
    const CodeBook book(*m_database);
    QJsonArray annotationList;
    for (const Annotation &annotation : std::as_const(*annotations)) {
        annotationList.append(JsonOutput::annotation(annotation, annotation.codeId > 0 ? book.fullPath(annotation.codeId) : QString()));
    }
    object.insert(u"annotations"_s, annotationList);
    printJson(object);
    return Ok;
}

int Cli::runRecognize(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption doc(u"doc"_s, tr("Only this document."), u"ID"_s);
    parser.addOption(doc);
    if (const int parsed = parseOptions(parser, u"recognize"_s, arguments); parsed != Ok) {
        return parsed;
    }
    qint64 documentId = 0;
    if (const int read = readDocumentOption(parser, doc, documentId); read != Ok) {
        return read;
    }
    if (const int opened = openDatabase(); opened != Ok) {
        return opened;
    }
    if (m_database->isReadOnly()) {
        return fail(DatabaseFailure, tr("%1 is read-only; its entities cannot be recognised again.").arg(m_database->path()));
    }
    Result<RecognitionRun::Outcome> outcome = RecognitionRun::run(*m_database, documentId);
    if (!outcome) {
        return fail(exitCodeFor(outcome.error().kind), outcome.errorString());
    }
    printJson(QJsonObject{{u"documents"_s, outcome->documents},
                          {u"mentions"_s, outcome->mentions},
                          {u"time_expressions"_s, outcome->timeExpressions},
                          {u"events"_s, outcome->events}});
    return Ok;
}

int Cli::runEntities(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption doc(u"doc"_s, tr("Only this document."), u"ID"_s);
    parser.addOption(doc);
    if (const int parsed = parseOptions(parser, u"entities"_s, arguments); parsed != Ok) {
        return parsed;
    }
    qint64 documentId = 0;
    if (const int read = readDocumentOption(parser, doc, documentId); read != Ok) {
        return read;
    }
    if (const int opened = openDatabase(); opened != Ok) {
        return opened;
    }
    const DocumentRepository documents(*m_database);
    if (documentId > 0 && !documents.find(documentId)) {
        return fail(BadInput, tr("there is no document %1 in %2.").arg(documentId).arg(m_database->path()));
    }
    Result<QList<StoredMention>> mentions = EntityRepository(*m_database).mentions(documentId);
    if (!mentions) {
        return fail(exitCodeFor(mentions.error().kind), mentions.errorString());
    }
    QJsonArray list;
    qint64 bodyOf = 0;
    QString body;
    for (const StoredMention &mention : std::as_const(*mentions)) {
        if (mention.documentId != bodyOf) {
            bodyOf = mention.documentId;
            const std::optional<Document> document = documents.find(bodyOf);
            body = document ? document->body : QString();
        }
        list.append(JsonOutput::mention(mention, body));
    }
    printJson(list);
    return Ok;
}

int Cli::runTimeline(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption doc(u"doc"_s, tr("Only this document."), u"ID"_s);
    parser.addOption(doc);
    if (const int parsed = parseOptions(parser, u"timeline"_s, arguments); parsed != Ok) {
        return parsed;
    }
    qint64 documentId = 0;
    if (const int read = readDocumentOption(parser, doc, documentId); read != Ok) {
        return read;
    }
    if (const int opened = openDatabase(); opened != Ok) {
        return opened;
    }
    const DocumentRepository documents(*m_database);
    QJsonArray documentList;
    if (documentId > 0) {
        const std::optional<Document> document = documents.find(documentId);
        if (!document) {
            return fail(BadInput, tr("there is no document %1 in %2.").arg(documentId).arg(m_database->path()));
        }
        documentList.append(JsonOutput::datedDocument(document->id, document->title, document->published));
    } else {
        Result<QList<DocumentSummary>> rows = documents.list({}, DocumentSort::PublishedAscending, 0, -1);
        if (!rows) {
            return fail(exitCodeFor(rows.error().kind), rows.errorString());
        }
        for (const DocumentSummary &summary : std::as_const(*rows)) {
            documentList.append(JsonOutput::datedDocument(summary.id, summary.title, summary.published));
        }
    }
    QJsonObject object{{u"documents"_s, documentList}};
    if (const int dated = insertTimeline(object, documentId); dated != Ok) {
        return dated;
    }
    printJson(object);
    return Ok;
}

// Adds "time_expressions" and "events" of one document (or all, documentId 0) to `object`.
int Cli::insertTimeline(QJsonObject &object, qint64 documentId)
{
    const TimelineRepository timeline(*m_database);
    Result<QList<StoredTimeExpression>> times = timeline.timeExpressions(documentId);
    if (!times) {
        return fail(exitCodeFor(times.error().kind), times.errorString());
    }
    Result<QList<StoredEvent>> events = timeline.events(documentId);
    if (!events) {
        return fail(exitCodeFor(events.error().kind), events.errorString());
    }
    QJsonArray timeList;
    for (const StoredTimeExpression &time : std::as_const(*times)) {
        timeList.append(JsonOutput::timeExpression(time));
    }
    QJsonArray eventList;
    for (const StoredEvent &event : std::as_const(*events)) {
        eventList.append(JsonOutput::event(event));
    }
    object.insert(u"time_expressions"_s, timeList);
    object.insert(u"events"_s, eventList);
    return Ok;
}

int Cli::runAnnotate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption doc(u"doc"_s, tr("The document."), u"ID"_s);
    const QCommandLineOption start(u"start"_s, tr("First character of the passage (UTF-16 offset)."), u"N"_s);
    const QCommandLineOption end(u"end"_s, tr("Offset just after the passage."), u"N"_s);
    const QCommandLineOption code(u"code"_s, tr("Code name or full path."), u"NAME"_s);
    const QCommandLineOption note(u"note"_s, tr("A note (Markdown)."), u"TEXT"_s);
    const QCommandLineOption author(u"author"_s, tr("Who wrote it (default: the author name of the settings)."), u"NAME"_s);
    parser.addOptions({doc, start, end, code, note, author});
    if (const int parsed = parseOptions(parser, u"annotate"_s, arguments); parsed != Ok) {
        return parsed;
    }
    for (const QCommandLineOption *required : {&doc, &start, &end, &code}) {
        if (!parser.isSet(*required)) {
            return usageError(tr("annotate needs --%1.").arg(required->names().constFirst()));
        }
    }
    qint64 documentId = 0;
    if (const int read = readDocumentOption(parser, doc, documentId); read != Ok) {
        return read;
    }
    bool startOk = false;
    bool endOk = false;
    const qint64 from = parser.value(start).toLongLong(&startOk);
    const qint64 to = parser.value(end).toLongLong(&endOk);
    if (!startOk || !endOk) {
        return fail(BadInput, tr("--start and --end must be character offsets, not '%1' and '%2'.")
                                  .arg(parser.value(start), parser.value(end)));
    }
    if (const int opened = openDatabase(); opened != Ok) {
        return opened;
    }
    if (m_database->isReadOnly()) {
        return fail(DatabaseFailure, tr("%1 is read-only; nothing can be annotated in it.").arg(m_database->path()));
    }
    // A code that does not exist yet is made, and taken away again if the annotation is refused.
    CodeBook book(*m_database);
    qint64 newCode = 0;
    Result<Code> found = book.findOrCreate(parser.value(code), u"#808080"_s, &newCode);
    if (!found) {
        return fail(exitCodeFor(found.error().kind), found.errorString());
    }
    const QString writer = parser.isSet(author) ? parser.value(author) : Settings::authorName().get();
    AnnotationRepository annotations(*m_database);
    Result<Annotation> created = annotations.create(documentId, qsizetype(from), qsizetype(to), found->id,
                                                    parser.value(note), writer);
    if (!created) {
        if (newCode != 0) {
            (void)book.remove(newCode, CodeBook::RemovedAnnotations::KeepUncoded);
        }
        return fail(exitCodeFor(created.error().kind), created.errorString());
    }
    printJson(JsonOutput::annotation(*created, book.fullPath(found->id)));
    return Ok;
}

int Cli::runAnnotations(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption doc(u"doc"_s, tr("Only this document."), u"ID"_s);
    const QCommandLineOption code(u"code"_s, tr("Only this code and the codes below it."), u"NAME"_s);
    parser.addOptions({doc, code});
    if (const int parsed = parseOptions(parser, u"annotations"_s, arguments); parsed != Ok) {
        return parsed;
    }
    AnnotationFilter filter;
    if (const int read = readDocumentOption(parser, doc, filter.documentId); read != Ok) {
        return read;
    }
    if (const int opened = openDatabase(); opened != Ok) {
        return opened;
    }
    const CodeBook book(*m_database);
    if (parser.isSet(code)) {
        Result<Code> found = book.findByName(parser.value(code));
        if (!found) {
            return fail(exitCodeFor(found.error().kind), found.errorString());
        }
        filter.codeId = found->id;
    }
    Result<QList<Annotation>> rows = AnnotationRepository(*m_database).list(filter);
    if (!rows) {
        return fail(exitCodeFor(rows.error().kind), rows.errorString());
    }
    QHash<qint64, QString> paths;
    QJsonArray list;
    for (const Annotation &annotation : std::as_const(*rows)) {
        if (annotation.codeId > 0 && !paths.contains(annotation.codeId)) {
            paths.insert(annotation.codeId, book.fullPath(annotation.codeId));
        }
        list.append(JsonOutput::annotation(annotation, paths.value(annotation.codeId)));
    }
    printJson(list);
    return Ok;
}

// Listing never writes: a script asking for the codes of a corpus must not change it. The
// default book is installed only on request (--install-default), and only into a corpus
// without codes.
int Cli::runCodes(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption install(u"install-default"_s, tr("Add the news-analysis code book when there are no codes."));
    parser.addOption(install);
    if (!parser.parse(QStringList{u"gloss codes"_s} + arguments)) {
        return usageError(parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(tr("codes takes no argument '%1'.").arg(parser.positionalArguments().constFirst()));
    }
    if (const int opened = openDatabase(); opened != Ok) {
        return opened;
    }
    CodeBook book(*m_database);
    if (parser.isSet(install)) {
        if (m_database->isReadOnly()) {
            return fail(DatabaseFailure, tr("%1 is read-only; no code book can be installed.").arg(m_database->path()));
        }
        if (Result<void> installed = book.installDefault(); !installed) {
            return fail(exitCodeFor(installed.error().kind), installed.errorString());
        }
    }
    Result<QList<Code>> codes = book.list();
    if (!codes) {
        return fail(exitCodeFor(codes.error().kind), codes.errorString());
    }
    QHash<qint64, QString> paths;
    QJsonArray list;
    for (const Code &code : std::as_const(*codes)) {
        const QString path = code.parentId > 0 ? paths.value(code.parentId) + u'/' + code.name : code.name;
        paths.insert(code.id, path);
        list.append(JsonOutput::code(code, path));
    }
    printJson(list);
    return Ok;
}

int Cli::runCopy(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(u"from"_s, tr("The corpus to copy (a file or a postgresql:// address)."), u"FILE|URL"_s);
    const QCommandLineOption to(u"to"_s, tr("The new corpus (a file or a postgresql:// address)."), u"FILE|URL"_s);
    parser.addOptions({from, to});
    if (const int parsed = parseOptions(parser, u"copy"_s, arguments); parsed != Ok) {
        return parsed;
    }
    if (!parser.isSet(from) || !parser.isSet(to)) {
        return usageError(tr("copy needs --from and --to."));
    }
    Database::Options sourceOptions;
    sourceOptions.readOnly = true;
    sourceOptions.createIfMissing = false;
    Result<std::unique_ptr<Database>> source = Database::open(parser.value(from), sourceOptions);
    if (!source) {
        return fail(exitCodeFor(source.error().kind), source.errorString());
    }
    Result<std::unique_ptr<Database>> target = Database::open(parser.value(to));
    if (!target) {
        return fail(exitCodeFor(target.error().kind), target.errorString());
    }
    Result<CorpusCopier::Summary> copied = CorpusCopier(**source, **target).copy();
    if (!copied) {
        return fail(exitCodeFor(copied.error().kind), copied.errorString());
    }
    QJsonArray tables;
    for (const CorpusCopier::TableCopy &table : std::as_const(copied->tables)) {
        tables.append(QJsonObject{{u"table"_s, table.table},
                                  {u"rows"_s, table.sourceRows},
                                  {u"checksum"_s, table.sourceChecksum},
                                  {u"copied_rows"_s, table.targetRows},
                                  {u"copied_checksum"_s, table.targetChecksum},
                                  {u"matches"_s, table.matches()}});
    }
    printJson(QJsonObject{{u"from"_s, (*source)->path()},
                          {u"to"_s, (*target)->path()},
                          {u"verified"_s, copied->verified()},
                          {u"tables"_s, tables}});
    if (!copied->verified()) {
        return fail(DatabaseFailure, tr("the copy in %1 differs from %2 (see the tables whose checksums do not match).")
                                         .arg((*target)->path(), (*source)->path()));
    }
    return Ok;
}

int Cli::runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption csv(u"csv"_s, tr("Write the annotations as CSV to FILE."), u"FILE"_s);
    const QCommandLineOption pdf(u"pdf"_s, tr("Write a PDF report to FILE."), u"FILE"_s);
    const QCommandLineOption jsonld(u"jsonld"_s, tr("Write W3C Web Annotations (JSON-LD) to FILE."), u"FILE"_s);
    const QCommandLineOption qdpx(u"qdpx"_s, tr("Write a REFI-QDA project to FILE."), u"FILE"_s);
    const QCommandLineOption code(u"code"_s, tr("Only annotations of this code and the codes below it."), u"NAME"_s);
    const QCommandLineOption doc(u"doc"_s, tr("Only this document."), u"ID"_s);
    const QCommandLineOption from(u"from"_s, tr("Only articles published on or after DATE."), u"DATE"_s);
    const QCommandLineOption to(u"to"_s, tr("Only articles published on or before DATE."), u"DATE"_s);
    const QCommandLineOption mentions(u"mentions"_s, tr("With --csv: one row per entity mention instead."));
    const QCommandLineOption bom(u"bom"_s, tr("With --csv: start with a UTF-8 byte order mark (for Excel)."));
    const QCommandLineOption pageSize(u"page-size"_s, tr("With --pdf: A4 (default) or Letter."), u"SIZE"_s);
    parser.addOptions({csv, pdf, jsonld, qdpx, code, doc, from, to, mentions, bom, pageSize});
    if (const int parsed = parseOptions(parser, u"export"_s, arguments); parsed != Ok) {
        return parsed;
    }
    ExportOptions options;
    QString path;
    int targets = 0;
    for (const auto &[option, format] : {std::pair{&csv, ExportFormat::AnnotationCsv}, std::pair{&pdf, ExportFormat::Pdf},
                                         std::pair{&jsonld, ExportFormat::JsonLd}, std::pair{&qdpx, ExportFormat::Qdpx}}) {
        if (parser.isSet(*option)) {
            ++targets;
            options.format = format;
            path = parser.value(*option);
        }
    }
    if (targets != 1) {
        return usageError(tr("export needs exactly one of --csv, --pdf, --jsonld or --qdpx with a file."));
    }
    if (path.isEmpty()) {
        return usageError(tr("export needs a file name after --%1.").arg(exportFormatName(options.format)));
    }
    if (parser.isSet(mentions)) {
        if (options.format != ExportFormat::AnnotationCsv) {
            return usageError(tr("--mentions goes with --csv."));
        }
        options.format = ExportFormat::MentionCsv;
    }
    if (parser.isSet(bom) && options.format != ExportFormat::AnnotationCsv && options.format != ExportFormat::MentionCsv) {
        return usageError(tr("--bom goes with --csv."));
    }
    options.byteOrderMark = parser.isSet(bom);
    if (parser.isSet(pageSize)) {
        if (options.format != ExportFormat::Pdf) {
            return usageError(tr("--page-size goes with --pdf."));
        }
        const std::optional<ReportPageSize> size = pageSizeFromName(parser.value(pageSize));
        if (!size) {
            return usageError(tr("--page-size: '%1' is neither A4 nor Letter.").arg(parser.value(pageSize)));
        }
        options.pageSize = *size;
    }
    if (const int read = readDocumentOption(parser, doc, options.scope.documentId); read != Ok) {
        return read;
    }
    QString error;
    const std::optional<QDate> fromDate = parseDateOption(parser, u"from"_s, &error);
    const std::optional<QDate> toDate = parseDateOption(parser, u"to"_s, &error);
    if (!fromDate || !toDate) {
        return usageError(error);
    }
    options.scope.from = *fromDate;
    options.scope.to = *toDate;
    if (const int opened = openDatabase(); opened != Ok) {
        return opened;
    }
    if (parser.isSet(code)) {
        Result<Code> found = CodeBook(*m_database).findByName(parser.value(code));
        if (!found) {
            return fail(exitCodeFor(found.error().kind), found.errorString());
        }
        options.scope.codeId = found->id;
    }
    Result<ExportSummary> exported = Exporter::run(*m_database, path, options);
    if (!exported) {
        return fail(exitCodeFor(exported.error().kind), exported.errorString());
    }
    QJsonObject summary{{u"file"_s, QFileInfo(path).absoluteFilePath()},
                        {u"format"_s, exportFormatName(options.format)},
                        {u"documents"_s, exported->documents},
                        {u"annotations"_s, exported->annotations}};
    if (options.format == ExportFormat::MentionCsv) {
        summary.insert(u"mentions"_s, exported->mentions);
    }
    if (options.format == ExportFormat::Pdf) {
        summary.insert(u"pages"_s, exported->pages);
        summary.insert(u"page_size"_s, pageSizeName(options.pageSize));
    }
    printJson(summary);
    return Ok;
}

} // namespace Gloss
