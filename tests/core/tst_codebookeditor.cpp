// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookfixture.h"
#include "edit/codebookeditor.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestCodeBookEditor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        m_db = Test::openDatabase(m_dir->filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
        m_f = Test::makeCodeBookFixture(*m_db);
        m_stack.emplace();
        m_editor.emplace(*m_db, &*m_stack);
    }

    void cleanup()
    {
        m_editor.reset();
        m_stack.reset();
        m_db.reset();
        m_dir.reset();
    }

    // Each operation: done, undone to exactly the stored rows of before (every column of every
    // code and annotation), redone to exactly the rows of after, and undone once more.
    void operationsUndoAndRedo_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("undoText");
        QTest::addColumn<QStringList>("paths");      // the code book after the operation
        QTest::addColumn<QString>("annotationCodes"); // the code of each fixture annotation after it
        QTest::addColumn<bool>("annotationsSignal");

        const QStringList fixture{u"Actors"_s, u"Actors/States"_s, u"Actors/People"_s, u"Places"_s, u"Dates"_s};
        const QString untouched = u"Actors Actors States People Places -"_s;
        QTest::newRow("create") << u"create"_s << u"New Code “Quotes”"_s << fixture + QStringList{u"Quotes"_s}
                                << untouched << false;
        QTest::newRow("create child") << u"create child"_s << u"New Code “Envoys”"_s
                                      << QStringList{u"Actors"_s, u"Actors/States"_s, u"Actors/People"_s,
                                                     u"Actors/People/Envoys"_s, u"Places"_s, u"Dates"_s}
                                      << untouched << false;
        QTest::newRow("rename") << u"rename"_s << u"Rename Code “States”"_s
                                << QStringList{u"Actors"_s, u"Actors/Countries"_s, u"Actors/People"_s, u"Places"_s, u"Dates"_s}
                                << u"Actors Actors Countries People Places -"_s << false;
        QTest::newRow("recolour") << u"recolour"_s << u"Change Colour of “Places”"_s << fixture << untouched << false;
        QTest::newRow("describe") << u"describe"_s << u"Change Description of “Dates”"_s << fixture << untouched
                                  << false;
        QTest::newRow("move up") << u"move up"_s << u"Move Code “Dates”"_s
                                 << QStringList{u"Dates"_s, u"Actors"_s, u"Actors/States"_s, u"Actors/People"_s, u"Places"_s}
                                 << untouched << false;
        QTest::newRow("move under") << u"move under"_s << u"Move Code “Places”"_s
                                    << QStringList{u"Actors"_s, u"Actors/States"_s, u"Actors/Places"_s, u"Actors/People"_s,
                                                   u"Dates"_s}
                                    << untouched << false;
        QTest::newRow("move out") << u"move out"_s << u"Move Code “People”"_s
                                  << QStringList{u"Actors"_s, u"Actors/States"_s, u"Places"_s, u"Dates"_s, u"People"_s}
                                  << untouched << false;
        QTest::newRow("merge with children") << u"merge"_s << u"Merge “Actors” into “Places”"_s
                                             << QStringList{u"Places"_s, u"Places/States"_s, u"Places/People"_s, u"Dates"_s}
                                             << u"Places Places States People Places -"_s << true;
        QTest::newRow("merge without annotations") << u"merge unused"_s << u"Merge “Dates” into “Places”"_s
                                                   << QStringList{u"Actors"_s, u"Actors/States"_s, u"Actors/People"_s,
                                                                  u"Places"_s}
                                                   << untouched << false;
        QTest::newRow("remove, delete annotations") << u"remove delete"_s << u"Delete Code “Actors” and Its Annotations"_s
                                                    << QStringList{u"Places"_s, u"Dates"_s} << u"gone gone gone gone Places -"_s
                                                    << true;
        QTest::newRow("remove, keep uncoded") << u"remove keep"_s << u"Delete Code “Actors”"_s
                                              << QStringList{u"Places"_s, u"Dates"_s} << u"- - - - Places -"_s << true;
        QTest::newRow("remove, move annotations") << u"remove move"_s << u"Delete Code “Actors”, Moving Its Annotations"_s
                                                  << QStringList{u"Places"_s, u"Dates"_s}
                                                  << u"Dates Dates Dates Dates Places -"_s << true;
        QTest::newRow("remove unused") << u"remove unused"_s << u"Delete Code “Dates”"_s
                                       << QStringList{u"Actors"_s, u"Actors/States"_s, u"Actors/People"_s, u"Places"_s}
                                       << untouched << false;
        QTest::newRow("replace") << u"replace"_s << u"Load Code Book “book.json”"_s
                                 << QStringList{u"Places"_s, u"Places/Cities"_s, u"Actors"_s, u"Quotes"_s}
                                 << u"Actors Actors - - Places -"_s << true;
    }

    void operationsUndoAndRedo()
    {
        QFETCH(QString, operation);
        QFETCH(QString, undoText);
        QFETCH(QStringList, paths);
        QFETCH(QString, annotationCodes);
        QFETCH(bool, annotationsSignal);

        QSignalSpy codes(&*m_editor, &CodeBookEditor::codesChanged);
        QSignalSpy annotations(&*m_editor, &CodeBookEditor::annotationsChanged);
        QSignalSpy failures(&*m_editor, &CodeBookEditor::failed);
        const QStringList before = Test::storedState(*m_db);

        const Result<void> done = perform(operation);
        QVERIFY2(done, qPrintable(done.errorString()));
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), undoText);
        QCOMPARE(this->paths(), paths);
        QCOMPARE(this->annotationCodes(), annotationCodes);
        QCOMPARE(codes.count(), 1);
        QCOMPARE(annotations.count(), annotationsSignal ? 1 : 0);
        const QStringList after = Test::storedState(*m_db);
        QVERIFY(after != before);
        if (operation == u"recolour"_s) {
            QCOMPARE(m_editor->codeBook().find(m_f.places)->colour, u"#12ab34"_s);
        } else if (operation == u"describe"_s) {
            QCOMPARE(m_editor->codeBook().find(m_f.dates)->description, u"When it happened"_s);
        }

        m_stack->undo();
        QCOMPARE(Test::storedState(*m_db), before);
        QCOMPARE(codes.count(), 2);
        QCOMPARE(annotations.count(), annotationsSignal ? 2 : 0);
        m_stack->redo();
        QCOMPARE(Test::storedState(*m_db), after);
        QCOMPARE(codes.count(), 3);
        m_stack->undo();
        QCOMPARE(Test::storedState(*m_db), before);
        QCOMPARE(failures.count(), 0);
    }

    // A refused change returns why, and leaves the stack (with its redo tail) and the store as
    // they were.
    void failuresLeaveStackAndDatabase_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("message");
        QTest::newRow("create, bad colour") << u"create bad colour"_s << u"'red' of code 'Quotes'"_s;
        QTest::newRow("create, no parent") << u"create no parent"_s << u"no parent code 999"_s;
        QTest::newRow("create, duplicate") << u"create duplicate"_s << u"already a code 'people' under 'Actors'"_s;
        QTest::newRow("rename, duplicate") << u"rename duplicate"_s << u"already a code 'People' under 'Actors'"_s;
        QTest::newRow("rename, missing") << u"rename missing"_s << u"no code 999"_s;
        QTest::newRow("recolour, bad") << u"recolour bad"_s << u"'#12' of code 'Places'"_s;
        QTest::newRow("move under own child") << u"move under child"_s << u"'Actors' cannot be moved under itself"_s;
        QTest::newRow("merge into child") << u"merge into child"_s << u"'Actors' cannot be merged"_s;
        QTest::newRow("remove, move to removed") << u"remove move to child"_s << u"cannot move to a code that is removed"_s;
        QTest::newRow("replace, bad file") << u"replace bad"_s << u"codes[0].colour"_s;
        QTest::newRow("replace, missing file") << u"replace missing"_s << u"missing.json cannot be read"_s;
    }

    void failuresLeaveStackAndDatabase()
    {
        QFETCH(QString, operation);
        QFETCH(QString, message);
        // Something to undo and something to redo, both of which must survive the failure.
        QVERIFY(m_editor->describeCode(m_f.places, u"Where"_s));
        QVERIFY(m_editor->createCode(u"Temporary"_s, u"#101010"_s));
        m_stack->undo();
        QCOMPARE(m_stack->count(), 2);
        QCOMPARE(m_stack->index(), 1);
        const QStringList before = Test::storedState(*m_db);
        QSignalSpy codes(&*m_editor, &CodeBookEditor::codesChanged);
        QSignalSpy failures(&*m_editor, &CodeBookEditor::failed);

        const Result<void> done = perform(operation);
        QVERIFY(!done);
        QVERIFY2(done.errorString().contains(message), qPrintable(done.errorString()));
        QCOMPARE(m_stack->count(), 2);
        QCOMPARE(m_stack->index(), 1);
        QCOMPARE(m_stack->redoText(), u"New Code “Temporary”"_s);
        QCOMPARE(Test::storedState(*m_db), before);
        QCOMPARE(codes.count(), 0);
        QCOMPARE(failures.count(), 0); // the caller has the message
        m_stack->redo();
        QCOMPARE(paths().constLast(), u"Temporary"_s);
    }

    void changesThatChangeNothingAreNotPushed_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("rename to its name") << u"rename same"_s;
        QTest::newRow("colour it has") << u"recolour same"_s;
        QTest::newRow("move to its place") << u"move same"_s;
        QTest::newRow("install default over codes") << u"install default"_s;
    }

    void changesThatChangeNothingAreNotPushed()
    {
        QFETCH(QString, operation);
        QSignalSpy codes(&*m_editor, &CodeBookEditor::codesChanged);
        const QStringList before = Test::storedState(*m_db);
        const Result<void> done = perform(operation);
        QVERIFY2(done, qPrintable(done.errorString()));
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(codes.count(), 0);
        QCOMPARE(Test::storedState(*m_db), before);
    }

    void installsTheDefaultBookOnAnEmptyCorpus()
    {
        QVERIFY(m_editor->removeCode(m_f.actors, CodeBook::RemovedAnnotations::KeepUncoded));
        QVERIFY(m_editor->removeCode(m_f.places, CodeBook::RemovedAnnotations::KeepUncoded));
        QVERIFY(m_editor->removeCode(m_f.dates, CodeBook::RemovedAnnotations::KeepUncoded));
        const QStringList before = Test::storedState(*m_db);
        QVERIFY(m_editor->installDefaultCodeBook());
        QCOMPARE(paths(), (QStringList{u"Claim"_s, u"Quote"_s, u"Figure"_s, u"Event"_s, u"Question"_s, u"Important"_s}));
        QCOMPARE(m_stack->undoText(), u"Install Default Code Book"_s);
        const QStringList after = Test::storedState(*m_db);
        m_stack->undo();
        QCOMPARE(Test::storedState(*m_db), before);
        m_stack->redo();
        QCOMPARE(Test::storedState(*m_db), after);
        // All the way back to the fixture.
        while (m_stack->canUndo()) {
            m_stack->undo();
        }
        QCOMPARE(paths(), (QStringList{u"Actors"_s, u"Actors/States"_s, u"Actors/People"_s, u"Places"_s, u"Dates"_s}));
        QCOMPARE(annotationCodes(), u"Actors Actors States People Places -"_s);
    }

    // Redo puts rows back with their ids, so the commands after it still find their codes.
    void laterCommandsFindTheirCodesAfterRedo()
    {
        const qint64 quotes = m_editor->createCode(u"Quotes"_s, u"#101010"_s).value();
        QVERIFY(m_editor->createCode(u"Direct"_s, u"#202020"_s, quotes));
        QVERIFY(m_editor->renameCode(quotes, u"Citations"_s));
        const QString path = bookFile();
        QVERIFY(m_editor->replaceCodeBook(path));
        const qint64 cities = m_editor->codeBook().findByName(u"Places/Cities"_s)->id;
        QVERIFY(m_editor->recolourCode(cities, u"#303030"_s));
        QVERIFY(m_editor->moveCode(cities, 0, 0));
        const QStringList end = Test::storedState(*m_db);
        QFile::remove(path); // redo must not need the file again
        while (m_stack->canUndo()) {
            m_stack->undo();
        }
        QCOMPARE(paths(), (QStringList{u"Actors"_s, u"Actors/States"_s, u"Actors/People"_s, u"Places"_s, u"Dates"_s}));
        QSignalSpy failures(&*m_editor, &CodeBookEditor::failed);
        while (m_stack->canRedo()) {
            m_stack->redo();
        }
        QCOMPARE(failures.count(), 0);
        QCOMPARE(Test::storedState(*m_db), end);
        QCOMPARE(paths(), (QStringList{u"Cities"_s, u"Places"_s, u"Actors"_s, u"Quotes"_s}));
    }

    // When the store refuses an undo, failed() says why and the stored change stays; redoing a
    // change that is still there is harmless, and the undo works once the store accepts it.
    void undoRefusedByTheDatabase_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("another connection writes") << u"locked"_s;
        QTest::newRow("query only") << u"query only"_s;
    }

    void undoRefusedByTheDatabase()
    {
        QFETCH(QString, how);
        // An editor whose connection waits 50 ms for a lock, not 5 s.
        Database::Options options;
        options.busyTimeoutMs = 50;
        Result<std::unique_ptr<Database>> opened = Database::open(m_db->path(), options);
        QVERIFY(opened);
        std::unique_ptr<Database> database = std::move(opened).value();
        QUndoStack stack;
        CodeBookEditor editor(*database, &stack);
        QSignalSpy failures(&editor, &CodeBookEditor::failed);
        QSignalSpy codes(&editor, &CodeBookEditor::codesChanged);

        const QStringList before = Test::storedState(*m_db);
        QVERIFY(editor.removeCode(m_f.actors, CodeBook::RemovedAnnotations::Delete));
        const QStringList after = Test::storedState(*m_db);
        QCOMPARE(codes.count(), 1);

        QSqlQuery blocker(how == u"locked"_s ? m_db->connection() : database->connection());
        QVERIFY(blocker.exec(how == u"locked"_s ? Test::lockAgainstWriters(*m_db) : Test::queryOnly(*database, true)));
        stack.undo();
        QCOMPARE(failures.count(), 1);
        const QString message = failures.at(0).at(0).toString();
        QVERIFY2(message.contains(database->path()), qPrintable(message));
        QVERIFY2(message.contains(how == u"locked"_s ? u"busy"_s : u"read-only"_s), qPrintable(message));
        QCOMPARE(codes.count(), 1);
        QVERIFY(blocker.exec(how == u"locked"_s ? u"ROLLBACK"_s : Test::queryOnly(*database, false)));
        QCOMPARE(Test::storedState(*m_db), after);

        stack.redo(); // the change is still there: writing it again changes nothing
        QCOMPARE(failures.count(), 1);
        QCOMPARE(Test::storedState(*m_db), after);
        stack.undo();
        QCOMPARE(failures.count(), 1);
        QCOMPARE(Test::storedState(*m_db), before);
    }

    // Without an undo stack (a headless caller) the changes are made and reported all the same.
    void worksWithoutAnUndoStack()
    {
        CodeBookEditor editor(*m_db, nullptr);
        QSignalSpy codes(&editor, &CodeBookEditor::codesChanged);
        const Result<qint64> created = editor.createCode(u"Quotes"_s, u"#101010"_s);
        QVERIFY(created);
        QCOMPARE(editor.codeBook().find(*created)->name, u"Quotes"_s);
        QVERIFY(editor.mergeCodes(*created, m_f.places));
        QCOMPARE(codes.count(), 2);
    }

