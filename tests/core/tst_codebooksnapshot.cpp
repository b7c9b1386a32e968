// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookfixture.h"
#include "store/codebooksnapshot.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestCodeBookSnapshot final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        m_db = Test::openDatabase(m_dir->filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
        m_f = Test::makeCodeBookFixture(*m_db);
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void takesCodesAndTheirAnnotations()
    {
        Result<CodeBookSnapshot> snapshot = CodeBookSnapshot::take(*m_db, {m_f.people, m_f.actors, m_f.actors, 999});
        QVERIFY2(snapshot, qPrintable(snapshot.errorString()));
        QCOMPARE(snapshot->codeIds(), (QList<qint64>{m_f.actors, m_f.people, 999}));
        QCOMPARE(snapshot->presentCodes(), 2);
        QVERIFY(!snapshot->hasCode(999));
        // Both annotations of Actors and the one of People; not those of States.
        QCOMPARE(snapshot->annotationIds(), (QList<qint64>{m_f.annotations.at(0), m_f.annotations.at(1), m_f.annotations.at(3)}));

        QCOMPARE(CodeBookSnapshot::annotationsOf(*m_db, {m_f.places, m_f.states, m_f.dates}).value(),
                 (QList<qint64>{m_f.annotations.at(2), m_f.annotations.at(4)}));

        Result<CodeBookSnapshot> all = CodeBookSnapshot::takeAll(*m_db);
        QVERIFY(all);
        QCOMPARE(all->presentCodes(), 5);
        QCOMPARE(all->presentAnnotations(), 5); // the uncoded one is not the code book's
    }

    // Whatever happened to the covered rows since, restore() puts them back; the rest stays.
    void restoresChangedAndDeletedRows()
    {
        const QStringList before = Test::storedState(*m_db);
        Result<CodeBookSnapshot> snapshot = CodeBookSnapshot::take(*m_db, {m_f.actors, m_f.states, m_f.people});
        QVERIFY(snapshot);
        CodeBook book(*m_db);
        QVERIFY(book.rename(m_f.states, u"Countries"_s));
        QVERIFY(book.move(m_f.people, 0));
        QVERIFY(book.remove(m_f.actors, CodeBook::RemovedAnnotations::Delete));
        QCOMPARE(AnnotationRepository(*m_db).list()->size(), 3);
        QVERIFY(Test::storedState(*m_db) != before);

        const Result<void> restored = snapshot->restore(*m_db);
        QVERIFY2(restored, qPrintable(restored.errorString()));
        QCOMPARE(Test::storedState(*m_db), before);
    }

    void deletesCoveredRowsItDoesNotHave()
    {
        Result<CodeBookSnapshot> snapshot = CodeBookSnapshot::take(*m_db, {});
        QVERIFY(snapshot);
        const QStringList before = Test::storedState(*m_db);
        CodeBook book(*m_db);
        const qint64 fresh = book.create(u"Fresh"_s, u"#123456"_s).value();
        const qint64 child = book.create(u"Child"_s, u"#123456"_s, {}, fresh).value();
        snapshot->cover({fresh, child});
        QCOMPARE(snapshot->codeIds(), (QList<qint64>{fresh, child}));
        QVERIFY(snapshot->restore(*m_db));
        QCOMPARE(Test::storedState(*m_db), before);
    }

    // Putting back the state after a merge deletes the merged code while its children still
    // hang below it: they must move first, or ON DELETE CASCADE takes them (and SET NULL the
    // codes of their annotations).
    void movesChildrenAwayBeforeDeletingTheirParent()
    {
        const QStringList before = Test::storedState(*m_db);
        Result<CodeBookSnapshot> first = CodeBookSnapshot::take(*m_db, {m_f.actors, m_f.states, m_f.people});
        QVERIFY(first);
        QVERIFY(CodeBook(*m_db).merge(m_f.actors, m_f.places));
        const QStringList merged = Test::storedState(*m_db);
        Result<CodeBookSnapshot> second = CodeBookSnapshot::take(*m_db, first->codeIds(), first->annotationIds());
        QVERIFY(second);
        QCOMPARE(second->presentCodes(), 2);
        QVERIFY(first->restore(*m_db));
        QCOMPARE(Test::storedState(*m_db), before);
        const Result<void> again = second->restore(*m_db);
        QVERIFY2(again, qPrintable(again.errorString()));
        QCOMPARE(Test::storedState(*m_db), merged);
    }

    // An upsert of a code in use must not fire ON DELETE SET NULL / CASCADE (INSERT OR REPLACE
    // would delete the row first: the annotations would lose their code, the children vanish).
    void upsertsWithoutForeignKeyActions()
    {
        Result<CodeBookSnapshot> snapshot = CodeBookSnapshot::take(*m_db, {m_f.actors}, {});
        QVERIFY(snapshot);
        QCOMPARE(snapshot->annotationIds(), QList<qint64>());
        QVERIFY(CodeBook(*m_db).recolour(m_f.actors, u"#000000"_s));
        const QStringList annotationsBefore = Test::tableRows(*m_db, u"annotation"_s);
        QVERIFY(snapshot->restore(*m_db));
        QCOMPARE(CodeBook(*m_db).find(m_f.actors)->colour, u"#aa0000"_s);
        QCOMPARE(Test::tableRows(*m_db, u"annotation"_s), annotationsBefore);
        QCOMPARE(CodeBook(*m_db).fullPath(m_f.people), u"Actors/People"_s);
    }

    // Replacing a code book reuses ids for other codes: restoring must not trip over the unique
    // (parent, name) of a code whose row is about to be rewritten.
    void restoresOverReusedIdsAndSwappedNames()
    {
        if (m_db->isServer()) {
            QSKIP("PostgreSQL's identity columns never hand out an id twice: no reused ids to restore over");
        }
        const QStringList before = Test::storedState(*m_db);
        Result<CodeBookSnapshot> snapshot = CodeBookSnapshot::takeAll(*m_db);
        QVERIFY(snapshot);
        const QString path = m_dir->filePath(u"book.json"_s);
        QVERIFY(Test::writeFile(path, "{\"codes\": [{\"name\": \"Dates\"}, {\"name\": \"Places\", \"children\": [{\"name\": \"Actors\"}]}, "
                                 "{\"name\": \"People\"}, {\"name\": \"States\"}, {\"name\": \"Extra\"}]}"));
        CodeBook book(*m_db);
        QVERIFY(book.replaceWith(path));
        // The new codes took the old ids (the table was emptied first) under other names.
        QCOMPARE(book.find(m_f.actors)->name, u"Dates"_s);
        QList<qint64> now;
        const QList<Code> codes = book.list().value();
        for (const Code &code : codes) {
            now << code.id;
        }
        snapshot->cover(now);
        const Result<void> restored = snapshot->restore(*m_db);
        QVERIFY2(restored, qPrintable(restored.errorString()));
        QCOMPARE(Test::storedState(*m_db), before);
    }

    // One transaction: when any row cannot be written, nothing is.
    void failedRestoreChangesNothing()
    {
        Result<CodeBookSnapshot> snapshot = CodeBookSnapshot::take(*m_db, {m_f.places, m_f.dates});
        QVERIFY(snapshot);
        CodeBook book(*m_db);
        QVERIFY(book.rename(m_f.dates, u"Days"_s));
        // The article of the Places annotation goes (and the annotation with it).
        QSqlQuery remove(m_db->connection());
        QVERIFY(remove.exec(u"DELETE FROM document WHERE id = "_s + QString::number(m_f.document)));
        const QStringList before = Test::storedState(*m_db);
        const Result<void> restored = snapshot->restore(*m_db);
        QVERIFY(!restored);
        QCOMPARE(restored.error().kind, ErrorKind::Database);
        QVERIFY2(restored.errorString().contains(m_db->path()) && restored.errorString().contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive),
                 qPrintable(restored.errorString()));
        QCOMPARE(Test::storedState(*m_db), before);
        QCOMPARE(book.find(m_f.dates)->name, u"Days"_s);
    }

    void refusedWhileAnotherConnectionWrites()
    {
        Database::Options options;
        options.busyTimeoutMs = 50;
        Result<std::unique_ptr<Database>> impatient = Database::open(m_db->path(), options);
        QVERIFY(impatient);
        Result<CodeBookSnapshot> snapshot = CodeBookSnapshot::take(**impatient, {m_f.dates});
        QVERIFY(snapshot);
        QVERIFY(CodeBook(**impatient).rename(m_f.dates, u"Days"_s));
        QSqlQuery lock(m_db->connection());
        QVERIFY(lock.exec(Test::lockAgainstWriters(*m_db)));
        const Result<void> restored = snapshot->restore(**impatient);
        QVERIFY(!restored);
        QVERIFY2(restored.errorString().contains((*impatient)->path()), qPrintable(restored.errorString()));
        QVERIFY2(restored.errorString().contains(u"busy"_s), qPrintable(restored.errorString()));
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        QCOMPARE(CodeBook(*m_db).find(m_f.dates)->name, u"Days"_s);
        QVERIFY(snapshot->restore(**impatient));
        QCOMPARE(CodeBook(*m_db).find(m_f.dates)->name, u"Dates"_s);
    }

    // Rows are kept whole: a column a later schema adds comes back too.
    void keepsColumnsItDoesNotKnow()
    {
        QSqlQuery alter(m_db->connection());
        QVERIFY(alter.exec(u"ALTER TABLE annotation ADD COLUMN colour_hint TEXT"_s));
        QVERIFY(alter.exec(u"UPDATE annotation SET colour_hint = 'warm' WHERE code_id = "_s + QString::number(m_f.places)));
        const QStringList before = Test::storedState(*m_db);
        Result<CodeBookSnapshot> snapshot = CodeBookSnapshot::take(*m_db, {m_f.places});
        QVERIFY(snapshot);
        QVERIFY(CodeBook(*m_db).remove(m_f.places, CodeBook::RemovedAnnotations::Delete));
        QVERIFY(snapshot->restore(*m_db));
        QCOMPARE(Test::storedState(*m_db), before);
        QVERIFY(before.join(u'\n').contains(u"colour_hint=warm"_s));
    }

    // Ids go to SQL in bounded lists; a code with thousands of annotations is restored whole.
    void manyAnnotations()
    {
        AnnotationRepository annotations(*m_db);
        constexpr int Count = 2000;
        QList<qint64> ids;
        for (int k = 0; k < Count; ++k) {
            ids << annotations.create(m_f.document, k % 40, k % 40 + 5, m_f.dates, QString::number(k), u"Ann"_s)->id;
        }
        const QStringList before = Test::storedState(*m_db);
        QElapsedTimer timer;
        timer.start();
        Result<CodeBookSnapshot> byCode = CodeBookSnapshot::take(*m_db, {m_f.dates});
        const qint64 takeMs = timer.elapsed();
        QVERIFY(byCode);
        QCOMPARE(byCode->presentAnnotations(), Count);
        Result<CodeBookSnapshot> byId = CodeBookSnapshot::take(*m_db, {m_f.dates}, ids);
        QVERIFY(byId);
        QVERIFY(*byId == *byCode);
        QVERIFY(CodeBook(*m_db).remove(m_f.dates, CodeBook::RemovedAnnotations::Delete));
        timer.restart();
        QVERIFY(byCode->restore(*m_db));
        const qint64 restoreMs = timer.elapsed();
        QCOMPARE(Test::storedState(*m_db), before);
        qInfo("%d annotations: snapshot %lld ms, restore %lld ms", Count, takeMs, restoreMs);
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Test::CodeBookFixture m_f;
};

QTEST_GUILESS_MAIN(TestCodeBookSnapshot)
#include "tst_codebooksnapshot.moc"
