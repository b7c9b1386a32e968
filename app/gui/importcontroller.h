// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importsummary.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QProgressDialog;
class QThread;
class QWidget;

namespace Gloss {

class ImportWorker;

// Runs one import at a time off the GUI thread, with a progress dialog that can cancel it.
class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    explicit ImportController(QWidget *window);
    ~ImportController() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Starts importing `paths` into the corpus at `databasePath`; false if one is already running.
    bool start(const QString &databasePath, const QStringList &paths);
    void cancel();
    // Blocks until the running import ends (used when the window closes).
    void waitForFinished();

Q_SIGNALS:
    void progressed(const Gloss::ImportProgress &progress);
    void finished(const Gloss::ImportSummary &summary);

private:
    void onProgress(const ImportProgress &progress);
    void onFinished(const ImportSummary &summary);

    QWidget *m_window = nullptr;
    QThread *m_thread = nullptr;
    QPointer<ImportWorker> m_worker;
    QProgressDialog *m_dialog = nullptr;
};

} // namespace Gloss
