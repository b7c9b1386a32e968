// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/samplecorpus.h"
#include "store/documentrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestSampleCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundlesTheSeedsUnchanged()
    {
        const QStringList resources = SampleCorpus::resourcePaths();
        QCOMPARE(resources.size(), 5);
        const QString seeds = Test::sharedDir() + u"/seeds"_s;
        if (!QDir(seeds).exists()) {
            QSKIP("../shared/seeds is not beside this checkout");
        }
        for (const QString &resource : resources) {
            const QString name = resource.section(u'/', -1);
            QCOMPARE(Test::readFile(resource), Test::readFile(seeds + u'/' + name));
        }
    }

    void installsOnceIntoANewCorpus()
    {
        QTemporaryDir dir;
        auto db = Test::openDatabase(dir.filePath(u"default.gloss"_s));
        QVERIFY(db);
        Result<ImportSummary> first = SampleCorpus::installOnce(*db);
        QVERIFY2(first, qPrintable(first.errorString()));
        QCOMPARE(first->imported, 5);
        QVERIFY(first->failed.isEmpty());
        DocumentRepository documents(*db);
        QCOMPARE(documents.countAll().value(), 5);

        // Removing the sample must not bring it back on the next launch.
        for (qint64 id : first->documentIds) {
            QVERIFY(documents.remove(id));
        }
        Result<ImportSummary> second = SampleCorpus::installOnce(*db);
        QVERIFY(second);
        QCOMPARE(second->imported, 0);
        QCOMPARE(documents.countAll().value(), 0);
    }

    void sampleDocumentsHaveDatesAndTitles()
    {
        QTemporaryDir dir;
        auto db = Test::openDatabase(dir.filePath(u"default.gloss"_s));
        QVERIFY(db);
        QVERIFY(SampleCorpus::installOnce(*db));
        const QList<DocumentSummary> rows = DocumentRepository(*db).list({}, DocumentSort::PublishedAscending, 0, 10).value();
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.constFirst().published, u"2023-10-16"_s);
        for (const DocumentSummary &row : rows) {
            QVERIFY(!row.title.isEmpty());
            QVERIFY(row.source.startsWith(u"sample/"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestSampleCorpus)
#include "tst_samplecorpus.moc"
