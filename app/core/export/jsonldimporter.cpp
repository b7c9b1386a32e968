// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonldimporter.h"

#include "codepoints.h"
#include "jsonldexporter.h"
#include "store/annotationrepository.h"
#include "store/codebook.h"
#include "store/database.h"
#include "store/documentrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUrl>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

constexpr auto DefaultColour = "#808080";
constexpr qint64 SniffBytes = 64 * 1024;

QString term(const char *name)
{
    return u"gloss:"_s + QString::fromLatin1(name);
}

// A JSON-LD value that may be one item or an array of them, as a list.
QJsonArray listOf(const QJsonValue &value)
{
    if (value.isArray()) {
        return value.toArray();
    }
    if (value.isUndefined() || value.isNull()) {
        return {};
    }
    return QJsonArray{value};
}

bool hasWebAnnotationContext(const QJsonValue &context)
{
    const QString wanted = QString::fromLatin1(JsonLdExporter::WebAnnotationContext);
    for (const QJsonValue &entry : listOf(context)) {
        // The context is also published under https.
        if (entry.isString() && (entry.toString() == wanted || entry.toString() == u"https"_s + wanted.mid(4))) {
            return true;
        }
    }
    return false;
}

bool isType(const QJsonObject &object, const QString &type)
{
    for (const QJsonValue &value : listOf(object.value(u"type"_s))) {
        if (value.toString() == type) {
            return true;
        }
    }
    return false;
}

// The context characters around a passage, never splitting a surrogate pair.
QString contextBefore(const QString &body, qsizetype start)
{
    qsizetype from = std::max<qsizetype>(0, start - AnnotationRepository::ContextLength);
    if (from > 0 && from < body.size() && body.at(from).isLowSurrogate()) {
        ++from;
    }
    return body.mid(from, start - from);
}

QString contextAfter(const QString &body, qsizetype end)
{
    qsizetype to = std::min(body.size(), end + AnnotationRepository::ContextLength);
    if (to > 0 && to < body.size() && body.at(to).isLowSurrogate()) {
        --to;
    }
    return body.mid(end, to - end);
}

qsizetype sameBefore(const QString &body, qsizetype at, const QString &prefix)
{
    qsizetype n = 0;
    while (n < prefix.size() && at - n - 1 >= 0 && body.at(at - n - 1) == prefix.at(prefix.size() - n - 1)) {
        ++n;
    }
    return n;
}

qsizetype sameAfter(const QString &body, qsizetype at, const QString &suffix)
{
    qsizetype n = 0;
    while (n < suffix.size() && at + n < body.size() && body.at(at + n) == suffix.at(n)) {
        ++n;
    }
    return n;
}

// The occurrence of `exact` whose surroundings best match prefix and suffix, nearest to `near`.
qsizetype bestOccurrence(const QString &body, const QString &exact, const QString &prefix, const QString &suffix, qsizetype near)
{
    qsizetype best = -1;
    qsizetype bestScore = -1;
    qsizetype bestDistance = 0;
    for (qsizetype at = body.indexOf(exact); at >= 0; at = body.indexOf(exact, at + 1)) {
        const qsizetype score = sameBefore(body, at, prefix) + sameAfter(body, at + exact.size(), suffix);
        const qsizetype distance = near < 0 ? 0 : std::abs(at - near);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = at;
            bestScore = score;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace

// An annotation read from the file, before it is placed in an article.
struct JsonLdImporter::Placed {
    QString uuid;
    QString shownId;
    QString exact;
    QString prefix;
    QString suffix;
    qint64 start = -1; // code points, -1: no TextPositionSelector
    qint64 end = -1;
    QString codePath;
    QString colour;
    QString note;
    QString author;
    QString created;
    QString modified;
};

JsonLdImporter::JsonLdImporter(Database &database)
    : m_database(database)
{
}

bool JsonLdImporter::looksLikeWebAnnotations(const QByteArray &json)
{
    const QByteArray trimmed = json.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) {
        return false;
    }
    const QByteArray context = QByteArray(JsonLdExporter::WebAnnotationContext).mid(4); // without "http"
    return json.contains("\"@context\"") && json.contains(context);
}

bool JsonLdImporter::isAnnotationFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"jsonld"_s) {
        return true;
    }
    if (suffix != u"json"_s) {
        return false;
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && looksLikeWebAnnotations(file.read(SniffBytes));
}

