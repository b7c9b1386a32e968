// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "nlp/recognitionrun.h"
#include "store/entityrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestRecognitionRun final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rebuildsMentionsAndDropsStaleEntities()
    {
        QTemporaryDir dir;
        auto db = Test::openDatabase(dir.filePath(u"corpus.gloss"_s));
        QVERIFY(db);
        Importer importer(*db);
        QList<qint64> ids;
        for (int i = 0; i < RecognitionRun::BatchSize + 20; ++i) {
            Result<DocumentRepository::Inserted> inserted =
                importer.importText(u"Article %1: Israel and Egypt talked in Cairo."_s.arg(i), u"%1"_s.arg(i));
            QVERIFY(inserted);
            ids << inserted->id;
        }
        EntityRepository entities(*db);
        // A stale recognition: a wrong entity stored for the first article.
        const QString body = DocumentRepository(*db).find(ids.constFirst())->body;
        QVERIFY(entities.storeRecognisedMentions(ids.constFirst(), body, {{0, 7, EntityKind::Person, u"Article"_s}}, true));
        QVERIFY(!entities.entities().value().isEmpty());

        QList<qint64> progress;
        Result<RecognitionRun::Outcome> outcome = RecognitionRun::run(*db, 0, [&progress](qint64 done, qint64) {
            progress << done;
            return true;
        });
        QVERIFY2(outcome, qPrintable(outcome.errorString()));
        QCOMPARE(outcome->documents, ids.size());
        QCOMPARE(outcome->mentions, 3 * ids.size());
        QCOMPARE(progress, (QList<qint64>{RecognitionRun::BatchSize, ids.size()}));
        QStringList names;
        const QList<EntitySummary> found = entities.entities().value();
        for (const EntitySummary &entity : found) {
            names << entity.canonical;
            QCOMPARE(entity.documents, ids.size());
        }
        names.sort();
        QCOMPARE(names, (QStringList{u"Cairo"_s, u"Egypt"_s, u"Israel"_s}));
        QSqlQuery stale(db->connection());
        QVERIFY(stale.exec(u"SELECT count(*) FROM entity WHERE canonical = 'Article'"_s) && stale.next());
        QCOMPARE(stale.value(0).toInt(), 0);
    }

    void oneDocumentAndMissingDocument()
    {
        QTemporaryDir dir;
        auto db = Test::openDatabase(dir.filePath(u"corpus.gloss"_s));
        QVERIFY(db);
        const qint64 id = Importer(*db).importText(u"Qatar mediated."_s, u"1"_s)->id;
        Result<RecognitionRun::Outcome> one = RecognitionRun::run(*db, id);
        QVERIFY(one);
        QCOMPARE(one->documents, 1);
        Result<RecognitionRun::Outcome> missing = RecognitionRun::run(*db, 999);
        QVERIFY(!missing);
        QVERIFY(missing.errorString().contains(u"999"_s));
    }

    void stopsWhenAsked()
    {
        QTemporaryDir dir;
        auto db = Test::openDatabase(dir.filePath(u"corpus.gloss"_s));
        QVERIFY(db);
        Importer importer(*db);
        for (int i = 0; i < RecognitionRun::BatchSize * 2; ++i) {
            QVERIFY(importer.importText(u"Number %1 in Oman."_s.arg(i), u"%1"_s.arg(i)));
        }
        Result<RecognitionRun::Outcome> outcome = RecognitionRun::run(*db, 0, [](qint64, qint64) { return false; });
        QVERIFY(outcome);
        QVERIFY(outcome->cancelled);
        QCOMPARE(outcome->documents, RecognitionRun::BatchSize);
    }
};

QTEST_GUILESS_MAIN(TestRecognitionRun)
#include "tst_recognitionrun.moc"
