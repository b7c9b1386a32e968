// SPDX-License-Identifier: GPL-3.0-or-later
#include "edit/annotationeditor.h"
#include "import/importer.h"
#include "store/codebook.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Gloss;

// Every row of the annotation and document_note tables, as text, to compare states exactly.
static QStringList tableRows(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    query.exec(sql);
    QStringList rows;
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i) {
            cells << query.value(i).toString();
        }
        rows << cells.join(u'|');
    }
    return rows;
}

class TestAnnotationEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        m_db = Test::openDatabase(m_dir->filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
        Result<DocumentRepository::Inserted> inserted =
            Importer(*m_db).importText(u"Headline\n\nAlpha met Beta in Gaza. Later, Gamma called Delta."_s, u"a.txt"_s);
        QVERIFY2(inserted, qPrintable(inserted.errorString()));
        m_doc = inserted->id;
        m_body = bodyOf(m_doc);
        m_claim = CodeBook(*m_db).create(u"Claim"_s, u"#ff0000"_s).value();
        m_quote = CodeBook(*m_db).create(u"Quote"_s, u"#0000ff"_s).value();
        m_stack.emplace();
        m_editor = std::make_unique<AnnotationEditor>(*m_db, &*m_stack);
        m_editor->setAuthor(u"Ann"_s);
    }

    // Two users (two connections, two editors) on one corpus: the second to change an annotation
    // it saw at an older version is told who changed it, and nothing of the first is overwritten.
    void staleEditIsRefused_data()
    {
        QTest::addColumn<bool>("recode"); // change the code rather than the note
        QTest::newRow("note") << false;
        QTest::newRow("code") << true;
    }

    void staleEditIsRefused()
    {
        QFETCH(bool, recode);
        Result<Annotation> created = m_editor->annotate(m_doc, 0, 8, m_claim, u"first"_s);
        QVERIFY(created);
        // Bea's window, its own connection, shows the annotation at version 1.
        const std::unique_ptr<Database> other = Test::openDatabase(m_db->path());
        QVERIFY(other);
        QUndoStack otherStack;
        AnnotationEditor bea(*other, &otherStack);
        bea.setAuthor(u"Bea"_s);
        bea.setShown(bea.repository().forDocument(m_doc).value());
        QCOMPARE(bea.shownVersion(created->id), 1);
        // Ann changes it meanwhile.
        QVERIFY(m_editor->setNote(created->id, u"Ann's change"_s));
        const QStringList before = tableRows(*m_db, u"SELECT * FROM annotation ORDER BY id"_s);
        QSignalSpy failed(&bea, &AnnotationEditor::failed);
        const Result<void> stale = recode ? bea.setCode(created->id, m_quote) : bea.setNote(created->id, u"Bea's change"_s);
        QVERIFY(!stale);
        QVERIFY2(stale.errorString().contains(u"changed by Ann since you opened it"_s), qPrintable(stale.errorString()));
        QCOMPARE(otherStack.count(), 0);
        QCOMPARE(tableRows(*m_db, u"SELECT * FROM annotation ORDER BY id"_s), before);
        QCOMPARE(m_editor->repository().find(created->id)->note, u"Ann's change"_s);
        // Once Bea's window shows the new version, her change goes through, by her name.
        bea.setShown(bea.repository().forDocument(m_doc).value());
        QVERIFY(recode ? bea.setCode(created->id, m_quote) : bea.setNote(created->id, u"Bea's change"_s));
        const Annotation now = *m_editor->repository().find(created->id);
        QCOMPARE(now.version, 3);
        QCOMPARE(now.updatedBy, u"Bea"_s);
        QCOMPARE(now.author, u"Ann"_s);
        // And Ann, whose editor saw version 2, is refused in turn.
        const Result<void> annStale = m_editor->setNote(created->id, u"Ann again"_s);
        QVERIFY(!annStale);
        QVERIFY2(annStale.errorString().contains(u"changed by Bea since you opened it"_s), qPrintable(annStale.errorString()));
        QCOMPARE(failed.count(), 0); // reported by the call itself; failed() is for undo and redo
    }

    void cleanup()
    {
        m_stack->clear();
        m_editor.reset();
        m_stack.reset();
        m_db.reset();
        m_dir.reset();
    }

    void annotateUndoRedo()
    {
        const QStringList before = annotations();
        QSignalSpy changed(m_editor.get(), &AnnotationEditor::annotationsChanged);
        const qsizetype start = m_body.indexOf(u"Beta"_s);
        Result<Annotation> created = m_editor->annotate(m_doc, start, start + 4, m_claim, u"who?"_s);
        QVERIFY2(created, qPrintable(created.errorString()));
        QCOMPARE(created->author, u"Ann"_s);
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), u"Annotate “Beta” as Claim"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toLongLong(), m_doc);
        const QStringList after = annotations();
        QCOMPARE(after.size(), 1);

        m_stack->undo();
        QCOMPARE(annotations(), before);
        QCOMPARE(changed.count(), 2);
        m_stack->redo();
        QCOMPARE(annotations(), after); // same id, uuid, times, everything
        QCOMPARE(changed.count(), 3);
    }

    void refusedAnnotationLeavesNothing()
    {
        Result<Annotation> created = m_editor->annotate(m_doc, 5, 5000, m_claim);
        QVERIFY(!created);
        QVERIFY2(created.errorString().contains(u"not inside document"_s), qPrintable(created.errorString()));
        QCOMPARE(m_stack->count(), 0);
        QVERIFY(annotations().isEmpty());
    }

    void noteEditsMergeIntoOneStep()
    {
        const qsizetype start = m_body.indexOf(u"Gamma"_s);
        const Annotation a = m_editor->annotate(m_doc, start, start + 5, m_claim).value();
        const QStringList created = annotations();
        for (const QString &typed : {u"G"_s, u"Ga"_s, u"Gam"_s, u"Gamma *called*"_s}) {
            QVERIFY(m_editor->setNote(a.id, typed));
        }
        QCOMPARE(m_stack->count(), 2);
        QCOMPARE(m_stack->undoText(), u"Edit Note"_s);
        QCOMPARE(m_editor->repository().find(a.id)->note, u"Gamma *called*"_s);
        m_stack->undo();
        QCOMPARE(m_editor->repository().find(a.id)->note, QString());
        m_stack->redo();
        QCOMPARE(m_editor->repository().find(a.id)->note, u"Gamma *called*"_s);
        m_stack->undo();
        const QStringList beforeRemoval = annotations(); // the note is back to none
        QCOMPARE(beforeRemoval.size(), created.size());
        m_stack->undo();
        QVERIFY(annotations().isEmpty());
        m_stack->redo();
        QCOMPARE(annotations(), beforeRemoval); // exactly what the undo took away
    }

    void notesOfTwoAnnotationsStayApart()
    {
        const Annotation a = m_editor->annotate(m_doc, 10, 15, m_claim).value();
        const Annotation b = m_editor->annotate(m_doc, 20, 25, m_claim).value();
        QVERIFY(m_editor->setNote(a.id, u"first"_s));
        QVERIFY(m_editor->setNote(b.id, u"second"_s));
        QCOMPARE(m_stack->count(), 4);
        m_stack->undo();
        QCOMPARE(m_editor->repository().find(a.id)->note, u"first"_s);
        QCOMPARE(m_editor->repository().find(b.id)->note, QString());
    }

    void changeCodeAndUndo()
    {
        const Annotation a = m_editor->annotate(m_doc, 10, 15, m_claim, u"kept"_s).value();
        QVERIFY(m_editor->setCode(a.id, m_quote));
        QCOMPARE(m_stack->undoText(), u"Change Code"_s);
        QCOMPARE(m_editor->repository().find(a.id)->codeId, m_quote);
        QCOMPARE(m_editor->repository().find(a.id)->note, u"kept"_s);
        m_stack->undo();
        QCOMPARE(m_editor->repository().find(a.id)->codeId, m_claim);
        // The same code again is no change and no undo step.
        QVERIFY(m_editor->setCode(a.id, m_claim));
        QCOMPARE(m_stack->index(), 1);
    }

    void removeAndUndoPutsItBackExactly()
    {
        const Annotation a = m_editor->annotate(m_doc, 10, 15, m_claim, u"note"_s).value();
        QVERIFY(m_editor->setNote(a.id, u"edited"_s));
        const QStringList before = annotations();
        QVERIFY(m_editor->remove(a.id));
        QVERIFY(annotations().isEmpty());
        QCOMPARE(m_stack->undoText(), u"Remove Annotation"_s);
        m_stack->undo();
        QCOMPARE(annotations(), before);
        m_stack->redo();
        QVERIFY(annotations().isEmpty());
        QVERIFY(!m_editor->remove(a.id)); // already gone: refused, nothing pushed
        QCOMPARE(m_stack->count(), 3);
    }

    void documentNoteUndo()
    {
        QSignalSpy changed(m_editor.get(), &AnnotationEditor::documentNoteChanged);
        QVERIFY(m_editor->setDocumentNote(m_doc, u"# Summary"_s));
        QVERIFY(m_editor->setDocumentNote(m_doc, u"# Summary\n\nTwo calls."_s));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_editor->repository().note(m_doc)->note, u"# Summary\n\nTwo calls."_s);
        QCOMPARE(m_editor->repository().note(m_doc)->author, u"Ann"_s);
        m_stack->undo();
        QCOMPARE(m_editor->repository().note(m_doc)->note, QString());
        QVERIFY(tableRows(*m_db, u"SELECT * FROM document_note"_s).isEmpty());
        m_stack->redo();
        QCOMPARE(m_editor->repository().note(m_doc)->note, u"# Summary\n\nTwo calls."_s);
        QCOMPARE(changed.count(), 4);
    }

    void everyChangeIsCommittedAtOnce()
    {
        const Annotation a = m_editor->annotate(m_doc, 10, 15, m_claim).value();
        QVERIFY(m_editor->setNote(a.id, u"seen by others"_s));
        const std::unique_ptr<Database> other = Test::openDatabase(m_db->path());
        QCOMPARE(AnnotationRepository(*other).find(a.id)->note, u"seen by others"_s);
        m_stack->undo();
        QCOMPARE(AnnotationRepository(*other).find(a.id)->note, QString());
    }

    void undoOfAnnotationRemovedElsewhereReportsIt()
    {
        const Annotation a = m_editor->annotate(m_doc, 10, 15, m_claim).value();
        QVERIFY(m_editor->setNote(a.id, u"x"_s));
        {
            const std::unique_ptr<Database> other = Test::openDatabase(m_db->path());
            QVERIFY(AnnotationRepository(*other).remove(a.id));
        }
        QSignalSpy failed(m_editor.get(), &AnnotationEditor::failed);
        m_stack->undo();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(u"no longer exists"_s),
                 qPrintable(failed.first().first().toString()));
    }

private:
    QStringList annotations() { return tableRows(*m_db, u"SELECT * FROM annotation ORDER BY id"_s); }

    QString bodyOf(qint64 id)
    {
        QSqlQuery query(m_db->connection());
        query.prepare(u"SELECT body FROM document WHERE id = ?"_s);
        query.addBindValue(id);
        query.exec();
        return query.next() ? query.value(0).toString() : QString();
    }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::optional<QUndoStack> m_stack;
    std::unique_ptr<AnnotationEditor> m_editor;
    qint64 m_doc = 0;
    qint64 m_claim = 0;
    qint64 m_quote = 0;
    QString m_body;
};

QTEST_GUILESS_MAIN(TestAnnotationEditor)
#include "tst_annotationeditor.moc"
