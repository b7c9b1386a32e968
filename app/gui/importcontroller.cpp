// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcontroller.h"

#include "import/importworker.h"

#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Gloss {

ImportController::ImportController(QWidget *window)
    : QObject(window)
    , m_window(window)
{
}

ImportController::~ImportController()
{
    cancel();
    waitForFinished();
}

bool ImportController::start(const QString &databasePath, const QStringList &paths)
{
    if (m_thread || paths.isEmpty()) {
        return false;
    }
    m_thread = new QThread(this);
    // No parent: it lives in the worker thread and deletes itself when that thread finishes.
    auto *worker = new ImportWorker(databasePath, paths);
    worker->moveToThread(m_thread);
    m_worker = worker;
    connect(m_thread, &QThread::started, worker, &ImportWorker::run);
    connect(worker, &ImportWorker::progressed, this, &ImportController::onProgress);
    connect(worker, &ImportWorker::finished, this, &ImportController::onFinished);
    connect(m_thread, &QThread::finished, worker, &QObject::deleteLater);

    m_dialog = new QProgressDialog(m_window);
    m_dialog->setWindowTitle(tr("Importing"));
    m_dialog->setLabelText(tr("Looking for articles…"));
    m_dialog->setCancelButtonText(tr("Stop"));
    m_dialog->setRange(0, 0);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setWindowModality(Qt::NonModal);
    connect(m_dialog, &QProgressDialog::canceled, this, &ImportController::cancel);
    m_thread->start();
    return true;
}

void ImportController::cancel()
{
    if (m_worker) {
        m_worker->cancel();
    }
    if (m_dialog) {
        m_dialog->setLabelText(tr("Stopping after the current file…"));
    }
}

void ImportController::waitForFinished()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void ImportController::onProgress(const ImportProgress &progress)
{
    Q_EMIT progressed(progress);
    if (!m_dialog) {
        return;
    }
    m_dialog->setMaximum(progress.filesTotal);
    m_dialog->setValue(progress.filesDone);
    const QString name = progress.currentPath.isEmpty() ? QString() : QFileInfo(progress.currentPath).fileName();
    m_dialog->setLabelText(tr("%1 of %2 files · %3 imported, %4 duplicates, %5 failed\n%6")
                               .arg(progress.filesDone)
                               .arg(progress.filesTotal)
                               .arg(progress.imported)
                               .arg(progress.duplicates)
                               .arg(progress.failed)
                               .arg(name));
}

void ImportController::onFinished(const ImportSummary &summary)
{
    if (m_dialog) {
        m_dialog->close();
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
    }
    Q_EMIT finished(summary);
}

} // namespace Gloss
