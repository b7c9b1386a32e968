// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"
#include "exportsummary.h"
#include "result.h"
#include "store/annotationrepository.h"
#include "store/document.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Gloss {

class Database;
class ExportSelection;

// The annotations of a scope as W3C Web Annotations (Web Annotation Data Model, JSON-LD): one
// AnnotationCollection whose page lists every annotation with its id (urn:uuid:…), creator,
// times, a tagging body (the code's full path), a commenting body (the Markdown note) and a
// target: the article (its URL or file URL) with a TextQuoteSelector (exact, prefix, suffix)
// and a TextPositionSelector counted in code points. Gloss's own terms (gloss:contentHash,
// gloss:source, gloss:title, gloss:published, gloss:colour) let JsonLdImporter find the article
// and the code again in another corpus.
class JsonLdExporter final
{
    Q_DECLARE_TR_FUNCTIONS(JsonLdExporter)

public:
    explicit JsonLdExporter(Database &database);

    Result<ExportSummary> write(const QString &path, const ExportOptions &options, const ExportProgress &progress = {});

    static constexpr auto WebAnnotationContext = "http://www.w3.org/ns/anno.jsonld";
    // Gloss's terms, expanded under this prefix.
    static constexpr auto GlossVocabulary = "urn:gloss:terms:";

    // One annotation of `document` as a Web Annotation object.
    static QJsonObject annotation(const Annotation &annotation, const Document &document, const QString &codePath,
                                  const QString &codeColour);
    // An IRI for a document's source: a URL as it is, a file path as a file: URL.
    static QString sourceIri(const QString &source);

private:
    Database &m_database;
};

} // namespace Gloss
