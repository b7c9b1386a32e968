// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop integration files validate, the MIME type recognises Gloss corpora (by name and by
// the SQLite header's application_id) and `cmake --install` puts everything where desktops look.
#include "store/database.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QMimeDatabase>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments, int timeoutMs = 120000)
{
    Run result;
    const QString found = QStandardPaths::findExecutable(program);
    if (found.isEmpty() && !QFileInfo(program).isExecutable()) {
        result.output = u"%1 is not installed (Debian: desktop-file-utils, appstream, shared-mime-info)"_s.arg(program);
        return result;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(found.isEmpty() ? program : found, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        result.output = u"%1 did not finish"_s.arg(program);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromLocal8Bit(process.readAll());
    return result;
}

QString packaging(const QString &name)
{
    return Gloss::Test::sourceDir() + u"/packaging/"_s + name;
}

} // namespace

class TestPackaging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_mime.isValid());
        // QMimeDatabase reads XDG_DATA_DIRS once, at its first use: Gloss's type goes first.
        QDir(m_mime.path()).mkpath(u"mime/packages"_s);
        QVERIFY(QFile::copy(packaging(u"org.gloss.Gloss.mime.xml"_s), m_mime.filePath(u"mime/packages/org.gloss.Gloss.xml"_s)));
        qputenv("XDG_DATA_DIRS", (m_mime.path() + u":/usr/local/share:/usr/share"_s).toLocal8Bit());
    }

    void desktopFileValidates()
    {
        const Run result = run(u"desktop-file-validate"_s, {packaging(u"org.gloss.Gloss.desktop"_s)});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        // Hints are advice; errors and warnings are not allowed.
        QVERIFY2(!result.output.contains(u"error:"_s) && !result.output.contains(u"warning:"_s), qPrintable(result.output));
    }

    void desktopFileOpensCorpora()
    {
        const QString desktop = QString::fromUtf8(Gloss::Test::readFile(packaging(u"org.gloss.Gloss.desktop"_s)));
        QVERIFY(desktop.contains(u"\nExec=gloss %f\n"_s));
        QVERIFY(desktop.contains(u"\nMimeType=application/x-gloss-corpus;\n"_s));
        QVERIFY(desktop.contains(u"\nIcon=org.gloss.Gloss\n"_s));
    }

    // What the desktop runs for a double-clicked corpus (Exec=gloss %f): the window, on that file.
    void execOpensTheFileGiven()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString corpus = home.filePath(u"double-clicked.gloss"_s);
        QVERIFY(Gloss::Test::openDatabase(corpus));
        QProcess gloss;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"GLOSS_REPORT_READY"_s, u"1"_s); // prints "ready" once the list has painted, then quits
        gloss.setProcessEnvironment(env);
        gloss.start(Gloss::Test::binaryDir() + u"/bin/gloss"_s, {corpus});
        QVERIFY(gloss.waitForFinished(60000));
        QCOMPARE(gloss.exitCode(), 0);
        QVERIFY(gloss.readAllStandardOutput().contains("ready"));
        const QSettings settings(home.filePath(u"config/Gloss/gloss.conf"_s), QSettings::IniFormat);
        QCOMPARE(settings.value(u"Corpus/lastDatabase"_s).toString(), corpus);
        QCOMPARE(settings.value(u"Corpus/recentDatabases"_s).toStringList().value(0), corpus);
    }

    // The metainfo as installed (configured from packaging/org.gloss.Gloss.metainfo.xml.in).
    void metainfoValidates()
    {
        const QString metainfo = Gloss::Test::binaryDir() + u"/packaging/org.gloss.Gloss.metainfo.xml"_s;
        QVERIFY2(QFileInfo::exists(metainfo), qPrintable(metainfo));
        const Run result = run(u"appstreamcli"_s, {u"validate"_s, u"--no-net"_s, u"--explain"_s, metainfo});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        const QString text = QString::fromUtf8(Gloss::Test::readFile(metainfo));
        QVERIFY(!text.contains(u'@')); // every placeholder configured
        QVERIFY(text.contains(u"<screenshot type=\"default\">"_s));
        QVERIFY(text.contains(u"<content_rating type=\"oars-1.1\"/>"_s));
        QVERIFY(text.contains(u"<release version=\"%1\""_s.arg(QStringLiteral(GLOSS_VERSION))));
        // The screenshots it names are the ones in the repository.
        for (const QString &name : {u"main-window-light.png"_s, u"main-window-dark.png"_s}) {
            QVERIFY(text.contains(name));
            QVERIFY2(QFileInfo::exists(packaging(u"screenshots/"_s + name)), qPrintable(name));
        }
    }

    void mimeInfoCompiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir(dir.path()).mkpath(u"packages"_s);
        QVERIFY(QFile::copy(packaging(u"org.gloss.Gloss.mime.xml"_s), dir.filePath(u"packages/org.gloss.Gloss.xml"_s)));
        QFile::copy(u"/usr/share/mime/packages/freedesktop.org.xml"_s, dir.filePath(u"packages/freedesktop.org.xml"_s));
        const Run result = run(u"update-mime-database"_s, {u"-V"_s, dir.path()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QVERIFY2(!result.output.contains(u"Error"_s, Qt::CaseInsensitive) && !result.output.contains(u"Warning"_s),
                 qPrintable(result.output));
        QVERIFY(QFileInfo::exists(dir.filePath(u"application/x-gloss-corpus.xml"_s)));
        QVERIFY(QString::fromUtf8(Gloss::Test::readFile(dir.filePath(u"globs2"_s))).contains(u"application/x-gloss-corpus:*.gloss"_s));
    }

    // A real corpus is recognised by its content under any name; other SQLite files are not it.
    void mimeTypeRecognisesCorpora()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString corpus = dir.filePath(u"notes.db"_s);
        QVERIFY(Gloss::Test::openDatabase(corpus)); // created, then closed (checkpointed)
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        const QString plain = dir.filePath(u"plain.db"_s);
        other.setDatabaseName(plain);
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(u"CREATE TABLE t (x)"_s));
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"other"_s);

        const QMimeDatabase mime;
        QCOMPARE(mime.mimeTypeForFile(corpus, QMimeDatabase::MatchContent).name(), u"application/x-gloss-corpus"_s);
        QCOMPARE(mime.mimeTypeForFile(corpus).name(), u"application/x-gloss-corpus"_s);
        QCOMPARE(mime.mimeTypeForFile(plain, QMimeDatabase::MatchContent).name(), u"application/vnd.sqlite3"_s);
        QCOMPARE(mime.mimeTypeForFile(u"/nowhere/corpus.gloss"_s, QMimeDatabase::MatchExtension).name(),
                 u"application/x-gloss-corpus"_s);
        QVERIFY(mime.mimeTypeForName(u"application/x-gloss-corpus"_s).inherits(u"application/vnd.sqlite3"_s));
    }

    void installPutsEverythingInPlace()
    {
        QTemporaryDir prefix;
        QVERIFY(prefix.isValid());
        const Run result = run(QStringLiteral(GLOSS_CMAKE), {u"--install"_s, Gloss::Test::binaryDir(), u"--prefix"_s, prefix.path()});
        QVERIFY2(result.exitCode == 0, qPrintable(result.output));
        QStringList expected = {u"bin/gloss"_s,
                                u"share/applications/org.gloss.Gloss.desktop"_s,
                                u"share/metainfo/org.gloss.Gloss.metainfo.xml"_s,
                                u"share/mime/packages/org.gloss.Gloss.xml"_s,
                                u"share/icons/hicolor/scalable/apps/org.gloss.Gloss.svg"_s,
                                u"share/icons/hicolor/scalable/mimetypes/application-x-gloss-corpus.svg"_s};
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            expected << u"share/icons/hicolor/%1x%1/apps/org.gloss.Gloss.png"_s.arg(size);
        }
        for (const QString &file : std::as_const(expected)) {
            QVERIFY2(QFileInfo(prefix.filePath(file)).isFile(), qPrintable(file));
        }
        QVERIFY(QFileInfo(prefix.filePath(u"bin/gloss"_s)).isExecutable());
        for (const int size : {16, 48, 512}) {
            const QImage icon(prefix.filePath(u"share/icons/hicolor/%1x%1/apps/org.gloss.Gloss.png"_s.arg(size)));
            QCOMPARE(icon.size(), QSize(size, size));
            QVERIFY(icon.hasAlphaChannel());
        }
        // Nothing but Gloss: no test, benchmark or tool binaries.
        QStringList installed;
        QDirIterator it(prefix.path(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            installed << QDir(prefix.path()).relativeFilePath(it.next());
        }
        installed.sort();
        expected.sort();
        QCOMPARE(installed, expected);
    }

private:
    QTemporaryDir m_mime;
};

QTEST_MAIN(TestPackaging)
#include "tst_packaging.moc"
