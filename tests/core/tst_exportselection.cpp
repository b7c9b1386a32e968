// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/exportselection.h"
#include "exportfixture.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestExportSelection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = Test::openDatabase(m_dir.filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
        m_corpus = Test::buildExportCorpus(*m_db);
        // An undated article, with an annotation: in the whole corpus, out of any date range.
        m_undated = Test::importArticle(*m_db, u"An undated memo\n\nThe memo mentions talks in Cairo.\n"_s, u"/corpus/memo.txt"_s);
        Test::annotateQuote(*m_db, m_undated, u"talks in Cairo"_s, m_corpus.claim, {}, u"Ann"_s);
    }

    void cleanupTestCase() { m_db.reset(); }

    void scopes_data()
    {
        QTest::addColumn<qint64>("document");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<int>("documents");
        QTest::addColumn<int>("annotations");
        const QDate none;
        QTest::newRow("whole corpus: every article, annotated or not") << qint64(0) << u""_s << none << none << 5 << 6;
        QTest::newRow("one article") << qint64(1) << u""_s << none << none << 1 << 3;
        QTest::newRow("a code takes the codes below it") << qint64(0) << u"Actors"_s << none << none << 2 << 2;
        QTest::newRow("a code: only articles that have it") << qint64(0) << u"Claim"_s << none << none << 3 << 3;
        QTest::newRow("from: publication date, undated left out") << qint64(0) << u""_s << QDate(2024, 1, 15) << none << 3 << 4;
        QTest::newRow("to, inclusive") << qint64(0) << u""_s << none << QDate(2024, 1, 15) << 2 << 2;
        QTest::newRow("one day") << qint64(0) << u""_s << QDate(2024, 2, 1) << QDate(2024, 2, 1) << 1 << 0;
        QTest::newRow("article and code") << qint64(1) << u"Claim"_s << none << none << 1 << 1;
    }

    void scopes()
    {
        QFETCH(qint64, document);
        QFETCH(QString, code);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(int, documents);
        QFETCH(int, annotations);
        ExportScope scope;
        scope.documentId = document;
        scope.codeId = code.isEmpty() ? 0 : CodeBook(*m_db).findByName(code)->id;
        scope.from = from;
        scope.to = to;
        Result<ExportSelection> selection = ExportSelection::load(*m_db, scope);
        QVERIFY2(selection, qPrintable(selection.errorString()));
        QCOMPARE(selection->documents().size(), documents);
        QCOMPARE(selection->annotationCount(), annotations);
        qint64 counted = 0;
        QString previous;
        for (const ExportedDocument &exported : selection->documents()) {
            counted += exported.annotations.size();
            for (const Annotation &a : exported.annotations) {
                QCOMPARE(a.documentId, exported.summary.id);
            }
            // Oldest first (undated before dated, as the store sorts them).
            if (!previous.isEmpty() && !exported.summary.published.isEmpty()) {
                QVERIFY(previous <= exported.summary.published);
            }
            if (!exported.summary.published.isEmpty()) {
                previous = exported.summary.published;
            }
        }
        QCOMPARE(counted, annotations);
    }

    void describesItself()
    {
        ExportScope scope;
        QCOMPARE(ExportSelection::load(*m_db, scope)->describeScope(), u"the whole corpus"_s);
        scope.codeId = m_corpus.states;
        scope.from = QDate(2024, 1, 1);
        const QString described = ExportSelection::load(*m_db, scope)->describeScope();
        QVERIFY2(described.contains(u"Actors/States"_s) && described.contains(u"2024-01-01"_s), qPrintable(described));
        Result<ExportSelection> all = ExportSelection::load(*m_db, {});
        QCOMPARE(all->firstPublished(), QDate(2023, 11, 6));
        QCOMPARE(all->lastPublished(), QDate(2024, 4, 29));
        QCOMPARE(all->codePath(m_corpus.states), u"Actors/States"_s);
        QCOMPARE(all->codeColour(m_corpus.claim), u"#e53935"_s);
        QCOMPARE(all->codes().size(), 3);
    }

    void refuses_data()
    {
        QTest::addColumn<qint64>("document");
        QTest::addColumn<qint64>("code");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("message");
        QTest::newRow("no such article") << qint64(99) << qint64(0) << QDate() << QDate() << u"no document 99"_s;
        QTest::newRow("no such code") << qint64(0) << qint64(99) << QDate() << QDate() << u"no code 99"_s;
        QTest::newRow("reversed dates") << qint64(0) << qint64(0) << QDate(2024, 2, 1) << QDate(2024, 1, 1) << u"ends before it starts"_s;
    }

    void refuses()
    {
        QFETCH(qint64, document);
        QFETCH(qint64, code);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, message);
        Result<ExportSelection> selection = ExportSelection::load(*m_db, ExportScope{document, code, from, to});
        QVERIFY(!selection);
        QCOMPARE(selection.error().kind, ErrorKind::BadInput);
        QVERIFY2(selection.errorString().contains(message), qPrintable(selection.errorString()));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Test::ExportCorpus m_corpus;
    qint64 m_undated = 0;
};

QTEST_GUILESS_MAIN(TestExportSelection)
#include "tst_exportselection.moc"
