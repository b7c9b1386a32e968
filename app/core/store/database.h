// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>

namespace Gloss {

class BulkStatement;

// One open Gloss corpus. Opening validates the file before SQLite touches it (a foreign,
// damaged or newer file is refused and left as it was), sets WAL and foreign keys, runs
// PRAGMA quick_check, and migrates an older schema after an online backup.
//
// A postgresql:// address (see ServerAddress) opens a shared corpus on a PostgreSQL server
// through QPSQL instead: the same logical schema, its migrations recorded in gloss_schema, each
// in a transaction under an advisory lock so that two clients never migrate at once. A database
// with tables of its own but no gloss_schema is refused as "not a Gloss database"; an empty one
// becomes a new corpus.
class Database final
{
public:
    enum class IntegrityCheck {
        OnOpen,   // PRAGMA quick_check before anything else; a damaged file is refused
        Deferred, // the caller runs quickCheck() itself, off the GUI thread (it takes seconds on large corpora)
    };

    struct Options {
        bool readOnly = false;        // open read-only even if the file is writable
        bool createIfMissing = true;  // a missing file becomes a new, empty corpus
        bool backupBeforeMigration = true;
        int busyTimeoutMs = 5000;     // how long a write waits for another writer
        IntegrityCheck integrityCheck = IntegrityCheck::OnOpen;
    };

    // Gloss's PRAGMA application_id: "Glos" in ASCII.
    static constexpr std::uint32_t ApplicationId = 0x476C6F73;

    static Result<std::unique_ptr<Database>> open(const QString &path);
    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    // True for the addresses open() takes as a PostgreSQL server rather than a file.
    static bool isServerAddress(const QString &path);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const { return m_db; }
    const SqlDialect &dialect() const { return m_dialect; }
    bool isServer() const { return m_dialect.backend() == SqlDialect::Backend::Postgres; }
    // The file's absolute path, or the server's address without its password.
    QString path() const { return m_path; }
    // What open() takes to open the same corpus again (another thread's connection): path(),
    // or the server's address as given, password included if it had one. Never to be stored.
    QString address() const { return m_address.isEmpty() ? m_path : m_address; }
    bool isReadOnly() const { return m_readOnly; }
    bool wasCreated() const { return m_created; }
    int schemaVersion() const;
    // The backup written before the last migration, if any.
    QString lastBackupPath() const { return m_lastBackup; }

    QString metaValue(const QString &key) const;
    Result<void> setMetaValue(const QString &key, const QString &value);

    Result<void> integrityCheck() const;
    // PRAGMA quick_check on a connection of its own, so it can run in any thread.
    static Result<void> quickCheck(const QString &path);
    // From now on this connection refuses to write (used when a deferred check finds damage).
    Result<void> makeQueryOnly();

    // Writes a consistent copy of the open database to `target` with SQLite's online backup API.
    Result<void> backupTo(const QString &target) const;

    // A statement for bulk writes (see BulkStatement), prepared once per `sql` (a string
    // literal) and finalized before this connection closes: repositories may hold the reference
    // for as long as the Database lives, never longer.
    BulkStatement &bulkStatement(const char *sql);

    // Reads a SQLite or PostgreSQL error into a sentence for the user ("locked by another
    // process", "cannot reach the server", …); `path` is the file or the server's address.
    static QString describeSqlError(const QString &driverText, const QString &path);
    // What describeSqlError() says when the server broke a deadlock between two users' writes
    // by failing this one: the same writes may simply be tried again.
    static QString writeConflictMessage(const QString &path);

private:
    Database(QSqlDatabase db, QString path, bool readOnly, SqlDialect::Backend backend = SqlDialect::Backend::Sqlite);

    static Result<std::unique_ptr<Database>> openServer(const QString &url, const Options &options);
    Result<void> configure(bool checkOnOpen);
    Result<void> migrate(bool backupFirst);
    Result<void> migrateServer();

    QSqlDatabase m_db;
    std::map<const char *, std::unique_ptr<BulkStatement>> m_statements;
    QString m_path;
    QString m_address;
    SqlDialect m_dialect;
    bool m_readOnly = false;
    bool m_created = false;
    QString m_lastBackup;
};

// QSqlQuery::setForwardOnly(true) where that is safe: not on PostgreSQL, whose driver streams a
// forward-only result row by row and loses the rest of it when another query runs on the same
// connection before it has been read to the end (as the store's loops do).
inline void setForwardOnly(QSqlQuery &query)
{
    query.setForwardOnly(!query.driver() || query.driver()->dbmsType() != QSqlDriver::PostgreSQL);
}

// RAII transaction: rolls back unless commit() succeeded. Opened while another is active on the
// same connection it is a savepoint of that one: commit() keeps its writes for the outer
// transaction to commit, and rolling back undoes only them.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    QString errorString() const { return m_error; }
    Result<void> commit();

private:
    void leave();

    QSqlDatabase m_db;
    bool m_active = false;
    bool m_server = false; // a PostgreSQL connection
    QString m_error;
    QString m_savepoint; // empty: the outermost transaction
};

} // namespace Gloss
