// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "bulkstatement.h"
#include "serveraddress.h"
#include "sqlitestatement.h"

#include "databaseheader.h"
#include "logging.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter = 0;
    return u"gloss-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

Result<void> exec(QSqlDatabase &db, const QString &sql, const QString &path)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        return databaseError(Database::describeSqlError(query.lastError().text(), path));
    }
    return {};
}

// Runs `use` on a connection of its own to the SQLite file at `path`, closed and removed again
// afterwards, so it can run in any thread. Returns the driver's error when the file did not open.
template <typename Use>
QString withOwnConnection(const QString &path, const QString &connectOptions, Use use)
{
    const QString name = nextConnectionName();
    QString openError;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(connectOptions);
        if (db.open()) {
            use(db);
            db.close();
        } else {
            openError = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return openError;
}

const auto ReadOnlyOptions = u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s;

// What SQLite itself says of an existing file, read through a separate read-only connection so a
// file that will be refused is not modified. The header bytes alone are not enough: after a crash
// the newest application_id and user_version may still sit in the write-ahead log.
struct Probe {
    bool opened = false;
    QString error;
    std::uint32_t applicationId = 0;
    int userVersion = 0;
    int tables = 0;
};

bool hasJournal(const QString &path)
{
    return QFileInfo(path + u"-journal"_s).size() > 0;
}

// A writer killed in the middle of a rollback-journal transaction leaves a "hot" journal. Only
// one step of Gloss runs in that mode, the switch of a new corpus to WAL, but a read-only
// connection (the probe) cannot roll any journal back and would call the file read-only. A
// read-write connection rolls it back on its first read, as every SQLite program does; a file
// that is then refused keeps the content it had before the interrupted change.
void rollBackInterruptedChange(const QString &path)
{
    withOwnConnection(path, u"QSQLITE_BUSY_TIMEOUT=5000"_s, [&path](QSqlDatabase &db) {
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA schema_version"_s)) {
            qCWarning(lcStore) << "rolling back the journal of" << path << "failed:" << query.lastError().text();
        }
    });
}

Probe probe(const QString &path)
{
    Probe result;
    const QString openError = withOwnConnection(path, ReadOnlyOptions, [&result](QSqlDatabase &db) {
        QSqlQuery query(db);
        const auto integer = [&](const QString &sql, bool *ok) -> qint64 {
            *ok = query.exec(sql) && query.next();
            if (!*ok) {
                result.error = query.lastError().text();
            }
            return *ok ? query.value(0).toLongLong() : 0;
        };
        bool ok = false;
        result.applicationId = std::uint32_t(integer(u"PRAGMA application_id"_s, &ok));
        if (ok) {
            result.userVersion = int(integer(u"PRAGMA user_version"_s, &ok));
        }
        if (ok) {
            result.tables = int(integer(u"SELECT count(*) FROM sqlite_master"_s, &ok));
        }
        result.opened = ok;
    });
    if (!openError.isEmpty()) {
        result.error = openError;
    }
    return result;
}

Result<void> checkHeader(const QString &path, const DatabaseHeader &header, int latestVersion)
{
    switch (header.kind) {
    case DatabaseHeader::Kind::Missing:
    case DatabaseHeader::Kind::Empty:
        return {};
    case DatabaseHeader::Kind::NotSqlite:
        return badInput(QObject::tr("%1 is not a Gloss database: it is not an SQLite file.").arg(nativePath(path)));
    case DatabaseHeader::Kind::Truncated:
        return badInput(QObject::tr("%1 is damaged: the file is shorter than an SQLite header.").arg(nativePath(path)));
    case DatabaseHeader::Kind::Sqlite:
        break;
    }
    const Probe found = probe(path);
    if (!found.opened && hasJournal(path)) {
        return databaseError(QObject::tr("%1 was left in the middle of a change by a program that stopped (its journal "
                                         "%2 is still there). Open it once with write access to the file and its "
                                         "folder so the change can be rolled back.")
                                 .arg(nativePath(path), nativePath(path + u"-journal"_s)));
    }
    if (!found.opened) {
        return databaseError(Database::describeSqlError(found.error, path));
    }
    if (found.applicationId != Database::ApplicationId && !(found.applicationId == 0 && found.tables == 0)) {
        return badInput(QObject::tr("%1 is not a Gloss database: it is an SQLite database of another program.")
                            .arg(nativePath(path)));
    }
    if (found.userVersion > latestVersion) {
        return badInput(QObject::tr("%1 was written by a newer version of Gloss (schema version %2; this version "
                                    "reads up to %3). Update Gloss to open it.")
                            .arg(nativePath(path))
                            .arg(found.userVersion)
                            .arg(latestVersion));
    }
    return {};
}

