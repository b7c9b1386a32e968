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

// PostgreSQL: the same logical schema, version for version, in PostgreSQL's types. Ids come from
// identity columns (an explicit id, as `gloss copy` gives, is allowed); blobs are bytea. The
// full-text index is a generated tsvector column with a GIN index: PostgreSQL keeps it in step
// with the row in the same transaction, no trigger or side table. The 'simple' configuration
// lower-cases words and does no stemming, as FTS5's unicode61 tokenizer (it keeps diacritics).
QStringList postgresVersion1()
{
    return {
        u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
        u"CREATE TABLE document ("
        "  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
        "  content_hash BYTEA NOT NULL UNIQUE,"
        "  title TEXT NOT NULL,"
        "  source TEXT NOT NULL DEFAULT '',"
        "  published TEXT,"
        "  date_precision TEXT NOT NULL DEFAULT 'none',"
        "  date_source TEXT NOT NULL DEFAULT 'none',"
        "  body TEXT NOT NULL,"
        "  length BIGINT NOT NULL,"
        "  imported_at TEXT NOT NULL)"_s,
        u"CREATE INDEX document_published ON document(published, id)"_s,
        u"CREATE TABLE document_region ("
        "  document_id BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
        "  start_offset BIGINT NOT NULL, end_offset BIGINT NOT NULL, kind TEXT NOT NULL)"_s,
        u"CREATE INDEX document_region_document ON document_region(document_id)"_s,
        u"CREATE TABLE entity ("
        "  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, kind TEXT NOT NULL, canonical TEXT NOT NULL,"
        "  UNIQUE (kind, canonical))"_s,
        u"CREATE TABLE entity_alias ("
        "  entity_id BIGINT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,"
        "  alias TEXT NOT NULL, PRIMARY KEY (alias, entity_id))"_s,
        u"CREATE TABLE mention ("
        "  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
        "  document_id BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
        "  start_offset BIGINT NOT NULL, end_offset BIGINT NOT NULL,"
        "  entity_id BIGINT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,"
        "  origin TEXT NOT NULL DEFAULT 'auto')"_s,
        u"CREATE INDEX mention_document ON mention(document_id, start_offset)"_s,
        u"CREATE INDEX mention_entity ON mention(entity_id, document_id)"_s,
        u"CREATE TABLE time_expression ("
        "  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
        "  document_id BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
        "  start_offset BIGINT NOT NULL, end_offset BIGINT NOT NULL, text TEXT NOT NULL,"
        "  value TEXT NOT NULL, granularity TEXT NOT NULL, anchor TEXT NOT NULL DEFAULT '')"_s,
        u"CREATE INDEX time_expression_document ON time_expression(document_id, start_offset)"_s,
        u"CREATE INDEX time_expression_value ON time_expression(value)"_s,
        u"CREATE TABLE event ("
        "  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
        "  document_id BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
        "  type TEXT NOT NULL, actors TEXT NOT NULL, place TEXT NOT NULL DEFAULT '',"
        "  date TEXT, sentence_start BIGINT NOT NULL, sentence_end BIGINT NOT NULL,"
        "  sentence TEXT NOT NULL)"_s,
        u"CREATE INDEX event_document ON event(document_id)"_s,
        u"CREATE INDEX event_date ON event(date)"_s,
        u"CREATE TABLE code ("
        "  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name TEXT NOT NULL,"
        "  colour TEXT NOT NULL DEFAULT '#808080',"
        "  parent_id BIGINT REFERENCES code(id) ON DELETE CASCADE,"
        "  description TEXT NOT NULL DEFAULT '', position BIGINT NOT NULL DEFAULT 0)"_s,
        u"CREATE UNIQUE INDEX code_name ON code(coalesce(parent_id, 0), name)"_s,
        u"CREATE TABLE annotation ("
        "  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
        "  document_id BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
        "  start_offset BIGINT NOT NULL, end_offset BIGINT NOT NULL,"
        "  quote TEXT NOT NULL, prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '',"
        "  code_id BIGINT REFERENCES code(id) ON DELETE SET NULL,"
        "  note TEXT NOT NULL DEFAULT '', author TEXT NOT NULL DEFAULT '',"
        "  created TEXT NOT NULL, updated TEXT NOT NULL,"
        "  anchor_state TEXT NOT NULL DEFAULT 'anchored', version BIGINT NOT NULL DEFAULT 1)"_s,
        u"CREATE INDEX annotation_document ON annotation(document_id, start_offset)"_s,
        u"CREATE INDEX annotation_code ON annotation(code_id)"_s,
        u"CREATE TABLE document_note ("
        "  document_id BIGINT PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,"
        "  note TEXT NOT NULL, author TEXT NOT NULL DEFAULT '', updated TEXT NOT NULL)"_s,
    };
}

QStringList postgresVersion2()
{
    return sqliteVersion2(); // portable as it is
}

