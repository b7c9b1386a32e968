// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerepository.h"

#include "database.h"
#include "documentrepository.h"
#include "bulkstatement.h"
#include "multirowinsert.h"

#include <QJsonArray>
#include <QStringList>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

QDate dateOfJulianDay(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromJulianDay(value.toLongLong());
}

// A JSON array of strings, as QJsonDocument writes it compactly (which costs ten times more).
QString actorsToJson(const QStringList &actors)
{
    QString json = u"["_s;
    for (const QString &actor : actors) {
        if (json.size() > 1) {
            json += u',';
        }
        json += u'"';
        for (const QChar c : actor) {
            switch (c.unicode()) {
            case u'"':
                json += u"\\\""_s;
                break;
            case u'\\':
                json += u"\\\\"_s;
                break;
            case u'\n':
                json += u"\\n"_s;
                break;
            case u'\r':
                json += u"\\r"_s;
                break;
            case u'\t':
                json += u"\\t"_s;
                break;
            default:
                if (c.unicode() < 0x20) {
                    json += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
                } else {
                    json += c;
                }
            }
        }
        json += u'"';
    }
    return json + u']';
}

QStringList actorsFromJson(const QString &json)
{
    QStringList actors;
    for (const QJsonValue &actor : QJsonDocument::fromJson(json.toUtf8()).array()) {
        actors << actor.toString();
    }
    return actors;
}

TimeExpression periodOf(const QString &value)
{
    TimeExpression period;
    period.value = value;
    period.granularity = granularityOfValue(value);
    return period;
}

} // namespace

TimelineRepository::TimelineRepository(Database &database)
    : m_database(database)
{
}

TimelineRepository::~TimelineRepository() = default;

Error TimelineRepository::errorOf(const BulkStatement &statement) const
{
    return databaseError(Database::describeSqlError(statement.errorString(), m_database.path()));
}

Result<void> TimelineRepository::add(qint64 documentId, const QList<TimeExpression> &times, const QList<Event> &events)
{
    if (Result<void> stored = insertTimes(documentId, times); !stored) {
        return stored;
    }
    return insertEvents(documentId, events);
}

Result<void> TimelineRepository::replace(qint64 documentId, const QList<TimeExpression> &times,
                                         const QList<Event> &events)
{
    for (const QString &table : {u"time_expression"_s, u"event"_s}) {
        QSqlQuery remove(m_database.connection());
        remove.prepare(u"DELETE FROM "_s + table + u" WHERE document_id = :document"_s);
        remove.bindValue(u":document"_s, documentId);
        if (!remove.exec()) {
            return databaseError(Database::describeSqlError(remove.lastError().text(), m_database.path()));
        }
    }
    return add(documentId, times, events);
}

// Imports store a few expressions and events per article: bound straight through SQLite, as the
// entity rows are, because QSqlQuery's per-value binding would cost more than the inserts, and
// an article's rows go in one statement, because running one costs more than a small row.
namespace {

constexpr int TimeColumns = 10;
constexpr int EventColumns = 10;
constexpr int RowsPerStatement = 32;

const MultiRowInsert &timeInsert()
{
    static const MultiRowInsert insert(
        "time_expression (document_id, start_offset, end_offset, text, value, granularity, anchor, "
        "uncertain, first_day, last_day)",
        TimeColumns, RowsPerStatement);
    return insert;
}

const MultiRowInsert &eventInsert()
{
    static const MultiRowInsert insert(
        "event (document_id, type, actors, place, date, sentence_start, sentence_end, sentence, "
        "first_day, last_day)",
        EventColumns, RowsPerStatement);
    return insert;
}

void bindDay(BulkStatement &statement, int parameter, QDate day)
{
    day.isValid() ? statement.bind(parameter, day.toJulianDay()) : statement.bindNull(parameter);
}

} // namespace

Result<void> TimelineRepository::insertTimes(qint64 documentId, const QList<TimeExpression> &times)
{
    for (qsizetype first = 0, rows = 0; first < times.size(); first += rows) {
        rows = timeInsert().rowsFrom(first, times.size());
        BulkStatement &insert = m_database.bulkStatement(timeInsert().sql(m_database.dialect().backend(), rows));
        for (qsizetype k = 0; k < rows; ++k) {
            const TimeExpression &time = times.at(first + k);
            const int p = int(k) * TimeColumns;
            insert.bind(p + 1, documentId);
            insert.bind(p + 2, qint64(time.start));
            insert.bind(p + 3, qint64(time.end));
            insert.bind(p + 4, time.text);
            insert.bind(p + 5, time.value);
            insert.bind(p + 6, granularityName(time.granularity));
            insert.bind(p + 7, time.anchor);
            insert.bind(p + 8, qint64(time.uncertain));
            bindDay(insert, p + 9, time.firstDay());
            bindDay(insert, p + 10, time.lastDay());
        }
        if (!insert.execute()) {
            return errorOf(insert);
        }
    }
    return {};
}

