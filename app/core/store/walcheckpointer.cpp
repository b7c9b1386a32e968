// SPDX-License-Identifier: GPL-3.0-or-later
#include "walcheckpointer.h"

#include "logging.h"

#include <sqlite3.h>

namespace Gloss {

WalCheckpointer::WalCheckpointer(const QString &databasePath)
    : m_path(databasePath)
    , m_thread([this](const std::stop_token &stop) { run(stop); })
{
}

WalCheckpointer::~WalCheckpointer()
{
    m_thread.request_stop(); // a copy under way finishes; one only requested does not start
}

void WalCheckpointer::request()
{
    {
        const std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_wake.notify_one();
}

int WalCheckpointer::checkpointsDone() const
{
    const std::lock_guard lock(m_mutex);
    return m_done;
}

void WalCheckpointer::run(const std::stop_token &stop)
{
    sqlite3 *connection = nullptr;
    // Not SQLITE_OPEN_CREATE: a checkpoint never creates a database that is not there.
    const int opened = sqlite3_open_v2(m_path.toUtf8().constData(), &connection, SQLITE_OPEN_READWRITE, nullptr);
    // A fresh connection knows the file keeps a write-ahead log only once it has read the header.
    if (opened != SQLITE_OK || sqlite3_exec(connection, "PRAGMA journal_mode", nullptr, nullptr, nullptr) != SQLITE_OK) {
        qCInfo(lcStore) << "no background checkpoints for" << m_path << sqlite3_errmsg(connection);
        sqlite3_close(connection);
        return;
    }
    while (true) {
        {
            std::unique_lock lock(m_mutex);
            if (!m_wake.wait(lock, stop, [this] { return m_requested; }) || stop.stop_requested()) {
                break;
            }
            m_requested = false;
        }
        checkpoint(connection);
    }
    sqlite3_close(connection);
}

void WalCheckpointer::checkpoint(sqlite3 *connection)
{
    // PASSIVE: copies what no reader still needs, and never waits for the writer.
    const int result = sqlite3_wal_checkpoint_v2(connection, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    if (result != SQLITE_OK) {
        qCInfo(lcStore) << "background checkpoint skipped:" << sqlite3_errstr(result);
        return;
    }
    const std::lock_guard lock(m_mutex);
    ++m_done;
}

} // namespace Gloss
