// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Gloss {

class Database;

// Reads W3C Web Annotations (JSON-LD, as JsonLdExporter writes them, or any annotation with a
// TextQuoteSelector and/or TextPositionSelector) into a corpus, so annotations travel between
// Gloss databases. Each annotation's article is found by gloss:contentHash, else by its source
// (gloss:source, the target's file: URL or URL); its code by full path, created when missing
// (with gloss:colour). A file is imported whole or not at all: one transaction, and the first
// annotation that cannot be placed (no such article, offsets past its end, a quote not in its
// text) stops it with a message naming the file and the annotation. Annotations whose id is
// already in the corpus are counted as duplicates.
class JsonLdImporter final
{
    Q_DECLARE_TR_FUNCTIONS(JsonLdImporter)

public:
    struct Outcome {
        int annotations = 0; // added
        int duplicates = 0;  // already in the corpus (same id)
        int codes = 0;       // codes created for them
    };

    explicit JsonLdImporter(Database &database);

    // A .jsonld file, or a .json file whose @context is the Web Annotation vocabulary.
    static bool isAnnotationFile(const QString &path);
    // Whether JSON text (or its first kilobytes) declares the Web Annotation context.
    static bool looksLikeWebAnnotations(const QByteArray &json);

    Result<Outcome> importFile(const QString &path);
    // `shownName` names the file in messages.
    Result<Outcome> importJson(const QByteArray &json, const QString &shownName);

private:
    struct Placed;
    Result<qint64> findDocument(const QJsonObject &target, const QString &where);
    Result<qint64> ensureCode(const QString &path, const QString &colour, Outcome &outcome);

    Database &m_database;
    QHash<QString, qint64> m_codes; // full path → id
};

} // namespace Gloss
