// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importer.h"
#include "importsummary.h"

#include <QObject>
#include <QStringList>

#include <atomic>

namespace Gloss {

// Runs an import on its own database connection, for use in a worker thread: the window stays
// responsive, shows progress, and can cancel between files (finished files stay imported).
class ImportWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWorker)

public:
    ImportWorker(QString databasePath, QStringList paths, ImportOptions options = {}, QObject *parent = nullptr);
    ~ImportWorker() override;

    // Thread-safe: the import stops before its next file.
    void cancel();

public Q_SLOTS:
    void run();

Q_SIGNALS:
    void progressed(const Gloss::ImportProgress &progress);
    void finished(const Gloss::ImportSummary &summary);

private:
    QString m_databasePath;
    QStringList m_paths;
    ImportOptions m_options;
    std::atomic<bool> m_cancelled = false;
};

} // namespace Gloss

Q_DECLARE_METATYPE(Gloss::ImportProgress)
Q_DECLARE_METATYPE(Gloss::ImportSummary)