Result<void> TimelineRepository::insertEvents(qint64 documentId, const QList<Event> &events)
{
    for (qsizetype first = 0, rows = 0; first < events.size(); first += rows) {
        rows = eventInsert().rowsFrom(first, events.size());
        BulkStatement &insert = m_database.bulkStatement(eventInsert().sql(m_database.dialect().backend(), rows));
        for (qsizetype k = 0; k < rows; ++k) {
            const Event &event = events.at(first + k);
            const int p = int(k) * EventColumns;
            const TimeExpression period = periodOf(event.date);
            insert.bind(p + 1, documentId);
            insert.bind(p + 2, event.type);
            insert.bind(p + 3, actorsToJson(event.actors));
            insert.bind(p + 4, event.place);
            event.date.isEmpty() ? insert.bindNull(p + 5) : insert.bind(p + 5, event.date);
            insert.bind(p + 6, qint64(event.sentenceStart));
            insert.bind(p + 7, qint64(event.sentenceEnd));
            insert.bind(p + 8, event.sentence);
            bindDay(insert, p + 9, period.firstDay());
            bindDay(insert, p + 10, period.lastDay());
        }
        if (!insert.execute()) {
            return errorOf(insert);
        }
    }
    return {};
}

Result<QList<StoredTimeExpression>> TimelineRepository::timeExpressions(qint64 documentId) const
{
    QSqlQuery query(m_database.connection());
    setForwardOnly(query);
    query.prepare(u"SELECT document_id, start_offset, end_offset, text, value, granularity, anchor, uncertain "
                  "FROM time_expression "_s
                  + (documentId > 0 ? u"WHERE document_id = :document "_s : QString())
                  + u"ORDER BY document_id, start_offset"_s);
    if (documentId > 0) {
        query.bindValue(u":document"_s, documentId);
    }
    if (!query.exec()) {
        return databaseError(Database::describeSqlError(query.lastError().text(), m_database.path()));
    }
    QList<StoredTimeExpression> result;
    while (query.next()) {
        StoredTimeExpression stored;
        stored.documentId = query.value(0).toLongLong();
        TimeExpression &time = stored.expression;
        time.start = query.value(1).toLongLong();
        time.end = query.value(2).toLongLong();
        time.text = query.value(3).toString();
        time.value = query.value(4).toString();
        if (!granularityFromName(query.value(5).toString(), &time.granularity)) {
            time.granularity = granularityOfValue(time.value);
        }
        time.anchor = query.value(6).toString();
        time.uncertain = query.value(7).toBool();
        result.append(std::move(stored));
    }
    return result;
}

Result<QList<StoredEvent>> TimelineRepository::events(qint64 documentId) const
{
    QSqlQuery query(m_database.connection());
    setForwardOnly(query);
    query.prepare(u"SELECT document_id, type, actors, place, date, sentence_start, sentence_end, sentence FROM event "_s
                  + (documentId > 0 ? u"WHERE document_id = :document "_s : QString())
                  + u"ORDER BY document_id, sentence_start"_s);
    if (documentId > 0) {
        query.bindValue(u":document"_s, documentId);
    }
    if (!query.exec()) {
        return databaseError(Database::describeSqlError(query.lastError().text(), m_database.path()));
    }
    QList<StoredEvent> result;
    while (query.next()) {
        StoredEvent stored;
        stored.documentId = query.value(0).toLongLong();
        Event &event = stored.event;
        event.type = query.value(1).toString();
        event.actors = actorsFromJson(query.value(2).toString());
        event.place = query.value(3).toString();
        event.date = query.value(4).toString();
        event.sentenceStart = query.value(5).toLongLong();
        event.sentenceEnd = query.value(6).toLongLong();
        event.sentence = query.value(7).toString();
        result.append(std::move(stored));
    }
    return result;
}

Result<TimelineData> TimelineRepository::timeline(const QList<qint64> &entityIds) const
{
    TimelineData data;
    Result<QList<TimelineDay>> published = publishedDays();
    if (!published) {
        return published.error();
    }
    data.published = std::move(*published);
    Result<QList<TimelineEvent>> events = timelineEvents();
    if (!events) {
        return events.error();
    }
    data.events = std::move(*events);
    Result<QList<TimelineDay>> mentioned = mentionedDaysOfCorpus();
    if (!mentioned) {
        return mentioned.error();
    }
    data.mentioned = std::move(*mentioned);
    for (qint64 entityId : entityIds) {
        Result<std::optional<TimelineEntityLane>> lane = entityLane(entityId);
        if (!lane) {
            return lane.error();
        }
        if (*lane) { // an entity rejected or merged away since has no lane
            data.entities.append(std::move(**lane));
        }
    }
    return data;
}

