// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importer.h"
#include "store/annotationrepository.h"
#include "store/codebook.h"
#include "store/database.h"
#include "store/documentrepository.h"

#include <QString>
#include <QTest>

namespace Gloss::Test {

// A small annotated corpus for the export tests: an English, a Hebrew and an Arabic article with
// annotations whose notes hold commas, quotes, line breaks, formula starts, Markdown and raw
// HTML, and an article without annotations. Fails the current test when it cannot be built.
struct ExportCorpus {
    qint64 english = 0; // 2024-04-29, three annotations
    qint64 hebrew = 0;  // 2023-11-06, one
    qint64 arabic = 0;  // 2024-01-15, one
    qint64 plain = 0;   // 2024-02-01, none
    qint64 claim = 0;
    qint64 actors = 0;
    qint64 states = 0; // below actors
    QList<Annotation> annotations; // as created, in creation order

    static inline const QString EnglishText = QStringLiteral(
        " date 2024-04-29 Biden and Netanyahu spoke about Rafah\n\n"
        "President Joe Biden spoke with Prime Minister Benjamin Netanyahu of Israel on Sunday. "
        "They discussed Rafah, the White House said. Aid to Gaza was also raised.\n");
    static inline const QString HebrewText = QStringLiteral(
        " date 2023-11-06 שיחה בין המנהיגים\n\n"
        "ראש הממשלה בנימין נתניהו שוחח עם הנשיא ג'ו ביידן. הם דיברו על רפיח ועל הסיוע לעזה.\n");
    static inline const QString ArabicText = QStringLiteral(
        " date 2024-01-15 محادثات في القاهرة\n\n"
        "قال المتحدث إن المحادثات في القاهرة مستمرة منذ يوم الأحد. وأضاف أن الوفد سيعود غدا.\n");
    static inline const QString PlainText = QStringLiteral(
        " date 2024-02-01 A quiet day in Doha\n\nNothing was annotated in this article about Doha.\n");

    static inline const QString EnglishNote = QStringLiteral("Said \"so\", twice,\nthen **left**.");
    static inline const QString FormulaNote = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")");
    static inline const QString HtmlNote = QStringLiteral("- first point\n- <b>not bold</b> <script>alert(1)</script>");
    static inline const QString HebrewNote = QStringLiteral("הערה, עם \"מרכאות\"");
    static inline const QString ArabicNote = QStringLiteral("@متابعة +1");
};

inline qint64 importArticle(Database &database, const QString &text, const QString &source)
{
    Importer importer(database);
    Result<DocumentRepository::Inserted> inserted = importer.importText(text, source);
    if (!inserted) {
        QTest::qFail(qPrintable(inserted.errorString()), __FILE__, __LINE__);
        return 0;
    }
    return inserted->id;
}

inline Annotation annotateQuote(Database &database, qint64 documentId, const QString &quote, qint64 codeId,
                                const QString &note, const QString &author)
{
    const std::optional<Document> document = DocumentRepository(database).find(documentId);
    const qsizetype start = document ? document->body.indexOf(quote) : -1;
    if (start < 0) {
        QTest::qFail(qPrintable(QStringLiteral("quote not found: ") + quote), __FILE__, __LINE__);
        return {};
    }
    Result<Annotation> created = AnnotationRepository(database).create(documentId, start, start + quote.size(), codeId, note, author);
    if (!created) {
        QTest::qFail(qPrintable(created.errorString()), __FILE__, __LINE__);
        return {};
    }
    return *created;
}

// The articles alone (same text, same sources): what a second corpus holds before annotations
// travel to it.
inline ExportCorpus importExportArticles(Database &database)
{
    ExportCorpus corpus;
    corpus.english = importArticle(database, ExportCorpus::EnglishText, QStringLiteral("/corpus/biden-netanyahu.txt"));
    corpus.hebrew = importArticle(database, ExportCorpus::HebrewText, QStringLiteral("https://news.example/he/1"));
    corpus.arabic = importArticle(database, ExportCorpus::ArabicText, QStringLiteral("/corpus/cairo.txt"));
    corpus.plain = importArticle(database, ExportCorpus::PlainText, QStringLiteral("/corpus/doha.txt"));
    return corpus;
}

inline ExportCorpus buildExportCorpus(Database &database)
{
    ExportCorpus corpus = importExportArticles(database);
    CodeBook book(database);
    corpus.claim = book.create(QStringLiteral("Claim"), QStringLiteral("#e53935")).value();
    corpus.actors = book.create(QStringLiteral("Actors"), QStringLiteral("#1e88e5")).value();
    corpus.states = book.create(QStringLiteral("States"), QStringLiteral("#43a047"), {}, corpus.actors).value();
    corpus.annotations << annotateQuote(database, corpus.english, QStringLiteral("Joe Biden spoke with Prime Minister Benjamin Netanyahu"),
                                        corpus.states, ExportCorpus::EnglishNote, QStringLiteral("Ann"));
    corpus.annotations << annotateQuote(database, corpus.english, QStringLiteral("They discussed Rafah"), corpus.claim,
                                        ExportCorpus::FormulaNote, QStringLiteral("=cmd|' /C calc'!A0"));
    corpus.annotations << annotateQuote(database, corpus.english, QStringLiteral("Aid to Gaza"), 0, ExportCorpus::HtmlNote,
                                        QStringLiteral("Ann"));
    corpus.annotations << annotateQuote(database, corpus.hebrew, QStringLiteral("הם דיברו על רפיח"), corpus.claim,
                                        ExportCorpus::HebrewNote, QStringLiteral("Dana"));
    corpus.annotations << annotateQuote(database, corpus.arabic, QStringLiteral("المحادثات في القاهرة مستمرة"), corpus.actors,
                                        ExportCorpus::ArabicNote, QStringLiteral("Omar"));
    return corpus;
}

} // namespace Gloss::Test
