// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/codepoints.h"
#include "export/jsonldexporter.h"
#include "export/jsonldimporter.h"
#include "exportfixture.h"
#include "import/importer.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestJsonLd final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        m_source = Test::openDatabase(m_dir->filePath(u"source.gloss"_s));
        m_target = Test::openDatabase(m_dir->filePath(u"target.gloss"_s));
        QVERIFY(m_source && m_target);
        m_corpus = Test::buildExportCorpus(*m_source);
    }

    void cleanup()
    {
        m_source.reset();
        m_target.reset();
        m_dir.reset();
    }

    void writesWebAnnotations()
    {
        const QString path = m_dir->filePath(u"notes.jsonld"_s);
        Result<ExportSummary> summary = JsonLdExporter(*m_source).write(path, {});
        QVERIFY2(summary, qPrintable(summary.errorString()));
        QCOMPARE(summary->annotations, 5);
        const QJsonObject root = QJsonDocument::fromJson(Test::readFile(path)).object();
        QCOMPARE(root.value(u"@context"_s).toArray().at(0).toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
        QCOMPARE(root.value(u"type"_s).toString(), u"AnnotationCollection"_s);
        QCOMPARE(root.value(u"total"_s).toInt(), 5);
        const QJsonArray items = root.value(u"first"_s).toObject().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 5);
        const QJsonObject first = items.at(2).toObject(); // the English article's first annotation
        QCOMPARE(first.value(u"type"_s).toString(), u"Annotation"_s);
        QCOMPARE(first.value(u"id"_s).toString(), u"urn:uuid:"_s + m_corpus.annotations.at(0).uuid);
        QCOMPARE(first.value(u"motivation"_s).toString(), u"commenting"_s);
        QCOMPARE(first.value(u"creator"_s).toObject().value(u"name"_s).toString(), u"Ann"_s);
        const QJsonArray bodies = first.value(u"body"_s).toArray();
        QCOMPARE(bodies.at(0).toObject().value(u"purpose"_s).toString(), u"tagging"_s);
        QCOMPARE(bodies.at(0).toObject().value(u"value"_s).toString(), u"Actors/States"_s);
        QCOMPARE(bodies.at(1).toObject().value(u"value"_s).toString(), Test::ExportCorpus::EnglishNote);
        QCOMPARE(bodies.at(1).toObject().value(u"format"_s).toString(), u"text/markdown"_s);
        const QJsonObject target = first.value(u"target"_s).toObject();
        QCOMPARE(target.value(u"source"_s).toObject().value(u"id"_s).toString(), u"file:///corpus/biden-netanyahu.txt"_s);
        const QJsonArray selectors = target.value(u"selector"_s).toArray();
        QCOMPARE(selectors.at(0).toObject().value(u"type"_s).toString(), u"TextQuoteSelector"_s);
        QCOMPARE(selectors.at(0).toObject().value(u"exact"_s).toString(), m_corpus.annotations.at(0).quote);
        QCOMPARE(selectors.at(0).toObject().value(u"prefix"_s).toString(), m_corpus.annotations.at(0).prefix);
        QCOMPARE(selectors.at(1).toObject().value(u"type"_s).toString(), u"TextPositionSelector"_s);
        QCOMPARE(selectors.at(1).toObject().value(u"start"_s).toInteger(), m_corpus.annotations.at(0).start);
        QCOMPARE(selectors.at(1).toObject().value(u"end"_s).toInteger(), m_corpus.annotations.at(0).end);
        // The Hebrew article came from a URL: it stays one.
        QCOMPARE(items.at(0).toObject().value(u"target"_s).toObject().value(u"source"_s).toObject().value(u"id"_s).toString(),
                 u"https://news.example/he/1"_s);
    }

    // Annotations travel: exported from one corpus, imported into another that has the same
    // articles, they come back field for field, their codes created by path with their colours.
    void roundTripsBetweenDatabases()
    {
        const QString path = m_dir->filePath(u"notes.jsonld"_s);
        QVERIFY(JsonLdExporter(*m_source).write(path, {}));
        const Test::ExportCorpus target = Test::importExportArticles(*m_target);

        Result<JsonLdImporter::Outcome> imported = JsonLdImporter(*m_target).importFile(path);
        QVERIFY2(imported, qPrintable(imported.errorString()));
        QCOMPARE(imported->annotations, 5);
        QCOMPARE(imported->duplicates, 0);
        QCOMPARE(imported->codes, 3); // Claim, Actors, Actors/States

        const CodeBook sourceBook(*m_source);
        const CodeBook targetBook(*m_target);
        const QMap<qint64, qint64> documentIn = {{m_corpus.english, target.english},
                                                 {m_corpus.hebrew, target.hebrew},
                                                 {m_corpus.arabic, target.arabic}};
        Result<QList<Annotation>> copies = AnnotationRepository(*m_target).list();
        QVERIFY(copies);
        QCOMPARE(copies->size(), 5);
        for (const Annotation &original : std::as_const(m_corpus.annotations)) {
            const auto copy = std::find_if(copies->cbegin(), copies->cend(), [&](const Annotation &a) { return a.uuid == original.uuid; });
            QVERIFY2(copy != copies->cend(), qPrintable(original.uuid));
            QCOMPARE(copy->documentId, documentIn.value(original.documentId));
            QCOMPARE(copy->start, original.start);
            QCOMPARE(copy->end, original.end);
            QCOMPARE(copy->quote, original.quote);
            QCOMPARE(copy->prefix, original.prefix);
            QCOMPARE(copy->suffix, original.suffix);
            QCOMPARE(copy->note, original.note);
            QCOMPARE(copy->author, original.author);
            QCOMPARE(copy->created, original.created);
            QCOMPARE(copy->updated, original.updated);
            QCOMPARE(copy->anchorState, u"anchored"_s);
            if (original.codeId == 0) {
                QCOMPARE(copy->codeId, 0);
            } else {
                QCOMPARE(targetBook.fullPath(copy->codeId), sourceBook.fullPath(original.codeId));
                QCOMPARE(targetBook.find(copy->codeId)->colour, sourceBook.find(original.codeId)->colour);
            }
        }

        // A second import finds them all there already.
        imported = JsonLdImporter(*m_target).importFile(path);
        QVERIFY(imported);
        QCOMPARE(imported->annotations, 0);
        QCOMPARE(imported->duplicates, 5);
        QCOMPARE(AnnotationRepository(*m_target).list()->size(), 5);

        // And exporting the copy gives the same annotations again.
        const QString again = m_dir->filePath(u"again.jsonld"_s);
        QVERIFY(JsonLdExporter(*m_target).write(again, {}));
        const QJsonArray before = QJsonDocument::fromJson(Test::readFile(path)).object().value(u"first"_s).toObject().value(u"items"_s).toArray();
        const QJsonArray after = QJsonDocument::fromJson(Test::readFile(again)).object().value(u"first"_s).toObject().value(u"items"_s).toArray();
        QCOMPARE(after, before);
    }

    // Positions count code points: an emoji before the quote is one character, not two.
    void positionsCountCodePoints()
    {
        const QString text = u" date 2024-03-01 Reactions online\n\nPeople posted 🙂🙂 and wrote: ceasefire now.\n"_s;
        const qint64 source = Test::importArticle(*m_source, text, u"/corpus/emoji.txt"_s);
        const Annotation a = Test::annotateQuote(*m_source, source, u"ceasefire now"_s, m_corpus.claim, {}, u"Ann"_s);
        ExportOptions options;
        options.scope.documentId = source;
        const QString path = m_dir->filePath(u"emoji.jsonld"_s);
        QVERIFY(JsonLdExporter(*m_source).write(path, options));
        const QJsonObject item = QJsonDocument::fromJson(Test::readFile(path)).object().value(u"first"_s).toObject()
                                     .value(u"items"_s).toArray().at(0).toObject();
        const QJsonObject position = item.value(u"target"_s).toObject().value(u"selector"_s).toArray().at(1).toObject();
        QCOMPARE(position.value(u"start"_s).toInteger(), a.start - 2);
        QCOMPARE(item.value(u"motivation"_s).toString(), u"classifying"_s);

        const qint64 copy = Test::importArticle(*m_target, text, u"/corpus/emoji.txt"_s);
        QVERIFY(JsonLdImporter(*m_target).importFile(path));
        const QList<Annotation> copies = AnnotationRepository(*m_target).forDocument(copy).value();
        QCOMPARE(copies.size(), 1);
        QCOMPARE(copies.at(0).start, a.start);
        QCOMPARE(copies.at(0).quote, u"ceasefire now"_s);
    }

    // An article whose text changed a little since: found by its source, the quote re-anchored.
    void findsAnEditedArticleBySource()
    {
        const QString path = m_dir->filePath(u"notes.jsonld"_s);
        ExportOptions options;
        options.scope.documentId = m_corpus.english;
        QVERIFY(JsonLdExporter(*m_source).write(path, options));
        QString edited = Test::ExportCorpus::EnglishText;
        edited.replace(u"President Joe Biden"_s, u"On a call, President Joe Biden"_s);
        const qint64 document = Test::importArticle(*m_target, edited, u"/corpus/biden-netanyahu.txt"_s);
        Result<JsonLdImporter::Outcome> imported = JsonLdImporter(*m_target).importFile(path);
        QVERIFY2(imported, qPrintable(imported.errorString()));
        QCOMPARE(imported->annotations, 3);
        const QString body = DocumentRepository(*m_target).find(document)->body;
        const QList<Annotation> placed = AnnotationRepository(*m_target).forDocument(document).value();
        QCOMPARE(placed.size(), 3);
        for (const Annotation &a : placed) {
            QCOMPARE(body.mid(a.start, a.end - a.start), a.quote);
        }
    }

    void refusesWhatItCannotPlace_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("message");
        QTest::newRow("offsets past the end") << u"past"_s << u"past the end of document"_s;
        QTest::newRow("no such article") << u"article"_s << u"is not in"_s;
        QTest::newRow("quote not in the text") << u"quote"_s << u"is not in the text of document"_s;
        QTest::newRow("not web annotations") << u"context"_s << u"not a W3C Web Annotation file"_s;
        QTest::newRow("not json") << u"json"_s << u"not valid JSON"_s;
    }

    // The first annotation that cannot be placed stops the file, and nothing of it is kept:
    // not the annotations before it, not the codes made for them.
    void refusesWhatItCannotPlace()
    {
        QFETCH(QString, change);
        QFETCH(QString, message);
        const QString path = m_dir->filePath(u"notes.jsonld"_s);
        QVERIFY(JsonLdExporter(*m_source).write(path, {}));
        (void)Test::importExportArticles(*m_target);
        QJsonObject root = QJsonDocument::fromJson(Test::readFile(path)).object();
        QJsonObject page = root.value(u"first"_s).toObject();
        QJsonArray items = page.value(u"items"_s).toArray();
        QJsonObject last = items.last().toObject();
        QJsonObject target = last.value(u"target"_s).toObject();
        QJsonArray selectors = target.value(u"selector"_s).toArray();
        if (change == u"past"_s) {
            selectors.replace(1, QJsonObject{{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, 5000}, {u"end"_s, 5010}});
        } else if (change == u"quote"_s) {
            selectors = QJsonArray{QJsonObject{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, u"words nowhere in it"_s}}};
        } else if (change == u"article"_s) {
            target.insert(u"gloss:contentHash"_s, u"00"_s);
            target.insert(u"gloss:source"_s, u"/nowhere.txt"_s);
            target.insert(u"source"_s, u"file:///nowhere.txt"_s);
        } else if (change == u"context"_s) {
            root.insert(u"@context"_s, u"https://schema.example/"_s);
        }
        target.insert(u"selector"_s, selectors);
        last.insert(u"target"_s, target);
        items.replace(items.size() - 1, last);
        page.insert(u"items"_s, items);
        root.insert(u"first"_s, page);
        QByteArray json = QJsonDocument(root).toJson();
        if (change == u"json"_s) {
            json.chop(3);
        }
        QVERIFY(Test::writeFile(path, json));

        Result<JsonLdImporter::Outcome> imported = JsonLdImporter(*m_target).importFile(path);
        QVERIFY(!imported);
        QCOMPARE(imported.error().kind, ErrorKind::BadInput);
        QVERIFY2(imported.errorString().contains(message), qPrintable(imported.errorString()));
        QVERIFY2(imported.errorString().contains(u"notes.jsonld"_s), qPrintable(imported.errorString()));
        if (change == u"past"_s || change == u"quote"_s || change == u"article"_s) {
            QVERIFY2(imported.errorString().contains(last.value(u"id"_s).toString()), qPrintable(imported.errorString()));
        }
        QCOMPARE(AnnotationRepository(*m_target).list()->size(), 0);
        QCOMPARE(CodeBook(*m_target).count().value(), 0);
    }

    // `gloss import` and the window's import take Web Annotation files (by extension, or by
    // their @context in a .json file), after the articles of the same import.
    void theImporterTakesThem()
    {
        const QString articles = m_dir->filePath(u"articles"_s);
        QVERIFY(Test::writeFile(articles + u"/a-annotations.jsonld"_s, {}));
        QVERIFY(JsonLdExporter(*m_source).write(articles + u"/a-annotations.jsonld"_s, {}));
        QVERIFY(Test::writeFile(articles + u"/z-article.txt"_s, Test::ExportCorpus::EnglishText.toUtf8()));
        QVERIFY(JsonLdImporter::isAnnotationFile(articles + u"/a-annotations.jsonld"_s));
        QVERIFY(!JsonLdImporter::isAnnotationFile(articles + u"/z-article.txt"_s));
        QFile::copy(articles + u"/a-annotations.jsonld"_s, m_dir->filePath(u"as.json"_s));
        QVERIFY(JsonLdImporter::isAnnotationFile(m_dir->filePath(u"as.json"_s)));

        // Only the English article is in the target: its three annotations can be placed, the
        // others cannot, so the file fails as a whole and says why.
        Importer importer(*m_target);
        ImportSummary summary = importer.importPaths({articles});
        QCOMPARE(summary.files, 2);
        QCOMPARE(summary.imported, 1);
        QCOMPARE(summary.annotations, 0);
        QCOMPARE(summary.failed.size(), 1);
        QVERIFY2(summary.failed.at(0).error.contains(u"is not in"_s), qPrintable(summary.failed.at(0).error));

        ExportOptions english;
        english.scope.documentId = m_corpus.english;
        QVERIFY(JsonLdExporter(*m_source).write(m_dir->filePath(u"english.json"_s), english));
        summary = importer.importPaths({m_dir->filePath(u"english.json"_s)});
        QVERIFY2(summary.failed.isEmpty(), qPrintable(summary.failed.value(0).error));
        QCOMPARE(summary.annotations, 3);
        QCOMPARE(AnnotationRepository(*m_target).list()->size(), 3);
    }

private:
    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_source;
    std::unique_ptr<Database> m_target;
    Test::ExportCorpus m_corpus;
};

QTEST_GUILESS_MAIN(TestJsonLd)
#include "tst_jsonld.moc"
