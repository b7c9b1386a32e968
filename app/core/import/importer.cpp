// SPDX-License-Identifier: GPL-3.0-or-later
#include "importer.h"

#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Gloss {

Importer::Importer(Database &database)
    : m_database(database)
    , m_documents(database)
{
}

Result<DocumentRepository::Inserted> Importer::importText(const QString &text, const QString &source)
{
    const NewDocument document = m_parser.parse(text, source);
    if (document.body.isEmpty()) {
        return badInput(QObject::tr("%1 holds no text.").arg(source));
    }
    Transaction transaction(m_database.connection());
    if (!transaction.isActive()) {
        return databaseError(Database::describeSqlError(transaction.errorString(), m_database.path()));
    }
    Result<DocumentRepository::Inserted> inserted = m_documents.insert(document);
    if (!inserted) {
        return inserted;
    }
    if (Result<void> committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return inserted;
}

ImportSummary Importer::importFiles(const QStringList &paths)
{
    ImportSummary summary;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            summary.failed.append({path, file.errorString()});
            continue;
        }
        const QString text = QString::fromUtf8(file.readAll());
        Result<DocumentRepository::Inserted> inserted = importText(text, QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
        if (!inserted) {
            summary.failed.append({path, inserted.errorString()});
        } else if (inserted->duplicate) {
            ++summary.duplicates;
        } else {
            ++summary.imported;
            summary.documentIds.append(inserted->id);
        }
    }
    return summary;
}

} // namespace Gloss
