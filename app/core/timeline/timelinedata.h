// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace Gloss {

// What the timeline draws, as plain data read from the store (TimelineRepository) and painted
// by TimelineWidget. Days are aggregated so 100,000 articles stay a few thousand marks.

// One day of a lane: how many marks fall on it, and one of them to jump to when it is clicked.
struct TimelineDay {
    QDate date;
    int count = 0;
    qint64 documentId = 0; // the article of the representative mark
    qsizetype start = -1;  // its text span in that article (-1: the article as a whole)
    qsizetype end = -1;
};

// A call, meeting or statement found in an article, placed on the day it happened.
struct TimelineEvent {
    QDate first; // the period the event's date names (one day, or a week/month when less precise)
    QDate last;
    QString type; // "call", "meeting", "statement"
    QStringList actors;
    QString place;
    qint64 documentId = 0;
    qsizetype sentenceStart = 0;
    qsizetype sentenceEnd = 0;
};

// A lane of marks for one entity: the days of the articles that mention it.
struct TimelineEntityLane {
    qint64 entityId = 0;
    QString name;
    QList<TimelineDay> days; // sorted by date
};

struct TimelineData {
    QList<TimelineDay> published; // publication days of articles, sorted by date
    QList<TimelineEvent> events;  // sorted by first
    QList<TimelineDay> mentioned; // days the articles' time expressions name (day precision), sorted
    QList<TimelineEntityLane> entities;
};

} // namespace Gloss
