// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "model/annotationfiltermodel.h"
#include "model/annotationlistmodel.h"
#include "store/annotationrepository.h"
#include "store/codebook.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestAnnotationListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        m_db = Test::openDatabase(m_dir->filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
        Importer importer(*m_db);
        m_first = importer.importText(u"First story\n\nAlpha said the talks failed. Beta denied it."_s, u"1.txt"_s).value().id;
        m_second = importer.importText(u"Second story\n\nGamma called Delta on Sunday."_s, u"2.txt"_s).value().id;
        CodeBook book(*m_db);
        m_claim = book.create(u"Claim"_s, u"#ff0000"_s).value();
        m_denial = book.create(u"Denial"_s, u"#00aa00"_s, {}, m_claim).value();
        m_event = book.create(u"Event"_s, u"#0000ff"_s).value();
        AnnotationRepository repository(*m_db);
        m_a = repository.create(m_first, 20, 30, m_claim, u"check **this**"_s, u"Ann"_s).value().id;
        m_b = repository.create(m_first, 5, 12, m_denial, {}, u"Bob"_s).value().id;
        m_c = repository.create(m_second, 14, 20, m_event, u"a call"_s, u"Ann"_s).value().id;
        m_d = repository.create(m_second, 0, 6, 0, {}, u"Ann"_s).value().id;
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void corpusInReadingOrder()
    {
        AnnotationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(ids(model), (QList<qint64>{m_b, m_a, m_d, m_c}));
        const QModelIndex denial = model.index(0, AnnotationListModel::CodeColumn);
        QCOMPARE(denial.data().toString(), u"Claim/Denial"_s);
        QCOMPARE(denial.data(Qt::DecorationRole).value<QColor>(), QColor(u"#00aa00"_s));
        QCOMPARE(model.index(1, AnnotationListModel::NoteColumn).data().toString(), u"check **this**"_s);
        QCOMPARE(model.index(1, AnnotationListModel::ArticleColumn).data().toString(), u"First story"_s);
        QCOMPARE(model.index(2, AnnotationListModel::CodeColumn).data().toString(), u"(no code)"_s);
        QVERIFY(!model.index(2, 0).data(AnnotationListModel::ColourRole).isValid());
        QCOMPARE(model.index(3, 0).data(AnnotationListModel::StartRole).toLongLong(), 14);
        QCOMPARE(model.index(3, 0).data(AnnotationListModel::DocumentIdRole).toLongLong(), m_second);
        QCOMPARE(model.headerData(AnnotationListModel::QuoteColumn, Qt::Horizontal).toString(), u"Passage"_s);
    }

    void oneArticleOrNone()
    {
        AnnotationListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_db.get());
        model.setDocument(m_second);
        QCOMPARE(ids(model), (QList<qint64>{m_d, m_c}));
        model.setDocument(-1);
        QCOMPARE(model.rowCount(), 0);
        model.setDocument(0);
        QCOMPARE(model.rowCount(), 4);
    }

    void reloadSeesNewAnnotationsAndOrphans()
    {
        AnnotationListModel model;
        model.setDatabase(m_db.get());
        AnnotationRepository(*m_db).create(m_first, 0, 5, m_event, {}, u"Ann"_s).value();
        QSqlQuery orphan(m_db->connection());
        QVERIFY(orphan.exec(u"UPDATE annotation SET anchor_state = 'orphaned' WHERE id = %1"_s.arg(m_a)));
        model.reload();
        QCOMPARE(model.rowCount(), 5);
        const int row = model.rowOf(m_a);
        QVERIFY(model.index(row, AnnotationListModel::QuoteColumn).data().toString().contains(u"no longer found"_s));
        QCOMPARE(model.index(row, 0).data(AnnotationListModel::AnchorStateRole).toString(), u"orphaned"_s);
    }

    void filterByCodeTextAndDate_data()
    {
        QTest::addColumn<QList<qint64>>("codes"); // indices: 1 claim, 2 denial, 3 event
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("sinceDays"); // 0: any time, -1: tomorrow (none)
        QTest::addColumn<int>("rows");

        QTest::newRow("everything") << QList<qint64>{} << QString() << 0 << 4;
        QTest::newRow("claim and below") << QList<qint64>{1, 2} << QString() << 0 << 2;
        QTest::newRow("denial only") << QList<qint64>{2} << QString() << 0 << 1;
        QTest::newRow("text in a note") << QList<qint64>{} << u"CALL"_s << 0 << 1;
        QTest::newRow("text in a quote") << QList<qint64>{} << u"%quote"_s << 0 << 1;
        QTest::newRow("text and code") << QList<qint64>{3} << u"check"_s << 0 << 0;
        QTest::newRow("made today") << QList<qint64>{} << QString() << 1 << 4;
        QTest::newRow("made after now") << QList<qint64>{} << QString() << -1 << 0;
    }

    void filterByCodeTextAndDate()
    {
        QFETCH(QList<qint64>, codes);
        QFETCH(QString, text);
        QFETCH(int, sinceDays);
        QFETCH(int, rows);
        AnnotationListModel model;
        model.setDatabase(m_db.get());
        AnnotationFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        const QList<qint64> codeIds{0, m_claim, m_denial, m_event};
        QSet<qint64> chosen;
        for (const qint64 code : codes) {
            chosen.insert(codeIds.at(code));
        }
        filter.setCodes(chosen);
        if (text == u"%quote"_s) { // the passage of the first annotation, whatever the import made of the text
            text = AnnotationRepository(*m_db).find(m_a)->quote.mid(1, 6).toUpper();
        }
        filter.setText(text);
        if (sinceDays > 0) {
            filter.setCreatedSince(QDateTime(QDate::currentDate().addDays(1 - sinceDays), QTime(0, 0)));
        } else if (sinceDays < 0) {
            filter.setCreatedSince(QDateTime::currentDateTime().addSecs(60));
        }
        QCOMPARE(filter.rowCount(), rows);
    }

    void sortsByColumn()
    {
        AnnotationListModel model;
        model.setDatabase(m_db.get());
        AnnotationFilterModel filter;
        filter.setSourceModel(&model);
        filter.sort(AnnotationListModel::CodeColumn, Qt::AscendingOrder);
        QStringList codes;
        for (int row = 0; row < filter.rowCount(); ++row) {
            codes << filter.index(row, AnnotationListModel::CodeColumn).data().toString();
        }
        QCOMPARE(codes, (QStringList{u"(no code)"_s, u"Claim"_s, u"Claim/Denial"_s, u"Event"_s}));
        filter.sort(AnnotationListModel::QuoteColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data(AnnotationListModel::AnnotationIdRole).toLongLong(), m_c);
    }

private:
    static QList<qint64> ids(const QAbstractItemModel &model)
    {
        QList<qint64> result;
        for (int row = 0; row < model.rowCount(); ++row) {
            result << model.index(row, 0).data(AnnotationListModel::AnnotationIdRole).toLongLong();
        }
        return result;
    }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_claim = 0;
    qint64 m_denial = 0;
    qint64 m_event = 0;
    qint64 m_a = 0;
    qint64 m_b = 0;
    qint64 m_c = 0;
    qint64 m_d = 0;
};

QTEST_GUILESS_MAIN(TestAnnotationListModel)
#include "tst_annotationlistmodel.moc"
