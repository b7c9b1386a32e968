// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"
#include "result.h"
#include "store/annotationrepository.h"
#include "store/codebook.h"
#include "store/document.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace Gloss {

class Database;

// An article an export covers, with its annotations in scope in reading order.
struct ExportedDocument {
    DocumentSummary summary;
    QList<Annotation> annotations;
};

// What an export covers, read once from the corpus for every exporter: the articles of the
// scope (oldest first), their annotations in scope and the code book. With a code in the scope
// only articles with an annotation of that code (or one below it) are in.
class ExportSelection final
{
    Q_DECLARE_TR_FUNCTIONS(ExportSelection)

public:
    static Result<ExportSelection> load(Database &database, const ExportScope &scope);

    const ExportScope &scope() const { return m_scope; }
    const QList<ExportedDocument> &documents() const { return m_documents; }
    qint64 annotationCount() const { return m_annotationCount; }
    // The code book in tree order (each parent before its children).
    const QList<Code> &codes() const { return m_codes; }
    // "Parent/Child"; empty for 0 (uncoded) or an unknown id.
    QString codePath(qint64 codeId) const { return m_paths.value(codeId); }
    QString codeColour(qint64 codeId) const;
    // The articles' publication dates, earliest and latest (invalid when none is dated).
    QDate firstPublished() const { return m_first; }
    QDate lastPublished() const { return m_last; }
    // The scope in words for the report's title page: "code Claim (and below), from 2024-01-01".
    QString describeScope() const;

private:
    ExportScope m_scope;
    QList<ExportedDocument> m_documents;
    QList<Code> m_codes;
    QHash<qint64, qsizetype> m_codeIndex;
    QHash<qint64, QString> m_paths;
    qint64 m_annotationCount = 0;
    QDate m_first;
    QDate m_last;
};

} // namespace Gloss
