// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationrepository.h"

#include "database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QUuid>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

Error sqlError(const QSqlQuery &query, const Database &database)
{
    return databaseError(Database::describeSqlError(query.lastError().text(), database.path()));
}

const QString Columns = u"id, uuid, document_id, start_offset, end_offset, quote, prefix, suffix, coalesce(code_id, 0), "
                        "note, author, created, updated, anchor_state, version, updated_by"_s;

Annotation readAnnotation(const QSqlQuery &query)
{
    Annotation a;
    a.id = query.value(0).toLongLong();
    a.uuid = query.value(1).toString();
    a.documentId = query.value(2).toLongLong();
    a.start = qsizetype(query.value(3).toLongLong());
    a.end = qsizetype(query.value(4).toLongLong());
    a.quote = query.value(5).toString();
    a.prefix = query.value(6).toString();
    a.suffix = query.value(7).toString();
    a.codeId = query.value(8).toLongLong();
    a.note = query.value(9).toString();
    a.author = query.value(10).toString();
    a.created = query.value(11).toString();
    a.updated = query.value(12).toString();
    a.anchorState = query.value(13).toString();
    a.version = query.value(14).toInt();
    a.updatedBy = query.value(15).toString();
    return a;
}

QVariant codeValue(qint64 codeId)
{
    return codeId > 0 ? QVariant(codeId) : QVariant(QMetaType::fromType<qint64>());
}

bool splitsSurrogatePair(const QString &body, qsizetype offset)
{
    return offset > 0 && offset < body.size() && body.at(offset).isLowSurrogate() && body.at(offset - 1).isHighSurrogate();
}

QString prefixAt(const QString &body, qsizetype start)
{
    qsizetype from = std::max<qsizetype>(0, start - AnnotationRepository::ContextLength);
    if (splitsSurrogatePair(body, from)) {
        ++from;
    }
    return body.mid(from, start - from);
}

QString suffixAt(const QString &body, qsizetype end)
{
    qsizetype to = std::min(body.size(), end + AnnotationRepository::ContextLength);
    if (splitsSurrogatePair(body, to)) {
        --to;
    }
    return body.mid(end, to - end);
}

// How many characters of `context` match the body just before (or after) an occurrence.
qsizetype matchingBefore(const QString &body, qsizetype start, const QString &prefix)
{
    qsizetype n = 0;
    while (n < prefix.size() && start - n - 1 >= 0 && body.at(start - n - 1) == prefix.at(prefix.size() - n - 1)) {
        ++n;
    }
    return n;
}

qsizetype matchingAfter(const QString &body, qsizetype end, const QString &suffix)
{
    qsizetype n = 0;
    while (n < suffix.size() && end + n < body.size() && body.at(end + n) == suffix.at(n)) {
        ++n;
    }
    return n;
}

Result<void> exec(QSqlQuery &query, const Database &database)
{
    if (!query.exec()) {
        return sqlError(query, database);
    }
    return {};
}

} // namespace

AnnotationRepository::AnnotationRepository(Database &database)
    : m_database(database)
{
}

QString AnnotationRepository::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QSqlQuery &AnnotationRepository::prepared(std::optional<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        slot.emplace(m_database.connection());
        slot->prepare(sql);
    }
    return *slot;
}

Result<std::optional<QString>> AnnotationRepository::body(qint64 documentId)
{
    QSqlQuery &query = prepared(m_body, u"SELECT body FROM document WHERE id = ?"_s);
    query.bindValue(0, documentId);
    if (!query.exec()) {
        return sqlError(query, m_database);
    }
    std::optional<QString> text;
    if (query.next()) {
        text = query.value(0).toString();
    }
    query.finish();
    return text;
}

