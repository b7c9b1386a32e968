// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articleparser.h"
#include "importsummary.h"
#include "result.h"
#include "store/documentrepository.h"

#include <QStringList>

namespace Gloss {

class Database;

// Brings article files into a corpus. Each file is stored all-or-nothing in its own transaction;
// a bad file is reported with its path and reason and the rest go on.
class Importer final
{
public:
    explicit Importer(Database &database);

    // Parses and stores one article's text; `source` is its path or URL.
    Result<DocumentRepository::Inserted> importText(const QString &text, const QString &source);
    ImportSummary importFiles(const QStringList &paths);

private:
    Database &m_database;
    DocumentRepository m_documents;
    ArticleParser m_parser;
};

} // namespace Gloss
