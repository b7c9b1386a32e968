// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "sqldialect.h"

#include <QSqlDatabase>
#include <QString>

#include <map>
#include <memory>

namespace Gloss {

class SqliteStatement;

// One open Gloss corpus. Opening validates the file before SQLite touches it (a foreign,
// damaged or newer file is refused and left as it was), sets WAL and foreign keys, runs
// PRAGMA quick_check, and migrates an older schema after an online backup.
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
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase connection() const { return m_db; }
    const SqlDialect &dialect() const { return m_dialect; }
    QString path() const { return m_path; }
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

    // A raw SQLite statement for bulk writes (see SqliteStatement), prepared once per `sql`
    // (a string literal) and finalized before this connection closes: repositories may hold the
    // reference for as long as the Database lives, never longer.
    SqliteStatement &sqliteStatement(const char *sql);

    // Reads a SQLite error into a sentence for the user ("locked by another process", …).
    static QString describeSqlError(const QString &driverText, const QString &path);

private:
    Database(QSqlDatabase db, QString path, bool readOnly);

    Result<void> configure(bool checkOnOpen);
    Result<void> migrate(bool backupFirst);

    QSqlDatabase m_db;
    std::map<const char *, std::unique_ptr<SqliteStatement>> m_statements;
    QString m_path;
    SqlDialect m_dialect;
    bool m_readOnly = false;
    bool m_created = false;
    QString m_lastBackup;
};

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
    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
    QString m_savepoint; // empty: the outermost transaction
};

} // namespace Gloss