Result<void> runQuickCheck(QSqlDatabase &db, const QString &path)
{
    QSqlQuery check(db);
    if (!check.exec(u"PRAGMA quick_check"_s)) {
        return databaseError(Database::describeSqlError(check.lastError().text(), path));
    }
    QStringList problems;
    while (check.next()) {
        const QString line = check.value(0).toString();
        if (line != u"ok"_s) {
            problems << line;
        }
    }
    if (!problems.isEmpty()) {
        return databaseError(QObject::tr("%1 is damaged (%2). It was left untouched; restore it from a backup.")
                                 .arg(nativePath(path), problems.constFirst()));
    }
    return {};
}

bool canWrite(const QString &path)
{
    const QFileInfo file(path);
    const QFileInfo dir(file.absolutePath());
    // WAL needs to create its -wal and -shm files beside the database.
    return dir.isWritable() && (!file.exists() || file.isWritable());
}


// The first line of a PostgreSQL error (libpq adds hints on further lines), without QPSQL's own
// "QPSQL: Unable to connect" tail.
QString serverMessage(const QString &driverText)
{
    QString text = driverText;
    for (const QString &tail : {u"QPSQL: Unable to connect"_s, u"QPSQL: Unable to create query"_s,
                                u"QPSQL: Unable to prepare statement"_s, u"QPSQL: Unable to begin transaction"_s,
                                u"QPSQL: Could not commit transaction"_s}) {
        text.remove(tail);
    }
    text = text.trimmed();
    const qsizetype newline = text.indexOf(u'\n');
    if (newline > 0) {
        text.truncate(newline);
    }
    if (text.startsWith(u"FATAL:  "_s) || text.startsWith(u"ERROR:  "_s)) {
        text.remove(0, 8);
    }
    return text.trimmed();
}

QString describeServerError(const QString &driverText, const QString &address)
{
    const QString message = serverMessage(driverText);
    const QString lower = driverText.toLower();
    if (lower.contains(u"password authentication failed"_s) || lower.contains(u"no password supplied"_s)
        || lower.contains(u"authentication failed"_s) || (lower.contains(u"role \""_s) && lower.contains(u"does not exist"_s))) {
        return QObject::tr("Cannot sign in to %1: the server refused the user name or password (%2). Gloss never stores "
                           "passwords: put it in ~/.pgpass (or the file PGPASSFILE names) or in PGPASSWORD.")
            .arg(address, message);
    }
    if (lower.contains(u"database \""_s) && lower.contains(u"does not exist"_s)) {
        return QObject::tr("%1: the server has no such database (%2). Ask its administrator to create it, empty; "
                           "Gloss sets it up on first use.")
            .arg(address, message);
    }
    if (lower.contains(u"ssl"_s) || lower.contains(u"certificate"_s)) {
        return QObject::tr("The secure connection to %1 failed: %2").arg(address, message);
    }
    if (lower.contains(u"could not connect"_s) || lower.contains(u"connection refused"_s)
        || lower.contains(u"could not translate host name"_s) || lower.contains(u"timeout expired"_s)
        || lower.contains(u"no such file or directory"_s) || lower.contains(u"is the server running"_s)
        || lower.contains(u"connection to server"_s) || lower.contains(u"network is unreachable"_s)
        || lower.contains(u"no route to host"_s)) {
        return QObject::tr("Cannot reach the PostgreSQL server of %1: %2").arg(address, message);
    }
    if (lower.contains(u"server closed the connection"_s) || lower.contains(u"no connection to the server"_s)
        || lower.contains(u"terminating connection"_s)) {
        return QObject::tr("The connection to the PostgreSQL server of %1 was lost (%2); nothing more was saved. "
                           "Open the corpus again.")
            .arg(address, message);
    }
    if (lower.contains(u"deadlock detected"_s) || lower.contains(u"could not serialize"_s)) {
        return Database::writeConflictMessage(address);
    }
    if (lower.contains(u"lock timeout"_s)) {
        return QObject::tr("%1 is busy: another user is writing the same rows. Try again when they have finished.").arg(address);
    }
    if (lower.contains(u"read-only transaction"_s)) {
        return QObject::tr("%1 is read-only; it cannot be changed.").arg(address);
    }
    if (lower.contains(u"permission denied"_s)) {
        return QObject::tr("%1: the server does not allow this (%2). Ask its administrator for the rights.").arg(address, message);
    }
    return QObject::tr("Database error in %1: %2").arg(address, message);
}

