// SPDX-License-Identifier: GPL-3.0-or-later
#include "markentitycommand.h"
#include "rejectentitycommand.h"
#include "renameentitycommand.h"
#include "import/importer.h"
#include "store/entityrepository.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestEntityCorrectionCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        m_db = Test::openDatabase(m_dir->filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
        Result<DocumentRepository::Inserted> inserted =
            Importer(*m_db).importText(u"Israel and Egypt talked about the Blue Heron plan."_s, u"a"_s);
        QVERIFY(inserted);
        m_document = inserted->id;
        m_refreshed = 0;
        m_failures.clear();
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void commandsDoAndUndo_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("expected");
        QTest::newRow("mark") << u"mark"_s << u"ORG:Blue Heron LOC:Egypt LOC:Israel"_s;
        QTest::newRow("reject") << u"reject"_s << u"LOC:Egypt"_s;
        QTest::newRow("rename") << u"rename"_s << u"LOC:Egypt LOC:State of Israel"_s;
    }

    void commandsDoAndUndo()
    {
        QFETCH(QString, operation);
        QFETCH(QString, expected);
        EntityCorrections corrections(*m_db);
        QUndoStack stack;
        const QString before = names();
        const qint64 israel = entityId(u"Israel"_s);
        if (operation == u"mark"_s) {
            stack.push(new MarkEntityCommand(corrections, m_document, 34, 44, EntityKind::Organisation, u"Blue Heron"_s,
                                             callbacks()));
        } else if (operation == u"reject"_s) {
            stack.push(new RejectEntityCommand(corrections, israel, u"Israel"_s, callbacks()));
        } else {
            stack.push(new RenameEntityCommand(corrections, israel, u"Israel"_s, u"State of Israel"_s, callbacks()));
        }
        QCOMPARE(m_failures, QStringList());
        QCOMPARE(m_refreshed, 1);
        QCOMPARE(names(), expected);
        stack.undo();
        QCOMPARE(m_refreshed, 2);
        QCOMPARE(names(), before);
        stack.redo();
        QCOMPARE(m_refreshed, 3);
        QCOMPARE(names(), expected);
    }

    void failedCommandIsDropped()
    {
        EntityCorrections corrections(*m_db);
        QUndoStack stack;
        stack.push(new RejectEntityCommand(corrections, 999, u"Nobody"_s, callbacks()));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(m_failures.size(), 1);
        QCOMPARE(m_refreshed, 0);
    }

private:
    EntityCorrectionCallbacks callbacks()
    {
        return {[this] { ++m_refreshed; }, [this](const QString &message) { m_failures << message; }};
    }

    qint64 entityId(const QString &canonical) const
    {
        const QList<EntitySummary> entities = EntityRepository(*m_db).entities().value();
        for (const EntitySummary &entity : entities) {
            if (entity.canonical == canonical) {
                return entity.id;
            }
        }
        return 0;
    }

    // Kind and name of the entities, most mentioned first, then by name.
    QString names() const
    {
        QStringList result;
        const QList<EntitySummary> entities = EntityRepository(*m_db).entities().value();
        for (const EntitySummary &entity : entities) {
            result << entityKindName(entity.kind) + u':' + entity.canonical;
        }
        return result.join(u' ');
    }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_document = 0;
    int m_refreshed = 0;
    QStringList m_failures;
};

QTEST_MAIN(TestEntityCorrectionCommands)
#include "tst_entitycorrectioncommands.moc"
