// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importsummary.h"
#include "store/annotationrepository.h"
#include "store/codebook.h"
#include "store/document.h"
#include "store/entityrepository.h"
#include "store/timelinerepository.h"

#include <QJsonObject>

namespace Gloss::JsonOutput {

// The JSON shapes the command line prints; field names are part of its interface.
QJsonObject importSummary(const ImportSummary &summary);
QJsonObject documentSummary(const DocumentSummary &summary);
QJsonObject document(const Document &document);
// doc, start, end, text, type, canonical, origin
QJsonObject mention(const StoredMention &mention, const QString &body);
// id, title, published (null when unknown): an article as the timeline lists it
QJsonObject datedDocument(qint64 id, const QString &title, const QString &published);
// doc, start, end, text, value, granularity, anchor, uncertain
QJsonObject timeExpression(const StoredTimeExpression &time);
// doc, type, actors, place, date, start, end, sentence
QJsonObject event(const StoredEvent &event);
// id, uuid, doc, start, end, quote, code (full path, null when uncoded), note, author, created,
// updated, anchor, version
QJsonObject annotation(const Annotation &annotation, const QString &codePath);
// id, name, path, colour, description, parent (id or null), position, depth
QJsonObject code(const Code &code, const QString &path);

} // namespace Gloss::JsonOutput