// The Transaction nesting of each server connection (PostgreSQL has no sqlite3_get_autocommit
// that Qt exposes): a Transaction opened inside another becomes a savepoint of it.
thread_local QHash<QString, int> serverTransactionDepth;

} // namespace

Database::Database(QSqlDatabase db, QString path, bool readOnly, SqlDialect::Backend backend)
    : m_db(std::move(db))
    , m_path(std::move(path))
    , m_dialect(backend)
    , m_readOnly(readOnly)
{
}

Database::~Database()
{
    m_statements.clear(); // finalized while the connection is still open
    const QString name = m_db.connectionName();
    if (m_db.isOpen() && !m_readOnly && !isServer()) {
        // Folds the WAL back into the main file so a closed corpus is a single file.
        QSqlQuery(m_db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

BulkStatement &Database::bulkStatement(const char *sql)
{
    std::unique_ptr<BulkStatement> &statement = m_statements[sql];
    if (!statement) {
        statement = std::make_unique<BulkStatement>(m_db, sql);
    }
    return *statement;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    return open(path, Options{});
}

bool Database::isServerAddress(const QString &path)
{
    return ServerAddress::isServerUrl(path);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    if (isServerAddress(path)) {
        return openServer(path, options);
    }
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        return databaseError(QObject::tr("Qt's SQLite driver (QSQLITE) is not installed."));
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const SqlDialect dialect;
    if (!options.readOnly && hasJournal(absolute) && canWrite(absolute)) {
        rollBackInterruptedChange(absolute);
    }
    const DatabaseHeader header = DatabaseHeader::read(absolute);
    if (Result<void> headerOk = checkHeader(absolute, header, dialect.latestSchemaVersion()); !headerOk) {
        return headerOk.error();
    }
    const bool missing = header.kind == DatabaseHeader::Kind::Missing;
    if (missing) {
        if (!options.createIfMissing) {
            return badInput(QObject::tr("%1 does not exist.").arg(nativePath(absolute)));
        }
        if (!QDir().mkpath(QFileInfo(absolute).absolutePath())) {
            return ioError(QObject::tr("Cannot create the folder for %1.").arg(nativePath(absolute)));
        }
    }
    const bool readOnly = options.readOnly || !canWrite(absolute);
    if (missing && readOnly) {
        return ioError(QObject::tr("Cannot create %1: the folder is not writable.").arg(nativePath(absolute)));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, nextConnectionName());
    db.setDatabaseName(absolute);
    const QString timeout = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(options.busyTimeoutMs);
    db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;"_s + timeout : timeout);
    std::unique_ptr<Database> database(new Database(db, absolute, readOnly));
    if (!db.open()) {
        return databaseError(describeSqlError(db.lastError().text(), absolute));
    }
    database->m_created = missing || header.kind == DatabaseHeader::Kind::Empty;
    if (Result<void> configured = database->configure(options.integrityCheck == IntegrityCheck::OnOpen); !configured) {
        return configured.error();
    }
    if (Result<void> migrated = database->migrate(options.backupBeforeMigration); !migrated) {
        return migrated.error();
    }
    qCDebug(lcStore) << "opened" << absolute << "schema" << database->schemaVersion()
                     << (readOnly ? "read-only" : "read-write");
    return database;
}

Result<std::unique_ptr<Database>> Database::openServer(const QString &url, const Options &options)
{
    Result<ServerAddress> parsed = ServerAddress::parse(url);
    if (!parsed) {
        return parsed.error();
    }
    const ServerAddress &address = *parsed;
    const QString shown = address.display();
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        return databaseError(QObject::tr("Cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed.").arg(shown));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, nextConnectionName());
    db.setHostName(address.host());
    if (address.port() > 0) {
        db.setPort(address.port());
    }
    db.setDatabaseName(address.databaseName());
    db.setUserName(address.userName());
    db.setPassword(address.password()); // empty: libpq reads PGPASSWORD or the password file
    QString connectOptions = address.connectOptions();
    const QStringList parameters = address.parameters();
    const auto given = [&parameters](const QString &key) {
        return std::any_of(parameters.cbegin(), parameters.cend(),
                           [&key](const QString &parameter) { return parameter.startsWith(key + u'='); });
    };
    // An unreachable server is reported after 10 s rather than the system's TCP timeout.
    if (!given(u"connect_timeout"_s)) {
        connectOptions += (connectOptions.isEmpty() ? u""_s : u";"_s) + u"connect_timeout=10"_s;
    }
    if (!given(u"application_name"_s)) {
        connectOptions += u";application_name=gloss"_s;
    }
    db.setConnectOptions(connectOptions);
    std::unique_ptr<Database> database(new Database(db, shown, options.readOnly, SqlDialect::Backend::Postgres));
    database->m_address = url;
    db = QSqlDatabase(); // the Database holds the connection alone, so that it can remove it
    if (!database->m_db.open()) {
        return databaseError(describeServerError(database->m_db.lastError().text(), shown));
    }
    // libpq prints notices on stderr; the command line keeps stderr for its one-line errors.
    // A write waits for another user's lock as long as a SQLite writer waits for the file's.
    for (const QString &setting : {u"SET client_min_messages = warning"_s, u"SET lock_timeout = %1"_s.arg(options.busyTimeoutMs)}) {
        if (Result<void> r = exec(database->m_db, setting, shown); !r) {
            return r.error();
        }
    }
    QSqlQuery probe(database->m_db);
    if (!probe.exec(u"SELECT to_regclass('gloss_schema') IS NOT NULL, (SELECT count(*) FROM pg_catalog.pg_class c "
                    "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                    "AND c.relkind IN ('r', 'v', 'm', 'p', 'f'))"_s)
        || !probe.next()) {
        return databaseError(describeServerError(probe.lastError().text(), shown));
    }
    const bool gloss = probe.value(0).toBool();
    const qint64 tables = probe.value(1).toLongLong();
    probe.finish();
    if (!gloss && tables > 0) {
        return badInput(QObject::tr("%1 is not a Gloss database: it holds %n table(s) of another program. Give Gloss a "
                                    "database of its own.", nullptr, int(tables))
                            .arg(shown));
    }
    if (!gloss && !options.createIfMissing) {
        return badInput(QObject::tr("%1 holds no Gloss corpus yet.").arg(shown));
    }
    const int version = database->schemaVersion();
    if (version > database->m_dialect.latestSchemaVersion()) {
        return badInput(QObject::tr("%1 was written by a newer version of Gloss (schema version %2; this version "
                                    "reads up to %3). Update Gloss to open it.")
                            .arg(shown, QString::number(version), // in one pass: the address may hold a %
                                 QString::number(database->m_dialect.latestSchemaVersion())));
    }
    database->m_created = !gloss;
    if (Result<void> migrated = database->migrate(false); !migrated) {
        return migrated.error();
    }
    if (options.readOnly) {
        if (Result<void> r = database->makeQueryOnly(); !r) {
            return r.error();
        }
    }
    qCDebug(lcStore) << "opened" << shown << "schema" << database->schemaVersion()
                     << (options.readOnly ? "read-only" : "read-write");
    return database;
}

Result<void> Database::migrateServer()
{
    const int latest = m_dialect.latestSchemaVersion();
    if (schemaVersion() >= latest) {
        return {};
    }
    if (m_readOnly) {
        return databaseError(QObject::tr("%1 needs upgrading to schema version %2 but is opened read-only.")
                                 .arg(m_path, QString::number(latest)));
    }
    // Another Gloss may be upgrading the same database: one at a time. The lock is the session's,
    // taken before each step's transaction begins, so that the transaction sees what the other
    // committed (a lock taken inside it would leave the tables it created unknown to it).
    if (Result<void> r = exec(m_db, u"SELECT pg_advisory_lock(%1)"_s.arg(ApplicationId), m_path); !r) {
        return r;
    }
    const auto unlock = qScopeGuard([this] {
        QSqlQuery(m_db).exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(ApplicationId));
    });
    for (;;) {
        Transaction transaction(m_db);
        if (!transaction.isActive()) {
            return databaseError(describeServerError(transaction.errorString(), m_path));
        }
        const int version = schemaVersion();
        if (version < 0) {
            return databaseError(QObject::tr("Cannot read the schema version of %1.").arg(m_path));
        }
        if (version >= latest) {
            return transaction.commit();
        }
        QStringList statements;
        if (version == 0) {
            statements << u"CREATE TABLE gloss_schema (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"_s;
        }
        statements << m_dialect.migrationSteps().at(version);
        statements << u"INSERT INTO gloss_schema (version, applied_at) VALUES (%1, '%2')"_s.arg(version + 1).arg(
            QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        for (const QString &sql : std::as_const(statements)) {
            if (Result<void> r = exec(m_db, sql, m_path); !r) {
                return databaseError(QObject::tr("Upgrading %1 to schema version %2 failed: %3")
                                         .arg(m_path, QString::number(version + 1), r.errorString()));
            }
        }
        if (Result<void> committed = transaction.commit(); !committed) {
            return committed;
        }
    }
}

Result<void> Database::configure(bool checkOnOpen)
{
    if (Result<void> r = exec(m_db, u"PRAGMA foreign_keys = ON"_s, m_path); !r) {
        return r;
    }
    // Switching to WAL writes to the file, so a file not yet in WAL mode is checked first even
    // when the check is otherwise deferred: a damaged file is never touched.
    if (!checkOnOpen && !m_readOnly) {
        QSqlQuery mode(m_db);
        checkOnOpen = !(mode.exec(u"PRAGMA journal_mode"_s) && mode.next() && mode.value(0).toString() == u"wal"_s);
    }
    if (checkOnOpen) {
        if (Result<void> checked = runQuickCheck(m_db, m_path); !checked) {
            return checked;
        }
    }
    if (!m_readOnly) {
        for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s}) {
            if (Result<void> r = exec(m_db, pragma, m_path); !r) {
                return r;
            }
        }
    }
    return {};
}

