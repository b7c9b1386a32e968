// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvparser.h"
#include "export/mentioncsvexporter.h"
#include "exportfixture.h"
#include "store/entityrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestMentionCsvExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = Test::openDatabase(m_dir.filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
        m_corpus = Test::buildExportCorpus(*m_db);
    }

    void cleanupTestCase() { m_db.reset(); }

    void oneRowPerMention()
    {
        const QString path = m_dir.filePath(u"mentions.csv"_s);
        Result<ExportSummary> summary = MentionCsvExporter(*m_db).write(path, {});
        QVERIFY2(summary, qPrintable(summary.errorString()));
        Result<QList<StoredMention>> stored = EntityRepository(*m_db).mentions();
        QVERIFY(stored);
        QVERIFY(!stored->isEmpty());
        QCOMPARE(summary->mentions, stored->size());
        QCOMPARE(summary->documents, 4);

        const QList<QStringList> rows = Test::parseCsvWithPython(path);
        QCOMPARE(rows.size(), stored->size() + 1);
        QCOMPARE(rows.at(0), MentionCsvExporter::header());
        const DocumentRepository documents(*m_db);
        bool biden = false;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const QStringList &row = rows.at(r);
            QCOMPARE(row.size(), MentionCsvExporter::header().size());
            const std::optional<Document> document = documents.find(row.at(0).toLongLong());
            QVERIFY(document);
            QCOMPARE(row.at(1), document->title);
            QCOMPARE(row.at(2), document->published);
            const qsizetype start = row.at(4).toLongLong();
            const qsizetype end = row.at(5).toLongLong();
            QCOMPARE(row.at(6), document->body.mid(start, end - start));
            EntityKind kind;
            QVERIFY2(entityKindFromName(row.at(7), &kind), qPrintable(row.at(7)));
            QVERIFY(!row.at(8).isEmpty());
            QCOMPARE(row.at(9), u"auto"_s);
            biden = biden || (row.at(6) == u"Joe Biden"_s && row.at(7) == u"PERSON"_s);
        }
        QVERIFY(biden);
    }

    void scopedToOneArticle()
    {
        ExportOptions options;
        options.scope.documentId = m_corpus.english;
        const QString path = m_dir.filePath(u"english.csv"_s);
        Result<ExportSummary> summary = MentionCsvExporter(*m_db).write(path, options);
        QVERIFY(summary);
        QCOMPARE(summary->documents, 1);
        Result<QList<StoredMention>> stored = EntityRepository(*m_db).mentions(m_corpus.english);
        QCOMPARE(summary->mentions, stored->size());
        for (const QStringList &row : Test::parseCsvWithPython(path).mid(1)) {
            QCOMPARE(row.at(0), QString::number(m_corpus.english));
        }
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Test::ExportCorpus m_corpus;
};

QTEST_GUILESS_MAIN(TestMentionCsvExporter)
#include "tst_mentioncsvexporter.moc"
