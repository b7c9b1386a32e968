// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdpxexporter.h"

#include "codepoints.h"
#include "exportselection.h"
#include "exporttarget.h"
#include "store/database.h"
#include "store/documentrepository.h"
#include "version.h"
#include "zipwriter.h"

#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamWriter>

#include <functional>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

// Gloss's namespace for name-based (version 5) GUIDs.
const QUuid GuidNamespace(u"6f1c1b52-3d0e-4c8e-9a57-1d9a2f7e4b10"_s);

QString guidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// XML 1.0 allows no control characters but tab, line feed and carriage return, and no lone
// surrogates or U+FFFE/U+FFFF: they become U+FFFD so the project stays well-formed.
QString xmlSafe(const QString &text)
{
    QString safe = text;
    for (qsizetype i = 0; i < safe.size(); ++i) {
        const char16_t c = safe.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < safe.size() && safe.at(i + 1).isLowSurrogate()) {
            ++i;
            continue;
        }
        const bool allowed = c == u'\t' || c == u'\n' || c == u'\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE);
        if (!allowed) {
            safe[i] = QChar::ReplacementCharacter;
        }
    }
    return safe;
}

struct CodeNode {
    qint64 id = 0;
    QList<qsizetype> children;
};

} // namespace

QdpxExporter::QdpxExporter(Database &database)
    : m_database(database)
{
}

QUuid QdpxExporter::guidFor(const QString &key)
{
    return QUuid::createUuidV5(GuidNamespace, key);
}

