// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "model/entityfiltermodel.h"
#include "model/entitylistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestEntityListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = Test::openDatabase(m_dir.filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
        Importer importer(*m_db);
        m_first = importer.importText(u"President Joe Biden spoke with Israel and Egypt. Biden said Egypt agreed."_s,
                                      u"1"_s)
                      ->id;
        QVERIFY(importer.importText(u"Egypt and Qatar mediated between Israel and Hamas."_s, u"2"_s));
    }

    void listsTheCorpusMostMentionedFirst()
    {
        EntityListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, EntityListModel::NameColumn).data().toString(), u"Egypt"_s);
        QCOMPARE(model.index(0, EntityListModel::MentionsColumn).data(EntityListModel::SortRole).toLongLong(), 3);
        QCOMPARE(model.index(0, EntityListModel::DocumentsColumn).data(EntityListModel::SortRole).toLongLong(), 2);
        QCOMPARE(model.index(0, EntityListModel::KindColumn).data().toString(), u"Place"_s);
        model.setDatabase(nullptr);
    }

    void listsOneDocument()
    {
        EntityListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        model.setDocument(m_first);
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row) {
            names << model.index(row, EntityListModel::NameColumn).data().toString();
        }
        names.sort();
        QCOMPARE(names, (QStringList{u"Egypt"_s, u"Israel"_s, u"Joe Biden"_s}));
        model.setDatabase(nullptr);
    }

    void noArticleListsNothing()
    {
        EntityListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        model.setDocument(-1);
        QCOMPARE(model.rowCount(), 0);
        model.setDocument(0);
        QCOMPARE(model.rowCount(), 5);
        model.setDatabase(nullptr);
    }

    void filtersByKindAndName_data()
    {
        QTest::addColumn<int>("kind"); // -1: any
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("rows");
        QTest::newRow("all") << -1 << u""_s << 5;
        QTest::newRow("places") << int(EntityKind::Location) << u""_s << 3;
        QTest::newRow("people") << int(EntityKind::Person) << u""_s << 1;
        QTest::newRow("search") << -1 << u"QA"_s << 1;
        QTest::newRow("search and kind") << int(EntityKind::Location) << u"isr"_s << 1;
    }

    void filtersByKindAndName()
    {
        QFETCH(int, kind);
        QFETCH(QString, search);
        QFETCH(int, rows);
        EntityListModel model;
        model.setDatabase(m_db.get());
        EntityFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        filter.setKind(kind < 0 ? std::nullopt : std::optional<EntityKind>(EntityKind(kind)));
        filter.setSearch(search);
        QCOMPARE(filter.rowCount(), rows);
        model.setDatabase(nullptr);
    }

    void sortsCountsAsNumbers()
    {
        EntityListModel model;
        model.setDatabase(m_db.get());
        EntityFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(EntityListModel::MentionsColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(filter.rowCount() - 1, EntityListModel::NameColumn).data().toString(), u"Egypt"_s);
        model.setDatabase(nullptr);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_first = 0;
};

QTEST_GUILESS_MAIN(TestEntityListModel)
#include "tst_entitylistmodel.moc"
