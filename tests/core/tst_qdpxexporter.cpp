// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/codepoints.h"
#include "export/qdpxexporter.h"
#include "exportfixture.h"
#include "testsupport.h"
#include "zipreader.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

struct Selection {
    QString guid;
    QString source;
    qsizetype start = 0;
    qsizetype end = 0;
    QString name;
    QString description;
    QStringList codeRefs;
    QString creatingUser;
};

struct Project {
    QString rootNamespace;
    QString rootName;
    QStringList guids;   // every guid attribute, for uniqueness
    QSet<QString> users;
    QMap<QString, QString> codes;      // guid → name
    QMap<QString, QString> codeParent; // guid → parent code's guid
    QMap<QString, QString> sourcePaths; // source guid → plainTextPath
    QMap<QString, QString> sourceNames;
    QList<Selection> selections;
    QStringList creatingUsers;
    QString error;
};

Project readProject(const QByteArray &xml)
{
    Project project;
    QXmlStreamReader reader(xml);
    QStringList codeStack;
    QString source;
    Selection *selection = nullptr;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QXmlStreamAttributes attributes = reader.attributes();
            const QString name = reader.name().toString();
            if (project.rootName.isEmpty()) {
                project.rootName = name;
                project.rootNamespace = reader.namespaceUri().toString();
            } else if (reader.namespaceUri() != project.rootNamespace) {
                project.error = u"element %1 outside the project namespace"_s.arg(name);
            }
            if (attributes.hasAttribute(u"guid"_s)) {
                project.guids << attributes.value(u"guid"_s).toString();
            }
            if (attributes.hasAttribute(u"creatingUser"_s)) {
                project.creatingUsers << attributes.value(u"creatingUser"_s).toString();
            }
            const QString guid = attributes.value(u"guid"_s).toString();
            if (name == u"User"_s) {
                project.users.insert(guid);
            } else if (name == u"Code"_s) {
                project.codes.insert(guid, attributes.value(u"name"_s).toString());
                if (!codeStack.isEmpty()) {
                    project.codeParent.insert(guid, codeStack.last());
                }
                codeStack << guid;
            } else if (name == u"TextSource"_s) {
                source = guid;
                project.sourcePaths.insert(guid, attributes.value(u"plainTextPath"_s).toString());
                project.sourceNames.insert(guid, attributes.value(u"name"_s).toString());
            } else if (name == u"PlainTextSelection"_s) {
                project.selections.append({guid, source, qsizetype(attributes.value(u"startPosition"_s).toLongLong()),
                                           qsizetype(attributes.value(u"endPosition"_s).toLongLong()),
                                           attributes.value(u"name"_s).toString(), {}, {},
                                           attributes.value(u"creatingUser"_s).toString()});
                selection = &project.selections.last();
            } else if (name == u"Description"_s && selection) {
                selection->description = reader.readElementText();
            } else if (name == u"CodeRef"_s && selection) {
                selection->codeRefs << attributes.value(u"targetGUID"_s).toString();
            }
        } else if (reader.isEndElement()) {
            if (reader.name() == u"Code"_s) {
                codeStack.removeLast();
            } else if (reader.name() == u"PlainTextSelection"_s) {
                selection = nullptr;
            }
        }
    }
    if (reader.hasError()) {
        project.error = reader.errorString();
    }
    return project;
}

} // namespace

class TestQdpxExporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = Test::openDatabase(m_dir.filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
        m_corpus = Test::buildExportCorpus(*m_db);
        // A character outside the Basic Multilingual Plane before a quote: REFI-QDA counts it as
        // one position, UTF-16 as two.
        m_emoji = Test::importArticle(*m_db, u" date 2024-03-01 Reactions 🙂 online\n\nPeople posted 🙂🙂 and wrote: ceasefire now.\n"_s,
                                      u"/corpus/emoji.txt"_s);
        m_emojiAnnotation = Test::annotateQuote(*m_db, m_emoji, u"ceasefire now"_s, m_corpus.claim, u"emoji before"_s, u"Ann"_s);
    }

    void cleanupTestCase() { m_db.reset(); }

    void writesAProjectTheSpecificationDescribes()
    {
        const QString path = m_dir.filePath(u"corpus.qdpx"_s);
        Result<ExportSummary> summary = QdpxExporter(*m_db).write(path, {});
        QVERIFY2(summary, qPrintable(summary.errorString()));
        QCOMPARE(summary->documents, 5);
        QCOMPARE(summary->annotations, 6);

        const QMap<QString, Test::UnzippedEntry> entries = Test::unzipWithPython(path);
        QVERIFY(entries.contains(u"project.qde"_s));
        const Project project = readProject(entries.value(u"project.qde"_s).data);
        QVERIFY2(project.error.isEmpty(), qPrintable(project.error));
        QCOMPARE(project.rootName, u"Project"_s);
        QCOMPARE(project.rootNamespace, u"urn:QDA-XML:project:1.0"_s);

        // GUIDs: the schema's pattern, and each names one thing.
        static const QRegularExpression guid(u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
        for (const QString &g : project.guids) {
            QVERIFY2(guid.match(g).hasMatch(), qPrintable(g));
        }
        QCOMPARE(QSet<QString>(project.guids.cbegin(), project.guids.cend()).size(), project.guids.size());

        // Users: every creatingUser is one of them.
        QCOMPARE(project.users.size(), 4); // Ann, the formula author, Dana, Omar
        for (const QString &user : project.creatingUsers) {
            QVERIFY2(project.users.contains(user), qPrintable(user));
        }

        // The code book, as a tree.
        QCOMPARE(project.codes.size(), 3);
        const QString states = project.codes.key(u"States"_s);
        const QString actors = project.codes.key(u"Actors"_s);
        QCOMPARE(project.codeParent.value(states), actors);
        QVERIFY(!project.codeParent.contains(actors));

        // Sources: plain text under sources/, UTF-8, and every selection inside its source with
        // the quote at its positions (counted in code points).
        QCOMPARE(project.sourcePaths.size(), 5);
        QCOMPARE(project.selections.size(), 6);
        QSet<QString> sourceFiles;
        for (auto it = project.sourcePaths.cbegin(); it != project.sourcePaths.cend(); ++it) {
            QVERIFY2(it.value().startsWith(u"internal://"_s), qPrintable(it.value()));
            const QString file = u"sources/"_s + it.value().mid(11);
            QVERIFY2(entries.contains(file), qPrintable(file));
            sourceFiles.insert(file);
        }
        const DocumentRepository documents(*m_db);
        for (const Selection &s : project.selections) {
            const QString text = QString::fromUtf8(entries.value(u"sources/"_s + project.sourcePaths.value(s.source).mid(11)).data);
            QVERIFY2(!text.isEmpty(), qPrintable(s.source));
            const QList<uint> points = text.toUcs4();
            QVERIFY2(s.start >= 0 && s.start < s.end && s.end <= points.size(),
                     qPrintable(u"%1–%2 of %3"_s.arg(s.start).arg(s.end).arg(points.size())));
            const QString selected = QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + s.start), s.end - s.start);
            const auto annotation = std::find_if(m_corpus.annotations.cbegin(), m_corpus.annotations.cend(),
                                                 [&](const Annotation &a) { return a.uuid == s.guid; });
            const Annotation &a = annotation != m_corpus.annotations.cend() ? *annotation : m_emojiAnnotation;
            QCOMPARE(s.guid, a.uuid);
            QCOMPARE(selected, a.quote);
            QCOMPARE(s.description, a.note);
            QCOMPARE(text, documents.find(a.documentId)->body);
            for (const QString &ref : s.codeRefs) {
                QVERIFY2(project.codes.contains(ref), qPrintable(ref));
            }
            QCOMPARE(s.codeRefs.size(), a.codeId > 0 ? 1 : 0);
        }

        // The emoji article: positions differ from the stored UTF-16 offsets.
        const auto emoji = std::find_if(project.selections.cbegin(), project.selections.cend(),
                                        [&](const Selection &s) { return s.guid == m_emojiAnnotation.uuid; });
        QVERIFY(emoji != project.selections.cend());
        QVERIFY(emoji->start < m_emojiAnnotation.start);
        QCOMPARE(emoji->start, CodePoints::fromUtf16(documents.find(m_emoji)->body, m_emojiAnnotation.start));
    }

    void scopedToACode()
    {
        ExportOptions options;
        options.scope.codeId = m_corpus.actors;
        const QString path = m_dir.filePath(u"actors.qdpx"_s);
        Result<ExportSummary> summary = QdpxExporter(*m_db).write(path, options);
        QVERIFY(summary);
        QCOMPARE(summary->documents, 2);
        QCOMPARE(summary->annotations, 2);
        const Project project = readProject(Test::unzipWithPython(path).value(u"project.qde"_s).data);
        QVERIFY(project.error.isEmpty());
        QCOMPARE(project.selections.size(), 2);
        QCOMPARE(project.codes.size(), 3); // the code book is whole
    }

    void guidsAreStableAcrossExports()
    {
        const QString first = m_dir.filePath(u"first.qdpx"_s);
        const QString second = m_dir.filePath(u"second.qdpx"_s);
        QVERIFY(QdpxExporter(*m_db).write(first, {}));
        QVERIFY(QdpxExporter(*m_db).write(second, {}));
        const Project a = readProject(Test::unzipWithPython(first).value(u"project.qde"_s).data);
        const Project b = readProject(Test::unzipWithPython(second).value(u"project.qde"_s).data);
        QCOMPARE(a.guids, b.guids);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Test::ExportCorpus m_corpus;
    qint64 m_emoji = 0;
    Annotation m_emojiAnnotation;
};

QTEST_GUILESS_MAIN(TestQdpxExporter)
#include "tst_qdpxexporter.moc"
