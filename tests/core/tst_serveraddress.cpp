// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/serveraddress.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestServerAddress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("options"); // QPSQL connect options
        QTest::addColumn<QString>("display"); // shown and remembered: never the password
        QTest::newRow("host and port") << u"postgresql://ann@db.example.org:5433/corpus"_s << u"db.example.org"_s << 5433
                                       << u"corpus"_s << u"ann"_s << QString() << QString()
                                       << u"postgresql://ann@db.example.org:5433/corpus"_s;
        QTest::newRow("short scheme, no port") << u"postgres://db/corpus"_s << u"db"_s << -1 << u"corpus"_s << QString()
                                               << QString() << QString() << u"postgresql://db/corpus"_s;
        QTest::newRow("password is not shown") << u"postgresql://ann:s3cr%40t@db/corpus"_s << u"db"_s << -1 << u"corpus"_s
                                               << u"ann"_s << u"s3cr@t"_s << QString() << u"postgresql://ann@db/corpus"_s;
        QTest::newRow("unix socket") << u"postgresql:///corpus?host=/run/postgresql"_s << u"/run/postgresql"_s << -1
                                     << u"corpus"_s << QString() << QString() << QString()
                                     << u"postgresql:///corpus?host=/run/postgresql"_s;
        QTest::newRow("socket with user and port") << u"postgresql:///corpus?host=/tmp/s&port=6000&user=bea"_s << u"/tmp/s"_s
                                                   << 6000 << u"corpus"_s << u"bea"_s << QString() << QString()
                                                   << u"postgresql:///corpus?host=/tmp/s&port=6000&user=bea"_s;
        QTest::newRow("tls passed through")
            << u"postgresql://ann@db/corpus?sslmode=verify-full&sslrootcert=/etc/ssl/ca%20bundle.pem"_s << u"db"_s << -1
            << u"corpus"_s << u"ann"_s << QString() << u"sslmode='verify-full';sslrootcert='/etc/ssl/ca bundle.pem'"_s
            << u"postgresql://ann@db/corpus?sslmode=verify-full&sslrootcert=/etc/ssl/ca%20bundle.pem"_s;
        QTest::newRow("quote in a value") << u"postgresql://db/corpus?application_name=it's"_s << u"db"_s << -1 << u"corpus"_s
                                          << QString() << QString() << u"application_name='it\\'s'"_s
                                          << u"postgresql://db/corpus?application_name=it%27s"_s;
        QTest::newRow("password parameter") << u"postgresql://db/corpus?password=x"_s << u"db"_s << -1 << u"corpus"_s
                                            << QString() << u"x"_s << QString() << u"postgresql://db/corpus"_s;
        QTest::newRow("ipv6") << u"postgresql://[::1]:5432/corpus"_s << u"::1"_s << 5432 << u"corpus"_s << QString()
                              << QString() << QString() << u"postgresql://[::1]:5432/corpus"_s;
    }

    void parses()
    {
        QFETCH(QString, url);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, options);
        QFETCH(QString, display);
        QVERIFY(ServerAddress::isServerUrl(url));
        const Result<ServerAddress> address = ServerAddress::parse(url);
        QVERIFY2(address, qPrintable(address.errorString()));
        QCOMPARE(address->host(), host);
        QCOMPARE(address->port(), port);
        QCOMPARE(address->databaseName(), database);
        QCOMPARE(address->userName(), user);
        QCOMPARE(address->password(), password);
        QCOMPARE(address->connectOptions(), options);
        QCOMPARE(address->display(), display);
        // What is shown opens the same corpus (less the password).
        const Result<ServerAddress> again = ServerAddress::parse(address->display());
        QVERIFY(again);
        QCOMPARE(again->display(), display);
        QCOMPARE(again->connectOptions(), options);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("message");
        QTest::newRow("a file") << u"/home/ann/corpus.gloss"_s << u"not a PostgreSQL address"_s;
        QTest::newRow("no database") << u"postgresql://db"_s << u"names no database"_s;
        QTest::newRow("bad port") << u"postgresql:///corpus?port=x"_s << u"not a number"_s;
        QTest::newRow("bad parameter") << u"postgresql://db/corpus?a%20b=1"_s << u"not a connection parameter"_s;
    }

    void refuses()
    {
        QFETCH(QString, url);
        QFETCH(QString, message);
        const Result<ServerAddress> address = ServerAddress::parse(url);
        QVERIFY(!address);
        QVERIFY2(address.errorString().contains(message), qPrintable(address.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestServerAddress)
#include "tst_serveraddress.moc"
