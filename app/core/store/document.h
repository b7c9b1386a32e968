// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nlp/event.h"
#include "nlp/mention.h"
#include "nlp/timeexpression.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Gloss {

// How precisely a document's publication date is known.
enum class DatePrecision { None, Year, Month, Day };

// Where the publication date came from.
enum class DateSource { None, Header, Metadata, Dateline, PostId, Content, User };

QString precisionName(DatePrecision precision);
QString dateSourceName(DateSource source);
DatePrecision datePrecisionFromString(const QString &text);
DateSource dateSourceFromString(const QString &text);

// A span of the body that is not the article proper (agency disclaimers, bare links): kept in
// the text, marked so titles, entities and exports can leave it out.
struct Region {
    enum class Kind { Boilerplate, Url };
    qsizetype start = 0;
    qsizetype end = 0;
    Kind kind = Kind::Boilerplate;

    friend bool operator==(const Region &, const Region &) = default;
};

QString regionKindName(Region::Kind kind);

// The first day of a stored publication date: YYYY-MM-DD, or YYYY-MM and YYYY counting from the
// start of their period. Invalid for anything else.
QDate publicationStart(const QString &published);
Region::Kind regionKindFromString(const QString &text);

// A parsed article, ready to be stored.
struct NewDocument {
    QString title;
    QString source;         // the imported file's path or the article's URL
    QString published;      // ISO 8601: YYYY-MM-DD, YYYY-MM or YYYY; empty when unknown
    DatePrecision datePrecision = DatePrecision::None;
    DateSource dateSource = DateSource::None;
    QString dateNote;       // how the date was found, or why it is missing
    QString format;         // text, markdown, html, csv, jsonl
    QString encoding;       // of the file it came from
    QString body;
    QList<Region> regions;
    QList<Mention> mentions; // recognised at import
    QList<TimeExpression> times;
    QList<Event> events;
    QByteArray contentHash;  // DocumentRepository::contentHash(body); computed on insert when empty
};

// What the document list shows; no body.
struct DocumentSummary {
    qint64 id = 0;
    QString title;
    QString source;
    QString published;
    DatePrecision datePrecision = DatePrecision::None;
    DateSource dateSource = DateSource::None;
    qint64 length = 0;
    QString snippet; // with a search: the matching passage, matches wrapped in \x02 … \x03
};

struct Document : DocumentSummary {
    QString dateNote;
    QString format;
    QString encoding;
    QString body;
    QDateTime importedAt;
    QList<Region> regions;
};

} // namespace Gloss
