// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"

#include "export/exportworker.h"

#include <QEvent>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QWidget>

namespace Gloss {

namespace {
constexpr int ProgressSteps = 1000;
}

ExportController::ExportController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    window->installEventFilter(this);
}

ExportController::~ExportController()
{
    cancel();
    waitForFinished();
}

bool ExportController::start(const QString &databasePath, const QString &targetPath, const ExportOptions &options)
{
    if (m_thread) {
        return false;
    }
    m_worker = new ExportWorker(databasePath, targetPath, options, this);
    connect(m_worker, &ExportWorker::progressed, this, &ExportController::onProgress, Qt::QueuedConnection);
    connect(m_worker, &ExportWorker::finished, this, &ExportController::onFinished, Qt::QueuedConnection);
    // The thread ends with the export: nothing waits for it to be told to quit.
    ExportWorker *worker = m_worker;
    m_thread = QThread::create([worker] { worker->run(); });
    m_thread->setParent(this);

    m_dialog = new QProgressDialog(m_window);
    m_dialog->setWindowTitle(tr("Exporting"));
    m_dialog->setLabelText(tr("Writing %1…").arg(QFileInfo(targetPath).fileName()));
    m_dialog->setCancelButtonText(tr("Cancel"));
    m_dialog->setRange(0, ProgressSteps);
    m_dialog->setValue(0);
    m_dialog->setMinimumDuration(400);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &QProgressDialog::canceled, this, &ExportController::cancel);
    m_thread->start();
    return true;
}

void ExportController::cancel()
{
    if (m_worker && m_thread) {
        m_worker->cancel();
        if (m_dialog) {
            m_dialog->setLabelText(tr("Cancelling…"));
        }
    }
}

void ExportController::waitForFinished()
{
    if (m_thread) {
        m_thread->wait();
    }
}

bool ExportController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close) {
        cancel();
    }
    return QObject::eventFilter(watched, event);
}

void ExportController::onProgress(qint64 done, qint64 total)
{
    if (m_dialog && total > 0 && !m_dialog->wasCanceled()) {
        m_dialog->setValue(int(std::min<qint64>(ProgressSteps, done * ProgressSteps / total)));
    }
}

void ExportController::onFinished(const ExportSummary &summary, const QString &error, bool cancelled)
{
    if (m_dialog) {
        m_dialog->close();
        m_dialog->deleteLater();
    }
    if (m_thread) {
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
    }
    if (m_worker) {
        m_worker->deleteLater();
        m_worker = nullptr;
    }
    Q_EMIT finished(summary, error, cancelled);
}

} // namespace Gloss
