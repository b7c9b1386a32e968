// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplecorpus.h"

#include "importer.h"
#include "store/database.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {
const QString OfferedKey = u"sample_corpus_offered"_s;
}

QStringList SampleCorpus::resourcePaths()
{
    QStringList paths;
    const QDir dir(u":/gloss/sample"_s);
    const QStringList names = dir.entryList({u"*.txt"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        paths << dir.filePath(name);
    }
    return paths;
}

Result<ImportSummary> SampleCorpus::installOnce(Database &database)
{
    if (!database.metaValue(OfferedKey).isEmpty()) {
        return ImportSummary{};
    }
    Importer importer(database);
    ImportSummary summary;
    for (const QString &path : resourcePaths()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            summary.failed.append({path, file.errorString()});
            continue;
        }
        const QString name = path.section(u'/', -1);
        Result<DocumentRepository::Inserted> inserted =
            importer.importText(QString::fromUtf8(file.readAll()), u"sample/"_s + name);
        if (!inserted) {
            summary.failed.append({path, inserted.errorString()});
        } else if (!inserted->duplicate) {
            ++summary.imported;
            summary.documentIds.append(inserted->id);
        }
    }
    if (Result<void> marked = database.setMetaValue(OfferedKey, u"1"_s); !marked) {
        return marked.error();
    }
    return summary;
}

} // namespace Gloss