QStringList postgresVersion3()
{
    return {
        u"ALTER TABLE document ADD COLUMN sort_key BIGINT"_s,
        u"UPDATE document SET sort_key = ("_s + SqlDialect(SqlDialect::Backend::Postgres).sortKeyOfPublished(u"published"_s)
            + u" << 32) | id"_s,
        u"CREATE UNIQUE INDEX document_sort_key ON document(sort_key)"_s,
        u"DROP INDEX document_published"_s,
        u"ALTER TABLE document ADD COLUMN fts tsvector GENERATED ALWAYS AS "
        "(to_tsvector('simple', title) || to_tsvector('simple', body)) STORED"_s,
        u"CREATE INDEX document_fts ON document USING gin (fts)"_s,
    };
}

QStringList postgresVersion4()
{
    return {
        u"CREATE TABLE document_mentions ("
        "  document_id BIGINT PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,"
        "  data BYTEA NOT NULL)"_s,
        u"CREATE TABLE document_entity ("
        "  entity_id BIGINT NOT NULL REFERENCES entity(id) ON DELETE CASCADE,"
        "  document_id BIGINT NOT NULL REFERENCES document(id) ON DELETE CASCADE,"
        "  mentions BIGINT NOT NULL,"
        "  PRIMARY KEY (entity_id, document_id))"_s,
        u"CREATE INDEX document_entity_document ON document_entity(document_id)"_s,
        u"DELETE FROM mention WHERE origin = 'auto'"_s,
    };
}

QStringList postgresVersion5()
{
    return sqliteVersion5(); // portable as it is
}

QStringList postgresVersion6()
{
    return {
        u"CREATE TABLE entity_correction ("
        "  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
        "  kind TEXT NOT NULL CHECK (kind IN ('mark', 'reject', 'rename')),"
        "  surface TEXT NOT NULL DEFAULT '',"
        "  entity_kind TEXT NOT NULL,"
        "  canonical TEXT NOT NULL DEFAULT '',"
        "  old_canonical TEXT NOT NULL DEFAULT '',"
        "  created TEXT NOT NULL)"_s,
    };
}

// Version 7 (both backends): who changed an annotation last, so that a writer holding an older
// version is told by whom it was changed; and a change counter other windows watch.
QStringList version7()
{
    return {
        u"ALTER TABLE annotation ADD COLUMN updated_by TEXT NOT NULL DEFAULT ''"_s,
        u"UPDATE annotation SET updated_by = author"_s,
    };
}

// PostgreSQL also tells the other users' windows what changed, at each commit (identical
// notifications of one transaction arrive once: an import of many articles is one "document").
QStringList postgresVersion7()
{
    QStringList steps = version7();
    steps << u"CREATE FUNCTION gloss_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
             "  IF TG_LEVEL = 'ROW' THEN"
             "    PERFORM pg_notify('gloss_changes', TG_TABLE_NAME || ':' ||"
             "      CASE WHEN TG_OP = 'DELETE' THEN OLD.document_id ELSE NEW.document_id END);"
             "  ELSE"
             "    PERFORM pg_notify('gloss_changes', TG_TABLE_NAME);"
             "  END IF;"
             "  RETURN NULL;"
             " END $$"_s
          << u"CREATE TRIGGER annotation_changed AFTER INSERT OR UPDATE OR DELETE ON annotation"
             " FOR EACH ROW EXECUTE FUNCTION gloss_notify_change()"_s
          << u"CREATE TRIGGER document_note_changed AFTER INSERT OR UPDATE OR DELETE ON document_note"
             " FOR EACH ROW EXECUTE FUNCTION gloss_notify_change()"_s
          << u"CREATE TRIGGER code_changed AFTER INSERT OR UPDATE OR DELETE ON code"
             " FOR EACH STATEMENT EXECUTE FUNCTION gloss_notify_change()"_s
          << u"CREATE TRIGGER document_changed AFTER INSERT OR UPDATE OR DELETE ON document"
             " FOR EACH STATEMENT EXECUTE FUNCTION gloss_notify_change()"_s;
    return steps;
}

} // namespace

SqlDialect::SqlDialect(Backend backend)
    : m_backend(backend)
{
}

QList<QStringList> SqlDialect::migrationSteps() const
{
    if (m_backend == Backend::Postgres) {
        return {postgresVersion1(), postgresVersion2(), postgresVersion3(), postgresVersion4(), postgresVersion5(),
                postgresVersion6(), postgresVersion7()};
    }
    return {sqliteVersion1(), sqliteVersion2(), sqliteVersion3(), sqliteVersion4(), sqliteVersion5(),
            sqliteVersion6(), version7()};
}

int SqlDialect::latestSchemaVersion() const
{
    return int(migrationSteps().size());
}

