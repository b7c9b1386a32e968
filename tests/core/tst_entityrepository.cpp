// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "store/database.h"
#include "store/documentrepository.h"
#include "store/entityrepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestEntityRepository final : public QObject
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

    void packsAndUnpacks()
    {
        const QList<Mention> mentions = {{0, 5, EntityKind::Person, u"A"_s}, {70000, 70010, EntityKind::Location, u"B"_s}};
        const QByteArray packed = EntityRepository::pack(mentions, {7, 1LL << 40});
        QCOMPARE(packed.size(), 32);
        const QList<EntityRepository::PackedMention> unpacked = EntityRepository::unpack(packed);
        QCOMPARE(unpacked.size(), 2);
        QCOMPARE(unpacked.at(1).start, 70000);
        QCOMPARE(unpacked.at(1).end, 70010);
        QCOMPARE(unpacked.at(1).entityId, 1LL << 40);
        QVERIFY(EntityRepository::unpack(QByteArray(15, 'x')).isEmpty()); // truncated data is ignored
    }

    void importStoresMentionsEntitiesAndAliases()
    {
        Importer importer(*m_db);
        const QString text = u"President Joe Biden called Prime Minister Benjamin Netanyahu. Mr Biden said Israel "
                             "and Hamas should agree."_s;
        Result<DocumentRepository::Inserted> inserted = importer.importText(text, u"a.txt"_s);
        QVERIFY2(inserted, qPrintable(inserted.errorString()));
        EntityRepository entities(*m_db);
        const QList<StoredMention> mentions = entities.mentions(inserted->id).value();
        QStringList described;
        for (const StoredMention &m : mentions) {
            described << entityKindName(m.kind) + u':' + m.canonical + u':' + m.origin;
        }
        QCOMPARE(described, (QStringList{u"PERSON:Joe Biden:auto"_s, u"PERSON:Benjamin Netanyahu:auto"_s,
                                         u"PERSON:Joe Biden:auto"_s, u"LOC:Israel:auto"_s, u"ORG:Hamas:auto"_s}));
        const QList<EntitySummary> summary = entities.entities().value();
        QCOMPARE(summary.constFirst().canonical, u"Joe Biden"_s);
        QCOMPARE(summary.constFirst().mentions, 2);
        QCOMPARE(summary.constFirst().documents, 1);

        // The list filter finds the document by canonical name and by alias, in any case.
        DocumentRepository documents(*m_db);
        for (const QString &name : {u"Joe Biden"_s, u"biden"_s, u"Hamas"_s}) {
            DocumentFilter filter;
            filter.entity = name;
            QCOMPARE(documents.count(filter).value(), 1);
        }
        DocumentFilter nobody;
        nobody.entity = u"Zelenskyy"_s;
        QCOMPARE(documents.count(nobody).value(), 0);
    }

    void entitiesAreSharedAcrossDocuments()
    {
        Importer importer(*m_db);
        QVERIFY(importer.importText(u"Israel and Egypt talked."_s, u"1"_s));
        QVERIFY(importer.importText(u"Egypt and Qatar mediated for Israel again."_s, u"2"_s));
        const QList<EntitySummary> summary = EntityRepository(*m_db).entities().value();
        QCOMPARE(summary.size(), 3);
        for (const EntitySummary &entity : summary) {
            QCOMPARE(entity.documents, entity.canonical == u"Qatar"_s ? 1 : 2);
        }
    }

    void surnameAloneJoinsTheCorpusPerson_data()
    {
        QTest::addColumn<QStringList>("earlier");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("one person of that name") << QStringList{u"Prime Minister Benjamin Netanyahu spoke."_s}
                                                 << u"Benjamin Netanyahu"_s;
        QTest::newRow("two people of that name")
            << QStringList{u"Prime Minister Benjamin Netanyahu spoke."_s, u"Her husband and Mrs Sara Netanyahu visited."_s}
            << u"Netanyahu"_s;
        QTest::newRow("nobody of that name") << QStringList{u"President Joe Biden spoke."_s} << u"Netanyahu"_s;
    }

    void surnameAloneJoinsTheCorpusPerson()
    {
        QFETCH(QStringList, earlier);
        QFETCH(QString, canonical);
        Importer importer(*m_db);
        for (const QString &text : std::as_const(earlier)) {
            QVERIFY(importer.importText(text, text));
        }
        const auto later = importer.importText(u"Officials said Mr Netanyahu would travel."_s, u"later"_s);
        QVERIFY(later);
        const QList<StoredMention> mentions = EntityRepository(*m_db).mentions(later->id).value();
        QStringList people;
        for (const StoredMention &mention : mentions) {
            if (mention.kind == EntityKind::Person) {
                people << mention.canonical;
            }
        }
        QCOMPARE(people, QStringList{canonical});
    }

    // An import keeps entity ids from batch to batch; one that another connection deleted in
    // between is looked up (and created) again instead of being written as a dangling id.
    void idsOfEntitiesDeletedElsewhereAreForgotten()
    {
        EntityRepository entities(*m_db);
        Transaction first(m_db->connection());
        QVERIFY(entities.forgetVanishedIds());
        const qint64 israel = entities.entityId(EntityKind::Location, u"Israel"_s).value();
        const qint64 egypt = entities.entityId(EntityKind::Location, u"Egypt"_s).value();
        QVERIFY(first.commit());

        // Nobody else wrote: the cache stands (and costs no query of the table).
        Transaction second(m_db->connection());
        QVERIFY(entities.forgetVanishedIds());
        QCOMPARE(entities.entityId(EntityKind::Location, u"Israel"_s).value(), israel);
        QVERIFY(second.commit());

        std::unique_ptr<Database> other = Test::openDatabase(m_dir->filePath(u"corpus.gloss"_s));
        QVERIFY(other);
        QSqlQuery remove(other->connection());
        remove.prepare(u"DELETE FROM entity WHERE id = ?"_s);
        remove.addBindValue(israel);
        QVERIFY(remove.exec());

        Transaction third(m_db->connection());
        QVERIFY(entities.forgetVanishedIds());
        const qint64 again = entities.entityId(EntityKind::Location, u"Israel"_s).value();
        QVERIFY(again != israel);
        QCOMPARE(entities.entityId(EntityKind::Location, u"Egypt"_s).value(), egypt);
        QVERIFY(third.commit());
        QSqlQuery count(m_db->connection());
        QVERIFY(count.exec(u"SELECT count(*) FROM entity WHERE kind = 'LOC' AND canonical = 'Israel'"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 1);
        count.finish(); // an unfinished SELECT would keep this connection's old snapshot open

        // One entity deleted and another created elsewhere: as many rows as before, yet the
        // deleted one is still noticed.
        QSqlQuery swap(other->connection());
        QVERIFY(swap.exec(u"DELETE FROM entity WHERE kind = 'LOC' AND canonical = 'Egypt'"_s));
        QVERIFY(swap.exec(u"INSERT INTO entity (kind, canonical) VALUES ('LOC', 'Jordan')"_s));
        Transaction fourth(m_db->connection());
        QVERIFY(entities.forgetVanishedIds());
        QVERIFY(entities.entityId(EntityKind::Location, u"Egypt"_s).value() != egypt);
        QCOMPARE(entities.entityId(EntityKind::Location, u"Israel"_s).value(), again);
        QVERIFY(fourth.commit());
    }

    void replacingKeepsCountsRight()
    {
        Importer importer(*m_db);
        Result<DocumentRepository::Inserted> inserted = importer.importText(u"Israel and Egypt talked."_s, u"1"_s);
        QVERIFY(inserted);
        EntityRepository entities(*m_db);
        const QString body = DocumentRepository(*m_db).find(inserted->id)->body;
        QVERIFY(entities.storeRecognisedMentions(inserted->id, body, {{0, 6, EntityKind::Location, u"Israel"_s}}, true));
        QCOMPARE(entities.mentions(inserted->id).value().size(), 1);
        QCOMPARE(entities.entities().value().size(), 1);
    }

    void deletingADocumentDropsItsMentions()
    {
        Importer importer(*m_db);
        Result<DocumentRepository::Inserted> inserted = importer.importText(u"Israel and Egypt talked."_s, u"1"_s);
        QVERIFY(inserted);
        QVERIFY(DocumentRepository(*m_db).remove(inserted->id));
        QCOMPARE(EntityRepository(*m_db).mentions().value().size(), 0);
        QCOMPARE(EntityRepository(*m_db).entities().value().size(), 0);
        QVERIFY(m_db->integrityCheck());
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestEntityRepository)
#include "tst_entityrepository.moc"