Result<Annotation> AnnotationRepository::create(qint64 documentId, qsizetype start, qsizetype end, qint64 codeId,
                                                const QString &note, const QString &author)
{
    Result<std::optional<QString>> text = body(documentId);
    if (!text) {
        return text.error();
    }
    if (!*text) {
        return badInput(tr("There is no document %1.").arg(documentId));
    }
    const QString &bodyText = **text;
    if (start < 0 || end <= start || end > bodyText.size()) {
        return badInput(tr("The passage %1–%2 is not inside document %3 (its text has %4 characters; start must be "
                           "before end).")
                            .arg(start)
                            .arg(end)
                            .arg(documentId)
                            .arg(bodyText.size()));
    }
    if (splitsSurrogatePair(bodyText, start) || splitsSurrogatePair(bodyText, end)) {
        return badInput(tr("The passage %1–%2 of document %3 would split a character in two.").arg(start).arg(end).arg(documentId));
    }
    Annotation annotation;
    annotation.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    annotation.documentId = documentId;
    annotation.start = start;
    annotation.end = end;
    annotation.quote = bodyText.mid(start, end - start);
    annotation.prefix = prefixAt(bodyText, start);
    annotation.suffix = suffixAt(bodyText, end);
    annotation.codeId = codeId;
    annotation.note = note;
    annotation.author = author;
    annotation.updatedBy = author;
    annotation.created = now();
    annotation.updated = annotation.created;
    if (Result<void> restored = restore(annotation); !restored) {
        return restored.error();
    }
    annotation.id = m_insert->lastInsertId().toLongLong();
    return annotation;
}

Result<void> AnnotationRepository::restore(const Annotation &a)
{
    if (a.codeId > 0) {
        QSqlQuery code(m_database.connection());
        code.prepare(u"SELECT 1 FROM code WHERE id = ?"_s);
        code.addBindValue(a.codeId);
        if (!code.exec()) {
            return sqlError(code, m_database);
        }
        if (!code.next()) {
            return badInput(tr("There is no code %1.").arg(a.codeId));
        }
    }
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        return databaseError(Database::describeSqlError(transaction.errorString(), m_database.path()));
    }
    QSqlQuery &insert = prepared(m_insert, u"INSERT INTO annotation (id, uuid, document_id, start_offset, end_offset, quote, "
                                           "prefix, suffix, code_id, note, author, created, updated, anchor_state, version, updated_by) "
                                           "VALUES ("_s + m_database.dialect().idOrNew(u"annotation"_s, u"?"_s)
                                     + u", ?, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?, coalesce(?, ''), coalesce(?, ''), ?, ?, ?, ?, "
                                       "coalesce(?, ''))"_s);
    const QVariantList values = {a.id > 0 ? QVariant(a.id) : QVariant(QMetaType::fromType<qint64>()),
                                 a.uuid, a.documentId, qint64(a.start), qint64(a.end), a.quote, a.prefix, a.suffix,
                                 codeValue(a.codeId), a.note, a.author, a.created, a.updated, a.anchorState, a.version,
                                 a.updatedBy};
    for (qsizetype k = 0; k < values.size(); ++k) {
        insert.bindValue(int(k), values.at(k));
    }
    if (Result<void> done = exec(insert, m_database); !done) {
        return done;
    }
    return transaction.commit();
}

QString AnnotationRepository::staleMessage(const Annotation &current)
{
    const QString who = current.updatedBy.isEmpty() ? current.author : current.updatedBy;
    return who.isEmpty()
        ? tr("Annotation %1 (“%2”) was changed in another window since you opened it; your change was not saved. "
             "Look at it again and redo your change.")
              .arg(current.id)
              .arg(current.quote.left(40))
        : tr("Annotation %1 (“%2”) was changed by %3 since you opened it; your change was not saved. Look at it "
             "again and redo your change.")
              .arg(current.id)
              .arg(current.quote.left(40), who);
}

Result<Annotation> AnnotationRepository::update(qint64 id, int expectedVersion, qint64 codeId, const QString &note,
                                                const QString &editor)
{
    const std::optional<Annotation> current = find(id);
    if (!current) {
        return badInput(tr("There is no annotation %1.").arg(id));
    }
    if (current->version != expectedVersion) {
        return Error{ErrorKind::BadInput, staleMessage(*current)};
    }
    if (codeId > 0) {
        QSqlQuery code(m_database.connection());
        code.prepare(u"SELECT 1 FROM code WHERE id = ?"_s);
        code.addBindValue(codeId);
        if (!code.exec()) {
            return sqlError(code, m_database);
        }
        if (!code.next()) {
            return badInput(tr("There is no code %1.").arg(codeId));
        }
    }
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        return databaseError(Database::describeSqlError(transaction.errorString(), m_database.path()));
    }
    const QString updated = now();
    QSqlQuery query(m_database.connection());
    // The version check is repeated here: another process may have written between find() and now.
    query.prepare(u"UPDATE annotation SET code_id = ?, note = coalesce(?, ''), updated = ?, version = version + 1, "
                  "updated_by = coalesce(?, '') WHERE id = ? AND version = ?"_s);
    for (const QVariant &value : {codeValue(codeId), QVariant(note), QVariant(updated), QVariant(editor), QVariant(id),
                                  QVariant(expectedVersion)}) {
        query.addBindValue(value);
    }
    if (Result<void> done = exec(query, m_database); !done) {
        return done.error();
    }
    if (query.numRowsAffected() != 1) {
        (void)transaction.commit(); // nothing was written
        if (const std::optional<Annotation> now = find(id)) {
            return Error{ErrorKind::BadInput, staleMessage(*now)};
        }
        return badInput(tr("Annotation %1 was removed by another user since you opened it; your change was not saved.").arg(id));
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    Annotation annotation = *current;
    annotation.codeId = codeId;
    annotation.note = note;
    annotation.updated = updated;
    annotation.updatedBy = editor;
    annotation.version = expectedVersion + 1;
    return annotation;
}

