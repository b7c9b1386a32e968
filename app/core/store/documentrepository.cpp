// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentrepository.h"

#include "database.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

constexpr auto SummaryColumns = "d.id, d.title, d.source, d.published, d.date_precision, d.date_source, d.length";

// The document list's WHERE clause and bindings for a filter.
struct FilterSql {
    QString from;
    QStringList conditions;
    QVariantMap bindings;
    bool fullText = false;

    QString where() const { return conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s); }

    void bindTo(QSqlQuery &query) const
    {
        for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
            query.bindValue(it.key(), it.value());
        }
    }
};

FilterSql filterSql(const SqlDialect &dialect, const DocumentFilter &filter)
{
    FilterSql sql;
    sql.from = u"document d"_s;
    const QString fts = dialect.ftsQuery(filter.text);
    if (!fts.isEmpty()) {
        sql.fullText = true;
        sql.from = dialect.ftsFrom();
        sql.conditions << dialect.ftsCondition();
        sql.bindings.insert(u":fts"_s, fts);
    }
    if (filter.from.isValid()) {
        // A month- or year-precise date overlaps the range when its period's end is inside it.
        sql.conditions << u"(CASE length(d.published) WHEN 4 THEN d.published || '-12-31' "
                          "WHEN 7 THEN d.published || '-31' ELSE d.published END) >= :from_date"_s;
        sql.bindings.insert(u":from_date"_s, filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        sql.conditions << u"d.published <= :to_date"_s;
        sql.bindings.insert(u":to_date"_s, filter.to.toString(Qt::ISODate));
    }
    if (!filter.entity.isEmpty()) {
        sql.conditions << u"d.id IN (SELECT m.document_id FROM mention m WHERE m.entity_id IN ("
                          "SELECT e.id FROM entity e WHERE e.canonical = :entity COLLATE NOCASE "
                          "UNION SELECT a.entity_id FROM entity_alias a WHERE a.alias = :entity COLLATE NOCASE))"_s;
        sql.bindings.insert(u":entity"_s, filter.entity);
    }
    if (!filter.code.isEmpty()) {
        sql.conditions << u"d.id IN (SELECT a.document_id FROM annotation a JOIN code c ON c.id = a.code_id "
                          "WHERE c.name = :code COLLATE NOCASE)"_s;
        sql.bindings.insert(u":code"_s, filter.code);
    }
    return sql;
}

QString orderBy(const SqlDialect &dialect, DocumentSort sort, bool fullText)
{
    switch (sort) {
    case DocumentSort::PublishedAscending:
        return u"d.published ASC NULLS LAST, d.id ASC"_s;
    case DocumentSort::TitleAscending:
        return u"d.title COLLATE NOCASE ASC, d.id ASC"_s;
    case DocumentSort::TitleDescending:
        return u"d.title COLLATE NOCASE DESC, d.id DESC"_s;
    case DocumentSort::Relevance:
        if (fullText) {
            return dialect.ftsRank() + u", d.id ASC"_s;
        }
        [[fallthrough]];
    case DocumentSort::PublishedDescending:
        break;
    }
    return u"d.published DESC NULLS LAST, d.id DESC"_s;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

DocumentSummary readSummary(const QSqlQuery &query)
{
    DocumentSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.title = query.value(1).toString();
    summary.source = query.value(2).toString();
    summary.published = query.value(3).toString();
    summary.datePrecision = datePrecisionFromString(query.value(4).toString());
    summary.dateSource = dateSourceFromString(query.value(5).toString());
    summary.length = query.value(6).toLongLong();
    return summary;
}

} // namespace

DocumentRepository::DocumentRepository(Database &database)
    : m_database(database)
{
}

QByteArray DocumentRepository::contentHash(const QString &body)
{
    return QCryptographicHash::hash(body.toUtf8(), QCryptographicHash::Blake2b_256).toHex();
}

Result<DocumentRepository::Inserted> DocumentRepository::insert(const NewDocument &document)
{
    const QByteArray hash = contentHash(document.body);
    QSqlQuery &existing = prepared(m_findByHash, u"SELECT id FROM document WHERE content_hash = :hash"_s);
    existing.bindValue(u":hash"_s, QString::fromLatin1(hash));
    if (!existing.exec()) {
        return databaseError(Database::describeSqlError(existing.lastError().text(), m_database.path()));
    }
    if (existing.next()) {
        const qint64 id = existing.value(0).toLongLong();
        existing.finish();
        return Inserted{id, true};
    }
    existing.finish();

    QSqlQuery &insert = prepared(m_insert, u"INSERT INTO document (content_hash, title, source, published, date_precision, date_source, "
                   "date_note, format, encoding, body, length, imported_at) VALUES (:hash, :title, :source, "
                   ":published, :precision, :date_source, :date_note, :format, :encoding, :body, :length, "
                   ":imported_at)"_s);
    insert.bindValue(u":hash"_s, QString::fromLatin1(hash));
    insert.bindValue(u":title"_s, notNull(document.title));
    insert.bindValue(u":source"_s, notNull(document.source));
    insert.bindValue(u":published"_s, document.published.isEmpty() ? QVariant() : QVariant(document.published));
    insert.bindValue(u":precision"_s, precisionName(document.datePrecision));
    insert.bindValue(u":date_source"_s, dateSourceName(document.dateSource));
    insert.bindValue(u":date_note"_s, notNull(document.dateNote));
    insert.bindValue(u":format"_s, document.format.isEmpty() ? u"text"_s : document.format);
    insert.bindValue(u":encoding"_s, notNull(document.encoding));
    insert.bindValue(u":body"_s, document.body);
    insert.bindValue(u":length"_s, qint64(document.body.size()));
    insert.bindValue(u":imported_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!insert.exec()) {
        return databaseError(Database::describeSqlError(insert.lastError().text(), m_database.path()));
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    QSqlQuery &index = prepared(m_indexDocument, m_database.dialect().ftsIndexDocument());
    index.bindValue(u":id"_s, id);
    index.bindValue(u":title"_s, notNull(document.title));
    index.bindValue(u":body"_s, document.body);
    if (!index.exec()) {
        return databaseError(Database::describeSqlError(index.lastError().text(), m_database.path()));
    }

    if (!document.regions.isEmpty()) {
        QSqlQuery &region = prepared(m_insertRegion, u"INSERT INTO document_region (document_id, start_offset, "
                                                     "end_offset, kind) VALUES (:document, :start, :end, :kind)"_s);
        for (const Region &r : document.regions) {
            region.bindValue(u":document"_s, id);
            region.bindValue(u":start"_s, qint64(r.start));
            region.bindValue(u":end"_s, qint64(r.end));
            region.bindValue(u":kind"_s, regionKindName(r.kind));
            if (!region.exec()) {
                return databaseError(Database::describeSqlError(region.lastError().text(), m_database.path()));
            }
        }
    }
    return Inserted{id, false};
}

QSqlQuery &DocumentRepository::prepared(std::optional<QSqlQuery> &slot, const QString &sql)
{
    if (!slot) {
        slot.emplace(m_database.connection());
        slot->prepare(sql);
    }
    return *slot;
}

Result<void> DocumentRepository::remove(qint64 id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"DELETE FROM document WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec()) {
        return databaseError(Database::describeSqlError(query.lastError().text(), m_database.path()));
    }
    return {};
}

std::optional<Document> DocumentRepository::find(qint64 id) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT "_s + QLatin1StringView(SummaryColumns) + u", d.body, d.imported_at, d.date_note, d.format, d.encoding FROM document d "
                  "WHERE d.id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (!query.exec() || !query.next()) {
        return std::nullopt;
    }
    Document document;
    static_cast<DocumentSummary &>(document) = readSummary(query);
    document.body = query.value(7).toString();
    document.importedAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODateWithMs);
    document.dateNote = query.value(9).toString();
    document.format = query.value(10).toString();
    document.encoding = query.value(11).toString();

    QSqlQuery regions(m_database.connection());
    regions.prepare(u"SELECT start_offset, end_offset, kind FROM document_region WHERE document_id = :id ORDER BY start_offset"_s);
    regions.bindValue(u":id"_s, id);
    if (regions.exec()) {
        while (regions.next()) {
            document.regions.append({regions.value(0).toLongLong(), regions.value(1).toLongLong(),
                                     regionKindFromString(regions.value(2).toString())});
        }
    }
    return document;
}

