// SPDX-License-Identifier: GPL-3.0-or-later
// `./dev` reads the Debian mirror from the host's apt configuration; this checks that logic on
// sample configurations in both formats.
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDevMirror final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsMirror_data()
    {
        QTest::addColumn<QString>("sourcesList");      // /etc/apt/sources.list
        QTest::addColumn<QString>("debianSources");    // /etc/apt/sources.list.d/debian.sources
        QTest::addColumn<QString>("otherList");        // /etc/apt/sources.list.d/other.list
        QTest::addColumn<QString>("expected");         // empty: no mirror found

        QTest::newRow("deb822 with security")
            << u""_s
            << u"Types: deb\n# http://snapshot.example/archive\nURIs: http://mirror.example/debian\n"
               "Suites: bookworm bookworm-updates\nComponents: main\n"
               "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\n"
               "Types: deb\nURIs: http://mirror.example/debian-security\nSuites: bookworm-security\n"
               "Components: main\n"_s
            << u""_s << u"http://mirror.example/debian"_s;
        QTest::newRow("deb822 security first")
            << u""_s
            << u"Types: deb\nURIs: http://sec.example/debian-security\nSuites: bookworm-security\n\n"
               "Types: deb deb-src\nURIs: https://archive.example/debian/\nSuites: bookworm\n"_s
            << u""_s << u"https://archive.example/debian"_s;
        QTest::newRow("deb822 disabled entry skipped")
            << u""_s
            << u"Enabled: no\nTypes: deb\nURIs: http://old.example/debian\nSuites: bookworm\n\n"
               "Types: deb\nURIs: http://new.example/debian\nSuites: bookworm\n"_s
            << u""_s << u"http://new.example/debian"_s;
        QTest::newRow("deb822 source-only skipped")
            << u""_s << u"Types: deb-src\nURIs: http://src.example/debian\nSuites: bookworm\n"_s << u""_s << u""_s;
        QTest::newRow("one-line format")
            << u"# comment\ndeb http://ftp.example/debian bookworm main\n"
               "deb http://security.example/debian-security bookworm-security main\n"_s
            << u""_s << u""_s << u"http://ftp.example/debian"_s;
        QTest::newRow("one-line with options")
            << u"deb [arch=amd64 signed-by=/usr/share/keyrings/k.gpg] http://opt.example/debian trixie main\n"_s
            << u""_s << u""_s << u"http://opt.example/debian"_s;
        QTest::newRow("third-party repositories ignored")
            << u""_s << u""_s
            << u"deb https://packages.example/apt cloud-sdk-bookworm main\n"
               "deb [signed-by=/k.gpg] https://node.example/node_20.x nodistro main\n"_s
            << u""_s;
        QTest::newRow("cdrom ignored")
            << u"deb cdrom:[Debian GNU/Linux 12]/ bookworm main\ndeb http://net.example/debian bookworm main\n"_s
            << u""_s << u""_s << u"http://net.example/debian"_s;
        QTest::newRow("nothing configured") << u""_s << u""_s << u""_s << u""_s;
    }

    void readsMirror()
    {
        QFETCH(QString, sourcesList);
        QFETCH(QString, debianSources);
        QFETCH(QString, otherList);
        QFETCH(QString, expected);
        QTemporaryDir apt;
        QDir().mkpath(apt.filePath(u"sources.list.d"_s));
        if (!sourcesList.isEmpty()) {
            QVERIFY(Gloss::Test::writeFile(apt.filePath(u"sources.list"_s), sourcesList.toUtf8()));
        }
        if (!debianSources.isEmpty()) {
            QVERIFY(Gloss::Test::writeFile(apt.filePath(u"sources.list.d/debian.sources"_s), debianSources.toUtf8()));
        }
        if (!otherList.isEmpty()) {
            QVERIFY(Gloss::Test::writeFile(apt.filePath(u"sources.list.d/other.list"_s), otherList.toUtf8()));
        }
        QProcess dev;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"GLOSS_MIRROR"_s);
        dev.setProcessEnvironment(env);
        dev.start(u"bash"_s, {Gloss::Test::sourceDir() + u"/dev"_s, u"mirror"_s, u"--apt-dir"_s, apt.path()});
        QVERIFY(dev.waitForFinished(30000));
        const QString output = QString::fromUtf8(dev.readAllStandardOutput()).trimmed();
        if (expected.isEmpty()) {
            QCOMPARE(dev.exitCode(), 1);
            QVERIFY(output.isEmpty());
            QVERIFY(dev.readAllStandardError().contains("no Debian archive"));
        } else {
            QCOMPARE(dev.exitCode(), 0);
            QCOMPARE(output, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestDevMirror)
#include "tst_devmirror.moc"