Result<void> AnnotationRepository::remove(qint64 id)
{
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        return databaseError(Database::describeSqlError(transaction.errorString(), m_database.path()));
    }
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM annotation WHERE id = ?"_s);
    query.addBindValue(id);
    if (Result<void> done = exec(query, m_database); !done) {
        return done;
    }
    if (query.numRowsAffected() != 1) {
        return badInput(tr("There is no annotation %1.").arg(id));
    }
    return transaction.commit();
}

std::optional<Annotation> AnnotationRepository::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT "_s + Columns + u" FROM annotation WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    return readAnnotation(query);
}

Result<QList<Annotation>> AnnotationRepository::list(const AnnotationFilter &filter, AnnotationSort sort) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.documentId > 0) {
        conditions << u"document_id = ?"_s;
        values << filter.documentId;
    }
    if (filter.codeId > 0) {
        conditions << u"code_id IN (WITH RECURSIVE below(id) AS (SELECT CAST(? AS BIGINT) UNION SELECT c.id FROM code c "
                      "JOIN below b ON c.parent_id = b.id) SELECT id FROM below)"_s;
        values << filter.codeId;
    }
    if (!filter.text.isEmpty()) {
        QString pattern = filter.text;
        pattern.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
        pattern = u'%' + pattern + u'%';
        const SqlDialect &dialect = m_database.dialect();
        conditions << u"("_s + dialect.caseInsensitiveLike(u"quote"_s, u"?"_s) + u" OR "_s
                + dialect.caseInsensitiveLike(u"note"_s, u"?"_s) + u")"_s;
        values << pattern << pattern;
    }
    if (filter.from.isValid()) {
        conditions << u"created >= ?"_s;
        values << filter.from.toUTC().toString(Qt::ISODateWithMs);
    }
    if (filter.to.isValid()) {
        conditions << u"created <= ?"_s;
        values << filter.to.toUTC().toString(Qt::ISODateWithMs);
    }
    QString sql = u"SELECT "_s + Columns + u" FROM annotation"_s;
    if (!conditions.isEmpty()) {
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    }
    switch (sort) {
    case AnnotationSort::ReadingOrder:
        sql += u" ORDER BY document_id, start_offset, end_offset, id"_s;
        break;
    case AnnotationSort::CreatedAscending:
        sql += u" ORDER BY created, id"_s;
        break;
    case AnnotationSort::CreatedDescending:
        sql += u" ORDER BY created DESC, id DESC"_s;
        break;
    }
    QSqlQuery query(m_database.connection());
    setForwardOnly(query);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values)) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return sqlError(query, m_database);
    }
    QList<Annotation> result;
    while (query.next()) {
        result.append(readAnnotation(query));
    }
    return result;
}

Result<QList<Annotation>> AnnotationRepository::forDocument(qint64 documentId) const
{
    AnnotationFilter filter;
    filter.documentId = documentId;
    return list(filter, AnnotationSort::ReadingOrder);
}

