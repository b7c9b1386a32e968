// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqldialect.h"

#include "ftsquery.h"

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

// Version 1: the whole data model of DESIGN.md. Later versions append steps; never edit a step
// that has shipped.
// New documents are indexed by DocumentRepository::insert (and flushIndex), not by
// an INSERT trigger: a trigger makes every insert a statement transaction, and FTS5 flushes its
// pending index at each one, which made imports four times slower. Deletes and edits are rare and
// keep their triggers.
QStringList sqliteVersion1()
{
    return {
        u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE document ("
        "  id INTEGER PRIMARY KEY,"
        "  content_hash BLOB NOT NULL UNIQUE,"
        "  title TEXT NOT NULL,"
        "  source TEXT NOT NULL DEFAULT '',"
        "  published TEXT,"
        "  date_precision TEXT NOT NULL DEFAULT 'none',"
        "  date_source TEXT NOT NULL DEFAULT 'none',"
        "  body TEXT NOT NULL,"
        "  length INTEGER NOT NULL,"
        "  imported_at TEXT NOT NULL)"_s,
        u"CREATE INDEX document_published ON document(published, id)"_s,
        u"CREATE TABLE document_region ("
        "  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
        "  start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, kind TEXT NOT NULL)"_s,
        u"CREATE INDEX document_region_document ON document_region(document_id)"_s,
        u"CREATE VIRTUAL TABLE document_fts USING fts5("
        "  title, body, content='document', content_rowid='id',"
        "  tokenize='unicode61 remove_diacritics 2')"_s,
        u"CREATE TRIGGER document_fts_delete AFTER DELETE ON document BEGIN"
        "  INSERT INTO document_fts(document_fts, rowid, title, body)"
        "    VALUES ('delete', old.id, old.title, old.body);"
        " END"_s,
        u"CREATE TRIGGER document_fts_update AFTER UPDATE OF title, body ON document BEGIN"
        "  INSERT INTO document_fts(document_fts, rowid, title, body)"
        "    VALUES ('delete', old.id, old.title, old.body);"
        "  INSERT INTO document_fts(rowid, title, body) VALUES (new.id, new.title, new.body);"
        " END"_s,
        u"CREATE TABLE entity ("
        "  id INTEGER PRIMARY KEY, kind TEXT NOT NULL, canonical TEXT NOT NULL,"
        "  UNIQUE (kind, canonical))"_s,
        u"CREATE TABLE entity_alias ("
        "  entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,"
        "  alias TEXT NOT NULL, PRIMARY KEY (alias, entity_id))"_s,
        u"CREATE TABLE mention ("
        "  id INTEGER PRIMARY KEY,"
        "  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
        "  start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,"
        "  entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,"
        "  origin TEXT NOT NULL DEFAULT 'auto')"_s,
        u"CREATE INDEX mention_document ON mention(document_id, start_offset)"_s,
        u"CREATE INDEX mention_entity ON mention(entity_id, document_id)"_s,
        u"CREATE TABLE time_expression ("
        "  id INTEGER PRIMARY KEY,"
        "  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
        "  start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL, text TEXT NOT NULL,"
        "  value TEXT NOT NULL, granularity TEXT NOT NULL, anchor TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX time_expression_document ON time_expression(document_id, start_offset)"_s,
        u"CREATE INDEX time_expression_value ON time_expression(value)"_s,
        u"CREATE TABLE event ("
        "  id INTEGER PRIMARY KEY,"
        "  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
        "  type TEXT NOT NULL, actors TEXT NOT NULL, place TEXT NOT NULL DEFAULT '',"
        "  date TEXT, sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,"
        "  sentence TEXT NOT NULL)"_s,
        u"CREATE INDEX event_document ON event(document_id)"_s,
        u"CREATE INDEX event_date ON event(date)"_s,
        u"CREATE TABLE code ("
        "  id INTEGER PRIMARY KEY, name TEXT NOT NULL, colour TEXT NOT NULL DEFAULT '#808080',"
        "  parent_id INTEGER REFERENCES code(id) ON DELETE CASCADE,"
        "  description TEXT NOT NULL DEFAULT '', position INTEGER NOT NULL DEFAULT 0)"_s,
        u"CREATE UNIQUE INDEX code_name ON code(coalesce(parent_id, 0), name)"_s,
        u"CREATE TABLE annotation ("
        "  id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
        "  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
        "  start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,"
        "  quote TEXT NOT NULL, prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',"
        "  code_id INTEGER REFERENCES code(id) ON DELETE SET NULL,"
        "  note TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '',"
        "  created TEXT NOT NULL, updated TEXT NOT NULL,"
        "  anchor_state TEXT NOT NULL DEFAULT 'anchored', version INTEGER NOT NULL DEFAULT 1)"_s,
        u"CREATE INDEX annotation_document ON annotation(document_id, start_offset)"_s,
        u"CREATE INDEX annotation_code ON annotation(code_id)"_s,
        u"CREATE TABLE document_note ("
        "  document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,"
        "  note TEXT NOT NULL, author TEXT NOT NULL DEFAULT '', updated TEXT NOT NULL)"_s,
    };
}

// Version 2: how each document's date was found and what file it came from, shown to the user
// so an inferred date is never taken for a stated one.
QStringList sqliteVersion2()
{
    return {
        u"ALTER TABLE document ADD COLUMN date_note TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE document ADD COLUMN format TEXT NOT NULL DEFAULT 'text'"_s,
        u"ALTER TABLE document ADD COLUMN encoding TEXT NOT NULL DEFAULT ''"_s,
    };
}

// Version 3: the full-text index is keyed by publication order, so the newest (or oldest)
// matches of even a very common word come straight off the index instead of sorting every hit.
// sort_key = (Julian day of the publication date, 0 when unknown) << 32 | id: unique, and it
// orders documents by date, then import order. It also replaces the index on `published` for
// date ranges and the timeline.
QStringList sqliteVersion3()
{
    return {
        u"ALTER TABLE document ADD COLUMN sort_key INTEGER"_s,
        u"UPDATE document SET sort_key = ("_s + SqlDialect().sortKeyOfPublished(u"published"_s) + u" << 32) | id"_s,
        u"CREATE UNIQUE INDEX document_sort_key ON document(sort_key)"_s,
        u"DROP INDEX document_published"_s,
        u"DROP TRIGGER document_fts_delete"_s,
        u"DROP TRIGGER document_fts_update"_s,
        u"DROP TABLE document_fts"_s,
        u"CREATE VIRTUAL TABLE document_fts USING fts5("
        "  title, body, content='document', content_rowid='sort_key',"
        "  tokenize='unicode61 remove_diacritics 2')"_s,
        u"INSERT INTO document_fts(document_fts) VALUES ('rebuild')"_s,
        u"CREATE TRIGGER document_fts_delete AFTER DELETE ON document BEGIN"
        "  INSERT INTO document_fts(document_fts, rowid, title, body)"
        "    VALUES ('delete', old.sort_key, old.title, old.body);"
        " END"_s,
        u"CREATE TRIGGER document_fts_update AFTER UPDATE OF title, body, sort_key ON document BEGIN"
        "  INSERT INTO document_fts(document_fts, rowid, title, body)"
        "    VALUES ('delete', old.sort_key, old.title, old.body);"
        "  INSERT INTO document_fts(rowid, title, body) VALUES (new.sort_key, new.title, new.body);"
        " END"_s,
    };
}

// Version 4: recognised mentions are stored per document, packed, plus one row per entity and
// document. One row per mention (about 50 per article) made storing them six times slower than
// storing the article; the reader needs a document's mentions at once, and the list filter and
// the entities panel need entity → documents, which document_entity's primary key gives.
// Mentions marked by hand stay rows of `mention` (origin 'user').
QStringList sqliteVersion4()
{
    return {
        u"CREATE TABLE document_mentions ("
        "  document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,"
        "  data BLOB NOT NULL)"_s,
        u"CREATE TABLE document_entity ("
        "  entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,"
        "  document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
        "  mentions INTEGER NOT NULL,"
        "  PRIMARY KEY (entity_id, document_id)) WITHOUT ROWID"_s,
        u"CREATE INDEX document_entity_document ON document_entity(document_id)"_s,
        u"DELETE FROM mention WHERE origin = 'auto'"_s,
    };
}

// Version 5: time expressions and events are placed on the calendar by Julian day (first and
// last day of the period they name; NULL for durations) so the timeline aggregates and filters
// by day without parsing values; uncertain marks a relative date that could go either way.
QStringList sqliteVersion5()
{
    return {
        u"ALTER TABLE time_expression ADD COLUMN uncertain INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE time_expression ADD COLUMN first_day INTEGER"_s,
        u"ALTER TABLE time_expression ADD COLUMN last_day INTEGER"_s,
        u"DROP INDEX time_expression_value"_s,
        u"CREATE INDEX time_expression_day ON time_expression(first_day) WHERE first_day IS NOT NULL"_s,
        u"ALTER TABLE event ADD COLUMN first_day INTEGER"_s,
        u"ALTER TABLE event ADD COLUMN last_day INTEGER"_s,
        u"DROP INDEX event_date"_s,
        u"CREATE INDEX event_day ON event(first_day)"_s,
    };
}

// Version 6: the user's corrections of entities, the lexicon re-recognition and import honour:
// 'mark' (surface → kind, canonical), 'reject' (kind, canonical), 'rename' (kind, old_canonical →
// canonical). Applied in id order.
QStringList sqliteVersion6()
{
    return {
        u"CREATE TABLE entity_correction ("
        "  id INTEGER PRIMARY KEY,"
        "  kind TEXT NOT NULL CHECK (kind IN ('mark', 'reject', 'rename')),"
        "  surface TEXT NOT NULL DEFAULT '',"
        "  entity_kind TEXT NOT NULL,"
        "  canonical TEXT NOT NULL DEFAULT '',"
        "  old_canonical TEXT NOT NULL DEFAULT '',"
        "  created TEXT NOT NULL)"_s,
    };
}

} // namespace

