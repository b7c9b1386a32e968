// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "store/annotationrepository.h"
#include "store/codebook.h"
#include "store/documentrepository.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestAnnotationRepository final : public QObject
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

    void createsWithQuoteContextAndTimestamps()
    {
        const QString body = u"Alpha said yes. "_s + QString(40, u'x') + u" Beta said no."_s;
        const qint64 doc = document(body);
        const qint64 claim = CodeBook(*m_db).create(u"Claim"_s, u"#ff0000"_s).value();
        AnnotationRepository annotations(*m_db);
        const qsizetype start = body.indexOf(u"Beta"_s);
        Result<Annotation> created = annotations.create(doc, start, start + 4, claim, u"*who*?"_s, u"Ann"_s);
        QVERIFY2(created, qPrintable(created.errorString()));
        QCOMPARE(created->quote, u"Beta"_s);
        QCOMPARE(created->prefix, body.mid(start - 32, 32));
        QCOMPARE(created->suffix, u" said no."_s);
        QCOMPARE(created->anchorState, u"anchored"_s);
        QCOMPARE(created->version, 1);
        QVERIFY(!QUuid::fromString(created->uuid).isNull());
        static const QRegularExpression iso(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"_s);
        QVERIFY2(iso.match(created->created).hasMatch(), qPrintable(created->created));
        QCOMPARE(created->updated, created->created);

        // Stored and committed: a second connection sees it.
        const std::unique_ptr<Database> other = Test::openDatabase(m_db->path());
        const std::optional<Annotation> read = AnnotationRepository(*other).find(created->id);
        QVERIFY(read);
        QCOMPARE(read->uuid, created->uuid);
        QCOMPARE(read->note, u"*who*?"_s);
        QCOMPARE(read->author, u"Ann"_s);
        QCOMPARE(read->codeId, claim);
        QCOMPARE(read->start, start);
    }

    void refusesBadPassages_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative") << qint64(-1) << qint64(3) << u"not inside document"_s;
        QTest::newRow("empty") << qint64(3) << qint64(3) << u"not inside document"_s;
        QTest::newRow("reversed") << qint64(4) << qint64(2) << u"not inside document"_s;
        QTest::newRow("past the end") << qint64(0) << qint64(1000) << u"has 8 characters"_s;
        QTest::newRow("inside an emoji") << qint64(3) << qint64(5) << u"split a character"_s;
    }

    void refusesBadPassages()
    {
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(QString, message);
        const qint64 doc = document(u"ab\U0001F600cdef"_s); // the emoji is two UTF-16 units (2–3)
        QCOMPARE(DocumentRepository(*m_db).find(doc)->body.size(), 8);
        const Result<Annotation> created = AnnotationRepository(*m_db).create(doc, start, end, 0, {}, {});
        QVERIFY(!created);
        QCOMPARE(created.error().kind, ErrorKind::BadInput);
        QVERIFY2(created.errorString().contains(message), qPrintable(created.errorString()));
        QVERIFY(AnnotationRepository(*m_db).list()->isEmpty());
    }

    void refusesUnknownDocumentAndCode()
    {
        AnnotationRepository annotations(*m_db);
        QVERIFY(annotations.create(99, 0, 1, 0, {}, {}).errorString().contains(u"no document 99"_s));
        const qint64 doc = document(u"Some text."_s);
        QVERIFY(annotations.create(doc, 0, 1, 42, {}, {}).errorString().contains(u"no code 42"_s));
    }

    void unicodeOffsetsAreUtf16()
    {
        const QString body = u"Šéf \U0001F600 said «שלום» today."_s;
        const qint64 doc = document(body);
        const qsizetype start = body.indexOf(u"«"_s);
        const Result<Annotation> made = AnnotationRepository(*m_db).create(doc, start, start + 6, 0, {}, {});
        QVERIFY2(made, qPrintable(made.errorString()));
        const Annotation &created = *made;
        QCOMPARE(created.quote, u"«שלום»"_s);
        QCOMPARE(created.prefix, u"Šéf \U0001F600 said "_s);
        QCOMPARE(created.suffix, u" today."_s);
    }

    void updatesWithOptimisticConcurrency()
    {
        const qint64 doc = document(u"Some text to annotate."_s);
        CodeBook book(*m_db);
        const qint64 first = book.create(u"First"_s, u"#111111"_s).value();
        const qint64 second = book.create(u"Second"_s, u"#222222"_s).value();
        AnnotationRepository annotations(*m_db);
        const Annotation created = annotations.create(doc, 0, 4, first, u"one"_s, u"me"_s).value();
        QThread::msleep(2);
        Result<Annotation> updated = annotations.update(created.id, created.version, second, u"two"_s);
        QVERIFY2(updated, qPrintable(updated.errorString()));
        QCOMPARE(updated->version, 2);
        QVERIFY(updated->updated > created.updated);
        QCOMPARE(updated->created, created.created);
        const Annotation stored = *annotations.find(created.id);
        QCOMPARE(stored.version, 2);
        QCOMPARE(stored.codeId, second);
        QCOMPARE(stored.note, u"two"_s);

        // A writer still holding version 1 is refused and changes nothing.
        const Result<Annotation> stale = annotations.update(created.id, created.version, 0, u"stale"_s);
        QVERIFY(!stale);
        QVERIFY2(stale.errorString().contains(u"since you opened it"_s), qPrintable(stale.errorString()));
        QCOMPARE(annotations.find(created.id)->note, u"two"_s);
        QVERIFY(annotations.update(created.id, 2, 0, u"uncoded"_s));
        QCOMPARE(annotations.find(created.id)->codeId, 0);
    }

    void removeAndRestoreRoundTrip()
    {
        const qint64 doc = document(u"Some text to annotate."_s);
        const qint64 code = CodeBook(*m_db).create(u"C"_s, u"#111111"_s).value();
        AnnotationRepository annotations(*m_db);
        Annotation created = annotations.create(doc, 5, 9, code, u"note"_s, u"me"_s).value();
        created = annotations.update(created.id, 1, code, u"changed"_s).value();
        QVERIFY(annotations.remove(created.id));
        QVERIFY(!annotations.find(created.id));
        QVERIFY(!annotations.remove(created.id));
        QVERIFY(annotations.restore(created));
        const Annotation back = *annotations.find(created.id);
        QCOMPARE(back.uuid, created.uuid);
        QCOMPARE(back.start, created.start);
        QCOMPARE(back.end, created.end);
        QCOMPARE(back.quote, u"text"_s);
        QCOMPARE(back.prefix, created.prefix);
        QCOMPARE(back.suffix, created.suffix);
        QCOMPARE(back.note, u"changed"_s);
        QCOMPARE(back.created, created.created);
        QCOMPARE(back.updated, created.updated);
        QCOMPARE(back.version, 2);
        QCOMPARE(back.codeId, code);
    }

    void filtersAndSorts()
    {
        const qint64 one = document(u"First article about talks in Cairo."_s);
        const qint64 two = document(u"Second article about a ceasefire."_s);
        CodeBook book(*m_db);
        const qint64 actors = book.create(u"Actors"_s, u"#111111"_s).value();
        const qint64 states = book.create(u"States"_s, u"#111111"_s, {}, actors).value();
        const qint64 other = book.create(u"Other"_s, u"#111111"_s).value();
        AnnotationRepository annotations(*m_db);
        const qint64 a = annotations.create(one, 29, 34, states, u"capital"_s, {})->id; // Cairo
        const qint64 b = annotations.create(one, 0, 5, actors, {}, {})->id;              // First
        const qint64 c = annotations.create(two, 23, 32, other, u"50% sure"_s, {})->id;  // ceasefire
        QCOMPARE(ids(annotations.list().value()), (QList<qint64>{b, a, c}));
        QCOMPARE(ids(annotations.forDocument(one).value()), (QList<qint64>{b, a}));
        QCOMPARE(ids(annotations.list({}, AnnotationSort::CreatedDescending).value()), (QList<qint64>{c, b, a}));

        AnnotationFilter byCode;
        byCode.codeId = actors;
        QCOMPARE(ids(annotations.list(byCode).value()), (QList<qint64>{b, a}));
        byCode.codeId = states;
        QCOMPARE(ids(annotations.list(byCode).value()), QList<qint64>{a});

        AnnotationFilter byText;
        byText.text = u"CAIRO"_s;
        QCOMPARE(ids(annotations.list(byText).value()), QList<qint64>{a});
        byText.text = u"capital"_s;
        QCOMPARE(ids(annotations.list(byText).value()), QList<qint64>{a});
        byText.text = u"0%"_s; // a LIKE wildcard is taken literally
        QCOMPARE(ids(annotations.list(byText).value()), QList<qint64>{c});

        AnnotationFilter byDate;
        byDate.from = QDateTime::currentDateTimeUtc().addSecs(-60);
        QCOMPARE(annotations.list(byDate)->size(), 3);
        byDate.to = QDateTime::currentDateTimeUtc().addSecs(-30);
        QCOMPARE(annotations.list(byDate)->size(), 0);
    }

    void reanchors_data()
    {
        QTest::addColumn<QString>("newBody");
        QTest::addColumn<QString>("state");
        QTest::addColumn<qint64>("newStart"); // -1: where it was
        const QString original = u"Alpha said yes. Beta said no. Gamma said yes."_s;
        QTest::newRow("kept") << original + u" More."_s << u"anchored"_s << qint64(-1);
        QTest::newRow("moved") << u"Intro. "_s + original << u"reanchored"_s << qint64(original.lastIndexOf(u"said yes"_s) + 7);
        QTest::newRow("context picks the occurrence")
            << u"Gamma said yes. Beta said no. Alpha, he said yes."_s << u"reanchored"_s << qint64(6);
        QTest::newRow("nearest of equals") << u"Gamma said yes. Gamma said yes. Gamma said yes."_s << u"reanchored"_s
                                           << qint64(38);
        QTest::newRow("orphaned") << u"Alpha said no. Beta said no. Gamma said maybe."_s << u"orphaned"_s << qint64(-1);
        QTest::newRow("emptied") << u"-"_s << u"orphaned"_s << qint64(-1);
    }

    void reanchors()
    {
        QFETCH(QString, newBody);
        QFETCH(QString, state);
        QFETCH(qint64, newStart);
        const QString original = u"Alpha said yes. Beta said no. Gamma said yes."_s;
        const qint64 doc = document(original);
        AnnotationRepository annotations(*m_db);
        const qsizetype start = original.lastIndexOf(u"said yes"_s); // Gamma's
        const Annotation created = annotations.create(doc, start, start + 8, 0, u"n"_s, {}).value();

        QSqlQuery change(m_db->connection());
        change.prepare(u"UPDATE document SET body = ?, length = ? WHERE id = ?"_s);
        change.addBindValue(newBody);
        change.addBindValue(newBody.size());
        change.addBindValue(doc);
        QVERIFY(change.exec());

        const Result<int> changed = annotations.reanchor(doc);
        QVERIFY2(changed, qPrintable(changed.errorString()));
        QCOMPARE(*changed, state == u"anchored"_s ? 0 : 1);
        const Annotation after = *annotations.find(created.id);
        QCOMPARE(after.anchorState, state);
        QCOMPARE(after.start, newStart < 0 ? start : newStart);
        QCOMPARE(after.end - after.start, 8);
        QCOMPARE(after.quote, u"said yes"_s);
        QCOMPARE(after.note, u"n"_s);
        if (state == u"reanchored"_s) {
            QCOMPARE(newBody.mid(after.start, 8), u"said yes"_s);
            QVERIFY(newBody.left(after.start).endsWith(after.prefix));
        }
        QCOMPARE(annotations.reanchor(doc).value(), 0); // settled
    }

    void documentNotes()
    {
        const qint64 doc = document(u"Some text."_s);
        AnnotationRepository annotations(*m_db);
        QVERIFY(annotations.note(doc)->note.isEmpty());
        QVERIFY(annotations.setNote(doc, u"# Summary\nTalks."_s, u"Ann"_s));
        QCOMPARE(annotations.note(doc)->note, u"# Summary\nTalks."_s);
        QCOMPARE(annotations.note(doc)->author, u"Ann"_s);
        QVERIFY(annotations.setNote(doc, u"Shorter."_s, u"Bob"_s));
        QCOMPARE(annotations.note(doc)->note, u"Shorter."_s);
        QCOMPARE(annotations.note(doc)->author, u"Bob"_s);
        QVERIFY(annotations.setNote(doc, {}, u"Bob"_s));
        QVERIFY(annotations.note(doc)->note.isEmpty());
        QVERIFY(!annotations.setNote(12345, u"x"_s, {}));
    }

private:
    static QList<qint64> ids(const QList<Annotation> &annotations)
    {
        QList<qint64> result;
        for (const Annotation &annotation : annotations) {
            result << annotation.id;
        }
        return result;
    }

    // A stored document whose body is exactly `body`.
    qint64 document(const QString &body)
    {
        Importer importer(*m_db);
        Result<DocumentRepository::Inserted> inserted = importer.importText(body, u"doc%1.txt"_s.arg(++m_documents));
        if (!inserted) {
            QTest::qFail(qPrintable(inserted.errorString()), __FILE__, __LINE__);
            return 0;
        }
        QSqlQuery exact(m_db->connection());
        exact.prepare(u"UPDATE document SET body = ?, length = ? WHERE id = ?"_s);
        exact.addBindValue(body);
        exact.addBindValue(body.size());
        exact.addBindValue(inserted->id);
        exact.exec();
        return inserted->id;
    }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    int m_documents = 0;
};

QTEST_GUILESS_MAIN(TestAnnotationRepository)
#include "tst_annotationrepository.moc"
