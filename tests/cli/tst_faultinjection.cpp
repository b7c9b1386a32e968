// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection on the real `gloss` binary: SIGKILL at random points of import, annotate and
// export (more than 200 kills in all), a disk that fills up, and a corpus that is read-only.
// After each fault the corpus opens, passes its integrity check, holds every annotation that was
// reported saved and no half-imported file, and an export target is the old file or a whole one.
#include "import/articleparser.h"
#include "store/annotationrepository.h"
#include "store/codebook.h"
#include "store/database.h"
#include "store/documentrepository.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QScopeGuard>
#include <QTest>

#include <csignal>
#include <utility>
#include <limits>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

struct Limits {
    qint64 fileBytes = -1; // RLIMIT_FSIZE of the child: writes past it fail as on a full disk
    bool unprivileged = false; // run as "nobody" when the test runs as root, so file modes apply
};

} // namespace

class TestFaultInjection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_gloss = Test::binaryDir() + u"/bin/gloss"_s;
        QVERIFY2(QFileInfo(m_gloss).isExecutable(), qPrintable(m_gloss));
        const QString paragraph = u"The minister said talks on aid would continue, officials confirmed. "_s.repeated(12);
        for (int i = 0; i < FileCount; ++i) {
            const QString text = u"Article %1\n\n"_s.arg(i) + QString(paragraph + u"Serial %1.\n\n"_s.arg(i)).repeated(4);
            QVERIFY(Test::writeFile(m_dir.filePath(u"articles/%1.txt"_s.arg(i, 4, 10, QLatin1Char('0'))), text.toUtf8()));
        }
        // A corpus with the articles, for the annotate and export faults.
        m_base = m_dir.filePath(u"base.gloss"_s);
        const Run imported = gloss(m_base, {u"import"_s, m_dir.filePath(u"articles"_s)});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
    }

    void killedImportStoresWholeFiles()
    {
        const int duration = timed(m_dir.filePath(u"timing.gloss"_s), {u"import"_s, m_dir.filePath(u"articles"_s)});
        int kills = 0;
        int round = 0;
        for (; kills < ImportKills && round < 4 * ImportKills; ++round) {
            const QString corpus = m_dir.filePath(u"import-%1.gloss"_s.arg(round));
            kills += killAfter(corpus, {u"import"_s, m_dir.filePath(u"articles"_s)}, randomBelow(duration));
            if (!QFile::exists(corpus)) {
                continue;
            }
            checkWhole(corpus);
            if (QTest::currentTestFailed()) {
                qWarning("after round %d", round);
                return;
            }
            removeCorpus(corpus);
        }
        m_kills += kills;
        qInfo("import: %d kills in %d rounds, a whole import takes %d ms", kills, round, duration);
        QCOMPARE(kills, ImportKills);
    }

    void killedAnnotateLosesNothingSaved()
    {
        const QString corpus = m_dir.filePath(u"annotate.gloss"_s);
        QVERIFY(QFile::copy(m_base, corpus));
        const auto annotate = [](int n) {
            return QStringList{u"annotate"_s, u"--doc"_s, QString::number(1 + n % FileCount), u"--start"_s, u"0"_s,
                               u"--end"_s, u"7"_s, u"--code"_s, u"Claim"_s, u"--note"_s, u"note %1"_s.arg(n)};
        };
        const int duration = timed(corpus, annotate(0));
        QStringList saved = notes(corpus); // the runs that timed it
        int kills = 0;
        int n = 1;
        for (; kills < AnnotateKills && n <= 4 * AnnotateKills; ++n) {
            QProcess process;
            process.start(m_gloss, QStringList{u"--db"_s, corpus} + annotate(n));
            QVERIFY(process.waitForStarted());
            QTest::qWait(randomBelow(duration));
            if (process.state() == QProcess::Running) {
                ::kill(pid_t(process.processId()), SIGKILL);
                ++kills;
            }
            QVERIFY(process.state() == QProcess::NotRunning || process.waitForFinished(30000));
            if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0) {
                saved.append(u"note %1"_s.arg(n)); // reported saved
            }
            const QStringList stored = notes(corpus);
            for (const QString &note : std::as_const(saved)) {
                QVERIFY2(stored.contains(note), qPrintable(u"%1 was reported saved but is missing"_s.arg(note)));
            }
            // At most the one killed while committing is there without having been reported.
            QVERIFY(stored.size() == saved.size() || stored.size() == saved.size() + 1);
            if (stored.size() > saved.size()) {
                saved = stored;
            }
        }
        m_kills += kills;
        qInfo("annotate: %d kills in %d runs, %lld annotations stored, one takes %d ms", kills, n - 1, qint64(saved.size()),
              duration);
        QCOMPARE(kills, AnnotateKills);
    }

    void killedExportLeavesOldOrWholeFile_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("wantedKills"); // fewer of the slower PDF
        QTest::newRow("csv") << u"--csv"_s << 35;
        QTest::newRow("pdf") << u"--pdf"_s << 15;
    }

    void killedExportLeavesOldOrWholeFile()
    {
        QFETCH(QString, format);
        QFETCH(int, wantedKills);
        const QString corpus = m_dir.filePath(u"export%1.gloss"_s.arg(format));
        QVERIFY(QFile::copy(m_base, corpus));
        {
            // Many annotations, made in this process: the export is long enough to be killed in.
            std::unique_ptr<Database> database = Test::openDatabase(corpus);
            QVERIFY(database);
            Result<Code> claim = CodeBook(*database).findOrCreate(u"Claim"_s, u"#808080"_s);
            QVERIFY2(claim, qPrintable(claim.errorString()));
            AnnotationRepository annotations(*database);
            for (int n = 1; n <= FileCount; ++n) {
                QVERIFY(annotations.create(n, 0, 7, claim->id, u"A longer note %1 "_s.arg(n).repeated(20), u"test"_s));
            }
        }
        // The old file holds the annotations of one article; the new one all of them.
        const QString target = m_dir.filePath(u"report%1"_s.arg(format).replace(u"--"_s, u"."_s));
        QCOMPARE(gloss(corpus, {u"export"_s, format, target, u"--doc"_s, u"1"_s}).exitCode, 0);
        const QByteArray old = Test::readFile(target);
        QVERIFY(!old.isEmpty());
        const QString reference = m_dir.filePath(u"reference%1"_s.arg(format).replace(u"--"_s, u"."_s));
        const int duration = timed(corpus, {u"export"_s, format, reference});
        const QByteArray whole = Test::readFile(reference);
        QVERIFY(whole.size() > old.size());

        int kills = 0;
        int round = 0;
        for (; kills < wantedKills && round < 4 * wantedKills; ++round) {
            QVERIFY(Test::writeFile(target, old));
            kills += killAfter(corpus, {u"export"_s, format, target}, randomBelow(duration));
            const QByteArray now = Test::readFile(target);
            if (format == u"--csv"_s) {
                QVERIFY2(now == old || now == whole, qPrintable(u"round %1: %2 of %3 bytes"_s.arg(round).arg(now.size()).arg(whole.size())));
            } else { // a PDF holds its time of making, so bytes differ: whole is %PDF to %%EOF at about the size
                const bool complete = now.startsWith("%PDF") && now.trimmed().endsWith("%%EOF")
                    && qAbs(now.size() - whole.size()) < whole.size() / 50;
                QVERIFY2(now == old || complete,
                         qPrintable(u"round %1: %2 of %3 bytes"_s.arg(round).arg(now.size()).arg(whole.size())));
            }
        }
        Result<std::unique_ptr<Database>> opened = Database::open(corpus);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        QVERIFY((*opened)->integrityCheck());
        m_kills += kills;
        qInfo("export %s: %d kills in %d rounds, one takes %d ms", qPrintable(format), kills, round, duration);
        QCOMPARE(kills, wantedKills);
    }

    void atLeastTwoHundredKills()
    {
        qInfo("%d kills in all", m_kills);
        QVERIFY(m_kills >= 200);
    }

    // A full disk: the child may write no file past a size (RLIMIT_FSIZE), which the kernel
    // refuses the way a full disk does. Import and annotate say so and change nothing.
    void fullDiskIsReportedAndChangesNothing()
    {
        const QString corpus = m_dir.filePath(u"full.gloss"_s);
        QVERIFY(QFile::copy(m_base, corpus));
        {
            // Checkpointed into the main file, so the limit applies to what gloss adds.
            Result<std::unique_ptr<Database>> opened = Database::open(corpus);
            QVERIFY2(opened, qPrintable(opened.errorString()));
            QSqlQuery checkpoint((*opened)->connection());
            QVERIFY(checkpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        const qint64 documentsBefore = documentCount(corpus);
        const QString big = m_dir.filePath(u"big/big.txt"_s);
        QVERIFY(Test::writeFile(big, "A big article\n\n" + QByteArray("The minister spoke of new talks in Geneva. ").repeated(60000)));
        // 64 KB per file: the shared-memory index (32 KB) fits, the write-ahead log of a big
        // article or a 100 KB note does not.
        const Limits full{64 * 1024, false};

        const Run imported = gloss(corpus, {u"import"_s, big}, full);
        // The store failed, not the article: exit 3 (database error) with the reason in the summary.
        QVERIFY2(imported.exitCode == 3, QByteArray(imported.out + imported.err).constData());
        QVERIFY2(isDiskFull(imported.out) && imported.out.contains("full.gloss"), imported.out.constData());
        QCOMPARE(documentCount(corpus), documentsBefore);

        const Run annotated = gloss(corpus,
                                    {u"annotate"_s, u"--doc"_s, u"1"_s, u"--start"_s, u"0"_s, u"--end"_s, u"7"_s, u"--code"_s,
                                     u"Claim"_s, u"--note"_s, QString(u"x"_s.repeated(100 * 1024))},
                                    full);
        QVERIFY2(annotated.exitCode == 3, QByteArray(annotated.out + annotated.err).constData());
        QVERIFY2(isDiskFull(annotated.err) && annotated.err.contains("full.gloss"), annotated.err.constData());
        QCOMPARE(notes(corpus).size(), 0);
        Result<std::unique_ptr<Database>> opened = Database::open(corpus);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        QVERIFY((*opened)->integrityCheck());
    }

    void readOnlyCorpusRefusesChangesButExports()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther
                                                      | QFile::WriteOther | QFile::ExeOther | QFile::ReadGroup | QFile::ExeGroup));
        const QString corpus = dir.filePath(u"readonly.gloss"_s);
        QVERIFY(QFile::copy(m_base, corpus));
        QVERIFY(QFile::setPermissions(corpus, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = Test::readFile(corpus);
        const QString article = dir.filePath(u"one.txt"_s);
        QVERIFY(Test::writeFile(article, "One more\n\nThe minister spoke again on Tuesday.\n"));
        QVERIFY(QFile::setPermissions(article, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const Limits readOnly{-1, true};
        // "nobody" must be able to run gloss wherever the checkout lies (a clone under a 0700
        // folder would not let it), so it runs a copy from this world-readable folder.
        const QString ownCopy = dir.filePath(u"gloss"_s);
        QVERIFY(QFile::copy(m_gloss, ownCopy));
        QVERIFY(QFile::setPermissions(ownCopy, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                   | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        const QString installed = std::exchange(m_gloss, ownCopy);
        const auto restore = qScopeGuard([this, installed] { m_gloss = installed; });

        const Run imported = gloss(corpus, {u"import"_s, article}, readOnly);
        QCOMPARE(imported.exitCode, 3);
        QVERIFY2(imported.err.contains("is read-only") && imported.err.contains("readonly.gloss"), imported.err.constData());
        const Run annotated = gloss(
            corpus, {u"annotate"_s, u"--doc"_s, u"1"_s, u"--start"_s, u"0"_s, u"--end"_s, u"7"_s, u"--code"_s, u"Claim"_s}, readOnly);
        QCOMPARE(annotated.exitCode, 3);
        QVERIFY2(annotated.err.contains("is read-only"), annotated.err.constData());
        const QString csv = dir.filePath(u"out.csv"_s);
        const Run exported = gloss(corpus, {u"export"_s, u"--csv"_s, csv}, readOnly);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(Test::readFile(csv).startsWith("title,published,"));
        QCOMPARE(Test::readFile(corpus), before);
    }

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"HOME"_s, m_dir.filePath(u"home"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"home/data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"home/config"_s));
        return env;
    }

    Run gloss(const QString &corpus, const QStringList &arguments, Limits limits = {}) const
    {
        QProcess process;
        QProcessEnvironment env = environment();
        if (limits.unprivileged) {
            env.insert(u"HOME"_s, u"/tmp"_s);
            env.remove(u"XDG_DATA_HOME"_s);
            env.remove(u"XDG_CONFIG_HOME"_s);
        }
        process.setProcessEnvironment(env);
        process.setChildProcessModifier([limits] {
            if (limits.fileBytes >= 0) {
                ::signal(SIGXFSZ, SIG_IGN); // a write past the limit fails with EFBIG instead
                const rlimit limit{rlim_t(limits.fileBytes), rlim_t(limits.fileBytes)};
                ::setrlimit(RLIMIT_FSIZE, &limit);
            }
            if (limits.unprivileged && ::geteuid() == 0) {
                if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0) {
                    ::_exit(99);
                }
            }
        });
        process.start(m_gloss, QStringList{u"--db"_s, corpus} + arguments);
        Run run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    // How long a run takes when nothing kills it (ms; at least 1).
    int timed(const QString &corpus, const QStringList &arguments) const
    {
        int fastest = std::numeric_limits<int>::max();
        for (int i = 0; i < 3; ++i) { // the fastest of three: a cold first run is not the rule
            QElapsedTimer timer;
            timer.start();
            const Run run = gloss(corpus, arguments);
            if (run.exitCode != 0) {
                qWarning("%s", run.err.constData());
            }
            fastest = qMin(fastest, int(timer.elapsed()));
        }
        return qMax(1, fastest);
    }

    static int randomBelow(int bound) { return int(QRandomGenerator::global()->bounded(bound)); }

    // Starts gloss and kills it after `ms`; returns 1 when it was killed, 0 when it had finished.
    int killAfter(const QString &corpus, const QStringList &arguments, int ms) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(m_gloss, QStringList{u"--db"_s, corpus} + arguments);
        if (!process.waitForStarted()) {
            return 0;
        }
        if (ms > 0) {
            QTest::qWait(ms);
        }
        int killed = 0;
        if (process.state() == QProcess::Running) {
            ::kill(pid_t(process.processId()), SIGKILL);
            killed = 1;
        }
        if (process.state() != QProcess::NotRunning) {
            process.waitForFinished(30000);
        }
        return killed;
    }

    // Opens, passes its check, and every document is its whole file, indexed.
    void checkWhole(const QString &corpus) const
    {
        Result<std::unique_ptr<Database>> opened = Database::open(corpus);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        QVERIFY((*opened)->integrityCheck());
        DocumentRepository documents(**opened);
        const qint64 count = documents.countAll().value();
        const QList<DocumentSummary> rows = documents.list({}, DocumentSort::TitleAscending, 0, FileCount).value();
        QCOMPARE(rows.size(), count);
        for (const DocumentSummary &row : rows) {
            const Document stored = *documents.find(row.id);
            QCOMPARE(stored.body, ArticleParser().parse(QString::fromUtf8(Test::readFile(stored.source)), stored.source).body);
        }
        QSqlQuery fts((*opened)->connection());
        QVERIFY(fts.exec(u"SELECT count(*) FROM document_fts WHERE document_fts MATCH 'Serial'"_s) && fts.next());
        QCOMPARE(fts.value(0).toLongLong(), count);
    }

    static void removeCorpus(const QString &corpus)
    {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QFile::remove(corpus + suffix);
        }
    }

    // The notes of the corpus's annotations, checked for integrity first.
    static QStringList notes(const QString &corpus)
    {
        Result<std::unique_ptr<Database>> opened = Database::open(corpus);
        if (!opened || !(*opened)->integrityCheck()) {
            return {u"(the corpus does not open or is damaged)"_s};
        }
        QSqlQuery query((*opened)->connection());
        QStringList found;
        if (!query.exec(u"SELECT note FROM annotation ORDER BY id"_s)) {
            return {u"(no annotation table)"_s};
        }
        while (query.next()) {
            found.append(query.value(0).toString());
        }
        return found;
    }

    // A write refused for want of space: SQLite reports a full disk (ENOSPC) or, for a file size
    // limit (EFBIG), an I/O error; both are named.
    static bool isDiskFull(const QByteArray &said)
    {
        return said.contains("is full") || said.contains("could not be written (disk I/O error)");
    }

    static qint64 documentCount(const QString &corpus)
    {
        Result<std::unique_ptr<Database>> opened = Database::open(corpus);
        if (!opened) {
            return -1;
        }
        const Result<qint64> count = DocumentRepository(**opened).countAll();
        return count ? *count : -1;
    }

    static constexpr int FileCount = 120;
    // With the export's 35 + 15: 205 kills, about a minute on two idle cores.
    static constexpr int ImportKills = 50;
    static constexpr int AnnotateKills = 105;
    QTemporaryDir m_dir;
    QString m_gloss;
    QString m_base;
    int m_kills = 0;
};

QTEST_GUILESS_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
