// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"
#include "store/annotationrepository.h"
#include "store/codebook.h"
#include "store/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QTest>

namespace Gloss::Test {

// Every row of `table` (one of our own table names) ordered by id, each as "column=value|…":
// two calls compare whole stored states, every column included.
inline QStringList tableRows(const Database &database, const QString &table)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY id"))) {
        QTest::qFail(qPrintable(query.lastError().text()), __FILE__, __LINE__);
        return {};
    }
    QStringList rows;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QStringList cells;
        for (int k = 0; k < record.count(); ++k) {
            const QVariant value = record.value(k);
            cells << record.fieldName(k) + u'=' + (value.isNull() ? QStringLiteral("NULL") : value.toString());
        }
        rows << cells.join(u'|');
    }
    return rows;
}

// The stored code book and annotations, whole.
inline QStringList storedState(const Database &database)
{
    return tableRows(database, QStringLiteral("code")) + QStringList{QStringLiteral("--")}
        + tableRows(database, QStringLiteral("annotation"));
}

// A small code book with annotations, the same in every code-book test:
//   Actors (#aa0000) "Who acts"        2 annotations (one with a note, edited to version 2)
//     States (#bb0000)                 1 annotation
//     People (#cc0000)                 1 annotation
//   Places (#00aa00)                   1 annotation
//   Dates (#0000aa)                    none
// and one annotation without a code.
struct CodeBookFixture {
    qint64 document = 0;
    qint64 actors = 0;
    qint64 states = 0;
    qint64 people = 0;
    qint64 places = 0;
    qint64 dates = 0;
    QList<qint64> annotations; // actors, actors, states, people, places, uncoded
};

inline CodeBookFixture makeCodeBookFixture(Database &database)
{
    CodeBookFixture f;
    Result<DocumentRepository::Inserted> inserted = Importer(database).importText(
        QStringLiteral("Israel and Egypt talked on Sunday in Cairo about the plan and the ceasefire."), QStringLiteral("a.txt"));
    if (!inserted) {
        QTest::qFail(qPrintable(inserted.errorString()), __FILE__, __LINE__);
        return f;
    }
    f.document = inserted->id;
    CodeBook book(database);
    f.actors = book.create(QStringLiteral("Actors"), QStringLiteral("#aa0000"), QStringLiteral("Who acts")).value();
    f.states = book.create(QStringLiteral("States"), QStringLiteral("#bb0000"), {}, f.actors).value();
    f.people = book.create(QStringLiteral("People"), QStringLiteral("#cc0000"), {}, f.actors).value();
    f.places = book.create(QStringLiteral("Places"), QStringLiteral("#00aa00")).value();
    f.dates = book.create(QStringLiteral("Dates"), QStringLiteral("#0000aa")).value();
    AnnotationRepository annotations(database);
    const struct {
        qsizetype start, end;
        qint64 code;
    } spans[] = {{0, 6, f.actors}, {11, 16, f.actors}, {0, 6, f.states}, {11, 16, f.people}, {37, 42, f.places}, {53, 57, 0}};
    for (const auto &span : spans) {
        Result<Annotation> made = annotations.create(f.document, span.start, span.end, span.code, {}, QStringLiteral("Ann"));
        if (!made) {
            QTest::qFail(qPrintable(made.errorString()), __FILE__, __LINE__);
            return f;
        }
        f.annotations << made->id;
    }
    // A later version, a note and its own updated time: undo must bring back exactly these.
    if (Result<Annotation> edited = annotations.update(f.annotations.at(0), 1, f.actors, QStringLiteral("Check **who**"));
        !edited) {
        QTest::qFail(qPrintable(edited.errorString()), __FILE__, __LINE__);
    }
    return f;
}

} // namespace Gloss::Test
