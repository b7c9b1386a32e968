// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QTimer;

namespace Gloss {

class Database;

// Tells an open window what other users (other connections) changed in its corpus, so that
// their new and changed annotations appear without a restart.
// On PostgreSQL the schema's triggers send NOTIFY gloss_changes with "table:document id" at each
// commit, which this LISTENs to (QSqlDriver::subscribeToNotification); the connection's own
// changes are not reported. On SQLite (another window on the same file) PRAGMA data_version is
// polled, which only changes when another connection commits.
class ChangeWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeWatcher)

public:
    static constexpr int PollIntervalMs = 500;

    explicit ChangeWatcher(Database &database, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    // False when the server refused the subscription (then nothing is reported).
    bool isWatching() const { return m_watching; }

Q_SIGNALS:
    // Another connection committed changes to `table` ("annotation", "document_note", "code",
    // "document"; empty when not known, as on SQLite), for `documentId` when the change belongs
    // to one document (0 otherwise).
    void changedElsewhere(const QString &table, qint64 documentId);

private:
    void poll();

    Database &m_database;
    QTimer *m_timer = nullptr;
    qint64 m_dataVersion = -1;
    bool m_watching = false;
};

} // namespace Gloss