SqlDialect::SqlDialect(Backend backend)
    : m_backend(backend)
{
}

QList<QStringList> SqlDialect::migrationSteps() const
{
    return {sqliteVersion1(), sqliteVersion2(), sqliteVersion3(), sqliteVersion4(), sqliteVersion5(),
            sqliteVersion6()};
}

int SqlDialect::latestSchemaVersion() const
{
    return int(migrationSteps().size());
}

QString SqlDialect::sortKeyOfPublished(const QString &published) const
{
    // 'YYYY' and 'YYYY-MM' count from the first day of their period.
    // The same day number as QDate::toJulianDay() (SQLite's Julian days start at noon).
    return u"coalesce(CAST(julianday(substr("_s + published + u" || '-01-01', 1, 10)) + 0.5 AS INTEGER), 0)"_s;
}

QString SqlDialect::ftsFrom() const
{
    return u"document_fts JOIN document d ON d.sort_key = document_fts.rowid"_s;
}

QString SqlDialect::ftsTable() const
{
    return u"document_fts"_s;
}

QString SqlDialect::ftsPublicationOrder(bool descending) const
{
    return descending ? u"document_fts.rowid DESC"_s : u"document_fts.rowid ASC"_s;
}

QString SqlDialect::ftsCondition() const
{
    return u"document_fts MATCH :fts"_s;
}