QString SqlDialect::sortKeyOfPublished(const QString &published) const
{
    // 'YYYY' and 'YYYY-MM' count from the first day of their period.
    if (m_backend == Backend::Postgres) {
        // to_char(…, 'J') is the Julian day number, the same as QDate::toJulianDay().
        return u"coalesce(CAST(to_char(to_date(substr("_s + published + u" || '-01-01', 1, 10), 'YYYY-MM-DD'), 'J') AS BIGINT), 0)"_s;
    }
    // The same day number as QDate::toJulianDay() (SQLite's Julian days start at noon).
    return u"coalesce(CAST(julianday(substr("_s + published + u" || '-01-01', 1, 10)) + 0.5 AS INTEGER), 0)"_s;
}

// On PostgreSQL the index is the document row itself: `document_fts` is the name the store's
// SQL gives it, a subquery over `document` that the planner flattens into a plain scan (so the
// GIN index on fts serves the condition), with the sort key as its rowid.
QString SqlDialect::ftsFrom() const
{
    if (m_backend == Backend::Postgres) {
        return u"document d CROSS JOIN LATERAL (SELECT d.sort_key AS rowid, d.fts AS fts) document_fts"_s;
    }
    return u"document_fts JOIN document d ON d.sort_key = document_fts.rowid"_s;
}

QString SqlDialect::ftsTable() const
{
    if (m_backend == Backend::Postgres) {
        return u"(SELECT sort_key AS rowid, fts FROM document) document_fts"_s;
    }
    return u"document_fts"_s;
}

QString SqlDialect::ftsPublicationOrder(bool descending) const
{
    return descending ? u"document_fts.rowid DESC"_s : u"document_fts.rowid ASC"_s;
}

QString SqlDialect::ftsCondition() const
{
    if (m_backend == Backend::Postgres) {
        return u"document_fts.fts @@ to_tsquery('simple', :fts)"_s;
    }
    return u"document_fts MATCH :fts"_s;
}

QString SqlDialect::ftsSnippet() const
{
    if (m_backend == Backend::Postgres) {
        // The body itself: the repository cuts the snippet (FtsQuery::snippet()), since
        // ts_headline() costs 0.4 ms an article, 100 ms for a page of the document list.
        return u"d.body"_s;
    }
    return u"snippet(document_fts, 1, char(2), char(3), '…', 16)"_s;
}

QString SqlDialect::ftsRank() const
{
    if (m_backend == Backend::Postgres) {
        return u"(-ts_rank(document_fts.fts, to_tsquery('simple', :fts)))"_s;
    }
    return u"document_fts.rank"_s;
}

QString SqlDialect::ftsQuery(const QString &userQuery) const
{
    if (m_backend == Backend::Postgres) {
        return FtsQuery::toTsQuery(userQuery);
    }
    return FtsQuery::toFts5(userQuery);
}

QString SqlDialect::caseInsensitiveLike(const QString &column, const QString &pattern) const
{
    return column + (m_backend == Backend::Postgres ? u" ILIKE "_s : u" LIKE "_s) + pattern + u" ESCAPE '\\'"_s;
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

QString SqlDialect::mentionedDays(bool oneDocument) const
{
    const QString where = oneDocument
        ? u"WHERE document_id = :document AND first_day IS NOT NULL AND first_day = last_day "_s
        : u"WHERE first_day IS NOT NULL AND first_day = last_day "_s;
    if (m_backend == Backend::Postgres) {
        // The first row of each day, as SQLite's bare columns of min() give it.
        return u"SELECT DISTINCT ON (first_day) first_day, count(*) OVER (PARTITION BY first_day), "_s
            + (oneDocument ? QString() : u"document_id, "_s) + u"start_offset, end_offset FROM time_expression "_s + where
            + u"ORDER BY first_day, document_id, start_offset"_s;
    }
    // SQLite takes the bare columns of a min() aggregate from the row holding the minimum.
    return oneDocument ? u"SELECT first_day, count(*), min(start_offset), end_offset FROM time_expression "_s + where
            + u"GROUP BY first_day ORDER BY first_day"_s
                       : u"SELECT first_day, count(*), min(document_id), start_offset, end_offset FROM time_expression "_s
            + where + u"GROUP BY first_day ORDER BY first_day"_s;
}

QString SqlDialect::tableColumnsQuery() const
{
    if (m_backend == Backend::Postgres) {
        return u"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() "
               "AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position"_s;
    }
    return u"SELECT name FROM pragma_table_info(?) ORDER BY cid"_s;
}

QString SqlDialect::idOrNew(const QString &table, const QString &parameter) const
{
    if (m_backend == Backend::Postgres) {
        return u"coalesce("_s + parameter + u", nextval(pg_get_serial_sequence('"_s + table + u"', 'id')))"_s;
    }
    return parameter;
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

QByteArray SqlDialect::bulkInsert() const
{
    return m_backend == Backend::Sqlite ? "INSERT OR FAIL"_ba : "INSERT"_ba;
}

} // namespace Gloss
