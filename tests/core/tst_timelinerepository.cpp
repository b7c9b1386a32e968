// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importer.h"
#include "nlp/recognitionrun.h"
#include "store/database.h"
#include "store/entityrepository.h"
#include "store/timelinerepository.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TimelineRepositoryTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<Database> importedCorpus(const QString &name, const QStringList &articles)
    {
        std::unique_ptr<Database> database = Test::openDatabase(m_dir.filePath(name));
        Importer importer(*database);
        for (const QString &article : articles) {
            if (!importer.importText(article, u"test"_s)) {
                return nullptr;
            }
        }
        return database;
    }

private Q_SLOTS:
    void storesWhatImportFinds()
    {
        auto database = importedCorpus(u"import.gloss"_s,
                                       {u" date 2024-04-29 Joe Biden spoke with Benjamin Netanyahu by phone on Sunday, "
                                        "a week after the October 7 anniversary.\n"_s});
        QVERIFY(database);
        const TimelineRepository timeline(*database);
        const auto times = timeline.timeExpressions();
        QVERIFY(times);
        QStringList values;
        for (const StoredTimeExpression &time : *times) {
            QCOMPARE(time.documentId, 1);
            values << time.expression.text + u'=' + time.expression.value;
        }
        QVERIFY2(values.contains(u"Sunday=2024-04-28"_s), qPrintable(values.join(u", "_s)));
        const auto events = timeline.events(1);
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->constFirst().event.type, u"call"_s);
        QCOMPARE(events->constFirst().event.actors, (QStringList{u"Joe Biden"_s, u"Benjamin Netanyahu"_s}));
        QCOMPARE(events->constFirst().event.date, u"2024-04-28"_s);
    }

    void roundTripsEveryField()
    {
        auto database = importedCorpus(u"roundtrip.gloss"_s, {u"Plain text without any date at all.\n"_s});
        QVERIFY(database);
        TimelineRepository timeline(*database);
        TimeExpression week{3, 12, u"last week"_s, u"2024-W17"_s, Granularity::Week, u"publication 2024-04-29 (day)"_s, true};
        TimeExpression span{20, 27, u"3 weeks"_s, u"P3W"_s, Granularity::Duration, u"absolute"_s, false};
        Event event{u"meeting"_s, {u"A B"_s, u"C D"_s}, u"Cairo"_s, u"2024-04"_s, 0, 30, u"A B met C D in Cairo."_s};
        QVERIFY(timeline.replace(1, {week, span}, {event}));
        const auto times = timeline.timeExpressions(1);
        QVERIFY(times);
        QCOMPARE(times->size(), 2);
        QCOMPARE(times->at(0).expression, week);
        QCOMPARE(times->at(1).expression, span);
        const auto events = timeline.events(1);
        QVERIFY(events);
        QCOMPARE(events->size(), 1);
        QCOMPARE(events->constFirst().event, event);

        // Replacing leaves only the new ones.
        QVERIFY(timeline.replace(1, {span}, {}));
        QCOMPARE(timeline.timeExpressions(1)->size(), 1);
        QCOMPARE(timeline.events(1)->size(), 0);
    }

    // An article's rows go in as few statements as fit; actors are kept as a JSON array.
    void roundTripsManyRows_data()
    {
        QTest::addColumn<int>("count");
        for (int count : {1, 31, 32, 33, 70}) {
            QTest::newRow(qPrintable(u"%1 rows"_s.arg(count))) << count;
        }
    }

    void roundTripsManyRows()
    {
        QFETCH(int, count);
        auto database = importedCorpus(u"many-%1.gloss"_s.arg(count), {u"Plain text without any date at all.\n"_s});
        QVERIFY(database);
        TimelineRepository timeline(*database);
        QList<TimeExpression> times;
        QList<Event> events;
        for (int k = 0; k < count; ++k) {
            times.append({k, k + 5, u"day %1"_s.arg(k), QDate(2024, 1, 1).addDays(k).toString(Qt::ISODate),
                          Granularity::Day, u"absolute"_s, k % 2 == 1});
            const QStringList actors = {u"Quote \"%1\" back\\slash"_s.arg(k), u"Tab\tnew\nline \u0001 Łódź ‘x’"_s};
            events.append({u"call"_s, actors, k % 3 ? u"Cairo"_s : QString(), k % 4 ? u"2024-04"_s : QString(), k, k + 9,
                           u"sentence %1"_s.arg(k)});
        }
        QVERIFY(timeline.replace(1, times, events));
        const auto storedTimes = timeline.timeExpressions(1);
        QVERIFY(storedTimes);
        QCOMPARE(storedTimes->size(), count);
        const auto storedEvents = timeline.events(1);
        QVERIFY(storedEvents);
        QCOMPARE(storedEvents->size(), count);
        for (int k = 0; k < count; ++k) {
            QCOMPARE(storedTimes->at(k).expression, times.at(k));
            QCOMPARE(storedEvents->at(k).event.actors, events.at(k).actors);
            QCOMPARE(storedEvents->at(k).event, events.at(k));
        }
    }

    void aggregatesTheTimeline()
    {
        auto database = importedCorpus(u"lanes.gloss"_s,
                                       {u" date 2024-03-21 Israel said on March 19 that the talks of March 19 went on. "
                                        "Officials met in March.\n"_s,
                                        u" date 2024-03-22 In Rafah, officials recalled March 19 and March 20.\n"_s,
                                        u" date 2024-03-22 Another Rafah report from the same day, about March 19.\n"_s});
        QVERIFY(database);
        const TimelineRepository timeline(*database);
        const auto rafah = EntityRepository(*database).entityId(EntityKind::Location, u"Rafah"_s);
        QVERIFY(rafah);
        const auto data = timeline.timeline({*rafah});
        QVERIFY(data);
        QCOMPARE(data->published.size(), 2);
        QCOMPARE(data->published.at(1).date, QDate(2024, 3, 22));
        QCOMPARE(data->published.at(1).count, 2);
        // Day-precise dates only ("in March" is a month), counted over all articles.
        QCOMPARE(data->mentioned.size(), 2);
        QCOMPARE(data->mentioned.at(0).date, QDate(2024, 3, 19));
        QCOMPARE(data->mentioned.at(0).count, 4);
        QCOMPARE(data->mentioned.at(0).documentId, 1);
        QVERIFY(data->mentioned.at(0).end > data->mentioned.at(0).start);
        QCOMPARE(data->mentioned.at(1).date, QDate(2024, 3, 20));
        QCOMPARE(data->entities.size(), 1);
        QCOMPARE(data->entities.constFirst().name, u"Rafah"_s);
        QCOMPARE(data->entities.constFirst().days.size(), 1);
        QCOMPARE(data->entities.constFirst().days.constFirst().count, 2);
        QCOMPARE(data->entities.constFirst().days.constFirst().documentId, 2);

        const auto ofFirst = timeline.mentionedDays(1);
        QVERIFY(ofFirst);
        QCOMPARE(ofFirst->size(), 1);
        QCOMPARE(ofFirst->constFirst().count, 2);
        const auto gone = timeline.timeline({999}); // rejected or merged away since
        QVERIFY(gone);
        QVERIFY(gone->entities.isEmpty());
        QCOMPARE(gone->published.size(), 2);
    }

    void recognitionRunReplacesThem()
    {
        auto database = importedCorpus(u"rerun.gloss"_s, {u" date 2024-04-29 They met on Sunday.\n"_s});
        QVERIFY(database);
        QVERIFY(QSqlQuery(database->connection()).exec(u"DELETE FROM time_expression"_s));
        const auto outcome = RecognitionRun::run(*database, 0);
        QVERIFY(outcome);
        QCOMPARE(outcome->timeExpressions, 1);
        const auto times = TimelineRepository(*database).timeExpressions(1);
        QCOMPARE(times->size(), 1);
        QCOMPARE(times->constFirst().expression.value, u"2024-04-28"_s);
    }

    void deletingAnArticleDeletesItsDates()
    {
        auto database = importedCorpus(u"delete.gloss"_s, {u" date 2024-04-29 They met on Sunday.\n"_s});
        QVERIFY(database);
        QVERIFY(DocumentRepository(*database).remove(1));
        QCOMPARE(TimelineRepository(*database).timeExpressions()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TimelineRepositoryTest)
#include "tst_timelinerepository.moc"
