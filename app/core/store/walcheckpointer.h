// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace Gloss {

// Copies a SQLite database's write-ahead log into the database file on a thread and a connection
// of its own, each time it is asked to, while the import goes on writing. The copy reads every
// page a batch wrote and writes it again; done by the writer at the end of an import it is work
// nothing overlaps, done here it runs while the last batch is stored. A copy that cannot run is
// skipped: only speed depends on it, and the writer's own final checkpoint copies what is left.
class WalCheckpointer final
{
public:
    explicit WalCheckpointer(const QString &databasePath);
    // Waits for a copy under way, then closes its connection.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // After a commit: copy what is committed so far, soon.
    void request();
    // How many copies ran to the end; for tests.
    int checkpointsDone() const;

private:
    void run(const std::stop_token &stop);
    void checkpoint(sqlite3 *connection);

    QString m_path;
    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    bool m_requested = false;
    int m_done = 0;
    std::jthread m_thread; // last: it starts once the members above exist
};

} // namespace Gloss