Result<void> Database::quickCheck(const QString &path)
{
    if (isServerAddress(path)) {
        return {}; // the server keeps its own data consistent
    }
    Result<void> result;
    const QString openError =
        withOwnConnection(path, ReadOnlyOptions, [&](QSqlDatabase &db) { result = runQuickCheck(db, path); });
    if (!openError.isEmpty()) {
        return databaseError(describeSqlError(openError, path));
    }
    return result;
}

Result<void> Database::makeQueryOnly()
{
    const QString sql = isServer() ? u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s : u"PRAGMA query_only = ON"_s;
    if (Result<void> r = exec(m_db, sql, m_path); !r) {
        return r;
    }
    m_readOnly = true;
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery query(m_db);
    if (isServer()) {
        if (!query.exec(u"SELECT to_regclass('gloss_schema') IS NOT NULL"_s) || !query.next()) {
            return -1;
        }
        if (!query.value(0).toBool()) {
            return 0;
        }
        return query.exec(u"SELECT coalesce(max(version), 0) FROM gloss_schema"_s) && query.next() ? query.value(0).toInt() : -1;
    }
    if (query.exec(u"PRAGMA user_version"_s) && query.next()) {
        return query.value(0).toInt();
    }
    return -1;
}

Result<void> Database::migrate(bool backupFirst)
{
    if (isServer()) {
        return migrateServer();
    }
    const int current = schemaVersion();
    const QList<QStringList> steps = m_dialect.migrationSteps();
    if (current >= steps.size()) {
        return {};
    }
    if (m_readOnly) {
        return databaseError(QObject::tr("%1 needs upgrading to schema version %2 but is read-only.")
                                 .arg(nativePath(m_path))
                                 .arg(steps.size()));
    }
    if (backupFirst && current > 0) {
        const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
        const QString target = u"%1.schema%2-%3.bak"_s.arg(m_path).arg(current).arg(stamp);
        if (Result<void> backedUp = backupTo(target); !backedUp) {
            return databaseError(QObject::tr("Not upgrading %1: the backup before the upgrade failed: %2")
                                     .arg(nativePath(m_path), backedUp.errorString()));
        }
        m_lastBackup = target;
    }
    for (int version = current; version < steps.size(); ++version) {
        Transaction transaction(m_db);
        if (!transaction.isActive()) {
            return databaseError(describeSqlError(transaction.errorString(), m_path));
        }
        QStringList statements = steps.at(version);
        statements << u"PRAGMA user_version = %1"_s.arg(version + 1);
        if (version == 0) {
            statements << u"PRAGMA application_id = %1"_s.arg(ApplicationId);
        }
        for (const QString &sql : std::as_const(statements)) {
            if (Result<void> r = exec(m_db, sql, m_path); !r) {
                return databaseError(QObject::tr("Upgrading %1 to schema version %2 failed: %3")
                                         .arg(nativePath(m_path))
                                         .arg(version + 1)
                                         .arg(r.errorString()));
            }
        }
        if (Result<void> committed = transaction.commit(); !committed) {
            return committed;
        }
    }
    return {};
}

