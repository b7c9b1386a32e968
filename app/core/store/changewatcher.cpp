// SPDX-License-Identifier: GPL-3.0-or-later
#include "changewatcher.h"

#include "database.h"
#include "logging.h"
#include "sqldialect.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace Gloss {

ChangeWatcher::ChangeWatcher(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    if (m_database.isServer()) {
        QSqlDriver *driver = m_database.connection().driver();
        m_watching = driver->subscribeToNotification(SqlDialect::ChangeChannel);
        if (!m_watching) {
            qCWarning(lcStore) << "cannot listen for changes of" << m_database.path();
            return;
        }
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    if (name != SqlDialect::ChangeChannel || source == QSqlDriver::SelfSource) {
                        return;
                    }
                    const QString text = payload.toString();
                    const qsizetype colon = text.indexOf(u':');
                    Q_EMIT changedElsewhere(colon < 0 ? text : text.left(colon),
                                            colon < 0 ? 0 : text.mid(colon + 1).toLongLong());
                });
        return;
    }
    m_timer = new QTimer(this);
    m_timer->setInterval(PollIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    poll();
    m_timer->start();
    m_watching = true;
}

ChangeWatcher::~ChangeWatcher()
{
    if (m_database.isServer() && m_watching && m_database.connection().isOpen()) {
        m_database.connection().driver()->unsubscribeFromNotification(SqlDialect::ChangeChannel);
    }
}

void ChangeWatcher::poll()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next()) {
        return;
    }
    const qint64 version = query.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (changed) {
        Q_EMIT changedElsewhere(QString(), 0);
    }
}

} // namespace Gloss
