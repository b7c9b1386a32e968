// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace Gloss {

// Where a shared corpus lives on a PostgreSQL server, read from a libpq connection URI:
//   postgresql://user@host:port/dbname?sslmode=verify-full&sslrootcert=/path/ca.pem
//   postgresql:///dbname?host=/run/postgresql        (a Unix socket directory)
// Every query parameter (sslmode, sslrootcert, sslcert, sslkey, connect_timeout, passfile,
// application_name, options, …) goes to libpq as it is. A password may be given in the URI but
// is never shown (display()) nor remembered (withoutPassword()): libpq reads it from
// PGPASSWORD or the password file (~/.pgpass, PGPASSFILE) when the URI has none.
class ServerAddress final
{
public:
    // True for the URI schemes libpq accepts (postgresql://, postgres://).
    static bool isServerUrl(const QString &text);
    static Result<ServerAddress> parse(const QString &url);

    QString host() const { return m_host; }
    int port() const { return m_port; } // -1: libpq's default
    QString databaseName() const { return m_database; }
    QString userName() const { return m_user; }
    QString password() const { return m_password; }
    // libpq keyword=value pairs beside host, port, dbname, user and password.
    QStringList parameters() const { return m_parameters; }
    // The same pairs as QPSQL's connect options ("key='value';…").
    QString connectOptions() const;

    // The same server and parameters, another database.
    ServerAddress withDatabase(const QString &name) const;

    // The URI without its password: what Gloss shows and remembers.
    QString display() const;

private:
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_password;
    QStringList m_parameters; // "key=value", unquoted
};

} // namespace Gloss
