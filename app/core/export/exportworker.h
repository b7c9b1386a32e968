// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"
#include "exportsummary.h"

#include <QObject>
#include <QString>

#include <atomic>

namespace Gloss {

// Runs one export on a database connection of its own, for use in a worker thread: the window
// stays responsive, shows progress and can cancel (the target file is then left untouched).
class ExportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportWorker)

public:
    ExportWorker(QString databasePath, QString targetPath, ExportOptions options, QObject *parent = nullptr);
    ~ExportWorker() override;

    // Thread-safe: the export stops at its next progress report.
    void cancel();

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    // `error` is empty on success; `cancelled` when the user stopped it.
    void finished(const Gloss::ExportSummary &summary, const QString &error, bool cancelled);

private:
    QString m_databasePath;
    QString m_targetPath;
    ExportOptions m_options;
    std::atomic<bool> m_cancelled = false;
};

} // namespace Gloss

Q_DECLARE_METATYPE(Gloss::ExportSummary)
