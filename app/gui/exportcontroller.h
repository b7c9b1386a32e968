// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/exportoptions.h"
#include "export/exportsummary.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>

class QThread;
class QWidget;

namespace Gloss {

class ExportWorker;

// Runs one export off the GUI thread with a progress dialog that can cancel it. The window's
// closing cancels a running export too (its file is then left as it was).
class ExportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportController)

public:
    explicit ExportController(QWidget *window);
    ~ExportController() override;

    bool isRunning() const { return m_thread != nullptr; }
    // False when an export is already running.
    bool start(const QString &databasePath, const QString &targetPath, const ExportOptions &options);
    void cancel();
    void waitForFinished();
    QProgressDialog *progressDialog() const { return m_dialog; }

Q_SIGNALS:
    // `error` is empty on success.
    void finished(const Gloss::ExportSummary &summary, const QString &error, bool cancelled);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onProgress(qint64 done, qint64 total);
    void onFinished(const ExportSummary &summary, const QString &error, bool cancelled);

    QWidget *m_window = nullptr;
    QThread *m_thread = nullptr;
    ExportWorker *m_worker = nullptr;
    QPointer<QProgressDialog> m_dialog;
};

} // namespace Gloss