Result<JsonLdImporter::Outcome> JsonLdImporter::importFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return badInput(tr("Cannot read %1: %2").arg(shown, file.errorString()));
    }
    const QByteArray json = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return badInput(tr("Cannot read %1: %2").arg(shown, file.errorString()));
    }
    return importJson(json, shown);
}

Result<qint64> JsonLdImporter::findDocument(const QJsonObject &target, const QString &where)
{
    const DocumentRepository documents(m_database);
    const QString hash = target.value(term("contentHash")).toString();
    if (!hash.isEmpty()) {
        Result<QList<qint64>> ids = documents.idsByContentHash(QByteArray::fromHex(hash.toLatin1()));
        if (!ids) {
            return ids.error();
        }
        if (!ids->isEmpty()) {
            return ids->constFirst();
        }
    }
    QStringList sources;
    if (const QString source = target.value(term("source")).toString(); !source.isEmpty()) {
        sources << source;
    }
    const QJsonValue sourceValue = target.value(u"source"_s);
    const QString iri = sourceValue.isObject() ? sourceValue.toObject().value(u"id"_s).toString() : sourceValue.toString();
    if (!iri.isEmpty()) {
        const QUrl url(iri);
        sources << (url.isLocalFile() ? QDir::toNativeSeparators(url.toLocalFile()) : iri);
    }
    for (const QString &source : std::as_const(sources)) {
        Result<QList<qint64>> ids = documents.idsBySource(source);
        if (!ids) {
            return ids.error();
        }
        if (!ids->isEmpty()) {
            return ids->constFirst();
        }
    }
    const QString title = target.value(term("title")).toString();
    return badInput(tr("%1: its article (%2) is not in %3; import the article first.")
                        .arg(where, title.isEmpty() ? (iri.isEmpty() ? tr("no source given") : iri) : u"“%1”"_s.arg(title),
                             QDir::toNativeSeparators(m_database.path())));
}

Result<qint64> JsonLdImporter::ensureCode(const QString &path, const QString &colour, Outcome &outcome)
{
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    CodeBook book(m_database);
    qint64 parent = 0;
    QString sofar;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString name = parts.at(i).trimmed();
        sofar = sofar.isEmpty() ? name : sofar + u'/' + name;
        if (const auto found = m_codes.constFind(sofar.toCaseFolded()); found != m_codes.cend()) {
            parent = *found;
            continue;
        }
        const bool leaf = i + 1 == parts.size();
        const QString wanted = leaf && CodeBook::isColour(colour) ? colour : QString::fromLatin1(DefaultColour);
        Result<qint64> created = book.create(name, wanted, {}, parent);
        if (!created) {
            return created.error();
        }
        ++outcome.codes;
        m_codes.insert(sofar.toCaseFolded(), *created);
        parent = *created;
    }
    return parent;
}

