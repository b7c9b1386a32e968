// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "model/documentlistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestDocumentListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = Test::openDatabase(m_dir.filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
        Importer importer(*m_db);
        // More than two pages, one date per day.
        for (int i = 0; i < DocumentListModel::PageSize * 2 + 10; ++i) {
            const QDate date = QDate(2024, 1, 1).addDays(i);
            const QString text = u" date %1 Article %2\n\nBody of article %2 about %3."_s.arg(date.toString(Qt::ISODate))
                                     .arg(i)
                                     .arg(i % 3 == 0 ? u"Rafah"_s : u"Doha"_s);
            QVERIFY(importer.importText(text, u"gen/%1.txt"_s.arg(i)));
        }
    }

    void loadsLazilyInPages()
    {
        DocumentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        QCOMPARE(model.totalCount(), DocumentListModel::PageSize * 2 + 10);
        QCOMPARE(model.rowCount(), DocumentListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), DocumentListModel::PageSize * 2);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), DocumentListModel::PageSize * 2 + 10);
        QVERIFY(!model.canFetchMore({}));
        // Newest first by default.
        QCOMPARE(model.index(0, DocumentListModel::PublishedColumn).data().toString(),
                 QDate(2024, 1, 1).addDays(DocumentListModel::PageSize * 2 + 9).toString(Qt::ISODate));
        model.setDatabase(nullptr);
    }

    void filtersAndSorts()
    {
        DocumentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        QSignalSpy totals(&model, &DocumentListModel::totalCountChanged);
        DocumentFilter filter;
        filter.text = u"Rafah"_s;
        model.setFilter(filter);
        QCOMPARE(totals.size(), 1);
        QCOMPARE(model.totalCount(), (DocumentListModel::PageSize * 2 + 10 + 2) / 3);
        QVERIFY(model.index(0, 0).data(DocumentListModel::SnippetRole).toString().contains(u"\u0002Rafah\u0003"_s));
        model.setFilter(filter); // unchanged: no reload
        QCOMPARE(totals.size(), 1);

        model.sort(DocumentListModel::PublishedColumn, Qt::AscendingOrder);
        QCOMPARE(model.index(0, DocumentListModel::PublishedColumn).data().toString(), u"2024-01-01"_s);
        model.sort(DocumentListModel::TitleColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, DocumentListModel::TitleColumn).data().toString(), u"Article 99"_s);
        model.setDatabase(nullptr);
    }

    void findsRowsBeyondTheFirstPage()
    {
        DocumentListModel model;
        model.setDatabase(m_db.get());
        model.sort(DocumentListModel::PublishedColumn, Qt::AscendingOrder);
        const qint64 lastId = [&] {
            DocumentListModel all;
            all.setDatabase(m_db.get());
            return all.documentIdAt(0); // newest
        }();
        const int row = model.ensureLoaded(lastId);
        QCOMPARE(row, DocumentListModel::PageSize * 2 + 9);
        QCOMPARE(model.documentIdAt(row), lastId);
        QCOMPARE(model.ensureLoaded(987654), -1);
        model.setDatabase(nullptr);
    }

    void headersAndRoles()
    {
        DocumentListModel model;
        model.setDatabase(m_db.get());
        QCOMPARE(model.headerData(DocumentListModel::TitleColumn, Qt::Horizontal).toString(), u"Title"_s);
        QCOMPARE(model.columnCount(), int(DocumentListModel::ColumnCount));
        const QModelIndex first = model.index(0, DocumentListModel::TitleColumn);
        QVERIFY(first.data(DocumentListModel::DocumentIdRole).toLongLong() > 0);
        QCOMPARE(first.data(DocumentListModel::DateSourceRole).toString(), u"header"_s);
        QVERIFY(!model.index(0, DocumentListModel::SourceColumn).data().toString().isEmpty());
        model.setDatabase(nullptr);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestDocumentListModel)
#include "tst_documentlistmodel.moc"