QString Database::metaValue(const QString &key) const
{
    QSqlQuery query(m_db);
    query.prepare(u"SELECT value FROM meta WHERE key = :key"_s);
    query.bindValue(u":key"_s, key);
    if (query.exec() && query.next()) {
        return query.value(0).toString();
    }
    return {};
}

Result<void> Database::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO meta (key, value) VALUES (:key, :value) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    query.bindValue(u":key"_s, key);
    query.bindValue(u":value"_s, value);
    if (!query.exec()) {
        return databaseError(describeSqlError(query.lastError().text(), m_path));
    }
    return {};
}

Result<void> Database::integrityCheck() const
{
    if (isServer()) {
        return {};
    }
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA integrity_check"_s)) {
        return databaseError(describeSqlError(query.lastError().text(), m_path));
    }
    if (query.next() && query.value(0).toString() != u"ok"_s) {
        return databaseError(QObject::tr("%1 failed its integrity check: %2")
                                 .arg(nativePath(m_path), query.value(0).toString()));
    }
    return {};
}

Result<void> Database::backupTo(const QString &target) const
{
    sqlite3 *source = SqliteStatement::handleOf(m_db);
    if (isServer()) {
        return databaseError(QObject::tr("%1 is kept on a PostgreSQL server: back it up there (pg_dump), or copy it "
                                         "into a file with gloss copy.").arg(m_path));
    }
    if (!source) {
        return databaseError(QObject::tr("The SQLite handle of %1 is not available for a backup.").arg(nativePath(m_path)));
    }
    const QString partial = target + u".partial"_s;
    QFile::remove(partial);
    sqlite3 *destination = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &destination,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(destination, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(destination);
        }
    }
    const QString message = destination ? QString::fromUtf8(sqlite3_errmsg(destination)) : QString();
    sqlite3_close(destination);
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        return ioError(QObject::tr("Backing up %1 to %2 failed: %3").arg(nativePath(m_path), nativePath(target), message));
    }
    QFile::remove(target);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return ioError(QObject::tr("Cannot write the backup %1.").arg(nativePath(target)));
    }
    return {};
}

