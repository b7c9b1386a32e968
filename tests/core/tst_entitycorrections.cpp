// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "nlp/recognitionrun.h"
#include "store/documentrepository.h"
#include "store/entitycorrections.h"
#include "store/entityrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

const QString First = u"Israel and the Blue Heron group met in Cairo. Blue Heron said nothing."_s;
const QString Second = u"Officials from Blue Heron and Egypt talked. Blue Herons flew over Cairo."_s;
const QString Third = u"Nothing about birds here, said Israel."_s;

} // namespace

class TestEntityCorrections final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        m_db = Test::openDatabase(m_dir->filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
        Importer importer(*m_db);
        m_ids.clear();
        for (const QString &text : {First, Second, Third}) {
            Result<DocumentRepository::Inserted> inserted = importer.importText(text, u"doc"_s + QString::number(m_ids.size()));
            QVERIFY2(inserted, qPrintable(inserted.errorString()));
            m_ids.append(inserted->id);
        }
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void applyDropsRenamesAndMarks()
    {
        CorrectionSet corrections;
        corrections.addReject(EntityKind::Location, u"Cairo"_s);
        corrections.addRename(EntityKind::Location, u"Egypt"_s, u"Arab Republic of Egypt"_s);
        corrections.addMark(u"Heron"_s, EntityKind::Organisation, u"Heron Ltd"_s);
        const QString body = u"Egypt, Cairo, Heron and Herons; Heron."_s;
        const QList<Mention> recognised = {{0, 5, EntityKind::Location, u"Egypt"_s},
                                           {7, 12, EntityKind::Location, u"Cairo"_s},
                                           {14, 19, EntityKind::Person, u"Heron"_s}};
        const QList<Mention> expected = {{0, 5, EntityKind::Location, u"Arab Republic of Egypt"_s},
                                         {14, 19, EntityKind::Organisation, u"Heron Ltd"_s},
                                         {32, 37, EntityKind::Organisation, u"Heron Ltd"_s}};
        QCOMPARE(corrections.apply(recognised, body), expected);
        // Hand-made mentions win where they overlap.
        QCOMPARE(corrections.apply(recognised, body, {{30, 38, EntityKind::Group, u"x"_s}}), expected.first(2));
        // A later mark of a rejected entity brings it back; a later reject drops the mark.
        corrections.addMark(u"Cairo"_s, EntityKind::Location, u"Cairo"_s);
        QVERIFY(!corrections.isRejected(EntityKind::Location, u"Cairo"_s));
        corrections.addReject(EntityKind::Organisation, u"Heron Ltd"_s);
        QCOMPARE(corrections.apply({}, body), (QList<Mention>{{7, 12, EntityKind::Location, u"Cairo"_s}}));
    }

    void markAppliesToTheCorpusAndSurvivesRecognition()
    {
        const qsizetype start = First.indexOf(u"Blue Heron"_s);
        QVERIFY(!described(m_ids[0]).join(u' ').contains(u"Blue"_s));
        EntityCorrections corrections(*m_db);
        Result<CorrectionSnapshot> marked =
            corrections.markEntity(m_ids[0], start, start + 10, EntityKind::Organisation, u"Blue Heron Group"_s);
        QVERIFY2(marked, qPrintable(marked.errorString()));
        QVERIFY(marked->mentionId > 0);
        const QStringList expectedFirst = {u"15-25:ORG:Blue Heron Group:user"_s, u"46-56:ORG:Blue Heron Group:user"_s};
        const QStringList expectedSecond = {u"15-25:ORG:Blue Heron Group:user"_s};
        QCOMPARE(markedBy(m_ids[0], u"Blue Heron Group"_s), expectedFirst);
        QCOMPARE(markedBy(m_ids[1], u"Blue Heron Group"_s), expectedSecond); // not "Blue Herons"
        QVERIFY(markedBy(m_ids[2], u"Blue Heron Group"_s).isEmpty());
        QCOMPARE(documentsNaming(u"Blue Heron Group"_s), 2);
        QCOMPARE(summary(u"Blue Heron Group"_s), u"3/2"_s);

        QVERIFY(RecognitionRun::run(*m_db));
        QCOMPARE(markedBy(m_ids[0], u"Blue Heron Group"_s), expectedFirst);
        QCOMPARE(markedBy(m_ids[1], u"Blue Heron Group"_s), expectedSecond);
        QCOMPARE(summary(u"Blue Heron Group"_s), u"3/2"_s);
        QVERIFY(noOverlaps());

        // Articles imported later are corrected by the stored lexicon.
        const QList<Mention> later = corrections.load()->apply({}, u"Blue Heron again."_s);
        QCOMPARE(later, (QList<Mention>{{0, 10, EntityKind::Organisation, u"Blue Heron Group"_s}}));
    }

    void aLaterMarkOfTheSameTextWins()
    {
        EntityCorrections corrections(*m_db);
        QVERIFY(corrections.markEntity(m_ids[0], 15, 25, EntityKind::Organisation, u"Blue Heron Group"_s));
        Result<CorrectionSnapshot> again = corrections.markEntity(m_ids[1], 15, 25, EntityKind::Group, u"Blue Herons"_s);
        QVERIFY2(again, qPrintable(again.errorString()));
        QCOMPARE(markedBy(m_ids[0], u"Blue Herons"_s),
                 (QStringList{u"15-25:NORP:Blue Herons:user"_s, u"46-56:NORP:Blue Herons:user"_s}));
        QCOMPARE(markedBy(m_ids[1], u"Blue Herons"_s), QStringList{u"15-25:NORP:Blue Herons:user"_s});
        QVERIFY(markedBy(m_ids[0], u"Blue Heron Group"_s).isEmpty());
        QVERIFY(RecognitionRun::run(*m_db));
        QVERIFY(markedBy(m_ids[0], u"Blue Heron Group"_s).isEmpty());
        QCOMPARE(markedBy(m_ids[0], u"Blue Herons"_s).size(), 2);
        Result<void> undone = corrections.undo(*again); // the first mark's entity went in the run
        QVERIFY2(undone, qPrintable(undone.errorString()));
        QCOMPARE(markedBy(m_ids[0], u"Blue Heron Group"_s).size(), 2);
        QVERIFY(markedBy(m_ids[0], u"Blue Herons"_s).isEmpty());
    }

    void rejectRemovesEverywhereAndSurvivesRecognition()
    {
        const qint64 israel = entityNamed(u"Israel"_s);
        QVERIFY(israel > 0);
        QCOMPARE(documentsNaming(u"Israel"_s), 2);
        EntityCorrections corrections(*m_db);
        Result<CorrectionSnapshot> rejected = corrections.rejectEntity(israel);
        QVERIFY2(rejected, qPrintable(rejected.errorString()));
        QCOMPARE(entityNamed(u"Israel"_s), 0);
        QCOMPARE(documentsNaming(u"Israel"_s), 0);
        for (qint64 id : std::as_const(m_ids)) {
            QVERIFY(!described(id).join(u' ').contains(u"Israel"_s));
        }
        QVERIFY(RecognitionRun::run(*m_db));
        QCOMPARE(entityNamed(u"Israel"_s), 0);
        QCOMPARE(documentsNaming(u"Israel"_s), 0);
        QVERIFY(described(m_ids[0]).join(u' ').contains(u"Cairo"_s)); // the others stay
    }

    // Articles imported after a correction are corrected too.
    void laterImportsFollowTheCorrections()
    {
        EntityCorrections corrections(*m_db);
        QVERIFY(corrections.rejectEntity(entityNamed(u"Israel"_s)));
        QVERIFY(corrections.renameEntity(entityNamed(u"Egypt"_s), u"Arab Republic of Egypt"_s));
        Importer importer(*m_db);
        const auto later = importer.importText(u"Israel and Egypt held talks in Cairo on Monday."_s, u"later"_s);
        QVERIFY2(later, qPrintable(later.errorString()));
        const QString mentions = described(later->id).join(u' ');
        QVERIFY2(!mentions.contains(u"Israel"_s), qPrintable(mentions));
        QVERIFY2(mentions.contains(u"LOC:Arab Republic of Egypt:auto"_s), qPrintable(mentions));
        QVERIFY2(mentions.contains(u"LOC:Cairo:auto"_s), qPrintable(mentions));
    }

    void renameToANewName()
    {
        const qint64 egypt = entityNamed(u"Egypt"_s);
        QVERIFY(egypt > 0);
        EntityCorrections corrections(*m_db);
        Result<CorrectionSnapshot> renamed = corrections.renameEntity(egypt, u"Arab Republic of Egypt"_s);
        QVERIFY2(renamed, qPrintable(renamed.errorString()));
        QCOMPARE(renamed->entityId, egypt);
        QCOMPARE(entityNamed(u"Arab Republic of Egypt"_s), egypt);
        QCOMPARE(entityNamed(u"Egypt"_s), 0);
        QCOMPARE(documentsNaming(u"Egypt"_s), 1); // through the alias
        QVERIFY(RecognitionRun::run(*m_db));
        QCOMPARE(entityNamed(u"Egypt"_s), 0);
        QVERIFY(described(m_ids[1]).contains(u"30-35:LOC:Arab Republic of Egypt:auto"_s));
    }

    void renameOntoAnExistingNameMerges()
    {
        QCOMPARE(summary(u"Egypt"_s), u"1/1"_s);
        QCOMPARE(summary(u"Cairo"_s), u"2/2"_s);
        const qint64 cairo = entityNamed(u"Cairo"_s);
        const qint64 egypt = entityNamed(u"Egypt"_s);
        EntityCorrections corrections(*m_db);
        Result<CorrectionSnapshot> merged = corrections.renameEntity(cairo, u"Egypt"_s);
        QVERIFY2(merged, qPrintable(merged.errorString()));
        QCOMPARE(merged->entityId, egypt);
        QCOMPARE(entityNamed(u"Cairo"_s), 0);
        QCOMPARE(summary(u"Egypt"_s), u"3/2"_s);
        QCOMPARE(documentsNaming(u"Egypt"_s), 2);
        QCOMPARE(documentsNaming(u"Cairo"_s), 2); // the old name is an alias
        QVERIFY(RecognitionRun::run(*m_db));
        QCOMPARE(entityNamed(u"Cairo"_s), 0);
        QCOMPARE(summary(u"Egypt"_s), u"3/2"_s);
    }

    void undoRestores_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::newRow("mark") << u"mark"_s;
        QTest::newRow("mark an existing entity") << u"mark existing"_s;
        QTest::newRow("reject") << u"reject"_s;
        QTest::newRow("rename") << u"rename"_s;
        QTest::newRow("merge") << u"merge"_s;
    }

    void undoRestores()
    {
        QFETCH(QString, operation);
        const QStringList before = everything();
        EntityCorrections corrections(*m_db);
        Result<CorrectionSnapshot> done = badInput(u"unknown operation"_s);
        if (operation == u"mark"_s) {
            done = corrections.markEntity(m_ids[1], 15, 25, EntityKind::Group, u"Herons"_s);
        } else if (operation == u"mark existing"_s) {
            done = corrections.markEntity(m_ids[2], 14, 19, EntityKind::Location, u"Israel"_s);
        } else if (operation == u"reject"_s) {
            done = corrections.rejectEntity(entityNamed(u"Israel"_s));
        } else if (operation == u"rename"_s) {
            done = corrections.renameEntity(entityNamed(u"Israel"_s), u"State of Israel"_s);
        } else if (operation == u"merge"_s) {
            done = corrections.renameEntity(entityNamed(u"Cairo"_s), u"Egypt"_s);
        }
        QVERIFY2(done, qPrintable(done.errorString()));
        QVERIFY(everything() != before);
        QVERIFY(corrections.load()->isEmpty() == false);
        Result<void> undone = corrections.undo(*done);
        QVERIFY2(undone, qPrintable(undone.errorString()));
        QCOMPARE(everything(), before);
        QVERIFY(corrections.load()->isEmpty());
        QVERIFY(m_db->integrityCheck());
        if (!m_db->isServer()) { // PostgreSQL checks every foreign key as it is written
            QSqlQuery foreignKeys(m_db->connection());
            QVERIFY(foreignKeys.exec(u"PRAGMA foreign_key_check"_s));
            QVERIFY(!foreignKeys.next());
        }
    }

    void refusesBadInput()
    {
        EntityCorrections corrections(*m_db);
        QVERIFY(!corrections.markEntity(m_ids[0], 10, 5, EntityKind::Person, u"X"_s));
        QVERIFY(!corrections.markEntity(m_ids[0], 0, 100000, EntityKind::Person, u"X"_s));
        QVERIFY(!corrections.markEntity(999, 0, 1, EntityKind::Person, u"X"_s));
        QVERIFY(!corrections.rejectEntity(999));
        QVERIFY(!corrections.renameEntity(entityNamed(u"Israel"_s), u"  "_s));
        QVERIFY(corrections.load()->isEmpty());
    }