QString SqlDialect::ftsSnippet() const
{
    return u"snippet(document_fts, 1, char(2), char(3), '…', 16)"_s;
}

QString SqlDialect::ftsRank() const
{
    return u"document_fts.rank"_s;
}

QString SqlDialect::ftsQuery(const QString &userQuery) const
{
    return FtsQuery::toFts5(userQuery);
}

QString SqlDialect::caseInsensitiveEquals(const QString &column, const QString &parameter) const
{
    if (m_backend == Backend::Postgres) {
        return u"lower("_s + column + u") = lower("_s + parameter + u")"_s;
    }
    return column + u" = "_s + parameter + u" COLLATE NOCASE"_s;
}

QString SqlDialect::caseInsensitiveOrder(const QString &column) const
{
    if (m_backend == Backend::Postgres) {
        return u"lower("_s + column + u")"_s;
    }
    return column + u" COLLATE NOCASE"_s;
}

QString SqlDialect::insertOrIgnore(const QString &table, const QStringList &columns) const
{
    QStringList placeholders;
    placeholders.reserve(columns.size());
    for (const QString &column : columns) {
        placeholders << u':' + column;
    }
    return u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
        + placeholders.join(u", "_s) + u") ON CONFLICT DO NOTHING"_s;
}

} // namespace Gloss
