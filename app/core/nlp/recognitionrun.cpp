// SPDX-License-Identifier: GPL-3.0-or-later
#include "recognitionrun.h"

#include "documentanalyzer.h"
#include "store/database.h"
#include "store/documentrepository.h"
#include "store/entitycorrections.h"
#include "store/entityrepository.h"
#include "store/timelinerepository.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

Result<QList<qint64>> documentIds(Database &database, qint64 documentId)
{
    QSqlQuery query(database.connection());
    setForwardOnly(query);
    if (documentId > 0) {
        query.prepare(u"SELECT id FROM document WHERE id = :id"_s);
        query.bindValue(u":id"_s, documentId);
    } else {
        query.prepare(u"SELECT id FROM document ORDER BY id"_s);
    }
    if (!query.exec()) {
        return databaseError(Database::describeSqlError(query.lastError().text(), database.path()));
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    return ids;
}

Result<void> removeUnmentionedEntities(Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(u"DELETE FROM entity WHERE id NOT IN (SELECT entity_id FROM document_entity) "
                    "AND id NOT IN (SELECT entity_id FROM mention)"_s)) {
        return databaseError(Database::describeSqlError(query.lastError().text(), database.path()));
    }
    return {};
}

} // namespace

Result<RecognitionRun::Outcome> RecognitionRun::run(Database &database, qint64 documentId, const Progress &progress)
{
    Result<QList<qint64>> ids = documentIds(database, documentId);
    if (!ids) {
        return ids.error();
    }
    if (documentId > 0 && ids->isEmpty()) {
        return badInput(QObject::tr("There is no document %1.").arg(documentId));
    }
    const DocumentAnalyzer analyzer;
    DocumentRepository documents(database);
    EntityRepository entities(database);
    TimelineRepository timeline(database);
    EntityCorrections correcting(database);
    Result<CorrectionSet> corrections = correcting.load();
    if (!corrections) {
        return corrections.error();
    }
    Outcome outcome;
    for (qsizetype first = 0; first < ids->size(); first += BatchSize) {
        Transaction transaction(database.connection());
        if (!transaction.isActive()) {
            return databaseError(Database::describeSqlError(transaction.errorString(), database.path()));
        }
        const qsizetype last = std::min<qsizetype>(first + BatchSize, ids->size());
        for (qsizetype k = first; k < last; ++k) {
            const std::optional<Document> document = documents.find(ids->at(k));
            if (!document) {
                continue;
            }
            const DocumentAnalyzer::Analysis analysis = analyzer.analyze(document->body, document->regions,
                                                                         document->published);
            if (Result<void> stored = correcting.storeCorrected(entities, *corrections, document->id, document->body,
                                                                analysis.mentions);
                !stored) {
                return stored.error();
            }
            if (Result<void> dated = timeline.replace(document->id, analysis.times, analysis.events); !dated) {
                return dated.error();
            }
            ++outcome.documents;
            outcome.mentions += analysis.mentions.size();
            outcome.timeExpressions += analysis.times.size();
            outcome.events += analysis.events.size();
        }
        if (last == ids->size()) {
            if (Result<void> removed = removeUnmentionedEntities(database); !removed) {
                return removed.error();
            }
        }
        if (Result<void> committed = transaction.commit(); !committed) {
            return committed.error();
        }
        if (progress && !progress(last, ids->size())) {
            outcome.cancelled = true;
            break;
        }
    }
    return outcome;
}

} // namespace Gloss