QString Database::writeConflictMessage(const QString &path)
{
    return QObject::tr("%1 is busy: another user was writing the same rows at the same time. Try again.").arg(path);
}

QString Database::describeSqlError(const QString &driverText, const QString &path)
{
    if (isServerAddress(path)) {
        return describeServerError(driverText, path);
    }
    const QString file = nativePath(path);
    const QString lower = driverText.toLower();
    if (lower.contains(u"database is locked"_s) || lower.contains(u"database is busy"_s)) {
        return QObject::tr("%1 is busy: another program (another Gloss window or command?) is writing to it. "
                           "Try again when it has finished.")
            .arg(file);
    }
    if (lower.contains(u"disk is full"_s) || lower.contains(u"database or disk is full"_s)) {
        return QObject::tr("The disk holding %1 is full; nothing was changed. Free some space and try again.").arg(file);
    }
    if (lower.contains(u"disk i/o error"_s)) {
        // What a write refused by the system (quota, file size limit, a failing disk) looks like.
        return QObject::tr("%1 could not be written (disk I/O error): the disk may be full or failing. The change was "
                           "not saved.")
            .arg(file);
    }
    if (lower.contains(u"readonly"_s) || lower.contains(u"read-only"_s)) {
        return QObject::tr("%1 is read-only; it cannot be changed.").arg(file);
    }
    if (lower.contains(u"malformed"_s) || lower.contains(u"not a database"_s) || lower.contains(u"corrupt"_s)) {
        return QObject::tr("%1 is damaged (%2). It was left untouched; restore it from a backup.").arg(file, driverText.trimmed());
    }
    if (lower.contains(u"unable to open"_s)) {
        return QObject::tr("Cannot open %1: %2").arg(file, driverText.trimmed());
    }
    return QObject::tr("Database error in %1: %2").arg(file, driverText.trimmed());
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    // Inside another transaction this one is a savepoint of it: a caller may hold several
    // repository writes (each a Transaction of its own) together as one.
    sqlite3 *connection = SqliteStatement::handleOf(m_db);
    m_server = connection == nullptr;
    const bool nested = m_server ? serverTransactionDepth.value(m_db.connectionName()) > 0
                                 : sqlite3_get_autocommit(connection) == 0;
    if (nested) {
        static QAtomicInteger<int> savepoints = 0;
        m_savepoint = u"gloss_%1"_s.arg(savepoints.fetchAndAddRelaxed(1));
        m_active = query.exec(u"SAVEPOINT "_s + m_savepoint);
    } else {
        // IMMEDIATE takes SQLite's write lock up front, so a busy database fails here, not mid-way.
        // PostgreSQL locks rows as they are written.
        m_active = query.exec(m_server ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
    }
    if (!m_active) {
        m_error = query.lastError().text();
    } else if (m_server) {
        ++serverTransactionDepth[m_db.connectionName()];
    }
}

Transaction::~Transaction()
{
    if (!m_active) {
        return;
    }
    if (m_savepoint.isEmpty()) {
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    } else {
        // Undoes this savepoint's writes and leaves the outer transaction as it was before it.
        QSqlQuery(m_db).exec(u"ROLLBACK TO "_s + m_savepoint);
        QSqlQuery(m_db).exec(u"RELEASE "_s + m_savepoint);
    }
    leave();
}

void Transaction::leave()
{
    m_active = false;
    if (m_server) {
        const QString name = m_db.connectionName();
        if (--serverTransactionDepth[name] <= 0) {
            serverTransactionDepth.remove(name);
        }
    }
}

Result<void> Transaction::commit()
{
    if (!m_active) {
        return databaseError(m_error);
    }
    QSqlQuery query(m_db);
    if (!query.exec(m_savepoint.isEmpty() ? u"COMMIT"_s : u"RELEASE "_s + m_savepoint)) {
        m_error = query.lastError().text();
        if (m_server && m_savepoint.isEmpty()) {
            leave(); // a failed COMMIT has ended the transaction on the server
        }
        const QString where = m_server ? u"postgresql://"_s + m_db.hostName() + u'/' + m_db.databaseName() : m_db.databaseName();
        return databaseError(Database::describeSqlError(m_error, where));
    }
    leave();
    return {};
}

} // namespace Gloss
