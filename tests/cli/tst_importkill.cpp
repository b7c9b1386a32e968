// SPDX-License-Identifier: GPL-3.0-or-later
// Kill-safety: the real `gloss import` is killed with SIGKILL in the middle of a large import;
// the corpus must open, pass its integrity check and hold only whole files.
#include "import/articleparser.h"
#include "store/database.h"
#include "store/documentrepository.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestImportKill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_gloss = Test::binaryDir() + u"/bin/gloss"_s;
        QVERIFY(QFileInfo(m_gloss).isExecutable());
        // Large files make the window between writing and committing one file wide.
        const QString paragraph = u"The minister said talks on aid to Gaza would continue, officials confirmed. "_s.repeated(40);
        for (int i = 0; i < FileCount; ++i) {
            const QString text = u" date 2024-%1-%2 Article %3\n\n"_s.arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                     .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                                     .arg(i)
                + QString(paragraph + u"Serial %1.\n\n"_s.arg(i)).repeated(8);
            QVERIFY(Test::writeFile(m_dir.filePath(u"articles/%1.txt"_s.arg(i, 5, 10, QLatin1Char('0'))), text.toUtf8()));
        }
    }

    void killedImportLeavesOnlyWholeFiles_data()
    {
        QTest::addColumn<int>("killAfterMs");
        for (int ms : {40, 120, 250, 400, 600}) {
            QTest::newRow(qPrintable(u"%1 ms"_s.arg(ms))) << ms;
        }
    }

    void killedImportLeavesOnlyWholeFiles()
    {
        QFETCH(int, killAfterMs);
        const QString corpus = m_dir.filePath(u"killed-%1.gloss"_s.arg(killAfterMs));
        QProcess gloss;
        gloss.start(m_gloss, {u"--db"_s, corpus, u"import"_s, m_dir.filePath(u"articles"_s)});
        QVERIFY(gloss.waitForStarted());
        QTest::qWait(killAfterMs);
        const bool killed = gloss.state() == QProcess::Running;
        if (killed) {
            ::kill(pid_t(gloss.processId()), SIGKILL);
        }
        QVERIFY(gloss.state() == QProcess::NotRunning || gloss.waitForFinished(30000));

        if (!QFile::exists(corpus)) {
            QSKIP("killed before the corpus was created");
        }
        Result<std::unique_ptr<Database>> opened = Database::open(corpus);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        QVERIFY((*opened)->integrityCheck());
        DocumentRepository documents(**opened);
        const qint64 count = documents.countAll().value();
        qInfo("killed after %d ms: %lld of %d files stored", killAfterMs, count, FileCount);
        if (!killed) {
            QCOMPARE(count, FileCount); // it finished first: everything is there
        }

        // Every stored document is its whole file, and the full-text index agrees with the table.
        const QList<DocumentSummary> rows = documents.list({}, DocumentSort::TitleAscending, 0, FileCount).value();
        QCOMPARE(rows.size(), count);
        for (const DocumentSummary &row : rows) {
            const Document stored = *documents.find(row.id);
            const NewDocument expected =
                ArticleParser().parse(QString::fromUtf8(Test::readFile(stored.source)), stored.source);
            QCOMPARE(stored.body, expected.body);
        }
        QSqlQuery fts((*opened)->connection());
        QVERIFY(fts.exec(u"SELECT count(*) FROM document_fts WHERE document_fts MATCH 'Serial'"_s) && fts.next());
        QCOMPARE(fts.value(0).toLongLong(), count);
    }

private:
    static constexpr int FileCount = 3000;
    QTemporaryDir m_dir;
    QString m_gloss;
};

QTEST_GUILESS_MAIN(TestImportKill)
#include "tst_importkill.moc"
