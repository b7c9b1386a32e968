// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"
#include "exportdialog.h"
#include "export/exportworker.h"
#include "exportfixture.h"
#include "settings/settings.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QProgressDialog>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestExportDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_db = Test::openDatabase(m_dir.filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
        m_corpus = Test::buildExportCorpus(*m_db);
    }

    void cleanupTestCase() { m_db.reset(); }

    void defaults()
    {
        ExportDialog dialog(*m_db, 0);
        const ExportOptions options = dialog.options();
        QCOMPARE(options.format, ExportFormat::AnnotationCsv);
        QVERIFY(options.scope.isWholeCorpus());
        QVERIFY(options.byteOrderMark); // on by default in the window, for Excel
        QCOMPARE(options.pageSize, ReportPageSize::A4);
        QVERIFY(dialog.scopeButton(ExportDialog::WholeCorpus)->isChecked());
        QVERIFY(!dialog.scopeButton(ExportDialog::CurrentArticle)->isEnabled()); // no article open
        QVERIFY(dialog.targetPath().endsWith(u"corpus-annotations.csv"_s));
        QVERIFY(!dialog.pageSizeBox()->isEnabled());
        // The date range starts as the corpus's publication dates.
        QCOMPARE(dialog.fromEdit()->date(), QDate(2023, 11, 6));
        QCOMPARE(dialog.toEdit()->date(), QDate(2024, 4, 29));
        QCOMPARE(dialog.codeBox()->count(), 3);
        QCOMPARE(dialog.codeBox()->itemText(2), u"Actors/States"_s);
        // To look at it: GLOSS_TEST_OUTPUT=DIR keeps a picture there.
        if (const QString keep = qEnvironmentVariable("GLOSS_TEST_OUTPUT"); !keep.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(keep + u"/export-dialog.png"_s);
        }
    }

    void choicesBecomeOptions_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("scope");
        QTest::addColumn<bool>("mentions");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("csv, one article") << u"csv"_s << int(ExportDialog::CurrentArticle) << false
                                          << int(ExportFormat::AnnotationCsv) << u"-annotations.csv"_s;
        QTest::newRow("mentions csv") << u"csv"_s << int(ExportDialog::WholeCorpus) << true << int(ExportFormat::MentionCsv)
                                      << u"-mentions.csv"_s;
        QTest::newRow("pdf, one code") << u"pdf"_s << int(ExportDialog::OneCode) << false << int(ExportFormat::Pdf) << u"-report.pdf"_s;
        QTest::newRow("json-ld, dates") << u"jsonld"_s << int(ExportDialog::DateRange) << false << int(ExportFormat::JsonLd)
                                        << u"-annotations.jsonld"_s;
        QTest::newRow("qdpx") << u"qdpx"_s << int(ExportDialog::WholeCorpus) << true << int(ExportFormat::Qdpx) << u".qdpx"_s;
    }

    void choicesBecomeOptions()
    {
        QFETCH(QString, format);
        QFETCH(int, scope);
        QFETCH(bool, mentions);
        QFETCH(int, expected);
        QFETCH(QString, suffix);
        ExportDialog dialog(*m_db, m_corpus.english);
        dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(format));
        dialog.scopeButton(scope)->setChecked(true);
        dialog.mentionsBox()->setChecked(mentions);
        dialog.codeBox()->setCurrentIndex(2);
        dialog.fromEdit()->setDate(QDate(2024, 1, 1));
        const ExportOptions options = dialog.options();
        QCOMPARE(int(options.format), expected);
        QVERIFY2(dialog.targetPath().endsWith(u"corpus"_s + suffix), qPrintable(dialog.targetPath()));
        QCOMPARE(options.scope.documentId, scope == ExportDialog::CurrentArticle ? m_corpus.english : 0);
        QCOMPARE(options.scope.codeId, scope == ExportDialog::OneCode ? m_corpus.states : 0);
        QCOMPARE(options.scope.from, scope == ExportDialog::DateRange ? QDate(2024, 1, 1) : QDate());
        QCOMPARE(dialog.byteOrderMarkBox()->isEnabled(), format == u"csv"_s);
        QCOMPARE(dialog.mentionsBox()->isEnabled(), format == u"csv"_s);
        QCOMPARE(dialog.pageSizeBox()->isEnabled(), format == u"pdf"_s);
        QCOMPARE(dialog.codeBox()->isEnabled(), scope == ExportDialog::OneCode);
    }

    void remembersItsChoices()
    {
        {
            ExportDialog dialog(*m_db, m_corpus.english);
            dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(u"pdf"_s));
            dialog.scopeButton(ExportDialog::OneCode)->setChecked(true);
            dialog.codeBox()->setCurrentIndex(dialog.codeBox()->findText(u"Claim"_s));
            dialog.pageSizeBox()->setCurrentIndex(dialog.pageSizeBox()->findData(u"Letter"_s));
            dialog.byteOrderMarkBox()->setChecked(false);
            dialog.setTargetPath(m_dir.filePath(u"remembered.pdf"_s));
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(Settings::exportFormat().get(), u"pdf"_s);
        QCOMPARE(Settings::exportPageSize().get(), u"Letter"_s);
        ExportDialog again(*m_db, 0);
        const ExportOptions options = again.options();
        QCOMPARE(options.format, ExportFormat::Pdf);
        QCOMPARE(options.scope.codeId, m_corpus.claim);
        QCOMPARE(options.pageSize, ReportPageSize::Letter);
        QVERIFY(!options.byteOrderMark);
        QVERIFY(again.targetPath().startsWith(m_dir.path()));
        QSettings().clear();
    }

    // The export runs off the GUI thread and reports back; the window stays responsive.
    void controllerExportsInTheBackground()
    {
        QWidget window;
        ExportController controller(&window);
        QSignalSpy finished(&controller, &ExportController::finished);
        const QString path = m_dir.filePath(u"background.pdf"_s);
        ExportOptions options;
        options.format = ExportFormat::Pdf;
        QVERIFY(controller.start(m_db->path(), path, options));
        QVERIFY(controller.isRunning());
        QVERIFY(!controller.start(m_db->path(), path, options)); // one at a time
        QVERIFY(finished.wait(60000));
        const QList<QVariant> arguments = finished.takeFirst();
        QCOMPARE(arguments.at(1).toString(), QString());
        QCOMPARE(arguments.at(2).toBool(), false);
        const ExportSummary summary = arguments.at(0).value<ExportSummary>();
        QCOMPARE(summary.annotations, 5);
        QVERIFY(Test::readFile(path).startsWith("%PDF-"));
        QVERIFY(!controller.isRunning());
    }

    // Cancelled, the worker reports it and writes nothing.
    void workerCancels()
    {
        const QString path = m_dir.filePath(u"cancelled.csv"_s);
        ExportWorker worker(m_db->path(), path, {});
        QSignalSpy finished(&worker, &ExportWorker::finished);
        worker.cancel();
        worker.run();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!finished.at(0).at(1).toString().isEmpty());
        QCOMPARE(finished.at(0).at(2).toBool(), true);
        QVERIFY(!QFile::exists(path));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Test::ExportCorpus m_corpus;
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
