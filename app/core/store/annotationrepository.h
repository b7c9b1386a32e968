// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QDateTime>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace Gloss {

class Database;

// A passage of a document marked by the user. Offsets are UTF-16 indices into the stored body;
// quote, prefix and suffix (W3C TextQuoteSelector) let it re-anchor when the body changes.
struct Annotation {
    qint64 id = 0;
    QString uuid;
    qint64 documentId = 0;
    qsizetype start = 0;
    qsizetype end = 0;
    QString quote;
    QString prefix; // up to ContextLength characters before the quote
    QString suffix; // up to ContextLength characters after it
    qint64 codeId = 0; // 0: uncoded
    QString note;      // Markdown
    QString author;
    QString created; // ISO 8601 UTC with milliseconds
    QString updated;
    QString anchorState = QStringLiteral("anchored"); // "anchored", "reanchored" or "orphaned"
    int version = 1; // one more at each change: a writer holding an older one is refused
    QString updatedBy; // who changed it last (the author, until someone else edits it)
};

struct AnnotationFilter {
    qint64 documentId = 0;
    qint64 codeId = 0; // this code and the codes below it
    QString text;      // in the quote or the note, case-insensitive
    QDateTime from;    // created at or after
    QDateTime to;      // created at or before
};

enum class AnnotationSort { ReadingOrder, CreatedAscending, CreatedDescending };

// The title and publication date of an annotated document, for lists of annotations.
struct AnnotatedDocument {
    QString title;
    QString published;
};

struct DocumentNote {
    qint64 documentId = 0;
    QString note; // Markdown
    QString author;
    QString updated;
};

// Annotations and document notes. Every write is its own transaction, committed at once.
class AnnotationRepository final
{
    Q_DECLARE_TR_FUNCTIONS(AnnotationRepository)

public:
    explicit AnnotationRepository(Database &database);

    static constexpr qsizetype ContextLength = 32;

    Result<Annotation> create(qint64 documentId, qsizetype start, qsizetype end, qint64 codeId, const QString &note,
                              const QString &author);
    // Changes note and code; `expectedVersion` is the version the caller read: a newer one in
    // the store (another window, process or user wrote since) is refused with staleMessage(),
    // and nothing is written. `editor` is who makes the change.
    Result<Annotation> update(qint64 id, int expectedVersion, qint64 codeId, const QString &note,
                              const QString &editor = {});
    // "Annotation 3 (…) was changed by Bea since you opened it; your change was not saved. …"
    static QString staleMessage(const Annotation &current);
    Result<void> remove(qint64 id);
    // Puts a removed annotation back exactly as it was (undo).
    Result<void> restore(const Annotation &annotation);

    std::optional<Annotation> find(qint64 id) const;
    Result<QList<Annotation>> list(const AnnotationFilter &filter = {},
                                   AnnotationSort sort = AnnotationSort::ReadingOrder) const;
    Result<QList<Annotation>> forDocument(qint64 documentId) const;

    // After a document's body changed: annotations whose quote is no longer at their offsets
    // move to the best match of quote and context ("reanchored") or become "orphaned" (never
    // deleted). Returns how many changed.
    Result<int> reanchor(qint64 documentId);

    Result<DocumentNote> note(qint64 documentId) const;
    Result<void> setNote(qint64 documentId, const QString &markdown, const QString &author);

    static QString now();

    // Title and date of every document that has annotations, by id.
    Result<QHash<qint64, AnnotatedDocument>> annotatedDocuments() const;
    // How many annotations the corpus holds (the window's status bar).
    Result<qint64> count() const;

private:
    QSqlQuery &prepared(std::optional<QSqlQuery> &slot, const QString &sql);
    Result<std::optional<QString>> body(qint64 documentId);

    Database &m_database;
    std::optional<QSqlQuery> m_body;
    std::optional<QSqlQuery> m_insert;
};

} // namespace Gloss
