// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "store/annotationrepository.h"
#include "store/codebook.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestCodeBook final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        m_db = Test::openDatabase(m_dir->filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void createsATreeInOrder()
    {
        CodeBook book(*m_db);
        const qint64 actors = book.create(u"Actors"_s, u"#112233"_s, u"Who"_s).value();
        const qint64 places = book.create(u"Places"_s, u"#445566"_s).value();
        const qint64 states = book.create(u"States"_s, u"#AABBCC"_s, {}, actors).value();
        const qint64 people = book.create(u"People"_s, u"#778899"_s, {}, actors).value();
        QCOMPARE(names(book), (QStringList{u"Actors"_s, u"Actors/States"_s, u"Actors/People"_s, u"Places"_s}));
        QCOMPARE(book.find(states)->colour, u"#aabbcc"_s);
        QCOMPARE(book.fullPath(people), u"Actors/People"_s);
        QCOMPARE(book.findByName(u"actors/people"_s)->id, people);
        QCOMPARE(book.findByName(u"People"_s)->id, people);
        QCOMPARE(book.list()->at(1).depth, 1);
        QVERIFY(book.move(places, actors, 0));
        QCOMPARE(names(book), (QStringList{u"Actors"_s, u"Actors/Places"_s, u"Actors/States"_s, u"Actors/People"_s}));
        QVERIFY(book.move(people, 0, 0));
        QCOMPARE(names(book), (QStringList{u"People"_s, u"Actors"_s, u"Actors/Places"_s, u"Actors/States"_s}));
        QVERIFY(book.rename(people, u"Persons"_s));
        QVERIFY(book.recolour(people, u"#000000"_s));
        QVERIFY(book.describe(people, u"Named people"_s));
        const Code changed = *book.find(people);
        QCOMPARE(changed.name, u"Persons"_s);
        QCOMPARE(changed.colour, u"#000000"_s);
        QCOMPARE(changed.description, u"Named people"_s);
    }

    void refusesBadChanges_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty name") << u"create-empty"_s << u"needs a name"_s;
        QTest::newRow("duplicate sibling") << u"create-duplicate"_s << u"already a code 'child' under 'Parent'"_s;
        QTest::newRow("duplicate top level") << u"create-top"_s << u"already a code 'parent' at the top level"_s;
        QTest::newRow("bad colour") << u"create-colour"_s << u"'red' of code 'X'"_s;
        QTest::newRow("rename to sibling") << u"rename"_s << u"already a code 'Other'"_s;
        QTest::newRow("own ancestor") << u"move-under-child"_s << u"'Parent' cannot be moved under itself"_s;
        QTest::newRow("under itself") << u"move-under-self"_s << u"'Parent' cannot be moved"_s;
        QTest::newRow("merge into child") << u"merge-into-child"_s << u"'Parent' cannot be merged"_s;
        QTest::newRow("slash in name") << u"create-slash"_s << u"contains '/'"_s;
    }

    void refusesBadChanges()
    {
        QFETCH(QString, change);
        QFETCH(QString, message);
        CodeBook book(*m_db);
        const qint64 parent = book.create(u"Parent"_s, u"#111111"_s).value();
        const qint64 child = book.create(u"Child"_s, u"#222222"_s, {}, parent).value();
        book.create(u"Other"_s, u"#333333"_s, {}, parent).value();
        const QStringList before = names(book);
        Result<void> outcome;
        if (change == u"create-empty"_s) {
            outcome = asVoid(book.create(u"  "_s, u"#000000"_s));
        } else if (change == u"create-duplicate"_s) {
            outcome = asVoid(book.create(u"child"_s, u"#000000"_s, {}, parent));
        } else if (change == u"create-top"_s) {
            outcome = asVoid(book.create(u"parent"_s, u"#000000"_s));
        } else if (change == u"create-colour"_s) {
            outcome = asVoid(book.create(u"X"_s, u"red"_s));
        } else if (change == u"create-slash"_s) {
            outcome = asVoid(book.create(u"A/B"_s, u"#000000"_s));
        } else if (change == u"rename"_s) {
            outcome = book.rename(child, u"Other"_s);
        } else if (change == u"move-under-child"_s) {
            outcome = book.move(parent, child);
        } else if (change == u"move-under-self"_s) {
            outcome = book.move(parent, parent);
        } else if (change == u"merge-into-child"_s) {
            outcome = book.merge(parent, child);
        }
        QVERIFY(!outcome);
        QVERIFY2(outcome.errorString().contains(message), qPrintable(outcome.errorString()));
        QCOMPARE(outcome.error().kind, ErrorKind::BadInput);
        QCOMPARE(names(book), before);
    }

    void mergeMovesAnnotationsAndChildren()
    {
        CodeBook book(*m_db);
        const qint64 a = book.create(u"A"_s, u"#111111"_s).value();
        const qint64 a1 = book.create(u"A1"_s, u"#111111"_s, {}, a).value();
        const qint64 b = book.create(u"B"_s, u"#222222"_s).value();
        AnnotationRepository annotations(*m_db);
        const qint64 doc = document();
        const qint64 first = annotations.create(doc, 0, 4, a, {}, u"me"_s)->id;
        QVERIFY(book.merge(a, b));
        QVERIFY(!book.find(a));
        QCOMPARE(annotations.find(first)->codeId, b);
        QCOMPARE(book.fullPath(a1), u"B/A1"_s);
    }

    void removeHandlesAnnotations_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<int>("remaining");
        QTest::addColumn<bool>("movedToTarget");
        QTest::newRow("delete") << int(CodeBook::RemovedAnnotations::Delete) << 0 << false;
        QTest::newRow("keep uncoded") << int(CodeBook::RemovedAnnotations::KeepUncoded) << 2 << false;
        QTest::newRow("move") << int(CodeBook::RemovedAnnotations::MoveTo) << 2 << true;
    }

    void removeHandlesAnnotations()
    {
        QFETCH(int, choice);
        QFETCH(int, remaining);
        QFETCH(bool, movedToTarget);
        CodeBook book(*m_db);
        const qint64 gone = book.create(u"Gone"_s, u"#111111"_s).value();
        const qint64 below = book.create(u"Below"_s, u"#111111"_s, {}, gone).value();
        const qint64 target = book.create(u"Target"_s, u"#222222"_s).value();
        AnnotationRepository annotations(*m_db);
        const qint64 doc = document();
        QVERIFY(annotations.create(doc, 0, 4, gone, {}, {}));
        QVERIFY(annotations.create(doc, 5, 9, below, {}, {}));
        QVERIFY(book.remove(gone, CodeBook::RemovedAnnotations(choice), target));
        QCOMPARE(names(book), QStringList{u"Target"_s});
        const QList<Annotation> left = annotations.list().value();
        QCOMPARE(left.size(), remaining);
        for (const Annotation &annotation : left) {
            QCOMPARE(annotation.codeId, movedToTarget ? target : 0);
        }
    }

    void installsTheDefaultBookOnce()
    {
        CodeBook book(*m_db);
        QVERIFY(book.installDefault());
        QCOMPARE(names(book), (QStringList{u"Claim"_s, u"Quote"_s, u"Figure"_s, u"Event"_s, u"Question"_s, u"Important"_s}));
        const QList<Code> codes = book.list().value();
        for (const Code &code : codes) {
            QVERIFY(CodeBook::isColour(code.colour));
            QVERIFY(!code.description.isEmpty());
        }
        QVERIFY(book.installDefault());
        QCOMPARE(book.count().value(), 6);
    }

    void replacesFromAFile()
    {
        CodeBook book(*m_db);
        const qint64 claim = book.create(u"Claim"_s, u"#111111"_s).value();
        const qint64 old = book.create(u"Old"_s, u"#111111"_s).value();
        AnnotationRepository annotations(*m_db);
        const qint64 doc = document();
        const qint64 kept = annotations.create(doc, 0, 4, claim, {}, {})->id;
        const qint64 lost = annotations.create(doc, 5, 9, old, {}, {})->id;
        const QString path = m_dir->filePath(u"book.json"_s);
        QVERIFY(Test::writeFile(path, "{\"codes\": [{\"name\": \"Claim\", \"colour\": \"#ff0000\", \"children\": [{\"name\": \"Denied\", \"colour\": \"#00ff00\", \"description\": \"d\"}]}, {\"name\": \"New\"}]}"));
        QVERIFY(book.replaceWith(path));
        QCOMPARE(names(book), (QStringList{u"Claim"_s, u"Claim/Denied"_s, u"New"_s}));
        QCOMPARE(book.fullPath(annotations.find(kept)->codeId), u"Claim"_s);
        QCOMPARE(annotations.find(lost)->codeId, 0);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{") << u"not a JSON code book"_s;
        QTest::newRow("no codes") << QByteArray("{}") << u"'codes'"_s;
        QTest::newRow("no name") << QByteArray("{\"codes\": [{\"colour\": \"#000000\"}]}") << u"codes[0].name"_s;
        QTest::newRow("bad colour") << QByteArray("{\"codes\": [{\"name\": \"A\"}, {\"name\": \"B\", \"colour\": \"blue\"}]}")
                                    << u"codes[1].colour: 'blue' (code 'B')"_s;
        QTest::newRow("twice") << QByteArray("{\"codes\": [{\"name\": \"A\", \"children\": [{\"name\": \"x\"}, {\"name\": \"X\"}]}]}")
                               << u"codes[0].children[1].name"_s;
    }

    void refusesBadFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        CodeBook book(*m_db);
        QVERIFY(book.create(u"Kept"_s, u"#111111"_s));
        const QString path = m_dir->filePath(u"bad.json"_s);
        QVERIFY(Test::writeFile(path, json));
        const Result<void> replaced = book.replaceWith(path);
        QVERIFY(!replaced);
        QVERIFY2(replaced.errorString().contains(path), qPrintable(replaced.errorString()));
        QVERIFY2(replaced.errorString().contains(message), qPrintable(replaced.errorString()));
        QCOMPARE(names(book), QStringList{u"Kept"_s});
    }

private:
    static Result<void> asVoid(const Result<qint64> &result)
    {
        return result ? Result<void>() : Result<void>(result.error());
    }

    QStringList names(const CodeBook &book) const
    {
        QStringList paths;
        const QList<Code> codes = book.list().value();
        for (const Code &code : codes) {
            paths << book.fullPath(code.id);
        }
        return paths;
    }

    qint64 document()
    {
        Importer importer(*m_db);
        Result<DocumentRepository::Inserted> inserted = importer.importText(u"Some text to annotate here."_s, u"a.txt"_s);
        return inserted ? inserted->id : 0;
    }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestCodeBook)
#include "tst_codebook.moc"
