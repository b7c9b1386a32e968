// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"
#include "store/serveraddress.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

#include <memory>

namespace Gloss::Test {

inline QString sourceDir()
{
    return qEnvironmentVariable("GLOSS_SOURCE_DIR");
}

inline QString sharedDir()
{
    return qEnvironmentVariable("GLOSS_SHARED_DIR");
}

// The sample articles (../shared/seeds), in name order.
inline QStringList seedFiles()
{
    QStringList seeds;
    for (const QFileInfo &file : QDir(sharedDir() + QStringLiteral("/seeds")).entryInfoList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        seeds << file.absoluteFilePath();
    }
    return seeds;
}

inline QString binaryDir()
{
    return qEnvironmentVariable("GLOSS_BINARY_DIR");
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// The PostgreSQL server of the tests labelled `postgres`: the address of a database on it that
// the tests may connect to in order to create their own (CTest's postgres fixture starts the
// server and sets GLOSS_TEST_POSTGRES). Empty without the fixture.
inline QString postgresServer()
{
    return qEnvironmentVariable("GLOSS_TEST_POSTGRES");
}

// The store tests registered a second time with GLOSS_TEST_BACKEND=postgres run against the
// server: each corpus file they name becomes a fresh database there.
inline bool onPostgres()
{
    return qEnvironmentVariable("GLOSS_TEST_BACKEND") == u"postgres";
}

// Runs one statement on the server's maintenance database, or in the corpus at `address` (a
// postgresql:// address, its schema included); an error message, or empty.
inline QString onServer(const QString &sql, const QString &address = {})
{
    Result<ServerAddress> server = ServerAddress::parse(address.isEmpty() ? postgresServer() : address);
    if (!server) {
        return server.errorString();
    }
    static QAtomicInteger<int> connections = 0;
    const QString name = QStringLiteral("gloss-test-admin-%1").arg(connections.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(server->host());
        if (server->port() > 0) {
            db.setPort(server->port());
        }
        db.setDatabaseName(server->databaseName());
        db.setUserName(server->userName());
        db.setPassword(server->password());
        db.setConnectOptions(server->connectOptions());
        if (!db.open()) {
            error = db.lastError().text();
        } else if (QSqlQuery query(db); !query.exec(sql)) {
            error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

// A new, empty corpus on the test server; its address, or empty after failing the test. Each
// is a schema of its own (the address sets search_path) in one database per test process: a
// database per corpus would copy PostgreSQL's template, 7.5 MB, for every test function.
inline QString newServerDatabase()
{
    static QAtomicInteger<int> counter = 0;
    static const QString database = [] {
        const QString name = QStringLiteral("gloss_%1_%2")
                                 .arg(QCoreApplication::applicationName().toLower().remove(QLatin1Char('-')))
                                 .arg(QCoreApplication::applicationPid());
        if (const QString error = onServer(QStringLiteral("CREATE DATABASE ") + name); !error.isEmpty()) {
            return QString();
        }
        return name;
    }();
    if (database.isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("cannot create a test database on %1").arg(postgresServer())), __FILE__, __LINE__);
        return {};
    }
    const QString schema = QStringLiteral("corpus_%1").arg(counter.fetchAndAddRelaxed(1));
    const QString inDatabase = ServerAddress::parse(postgresServer())->withDatabase(database).display();
    if (const QString error = onServer(QStringLiteral("CREATE SCHEMA ") + schema, inDatabase); !error.isEmpty()) {
        QTest::qFail(qPrintable(QStringLiteral("cannot create a test schema on %1: %2").arg(postgresServer(), error)), __FILE__,
                     __LINE__);
        return {};
    }
    return inDatabase + QStringLiteral("&options=-csearch_path%3D") + schema;
}

// Where a test's corpus lives: the file itself, or on the postgres backend the server database
// that stands for it (the same one each time the test names the same file).
inline QString corpusLocation(const QString &path)
{
    if (!onPostgres() || Database::isServerAddress(path)) {
        return path;
    }
    if (postgresServer().isEmpty()) {
        QTest::qFail("GLOSS_TEST_BACKEND=postgres needs GLOSS_TEST_POSTGRES, the address of a test server "
                     "(ctest's postgres fixture sets both)", __FILE__, __LINE__);
        return path;
    }
    static QHash<QString, QString> databases;
    const QString key = QFileInfo(path).absoluteFilePath();
    if (!databases.contains(key)) {
        databases.insert(key, newServerDatabase());
    }
    return databases.value(key);
}

// SQL that makes another connection wait to write (and, with a short busy timeout, give up as
// "busy"): SQLite's write lock, or on PostgreSQL a lock on the tables the tests write. Undone by
// ROLLBACK.
inline QString lockAgainstWriters(const Database &database)
{
    return database.isServer() ? QStringLiteral("BEGIN; LOCK TABLE code, annotation, document_note IN EXCLUSIVE MODE")
                               : QStringLiteral("BEGIN IMMEDIATE");
}

// SQL that makes this connection refuse to write, or write again.
inline QString queryOnly(const Database &database, bool on)
{
    if (database.isServer()) {
        return on ? QStringLiteral("SET default_transaction_read_only = on") : QStringLiteral("SET default_transaction_read_only = off");
    }
    return on ? QStringLiteral("PRAGMA query_only = 1") : QStringLiteral("PRAGMA query_only = 0");
}

// Opens (creating) a database or fails the current test.
inline std::unique_ptr<Database> openDatabase(const QString &path)
{
    Result<std::unique_ptr<Database>> opened = Database::open(corpusLocation(path));
    if (!opened) {
        QTest::qFail(qPrintable(opened.errorString()), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace Gloss::Test