Result<QList<DocumentSummary>> DocumentRepository::list(const DocumentFilter &filter, DocumentSort sort,
                                                        qint64 offset, qint64 limit) const
{
    const SqlDialect &dialect = m_database.dialect();
    const FilterSql sql = filterSql(dialect, filter);
    QString select = u"SELECT "_s + QLatin1StringView(SummaryColumns);
    if (sql.fullText) {
        select += u", "_s + dialect.ftsSnippet();
    }
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    query.prepare(select + u" FROM "_s + sql.from + sql.where() + u" ORDER BY "_s
                  + orderBy(dialect, sort, sql.fullText) + u" LIMIT :limit OFFSET :offset"_s);
    sql.bindTo(query);
    query.bindValue(u":limit"_s, limit);
    query.bindValue(u":offset"_s, offset);
    if (!query.exec()) {
        return databaseError(Database::describeSqlError(query.lastError().text(), m_database.path()));
    }
    QList<DocumentSummary> rows;
    while (query.next()) {
        DocumentSummary summary = readSummary(query);
        if (sql.fullText) {
            summary.snippet = query.value(7).toString();
        }
        rows.append(std::move(summary));
    }
    return rows;
}

Result<qint64> DocumentRepository::count(const DocumentFilter &filter) const
{
    const FilterSql sql = filterSql(m_database.dialect(), filter);
    QSqlQuery query(m_database.connection());
    query.prepare(u"SELECT count(*) FROM "_s + sql.from + sql.where());
    sql.bindTo(query);
    if (!query.exec() || !query.next()) {
        return databaseError(Database::describeSqlError(query.lastError().text(), m_database.path()));
    }
    return query.value(0).toLongLong();
}

Result<QList<DocumentRepository::DatedDocument>> DocumentRepository::publicationDates() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, published, date_precision FROM document WHERE published IS NOT NULL "
                    "ORDER BY published, id"_s)) {
        return databaseError(Database::describeSqlError(query.lastError().text(), m_database.path()));
    }
    QList<DatedDocument> dated;
    while (query.next()) {
        const QString text = query.value(1).toString();
        // Month and year precision dates sit at the start of their period.
        const QDate date = QDate::fromString(text.size() == 4 ? text + u"-01-01"_s : text.size() == 7 ? text + u"-01"_s : text,
                                             Qt::ISODate);
        if (date.isValid()) {
            dated.append({query.value(0).toLongLong(), date, datePrecisionFromString(query.value(2).toString())});
        }
    }
    return dated;
}

Result<qint64> DocumentRepository::countAll() const
{
    return count(DocumentFilter{});
}

} // namespace Gloss