Result<QList<TimelineDay>> TimelineRepository::publishedDays() const
{
    Result<QList<DocumentRepository::PublicationDay>> days = DocumentRepository(m_database).publicationDays();
    if (!days) {
        return days.error();
    }
    QList<TimelineDay> result;
    result.reserve(days->size());
    for (const DocumentRepository::PublicationDay &day : std::as_const(*days)) {
        result.append({day.date, day.count, day.firstDocumentId});
    }
    return result;
}

// Only day-precise dates: a month or a year named in passing would cover the whole lane.
// SQLite takes the bare columns of a min() aggregate from the row holding the minimum, so each
// day keeps the first article naming it and where.
Result<QList<TimelineDay>> TimelineRepository::mentionedDaysOfCorpus() const
{
    QSqlQuery query(m_database.connection());
    setForwardOnly(query);
    if (!query.exec(m_database.dialect().mentionedDays(false))) {
        return databaseError(Database::describeSqlError(query.lastError().text(), m_database.path()));
    }
    QList<TimelineDay> days;
    while (query.next()) {
        days.append({dateOfJulianDay(query.value(0)), query.value(1).toInt(), query.value(2).toLongLong(),
                     query.value(3).toLongLong(), query.value(4).toLongLong()});
    }
    return days;
}

Result<QList<TimelineDay>> TimelineRepository::mentionedDays(qint64 documentId) const
{
    QSqlQuery query(m_database.connection());
    setForwardOnly(query);
    query.prepare(m_database.dialect().mentionedDays(true));
    query.bindValue(u":document"_s, documentId);
    if (!query.exec()) {
        return databaseError(Database::describeSqlError(query.lastError().text(), m_database.path()));
    }
    QList<TimelineDay> days;
    while (query.next()) {
        days.append({dateOfJulianDay(query.value(0)), query.value(1).toInt(), documentId, query.value(2).toLongLong(),
                     query.value(3).toLongLong()});
    }
    return days;
}

Result<QList<TimelineEvent>> TimelineRepository::timelineEvents() const
{
    QSqlQuery query(m_database.connection());
    setForwardOnly(query);
    if (!query.exec(u"SELECT first_day, last_day, type, actors, place, document_id, sentence_start, sentence_end "
                    "FROM event WHERE first_day IS NOT NULL ORDER BY first_day, document_id, sentence_start"_s)) {
        return databaseError(Database::describeSqlError(query.lastError().text(), m_database.path()));
    }
    QList<TimelineEvent> events;
    while (query.next()) {
        TimelineEvent event;
        event.first = dateOfJulianDay(query.value(0));
        event.last = dateOfJulianDay(query.value(1));
        event.type = query.value(2).toString();
        event.actors = actorsFromJson(query.value(3).toString());
        event.place = query.value(4).toString();
        event.documentId = query.value(5).toLongLong();
        event.sentenceStart = query.value(6).toLongLong();
        event.sentenceEnd = query.value(7).toLongLong();
        events.append(std::move(event));
    }
    return events;
}

// When an entity is in the news: the publication days of the articles that mention it.
Result<std::optional<TimelineEntityLane>> TimelineRepository::entityLane(qint64 entityId) const
{
    TimelineEntityLane lane;
    lane.entityId = entityId;
    QSqlQuery name(m_database.connection());
    name.prepare(u"SELECT canonical FROM entity WHERE id = :entity"_s);
    name.bindValue(u":entity"_s, entityId);
    if (!name.exec()) {
        return databaseError(Database::describeSqlError(name.lastError().text(), m_database.path()));
    }
    if (!name.next()) {
        return std::optional<TimelineEntityLane>();
    }
    lane.name = name.value(0).toString();
    QSqlQuery query(m_database.connection());
    setForwardOnly(query);
    query.prepare(u"SELECT d.sort_key >> 32 AS day, count(*), min(d.id) FROM document_entity de "
                  "JOIN document d ON d.id = de.document_id "
                  "WHERE de.entity_id = :entity AND d.sort_key >= :first_dated_key GROUP BY day ORDER BY day"_s);
    query.bindValue(u":entity"_s, entityId);
    query.bindValue(u":first_dated_key"_s, DocumentRepository::FirstDatedSortKey);
    if (!query.exec()) {
        return databaseError(Database::describeSqlError(query.lastError().text(), m_database.path()));
    }
    while (query.next()) {
        lane.days.append({QDate::fromJulianDay(query.value(0).toLongLong()), query.value(1).toInt(),
                          query.value(2).toLongLong()});
    }
    return std::optional<TimelineEntityLane>(std::move(lane));
}

} // namespace Gloss
