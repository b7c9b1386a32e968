// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nlp/event.h"
#include "nlp/timeexpression.h"
#include "result.h"
#include "timeline/timelinedata.h"

#include <QList>

#include <memory>
#include <optional>

namespace Gloss {

class Database;
class BulkStatement;

struct StoredTimeExpression {
    qint64 documentId = 0;
    TimeExpression expression;
};

struct StoredEvent {
    qint64 documentId = 0;
    Event event;
};

// The time expressions and events of the corpus's articles, and the timeline drawn from them.
class TimelineRepository final
{
public:
    explicit TimelineRepository(Database &database);
    ~TimelineRepository();

    // Stores a new article's time expressions and events (an import: nothing to replace).
    Result<void> add(qint64 documentId, const QList<TimeExpression> &times, const QList<Event> &events);
    // Replaces an article's time expressions and events (recognition run again).
    Result<void> replace(qint64 documentId, const QList<TimeExpression> &times, const QList<Event> &events);

    // Of one article (documentId > 0) or all, in article and text order.
    Result<QList<StoredTimeExpression>> timeExpressions(qint64 documentId = 0) const;
    Result<QList<StoredEvent>> events(qint64 documentId = 0) const;

    // Everything the timeline draws; a lane per entity in `entityIds` that still exists.
    Result<TimelineData> timeline(const QList<qint64> &entityIds = {}) const;
    // The day-precision dates one article's time expressions name, for emphasising its marks.
    Result<QList<TimelineDay>> mentionedDays(qint64 documentId) const;

private:
    Result<void> insertTimes(qint64 documentId, const QList<TimeExpression> &times);
    Result<void> insertEvents(qint64 documentId, const QList<Event> &events);
    Result<QList<TimelineDay>> publishedDays() const;
    Result<QList<TimelineDay>> mentionedDaysOfCorpus() const;
    Result<QList<TimelineEvent>> timelineEvents() const;
    Result<std::optional<TimelineEntityLane>> entityLane(qint64 entityId) const;
    Error errorOf(const BulkStatement &statement) const;

    Database &m_database;
};

} // namespace Gloss
