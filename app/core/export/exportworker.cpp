// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportworker.h"

#include "exporter.h"
#include "store/database.h"

#include <QElapsedTimer>

namespace Gloss {

namespace {
constexpr qint64 ProgressIntervalMs = 50;
}

ExportWorker::ExportWorker(QString databasePath, QString targetPath, ExportOptions options, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_targetPath(std::move(targetPath))
    , m_options(std::move(options))
{
    qRegisterMetaType<ExportSummary>();
}

ExportWorker::~ExportWorker() = default;

void ExportWorker::cancel()
{
    m_cancelled = true;
}

void ExportWorker::run()
{
    Result<ExportSummary> result = [this]() -> Result<ExportSummary> {
        Database::Options options;
        options.readOnly = true; // an export only reads
        options.createIfMissing = false;
        options.integrityCheck = Database::IntegrityCheck::Deferred; // the window has checked it
        Result<std::unique_ptr<Database>> database = Database::open(m_databasePath, options);
        if (!database) {
            return database.error();
        }
        QElapsedTimer sinceLastReport;
        sinceLastReport.start();
        return Exporter::run(**database, m_targetPath, m_options, [this, &sinceLastReport](qint64 done, qint64 total) {
            if (done == 0 || done >= total || sinceLastReport.elapsed() >= ProgressIntervalMs) {
                Q_EMIT progressed(done, total);
                sinceLastReport.restart();
            }
            return !m_cancelled.load();
        });
    }();
    if (result) {
        Q_EMIT finished(*result, QString(), false);
    } else {
        Q_EMIT finished(ExportSummary{}, result.errorString(), result.error().kind == ErrorKind::Cancelled);
    }
}

} // namespace Gloss
