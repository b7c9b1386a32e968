// SPDX-License-Identifier: GPL-3.0-or-later
#include "importworker.h"

#include "store/database.h"

#include <QElapsedTimer>

namespace Gloss {

namespace {
constexpr qint64 ProgressIntervalMs = 50;
}

ImportWorker::ImportWorker(QString databasePath, QStringList paths, ImportOptions options, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_paths(std::move(paths))
    , m_options(std::move(options))
{
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<ImportSummary>();
}

ImportWorker::~ImportWorker() = default;

void ImportWorker::cancel()
{
    m_cancelled = true;
}

void ImportWorker::run()
{
    ImportSummary summary;
    {
        Database::Options options;
        options.integrityCheck = Database::IntegrityCheck::Deferred; // the window has checked it
        Result<std::unique_ptr<Database>> database = Database::open(m_databasePath, options);
        if (!database) {
            summary.failed.append({m_databasePath, database.errorString(), database.error().kind});
            Q_EMIT finished(summary);
            return;
        }
        Importer importer(**database, m_options);
        QElapsedTimer sinceLastReport;
        sinceLastReport.start();
        summary = importer.importPaths(m_paths, [this, &sinceLastReport](const ImportProgress &progress) {
            const bool last = progress.filesDone == progress.filesTotal;
            if (last || progress.filesDone == 0 || sinceLastReport.elapsed() >= ProgressIntervalMs) {
                Q_EMIT progressed(progress);
                sinceLastReport.restart();
            }
            return !m_cancelled.load();
        });
    }
    Q_EMIT finished(summary);
}

} // namespace Gloss