private:
    Result<void> perform(const QString &operation)
    {
        CodeBookEditor &e = *m_editor;
        const auto asVoid = [](const Result<qint64> &result) {
            return result ? Result<void>() : Result<void>(result.error());
        };
        using Removed = CodeBook::RemovedAnnotations;
        if (operation == u"create"_s) {
            return asVoid(e.createCode(u"Quotes"_s, u"#123456"_s, 0, u"Said"_s));
        } else if (operation == u"create child"_s) {
            return asVoid(e.createCode(u"Envoys"_s, u"#123456"_s, m_f.people));
        } else if (operation == u"create bad colour"_s) {
            return asVoid(e.createCode(u"Quotes"_s, u"red"_s));
        } else if (operation == u"create no parent"_s) {
            return asVoid(e.createCode(u"Quotes"_s, u"#123456"_s, 999));
        } else if (operation == u"create duplicate"_s) {
            return asVoid(e.createCode(u"people"_s, u"#123456"_s, m_f.actors));
        } else if (operation == u"rename"_s) {
            return e.renameCode(m_f.states, u" Countries "_s);
        } else if (operation == u"rename same"_s) {
            return e.renameCode(m_f.states, u"States"_s);
        } else if (operation == u"rename duplicate"_s) {
            return e.renameCode(m_f.states, u"People"_s);
        } else if (operation == u"rename missing"_s) {
            return e.renameCode(999, u"Nobody"_s);
        } else if (operation == u"recolour"_s) {
            return e.recolourCode(m_f.places, u"#12AB34"_s);
        } else if (operation == u"recolour same"_s) {
            return e.recolourCode(m_f.places, u"#00AA00"_s);
        } else if (operation == u"recolour bad"_s) {
            return e.recolourCode(m_f.places, u"#12"_s);
        } else if (operation == u"describe"_s) {
            return e.describeCode(m_f.dates, u"When it happened"_s);
        } else if (operation == u"move up"_s) {
            return e.moveCode(m_f.dates, 0, 0);
        } else if (operation == u"move under"_s) {
            return e.moveCode(m_f.places, m_f.actors, 1);
        } else if (operation == u"move out"_s) {
            return e.moveCode(m_f.people, 0);
        } else if (operation == u"move same"_s) {
            return e.moveCode(m_f.places, 0, 1);
        } else if (operation == u"move under child"_s) {
            return e.moveCode(m_f.actors, m_f.people);
        } else if (operation == u"merge"_s) {
            return e.mergeCodes(m_f.actors, m_f.places);
        } else if (operation == u"merge unused"_s) {
            return e.mergeCodes(m_f.dates, m_f.places);
        } else if (operation == u"merge into child"_s) {
            return e.mergeCodes(m_f.actors, m_f.states);
        } else if (operation == u"remove delete"_s) {
            return e.removeCode(m_f.actors, Removed::Delete);
        } else if (operation == u"remove keep"_s) {
            return e.removeCode(m_f.actors, Removed::KeepUncoded);
        } else if (operation == u"remove move"_s) {
            return e.removeCode(m_f.actors, Removed::MoveTo, m_f.dates);
        } else if (operation == u"remove unused"_s) {
            return e.removeCode(m_f.dates, Removed::KeepUncoded);
        } else if (operation == u"remove move to child"_s) {
            return e.removeCode(m_f.actors, Removed::MoveTo, m_f.people);
        } else if (operation == u"replace"_s) {
            return e.replaceCodeBook(bookFile());
        } else if (operation == u"replace bad"_s) {
            const QString path = m_dir->filePath(u"bad.json"_s);
            Test::writeFile(path, "{\"codes\": [{\"name\": \"A\", \"colour\": \"blue\"}]}");
            return e.replaceCodeBook(path);
        } else if (operation == u"replace missing"_s) {
            return e.replaceCodeBook(m_dir->filePath(u"missing.json"_s));
        } else if (operation == u"install default"_s) {
            return e.installDefaultCodeBook();
        }
        return badInput(u"unknown operation "_s + operation);
    }

    // Places and Actors are kept (same path), the children of Actors are not.
    QString bookFile()
    {
        const QString path = m_dir->filePath(u"book.json"_s);
        Test::writeFile(path, "{\"codes\": [{\"name\": \"Places\", \"colour\": \"#00ff00\", \"children\": [{\"name\": \"Cities\"}]}, "
                                 "{\"name\": \"Actors\"}, {\"name\": \"Quotes\", \"description\": \"Said\"}]}");
        return path;
    }

    QStringList paths() const
    {
        QStringList paths;
        const QList<Code> codes = m_editor->codeBook().list().value();
        for (const Code &code : codes) {
            paths << m_editor->codeBook().fullPath(code.id);
        }
        return paths;
    }

    // The code name of each fixture annotation ("-": none, "gone": the annotation was deleted).
    QString annotationCodes() const
    {
        QStringList names;
        AnnotationRepository repository(*m_db);
        for (qint64 id : m_f.annotations) {
            const std::optional<Annotation> annotation = repository.find(id);
            if (!annotation) {
                names << u"gone"_s;
            } else if (annotation->codeId == 0) {
                names << u"-"_s;
            } else {
                names << m_editor->codeBook().find(annotation->codeId)->name;
            }
        }
        return names.join(u' ');
    }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Test::CodeBookFixture m_f;
    std::optional<QUndoStack> m_stack;
    std::optional<CodeBookEditor> m_editor;
};

QTEST_GUILESS_MAIN(TestCodeBookEditor)
#include "tst_codebookeditor.moc"