Result<JsonLdImporter::Outcome> JsonLdImporter::importJson(const QByteArray &json, const QString &shownName)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return badInput(tr("%1 is not valid JSON (at byte %2: %3).").arg(shownName).arg(parseError.offset).arg(parseError.errorString()));
    }
    // The annotations: one, a page's items, a collection's first page, or an array of them.
    QJsonArray items;
    bool declared = false;
    if (document.isArray()) {
        items = document.array();
        declared = std::all_of(items.cbegin(), items.cend(), [](const QJsonValue &item) {
            return hasWebAnnotationContext(item.toObject().value(u"@context"_s));
        }) && !items.isEmpty();
    } else {
        const QJsonObject root = document.object();
        declared = hasWebAnnotationContext(root.value(u"@context"_s));
        if (isType(root, u"AnnotationCollection"_s)) {
            const QJsonValue first = root.value(u"first"_s);
            if (!first.isObject()) {
                return badInput(tr("%1: the annotation collection's first page is not in the file (paged collections "
                                   "are not read).").arg(shownName));
            }
            items = first.toObject().value(u"items"_s).toArray();
        } else if (isType(root, u"AnnotationPage"_s)) {
            items = root.value(u"items"_s).toArray();
        } else {
            items = QJsonArray{root};
        }
    }
    if (!declared) {
        return badInput(tr("%1 is not a W3C Web Annotation file: its @context is not %2.")
                            .arg(shownName, QString::fromLatin1(JsonLdExporter::WebAnnotationContext)));
    }

    Outcome outcome;
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        return databaseError(Database::describeSqlError(transaction.errorString(), m_database.path()));
    }
    CodeBook book(m_database);
    Result<QList<Code>> codes = book.list();
    if (!codes) {
        return codes.error();
    }
    m_codes.clear();
    QHash<qint64, QString> paths;
    for (const Code &code : std::as_const(*codes)) {
        const QString path = code.parentId > 0 ? paths.value(code.parentId) + u'/' + code.name : code.name;
        paths.insert(code.id, path);
        m_codes.insert(path.toCaseFolded(), code.id);
    }

    const DocumentRepository documents(m_database);
    AnnotationRepository annotations(m_database);
    QHash<qint64, QString> bodies;
    QHash<qint64, QSet<QString>> knownIds; // per document: the annotation ids it already has
    QSet<QString> seen;
    for (qsizetype index = 0; index < items.size(); ++index) {
        const QJsonObject item = items.at(index).toObject();
        Placed a;
        const QString id = item.value(u"id"_s).toString();
        a.shownId = id.isEmpty() ? tr("#%1").arg(index + 1) : id;
        const QString where = tr("%1: annotation %2").arg(shownName, a.shownId);
        if (!isType(item, u"Annotation"_s)) {
            return badInput(tr("%1 is not of type Annotation.").arg(where));
        }
        if (id.startsWith(u"urn:uuid:"_s) && !QUuid::fromString(id.mid(9)).isNull()) {
            a.uuid = QUuid::fromString(id.mid(9)).toString(QUuid::WithoutBraces);
        } else if (!id.isEmpty()) {
            a.uuid = QUuid::createUuidV5(QUuid(u"6f1c1b52-3d0e-4c8e-9a57-1d9a2f7e4b10"_s), id).toString(QUuid::WithoutBraces);
        } else {
            a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }

        QJsonObject target;
        for (const QJsonValue &value : listOf(item.value(u"target"_s))) {
            if (value.isObject()) {
                target = value.toObject();
                break;
            }
        }
        if (target.isEmpty()) {
            return badInput(tr("%1 has no target with a selector.").arg(where));
        }
        bool quoted = false;
        for (const QJsonValue &value : listOf(target.value(u"selector"_s))) {
            const QJsonObject selector = value.toObject();
            if (isType(selector, u"TextQuoteSelector"_s)) {
                a.exact = selector.value(u"exact"_s).toString();
                a.prefix = selector.value(u"prefix"_s).toString();
                a.suffix = selector.value(u"suffix"_s).toString();
                quoted = !a.exact.isEmpty();
            } else if (isType(selector, u"TextPositionSelector"_s)) {
                a.start = selector.value(u"start"_s).toInteger(-1);
                a.end = selector.value(u"end"_s).toInteger(-1);
                if (a.start < 0 || a.end <= a.start) {
                    return badInput(tr("%1: the TextPositionSelector %2–%3 is not a passage (start must be at least 0 "
                                       "and before end).").arg(where).arg(a.start).arg(a.end));
                }
            }
        }
        if (!quoted && a.start < 0) {
            return badInput(tr("%1 has neither a TextQuoteSelector nor a TextPositionSelector.").arg(where));
        }

        QStringList notes;
        for (const QJsonValue &value : listOf(item.value(u"body"_s))) {
            const QJsonObject body = value.toObject();
            const QString purpose = body.value(u"purpose"_s).toString();
            const QString text = value.isString() ? value.toString() : body.value(u"value"_s).toString();
            if (purpose == u"tagging"_s || purpose == u"classifying"_s) {
                if (a.codePath.isEmpty()) {
                    a.codePath = text.trimmed();
                    a.colour = body.value(term("colour")).toString();
                }
            } else if (!text.isEmpty()) {
                notes << text;
            }
        }
        if (const QString bodyValue = item.value(u"bodyValue"_s).toString(); !bodyValue.isEmpty()) {
            notes << bodyValue;
        }
        a.note = notes.join(u"\n\n"_s);
        const QJsonValue creator = listOf(item.value(u"creator"_s)).at(0);
        a.author = creator.isObject() ? creator.toObject().value(u"name"_s).toString() : creator.toString();
        a.created = item.value(u"created"_s).toString();
        a.modified = item.value(u"modified"_s).toString(a.created);
        if (a.created.isEmpty()) {
            a.created = a.modified.isEmpty() ? AnnotationRepository::now() : a.modified;
        }
        if (a.modified.isEmpty()) {
            a.modified = a.created;
        }

        Result<qint64> documentId = findDocument(target, where);
        if (!documentId) {
            return documentId.error();
        }
        if (!bodies.contains(*documentId)) {
            const std::optional<Document> found = documents.find(*documentId);
            if (!found) {
                return databaseError(tr("%1: document %2 cannot be read.").arg(where).arg(*documentId));
            }
            bodies.insert(*documentId, found->body);
            Result<QList<Annotation>> existing = annotations.forDocument(*documentId);
            if (!existing) {
                return existing.error();
            }
            QSet<QString> ids;
            for (const Annotation &annotation : std::as_const(*existing)) {
                ids.insert(annotation.uuid);
            }
            knownIds.insert(*documentId, ids);
        }
        if (knownIds.value(*documentId).contains(a.uuid) || seen.contains(a.uuid)) {
            ++outcome.duplicates;
            continue;
        }
        const QString &body = bodies[*documentId];

        // Place it: the positions when they hold the quote (or there is no quote), else the
        // occurrence of the quote that best matches its context.
        qsizetype start = -1;
        qsizetype end = -1;
        if (a.start >= 0) {
            start = CodePoints::toUtf16(body, a.start);
            end = CodePoints::toUtf16(body, a.end);
            if (start < 0 || end < 0) {
                return badInput(tr("%1: the passage %2–%3 is past the end of document %4 (%5 characters).")
                                    .arg(where)
                                    .arg(a.start)
                                    .arg(a.end)
                                    .arg(*documentId)
                                    .arg(CodePoints::count(body)));
            }
        }
        if (quoted && (start < 0 || QStringView(body).sliced(start, end - start) != a.exact)) {
            const qsizetype at = bestOccurrence(body, a.exact, a.prefix, a.suffix, start);
            if (at < 0) {
                return badInput(tr("%1: the quote “%2” is not in the text of document %3.")
                                    .arg(where, a.exact.left(80))
                                    .arg(*documentId));
            }
            start = at;
            end = at + a.exact.size();
        }

        Annotation annotation;
        annotation.uuid = a.uuid;
        annotation.documentId = *documentId;
        annotation.start = start;
        annotation.end = end;
        annotation.quote = body.mid(start, end - start);
        annotation.prefix = contextBefore(body, start);
        annotation.suffix = contextAfter(body, end);
        annotation.note = a.note;
        annotation.author = a.author;
        annotation.created = a.created;
        annotation.updated = a.modified;
        if (!a.codePath.isEmpty()) {
            Result<qint64> code = ensureCode(a.codePath, a.colour, outcome);
            if (!code) {
                return Error{code.error().kind, tr("%1: code “%2”: %3").arg(where, a.codePath, code.errorString())};
            }
            annotation.codeId = *code;
        }
        if (Result<void> stored = annotations.restore(annotation); !stored) {
            return Error{stored.error().kind, tr("%1: %2").arg(where, stored.errorString())};
        }
        seen.insert(a.uuid);
        ++outcome.annotations;
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return outcome;
}

} // namespace Gloss
