// SPDX-License-Identifier: GPL-3.0-or-later
// Kill-safety of annotating: a child process annotates through AnnotationEditor (what the window
// uses) and reports every annotation and note the editor said were saved; it is killed with
// SIGKILL at random moments. Each time the corpus must open, pass its integrity check and hold
// every reported annotation with the note last reported for it.
#include "edit/annotationeditor.h"
#include "import/importer.h"
#include "store/codebook.h"
#include "store/database.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

// The child: annotates passage after passage until killed, one line per saved change.
int runChild(const QString &path)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.errorString()));
        return 3;
    }
    Database &db = **opened;
    QUndoStack stack;
    AnnotationEditor editor(db, &stack);
    editor.setAuthor(u"child"_s);
    const qint64 code = CodeBook(db).findByName(u"Claim"_s).value().id;
    QSqlQuery ids(db.connection());
    ids.exec(u"SELECT id, length FROM document ORDER BY id"_s);
    QList<QPair<qint64, qint64>> documents;
    while (ids.next()) {
        documents.append({ids.value(0).toLongLong(), ids.value(1).toLongLong()});
    }
    for (qint64 n = 0;; ++n) {
        const auto [document, length] = documents.at(n % documents.size());
        const qint64 start = (n * 7) % (length - 20);
        Result<Annotation> created = editor.annotate(document, start, start + 10, code);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.errorString()));
            return 2;
        }
        std::printf("saved %lld\n", created->id);
        std::fflush(stdout);
        const QString note = u"note %1 of annotation %2"_s.arg(n).arg(created->id);
        if (!editor.setNote(created->id, note)) {
            return 2;
        }
        std::printf("note %lld %s\n", created->id, qPrintable(note));
        std::fflush(stdout);
        if (stack.count() > 200) {
            stack.clear(); // a long session's undo history is not what is tested
        }
    }
}

} // namespace

class TestAnnotationKill final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_corpus = m_dir.filePath(u"corpus.gloss"_s);
        const std::unique_ptr<Database> db = Test::openDatabase(m_corpus);
        QVERIFY(db);
        Importer importer(*db);
        const QString text = u"Officials said talks on aid would continue, the minister confirmed on Sunday. "_s.repeated(12);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(importer.importText(u"Article %1\n\n"_s.arg(i) + text + QString::number(i), u"%1.txt"_s.arg(i)));
        }
        QVERIFY(CodeBook(*db).create(u"Claim"_s, u"#ff0000"_s));
    }

    void killedWhileAnnotatingLosesNothingSaved_data()
    {
        QTest::addColumn<int>("killAfterLines");
        QRandomGenerator random(20261201);
        for (int round = 0; round < 12; ++round) {
            const int lines = 2 + int(random.bounded(120));
            QTest::newRow(qPrintable(u"round %1, after %2 lines"_s.arg(round).arg(lines))) << lines;
        }
    }

    void killedWhileAnnotatingLosesNothingSaved()
    {
        QFETCH(int, killAfterLines);
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {u"--child"_s, m_corpus});
        QVERIFY(child.waitForStarted());
        QByteArray output;
        while (output.count('\n') < killAfterLines) {
            QVERIFY2(child.waitForReadyRead(10000), child.readAllStandardError().constData());
            output += child.readAllStandardOutput();
        }
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        output += child.readAllStandardOutput(); // what it reported before the kill

        QHash<qint64, QString> reported; // id → last note reported ("" before its note)
        for (const QByteArray &line : output.split('\n')) {
            if (line.startsWith("saved ")) {
                reported.insert(line.mid(6).toLongLong(), QString());
            } else if (line.startsWith("note ")) {
                const QList<QByteArray> parts = line.mid(5).split(' ');
                reported.insert(parts.first().toLongLong(), QString::fromUtf8(line.mid(5 + parts.first().size() + 1)));
            }
        }
        QVERIFY(!reported.isEmpty());

        const std::unique_ptr<Database> db = Test::openDatabase(m_corpus);
        QVERIFY(db);
        QSqlQuery check(db->connection());
        QVERIFY(check.exec(u"PRAGMA integrity_check"_s) && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
        AnnotationRepository annotations(*db);
        for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
            const std::optional<Annotation> stored = annotations.find(it.key());
            QVERIFY2(stored, qPrintable(u"annotation %1 was reported saved but is missing"_s.arg(it.key())));
            if (!it.value().isEmpty()) {
                QCOMPARE(stored->note, it.value());
            }
        }
        m_total += reported.size();
    }

    void cleanupTestCase() { qInfo("%lld annotations checked after kills", m_total); }

private:
    QTemporaryDir m_dir;
    QString m_corpus;
    qint64 m_total = 0;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0) {
        return runChild(QString::fromLocal8Bit(argv[2]));
    }
    TestAnnotationKill test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_annotationkill.moc"