Result<int> AnnotationRepository::reanchor(qint64 documentId)
{
    Result<std::optional<QString>> text = body(documentId);
    if (!text) {
        return text.error();
    }
    if (!*text) {
        return badInput(tr("There is no document %1.").arg(documentId));
    }
    const QString &bodyText = **text;
    Result<QList<Annotation>> annotations = forDocument(documentId);
    if (!annotations) {
        return annotations.error();
    }
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        return databaseError(Database::describeSqlError(transaction.errorString(), m_database.path()));
    }
    QSqlQuery store(m_database.connection());
    store.prepare(u"UPDATE annotation SET start_offset = ?, end_offset = ?, prefix = ?, suffix = ?, anchor_state = ?, "
                  "version = version + 1 WHERE id = ?"_s);
    int changed = 0;
    for (Annotation a : std::as_const(*annotations)) {
        const qsizetype length = a.end - a.start;
        const bool inPlace = !a.quote.isEmpty() && a.end <= bodyText.size()
            && QStringView(bodyText).mid(a.start, length) == a.quote;
        QString state;
        if (inPlace) {
            if (a.anchorState != u"orphaned"_s) {
                continue;
            }
            state = u"reanchored"_s; // the text came back
        } else {
            qsizetype best = -1;
            qsizetype bestScore = -1;
            qsizetype bestDistance = 0;
            for (qsizetype at = a.quote.isEmpty() ? -1 : bodyText.indexOf(a.quote); at >= 0;
                 at = bodyText.indexOf(a.quote, at + 1)) {
                const qsizetype score = matchingBefore(bodyText, at, a.prefix) + matchingAfter(bodyText, at + a.quote.size(), a.suffix);
                const qsizetype distance = std::abs(at - a.start);
                if (score > bestScore || (score == bestScore && distance < bestDistance)) {
                    best = at;
                    bestScore = score;
                    bestDistance = distance;
                }
            }
            if (best < 0) {
                if (a.anchorState == u"orphaned"_s) {
                    continue;
                }
                state = u"orphaned"_s;
            } else {
                state = u"reanchored"_s;
                a.start = best;
                a.end = best + a.quote.size();
                a.prefix = prefixAt(bodyText, a.start);
                a.suffix = suffixAt(bodyText, a.end);
            }
        }
        const QVariantList values = {qint64(a.start), qint64(a.end), a.prefix, a.suffix, state, a.id};
        for (qsizetype k = 0; k < values.size(); ++k) {
            store.bindValue(int(k), values.at(k));
        }
        if (Result<void> done = exec(store, m_database); !done) {
            return done.error();
        }
        ++changed;
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return changed;
}

Result<DocumentNote> AnnotationRepository::note(qint64 documentId) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT note, author, updated FROM document_note WHERE document_id = ?"_s);
    query.addBindValue(documentId);
    if (!query.exec()) {
        return sqlError(query, m_database);
    }
    DocumentNote note;
    note.documentId = documentId;
    if (query.next()) {
        note.note = query.value(0).toString();
        note.author = query.value(1).toString();
        note.updated = query.value(2).toString();
    }
    return note;
}

Result<void> AnnotationRepository::setNote(qint64 documentId, const QString &markdown, const QString &author)
{
    Result<std::optional<QString>> text = body(documentId);
    if (!text) {
        return text.error();
    }
    if (!*text) {
        return badInput(tr("There is no document %1.").arg(documentId));
    }
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        return databaseError(Database::describeSqlError(transaction.errorString(), m_database.path()));
    }
    QSqlQuery query(m_database.connection());
    if (markdown.trimmed().isEmpty()) {
        query.prepare(u"DELETE FROM document_note WHERE document_id = ?"_s);
        query.addBindValue(documentId);
    } else {
        query.prepare(u"INSERT INTO document_note (document_id, note, author, updated) VALUES (?, ?, coalesce(?, ''), ?) "
                      "ON CONFLICT(document_id) DO UPDATE SET note = excluded.note, author = excluded.author, "
                      "updated = excluded.updated"_s);
        for (const QVariant &value : {QVariant(documentId), QVariant(markdown), QVariant(author), QVariant(now())}) {
            query.addBindValue(value);
        }
    }
    if (Result<void> done = exec(query, m_database); !done) {
        return done;
    }
    return transaction.commit();
}

Result<QHash<qint64, AnnotatedDocument>> AnnotationRepository::annotatedDocuments() const
{
    QSqlQuery query(m_database.connection());
    setForwardOnly(query);
    query.prepare(u"SELECT id, title, published FROM document WHERE id IN (SELECT DISTINCT document_id FROM annotation)"_s);
    if (!query.exec()) {
        return sqlError(query, m_database);
    }
    QHash<qint64, AnnotatedDocument> documents;
    while (query.next()) {
        documents.insert(query.value(0).toLongLong(), {query.value(1).toString(), query.value(2).toString()});
    }
    return documents;
}

Result<qint64> AnnotationRepository::count() const
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"SELECT count(*) FROM annotation"_s) || !query.next()) {
        return sqlError(query, m_database);
    }
    return query.value(0).toLongLong();
}

} // namespace Gloss