Result<ExportSummary> QdpxExporter::write(const QString &path, const ExportOptions &options, const ExportProgress &progress)
{
    Result<ExportSelection> selection = ExportSelection::load(m_database, options.scope);
    if (!selection) {
        return selection.error();
    }
    ExportTarget target(path);
    if (Result<void> opened = target.open(); !opened) {
        return opened.error();
    }
    ZipWriter zip(target.device());
    const auto zipError = [&] {
        return ioError(tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), zip.errorString()));
    };

    // Users: everyone who wrote an annotation in the scope.
    QHash<QString, QString> userGuids;
    QStringList users;
    for (const ExportedDocument &document : selection->documents()) {
        for (const Annotation &annotation : document.annotations) {
            const QString name = annotation.author.isEmpty() ? tr("unknown") : annotation.author;
            if (!userGuids.contains(name)) {
                userGuids.insert(name, guidText(guidFor(u"user:"_s + name)));
                users << name;
            }
        }
    }
    if (users.isEmpty()) {
        users << u"Gloss"_s;
        userGuids.insert(users.constFirst(), guidText(guidFor(u"user:Gloss"_s)));
    }
    const auto userOf = [&](const Annotation &annotation) {
        return userGuids.value(annotation.author.isEmpty() ? tr("unknown") : annotation.author);
    };

    QByteArray project;
    QXmlStreamWriter xml(&project);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(QString::fromLatin1(Namespace));
    xml.writeStartElement(u"Project"_s);
    const QString corpusName = QFileInfo(m_database.path()).completeBaseName();
    xml.writeAttribute(u"name"_s, xmlSafe(corpusName));
    xml.writeAttribute(u"origin"_s, u"Gloss "_s + QString::fromLatin1(Version));
    xml.writeAttribute(u"creatingUserGUID"_s, userGuids.value(users.constFirst()));
    xml.writeAttribute(u"creationDateTime"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));

    xml.writeStartElement(u"Users"_s);
    for (const QString &name : std::as_const(users)) {
        xml.writeEmptyElement(u"User"_s);
        xml.writeAttribute(u"guid"_s, userGuids.value(name));
        xml.writeAttribute(u"name"_s, xmlSafe(name));
    }
    xml.writeEndElement(); // Users

    // The code book as a tree: REFI-QDA nests child codes inside their parent.
    QHash<qint64, QString> codeGuids;
    const QList<Code> &codes = selection->codes();
    QList<CodeNode> nodes;
    QHash<qint64, qsizetype> nodeOf;
    QList<qsizetype> roots;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const Code &code = codes.at(i);
        codeGuids.insert(code.id, guidText(guidFor(u"code:"_s + selection->codePath(code.id))));
        nodeOf.insert(code.id, nodes.size());
        nodes.append(CodeNode{code.id, {}});
        const auto parent = nodeOf.constFind(code.parentId);
        if (code.parentId > 0 && parent != nodeOf.cend()) {
            nodes[*parent].children.append(i);
        } else {
            roots.append(i);
        }
    }
    const std::function<void(qsizetype)> writeCode = [&](qsizetype index) {
        const Code &code = codes.at(index);
        xml.writeStartElement(u"Code"_s);
        xml.writeAttribute(u"guid"_s, codeGuids.value(code.id));
        xml.writeAttribute(u"name"_s, xmlSafe(code.name));
        xml.writeAttribute(u"isCodable"_s, u"true"_s);
        if (CodeBook::isColour(code.colour)) {
            xml.writeAttribute(u"color"_s, code.colour.toUpper());
        }
        if (!code.description.isEmpty()) {
            xml.writeTextElement(u"Description"_s, xmlSafe(code.description));
        }
        for (qsizetype child : std::as_const(nodes.at(nodeOf.value(code.id)).children)) {
            writeCode(child);
        }
        xml.writeEndElement(); // Code
    };
    if (!roots.isEmpty()) {
        xml.writeStartElement(u"CodeBook"_s);
        xml.writeStartElement(u"Codes"_s);
        for (qsizetype root : std::as_const(roots)) {
            writeCode(root);
        }
        xml.writeEndElement(); // Codes
        xml.writeEndElement(); // CodeBook
    }

    // Publication date and source as variables of each source, for the QDA program's filters.
    const QString publishedVariable = guidText(guidFor(u"variable:published"_s));
    const QString sourceVariable = guidText(guidFor(u"variable:source"_s));
    xml.writeStartElement(u"Variables"_s);
    for (const auto &[guid, name] : {std::pair{publishedVariable, u"Published"_s}, std::pair{sourceVariable, u"Source"_s}}) {
        xml.writeEmptyElement(u"Variable"_s);
        xml.writeAttribute(u"guid"_s, guid);
        xml.writeAttribute(u"name"_s, name);
        xml.writeAttribute(u"typeOfVariable"_s, u"Text"_s);
    }
    xml.writeEndElement(); // Variables

    const DocumentRepository documents(m_database);
    const AnnotationRepository annotations(m_database);
    ExportSummary summary;
    summary.file = path;
    summary.format = ExportFormat::Qdpx;
    const qint64 total = selection->documents().size();
    for (const ExportedDocument &exported : selection->documents()) {
        if (progress && !progress(summary.documents, total)) {
            return ExportTarget::cancelled();
        }
        if (summary.documents == 0) {
            xml.writeStartElement(u"Sources"_s); // only with a source: the schema wants at least one
        }
        const std::optional<Document> document = documents.find(exported.summary.id);
        if (!document) {
            return databaseError(tr("Document %1 disappeared from %2 during the export.").arg(exported.summary.id).arg(m_database.path()));
        }
        const QString guid = guidText(guidFor(u"document:%1:"_s.arg(document->id) + QString::fromLatin1(
                                                  DocumentRepository::contentHash(document->body).toHex())));
        const QString fileName = guid + u".txt"_s;
        if (!zip.addFile(u"sources/"_s + fileName, document->body.toUtf8(), ZipWriter::Compression::Deflated,
                         document->importedAt)) {
            return zipError();
        }
        Result<DocumentNote> note = annotations.note(document->id);
        if (!note) {
            return note.error();
        }
        xml.writeStartElement(u"TextSource"_s);
        xml.writeAttribute(u"guid"_s, guid);
        xml.writeAttribute(u"name"_s, xmlSafe(document->title.isEmpty() ? tr("Article %1").arg(document->id) : document->title));
        xml.writeAttribute(u"plainTextPath"_s, u"internal://"_s + fileName);
        if (document->importedAt.isValid()) {
            xml.writeAttribute(u"creationDateTime"_s, document->importedAt.toUTC().toString(Qt::ISODate));
        }
        if (!note->note.trimmed().isEmpty()) {
            xml.writeTextElement(u"Description"_s, xmlSafe(note->note));
        }
        const bool plain = CodePoints::isBmpOnly(document->body);
        for (const Annotation &a : exported.annotations) {
            const qsizetype start = plain ? a.start : CodePoints::fromUtf16(document->body, a.start);
            const qsizetype end = plain ? a.end : CodePoints::fromUtf16(document->body, a.end);
            xml.writeStartElement(u"PlainTextSelection"_s);
            xml.writeAttribute(u"guid"_s, a.uuid);
            xml.writeAttribute(u"name"_s, xmlSafe(a.quote.left(200)));
            xml.writeAttribute(u"startPosition"_s, QString::number(start));
            xml.writeAttribute(u"endPosition"_s, QString::number(end));
            xml.writeAttribute(u"creatingUser"_s, userOf(a));
            xml.writeAttribute(u"creationDateTime"_s, a.created);
            xml.writeAttribute(u"modifyingUser"_s, userOf(a));
            xml.writeAttribute(u"modifiedDateTime"_s, a.updated);
            if (!a.note.isEmpty()) {
                xml.writeTextElement(u"Description"_s, xmlSafe(a.note));
            }
            if (a.codeId > 0 && codeGuids.contains(a.codeId)) {
                xml.writeStartElement(u"Coding"_s);
                xml.writeAttribute(u"guid"_s, guidText(guidFor(u"coding:"_s + a.uuid)));
                xml.writeAttribute(u"creatingUser"_s, userOf(a));
                xml.writeAttribute(u"creationDateTime"_s, a.created);
                xml.writeEmptyElement(u"CodeRef"_s);
                xml.writeAttribute(u"targetGUID"_s, codeGuids.value(a.codeId));
                xml.writeEndElement(); // Coding
            }
            xml.writeEndElement(); // PlainTextSelection
            ++summary.annotations;
        }
        for (const auto &[variable, value] : {std::pair{publishedVariable, document->published}, std::pair{sourceVariable, document->source}}) {
            if (value.isEmpty()) {
                continue;
            }
            xml.writeStartElement(u"VariableValue"_s);
            xml.writeEmptyElement(u"VariableRef"_s);
            xml.writeAttribute(u"targetGUID"_s, variable);
            xml.writeTextElement(u"TextValue"_s, xmlSafe(value));
            xml.writeEndElement(); // VariableValue
        }
        xml.writeEndElement(); // TextSource
        ++summary.documents;
    }
    if (summary.documents > 0) {
        xml.writeEndElement(); // Sources
    }
    xml.writeEndElement(); // Project
    xml.writeEndDocument();
    if (xml.hasError()) {
        return ioError(tr("Cannot write the project of %1: the XML writer failed.").arg(QFileInfo(path).fileName()));
    }
    if (!zip.addFile(u"project.qde"_s, project) || !zip.finish()) {
        return zipError();
    }
    if (progress && !progress(total, total)) {
        return ExportTarget::cancelled();
    }
    if (Result<void> committed = target.commit(); !committed) {
        return committed.error();
    }
    return summary;
}

} // namespace Gloss