private:
    QStringList described(qint64 documentId) const
    {
        QStringList result;
        const QList<StoredMention> mentions = EntityRepository(*m_db).mentions(documentId).value();
        for (const StoredMention &m : mentions) {
            result << u"%1-%2:%3:%4:%5"_s.arg(m.start).arg(m.end).arg(entityKindName(m.kind), m.canonical, m.origin);
        }
        return result;
    }

    QStringList markedBy(qint64 documentId, const QString &canonical) const
    {
        QStringList result;
        for (const QString &mention : described(documentId)) {
            if (mention.contains(u':' + canonical + u':')) {
                result << mention;
            }
        }
        return result;
    }

    bool noOverlaps() const
    {
        const QList<StoredMention> all = EntityRepository(*m_db).mentions().value();
        for (qsizetype k = 1; k < all.size(); ++k) {
            if (all[k].documentId == all[k - 1].documentId && all[k].start < all[k - 1].end) {
                return false;
            }
        }
        return true;
    }

    qint64 entityNamed(const QString &canonical) const
    {
        QSqlQuery query(m_db->connection());
        query.prepare(u"SELECT id FROM entity WHERE canonical = ?"_s);
        query.addBindValue(canonical);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    }

    // The list filter by entity, which reads document_entity and hand-made mentions.
    qint64 documentsNaming(const QString &name) const
    {
        DocumentFilter filter;
        filter.entity = name;
        return DocumentRepository(*m_db).count(filter).value();
    }

    // "mentions/documents" of an entity in the entities panel's summary.
    QString summary(const QString &canonical) const
    {
        const QList<EntitySummary> entities = EntityRepository(*m_db).entities().value();
        for (const EntitySummary &entity : entities) {
            if (entity.canonical == canonical) {
                return u"%1/%2"_s.arg(entity.mentions).arg(entity.documents);
            }
        }
        return {};
    }

    QStringList everything() const
    {
        QStringList state;
        for (qint64 id : m_ids) {
            state << described(id);
        }
        const QList<EntitySummary> entities = EntityRepository(*m_db).entities().value();
        for (const EntitySummary &entity : entities) {
            state << u"%1:%2:%3/%4"_s.arg(entity.id).arg(entity.canonical).arg(entity.mentions).arg(entity.documents);
        }
        QSqlQuery aliases(m_db->connection());
        aliases.exec(u"SELECT entity_id, alias FROM entity_alias ORDER BY 1, 2"_s);
        while (aliases.next()) {
            state << aliases.value(0).toString() + u'~' + aliases.value(1).toString();
        }
        QSqlQuery rows(m_db->connection());
        rows.exec(u"SELECT id, kind, canonical FROM entity ORDER BY id"_s);
        while (rows.next()) {
            state << u"entity %1 %2 %3"_s.arg(rows.value(0).toString(), rows.value(1).toString(), rows.value(2).toString());
        }
        return state;
    }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    QList<qint64> m_ids;
};

QTEST_GUILESS_MAIN(TestEntityCorrections)
#include "tst_entitycorrections.moc"
