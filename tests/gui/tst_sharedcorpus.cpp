// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode through the real window: File › Open Shared Corpus… on a PostgreSQL server, another
// user's annotations appearing while the window is open, and a conflicting edit refused with a
// message. Registered POSTGRES_ONLY: it needs the test server CTest's postgres fixture starts.
#include "annotationspanel.h"
#include "edit/annotationeditor.h"
#include "import/importer.h"
#include "mainwindow.h"
#include "model/annotationlistmodel.h"
#include "model/documentlistmodel.h"
#include "settings/settings.h"
#include "settings/translations.h"
#include "store/annotationrepository.h"
#include "store/codebook.h"
#include "store/database.h"
#include "store/documentrepository.h"
#include "testsupport.h"

#include <QAction>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

// Answers the input dialog that is about to open (a modal one runs its own event loop).
void answerNextInputDialog(const QString &text, QString *shownText = nullptr)
{
    QTimer::singleShot(0, [text, shownText] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *dialog = qobject_cast<QInputDialog *>(widget); dialog && dialog->isVisible()) {
                if (shownText) {
                    *shownText = dialog->textValue();
                }
                dialog->setTextValue(text);
                dialog->accept();
            }
        }
    });
}

// The message box the window left open, if any; its text.
QString openMessageBoxText()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
            const QString text = box->text();
            box->close();
            return text;
        }
    }
    return {};
}

} // namespace

class TestSharedCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install({});
        if (Test::postgresServer().isEmpty()) {
            QSKIP("GLOSS_TEST_POSTGRES is not set: this test needs a PostgreSQL server (ctest starts one, label postgres)");
        }
        m_url = Test::newServerDatabase();
        QVERIFY(!m_url.isEmpty());
        // The colleague's Gloss: it made the corpus and imported the articles.
        m_colleague = Test::openDatabase(m_url);
        QVERIFY(m_colleague);
        const QStringList seeds = Test::seedFiles();
        QVERIFY(seeds.size() >= 5);
        QCOMPARE(Importer(*m_colleague).importPaths(seeds).imported, seeds.size());
        CodeBook book(*m_colleague);
        QVERIFY(book.installDefault());
        m_code = book.findByName(u"Claim"_s)->id;
    }

    void init()
    {
        QSettings().clear();
        Settings::authorName().set(u"Ada"_s);
    }

    void opensTheSharedCorpusFromTheFileMenu()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *open = window.findChild<QAction *>(u"openSharedCorpus"_s);
        QVERIFY(open);

        // Not an address: refused with a message naming what was typed, the old corpus kept.
        answerNextInputDialog(u"/home/ada/corpus.gloss"_s);
        QString refusal;
        QTimer::singleShot(50, [&refusal] { refusal = openMessageBoxText(); }); // a modal box of its own
        open->trigger();
        QVERIFY2(refusal.contains(u"/home/ada/corpus.gloss"_s) && refusal.contains(u"postgresql://"_s), qPrintable(refusal));
        QVERIFY(!window.database() || !window.database()->isServer());

        QString offered;
        answerNextInputDialog(m_url, &offered);
        open->trigger();
        QCOMPARE(offered, u"postgresql://"_s);
        QVERIFY(window.database() && window.database()->isServer());
        QCOMPARE(window.documentModel()->totalCount(), Test::seedFiles().size());
        QVERIFY2(window.windowTitle().contains(window.database()->connection().databaseName()), qPrintable(window.windowTitle()));

        // Reopening offers the address in use, without any password it might hold.
        answerNextInputDialog(QString(), &offered);
        open->trigger();
        QVERIFY(offered.startsWith(u"postgresql://"_s));
        QVERIFY(!offered.contains(u"password"_s));
        QVERIFY(window.database()->isServer()); // a cancelled (empty) answer changes nothing
    }

    void aColleaguesAnnotationsAppearWithinTwoSeconds()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_url, false));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QUndoStack stack;
        AnnotationEditor colleague(*m_colleague, &stack);
        colleague.setAuthor(u"Grace"_s);
        const qint64 documentId = firstDocument();
        window.showDocument(documentId); // Ada reads the article Grace is about to annotate
        AnnotationListModel *model = window.annotationModel();
        const int before = model->rowCount();
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        const Result<Annotation> made = colleague.annotate(documentId, 0, 20, m_code, u"from the other desk"_s);
        QVERIFY2(made, qPrintable(made.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), before + 1, 2000);
        qInfo("another user's annotation appeared after %lld ms", sinceCommit.elapsed());

        const QModelIndex row = rowOf(model, made->id);
        QVERIFY(row.isValid());
        QCOMPARE(row.siblingAtColumn(AnnotationListModel::AuthorColumn).data().toString(), u"Grace"_s);
        QCOMPARE(row.data(AnnotationListModel::NoteRole).toString(), u"from the other desk"_s);
        // The status bar counts the corpus's annotations, the other user's among them.
        const qint64 total = AnnotationRepository(*m_colleague).count().value();
        auto *status = window.findChild<QLabel *>(u"statusAnnotations"_s);
        QVERIFY(status);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QCoreApplication::translate("Gloss::MainWindow", "%n annotation(s)", nullptr, int(total)), 2000);

        // Grace edits her note again: the window shows the new text without a restart.
        QVERIFY(colleague.setNote(made->id, u"checked with the agency"_s));
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(model, made->id).data(AnnotationListModel::NoteRole).toString(),
                                  u"checked with the agency"_s, 2000);
    }

    // Ada edits an annotation Grace changed a moment before, before the change reached her
    // window: Ada is told, and Grace's text stays.
    void aConflictingEditIsRefusedWithAMessage()
    {
        QUndoStack stack;
        AnnotationEditor colleague(*m_colleague, &stack);
        colleague.setAuthor(u"Grace"_s);
        const qint64 documentId = firstDocument();
        const Result<Annotation> made = colleague.annotate(documentId, 30, 50, m_code, u"first version"_s);
        QVERIFY(made);

        MainWindow window;
        QVERIFY(window.openDatabase(m_url, false));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showDocument(documentId);
        QTRY_VERIFY(rowOf(window.annotationModel(), made->id).isValid());
        // What Ada's window shows is version 1; Grace's second edit lands meanwhile, and Ada
        // saves before her window has reloaded.
        QVERIFY(colleague.setNote(made->id, u"Grace's second version"_s));
        Q_EMIT window.annotations()->noteEdited(made->id, u"Ada's version"_s); // as her note editor does
        const QString message = openMessageBoxText(); // opened at once, window-modal
        QVERIFY2(message.contains(u"changed by Grace"_s) && message.contains(u"not saved"_s), qPrintable(message));
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(window.annotationModel(), made->id).data(AnnotationListModel::NoteRole).toString(),
                                  u"Grace's second version"_s, 2000);
        QCOMPARE(AnnotationRepository(*m_colleague).find(made->id)->note, u"Grace's second version"_s);
    }

    void cleanupTestCase() { m_colleague.reset(); }

private:
    qint64 firstDocument() const
    {
        return DocumentRepository(*m_colleague).list({}, DocumentSort::TitleAscending, 0, 1)->constFirst().id;
    }

    static QModelIndex rowOf(const AnnotationListModel *model, qint64 annotationId)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(AnnotationListModel::AnnotationIdRole).toLongLong() == annotationId) {
                return index;
            }
        }
        return {};
    }

    QString m_url;
    std::unique_ptr<Database> m_colleague;
    qint64 m_code = 0;
};

QTEST_MAIN(TestSharedCorpus)
#include "tst_sharedcorpus.moc"
