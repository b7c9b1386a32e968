// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/documentrepository.h"
#include "store/ftsquery.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {
NewDocument article(const QString &title, const QString &published, const QString &body)
{
    NewDocument document;
    document.title = title;
    document.published = published;
    document.datePrecision = published.size() == 10 ? DatePrecision::Day
        : published.size() == 7                     ? DatePrecision::Month
        : published.isEmpty()                       ? DatePrecision::None
                                                    : DatePrecision::Year;
    document.dateSource = published.isEmpty() ? DateSource::None : DateSource::Header;
    document.source = u"/corpus/"_s + title + u".txt"_s;
    document.body = body;
    return document;
}
} // namespace

class TestDocumentRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        m_db = Test::openDatabase(m_dir->filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
        DocumentRepository documents(*m_db);
        const QList<NewDocument> articles = {
            article(u"Call"_s, u"2023-11-06"_s, u"Biden held a call with Netanyahu about Gaza."_s),
            article(u"Talks"_s, u"2024-04-29"_s, u"Biden and Netanyahu discussed hostages and a ceasefire."_s),
            article(u"Trip"_s, u"2023-10-16"_s, u"Blinken held talks in Israel with Netanyahu."_s),
            article(u"Month only"_s, u"2024-03"_s, u"Austin spoke with Gallant about Rafah."_s),
            article(u"Undated"_s, QString(), u"An article without a date about Qatar."_s),
        };
        for (const NewDocument &a : articles) {
            Result<DocumentRepository::Inserted> inserted = documents.insert(a);
            QVERIFY2(inserted, qPrintable(inserted.errorString()));
            QVERIFY(!inserted->duplicate);
        }
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void insertsAndFinds()
    {
        DocumentRepository documents(*m_db);
        QCOMPARE(documents.countAll().value(), 5);
        Region region{0, 5, Region::Kind::Url};
        NewDocument withRegion = article(u"Regions"_s, u"2024-01-01"_s, u"https://x.invalid body"_s);
        withRegion.regions = {region};
        Result<DocumentRepository::Inserted> inserted = documents.insert(withRegion);
        QVERIFY(inserted);
        const std::optional<Document> found = documents.find(inserted->id);
        QVERIFY(found);
        QCOMPARE(found->title, u"Regions"_s);
        QCOMPARE(found->body, withRegion.body);
        QCOMPARE(found->length, withRegion.body.size());
        QCOMPARE(found->dateSource, DateSource::Header);
        QCOMPARE(found->regions, QList<Region>{region});
        QVERIFY(found->importedAt.isValid());
        QVERIFY(!documents.find(9999));
    }

    void detectsDuplicates()
    {
        DocumentRepository documents(*m_db);
        Result<DocumentRepository::Inserted> again =
            documents.insert(article(u"Other title"_s, u"2020-01-01"_s, u"Biden held a call with Netanyahu about Gaza."_s));
        QVERIFY(again);
        QVERIFY(again->duplicate);
        QCOMPARE(documents.countAll().value(), 5);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("titles"); // in PublishedAscending order (undated first)
        QTest::newRow("all") << u""_s << u""_s << u""_s
                             << QStringList{u"Undated"_s, u"Trip"_s, u"Call"_s, u"Month only"_s, u"Talks"_s};
        QTest::newRow("word") << u"Netanyahu"_s << u""_s << u""_s << QStringList{u"Trip"_s, u"Call"_s, u"Talks"_s};
        QTest::newRow("phrase") << u"\"held a call\""_s << u""_s << u""_s << QStringList{u"Call"_s};
        QTest::newRow("prefix") << u"hostage*"_s << u""_s << u""_s << QStringList{u"Talks"_s};
        QTest::newRow("not") << u"Netanyahu NOT Biden"_s << u""_s << u""_s << QStringList{u"Trip"_s};
        QTest::newRow("from") << u""_s << u"2024-01-01"_s << u""_s << QStringList{u"Month only"_s, u"Talks"_s};
        QTest::newRow("to") << u""_s << u""_s << u"2023-11-06"_s << QStringList{u"Trip"_s, u"Call"_s};
        QTest::newRow("month overlaps range") << u""_s << u"2024-03-15"_s << u"2024-03-20"_s << QStringList{u"Month only"_s};
        QTest::newRow("text and dates") << u"Netanyahu"_s << u"2023-11-01"_s << u"2024-12-31"_s
                                        << QStringList{u"Call"_s, u"Talks"_s};
        QTest::newRow("no hit") << u"Zelenskyy"_s << u""_s << u""_s << QStringList{};
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, titles);
        DocumentFilter filter;
        filter.text = text;
        filter.from = QDate::fromString(from, Qt::ISODate);
        filter.to = QDate::fromString(to, Qt::ISODate);
        DocumentRepository documents(*m_db);
        Result<QList<DocumentSummary>> rows = documents.list(filter, DocumentSort::PublishedAscending, 0, 100);
        QVERIFY2(rows, qPrintable(rows.errorString()));
        QStringList actual;
        for (const DocumentSummary &row : *rows) {
            actual << row.title;
            QCOMPARE(row.snippet.isEmpty(), text.isEmpty());
        }
        QCOMPARE(actual, titles);
        QCOMPARE(documents.count(filter).value(), titles.size());
    }

    void snippetMarksMatches()
    {
        DocumentFilter filter;
        filter.text = u"ceasefire"_s;
        Result<QList<DocumentSummary>> rows = DocumentRepository(*m_db).list(filter, DocumentSort::Relevance, 0, 10);
        QVERIFY(rows);
        QCOMPARE(rows->size(), 1);
        QVERIFY2(rows->constFirst().snippet.contains(u"\u0002ceasefire\u0003"_s), qPrintable(rows->constFirst().snippet));
    }

    void sortsAndPages()
    {
        DocumentRepository documents(*m_db);
        QStringList titles;
        for (qint64 offset = 0; offset < 5; offset += 2) {
            const QList<DocumentSummary> page = documents.list({}, DocumentSort::TitleAscending, offset, 2).value();
            for (const DocumentSummary &row : page) {
                titles << row.title;
            }
        }
        QCOMPARE(titles, (QStringList{u"Call"_s, u"Month only"_s, u"Talks"_s, u"Trip"_s, u"Undated"_s}));
        const QList<DocumentSummary> newest = documents.list({}, DocumentSort::PublishedDescending, 0, 1).value();
        QCOMPARE(newest.constFirst().title, u"Talks"_s);
    }

    void publicationDaysForTimeline()
    {
        DocumentRepository documents(*m_db);
        QVERIFY(documents.insert(article(u"Same day"_s, u"2023-11-06"_s, u"Another article on the day of the call."_s)));
        const QList<DocumentRepository::PublicationDay> days = documents.publicationDays().value();
        QCOMPARE(days.size(), 4);
        QCOMPARE(days.constFirst().date, QDate(2023, 10, 16));
        QCOMPARE(days.at(1).date, QDate(2023, 11, 6));
        QCOMPARE(days.at(1).count, 2);
        QCOMPARE(days.at(2).date, QDate(2024, 3, 1)); // "2024-03": its first day
        DocumentFilter thatDay;
        thatDay.from = thatDay.to = QDate(2023, 11, 6);
        qint64 first = std::numeric_limits<qint64>::max();
        const QList<DocumentSummary> published = documents.list(thatDay, DocumentSort::PublishedAscending, 0, 10).value();
        QCOMPARE(published.size(), 2);
        for (const DocumentSummary &row : published) {
            first = std::min(first, row.id);
        }
        QCOMPARE(days.at(1).firstDocumentId, first);
    }

    void relevanceRanksTheNewestMatches()
    {
        DocumentRepository documents(*m_db);
        // Older articles repeat the word most (best bm25), then more than RankedMatchesLimit newer ones.
        Transaction transaction(m_db->connection());
        for (int i = 0; i < DocumentRepository::RankedMatchesLimit + 20; ++i) {
            const bool old = i < 20;
            const QString published = QDate(2020, 1, 1).addDays(old ? i : 1000 + i / 50).toString(Qt::ISODate);
            const QString body = old ? u"zebra zebra zebra zebra zebra %1"_s.arg(i) : u"a zebra among many words %1"_s.arg(i);
            QVERIFY(documents.insert(article(u"Z%1"_s.arg(i), published, body)));
        }
        QVERIFY(documents.flushIndex());
        QVERIFY(transaction.commit());
        DocumentFilter filter;
        filter.text = u"zebra"_s;
        QCOMPARE(documents.count(filter).value(), DocumentRepository::RankedMatchesLimit + 20);
        const QList<DocumentSummary> ranked = documents.list(filter, DocumentSort::Relevance, 0, 50).value();
        QCOMPARE(ranked.size(), 50);
        for (const DocumentSummary &row : ranked) {
            QVERIFY2(row.published >= u"2022-09-27"_s, qPrintable(row.title + u' ' + row.published)); // none of the old
        }
        // Newest first still reaches every match.
        const QList<DocumentSummary> oldest = documents.list(filter, DocumentSort::PublishedAscending, 0, 10).value();
        QCOMPARE(oldest.constFirst().title, u"Z0"_s);

        // Ranked on the index alone, the pages are those of ranking the joined rows: by bm25, ties
        // (all the newer articles score alike) by document id, among the newest matches.
        for (const QString &text : {u"zebra"_s, u"zeb*"_s, u"\"zebra among\""_s}) {
            filter.text = text;
            for (qint64 offset : {0, 50, DocumentRepository::RankedMatchesLimit - 30}) {
                QSqlQuery joined(m_db->connection());
                const SqlDialect &dialect = m_db->dialect();
                QVERIFY(joined.prepare(
                    u"SELECT d.id FROM "_s + dialect.ftsFrom() + u" WHERE "_s + dialect.ftsCondition()
                    + u" AND document_fts.rowid >= (SELECT document_fts.rowid FROM "_s + dialect.ftsTable() + u" WHERE "_s
                    + dialect.ftsCondition() + u" ORDER BY document_fts.rowid DESC LIMIT 1 OFFSET :cap) ORDER BY "_s
                    + dialect.ftsRank() + u", d.id LIMIT 50 OFFSET :offset"_s));
                joined.bindValue(u":fts"_s, dialect.ftsQuery(text));
                joined.bindValue(u":cap"_s, DocumentRepository::RankedMatchesLimit - 1);
                joined.bindValue(u":offset"_s, offset);
                QVERIFY2(joined.exec(), qPrintable(joined.lastError().text()));
                QList<qint64> expected;
                while (joined.next()) {
                    expected << joined.value(0).toLongLong();
                }
                QList<qint64> actual;
                const QList<DocumentSummary> page = documents.list(filter, DocumentSort::Relevance, offset, 50).value();
                for (const DocumentSummary &row : page) {
                    actual << row.id;
                    QVERIFY2(row.snippet.contains(u'\x02'), qPrintable(row.snippet));
                    QVERIFY(row.title.startsWith(u'Z'));
                }
                QCOMPARE(actual.size(), offset < DocumentRepository::RankedMatchesLimit - 50 ? 50 : 30);
                QCOMPARE(actual, expected);
            }
        }
    }

    void removeDropsFromIndex()
    {
        DocumentRepository documents(*m_db);
        DocumentFilter filter;
        filter.text = u"Blinken"_s;
        const qint64 id = documents.list(filter, DocumentSort::Relevance, 0, 1).value().constFirst().id;
        QVERIFY(documents.remove(id));
        QCOMPARE(documents.count(filter).value(), 0);
        QVERIFY(m_db->integrityCheck());
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestDocumentRepository)
#include "tst_documentrepository.moc"
