// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentdatabases.h"

#include "settings.h"
#include "store/serveraddress.h"

#include <QDir>
#include <QFileInfo>

namespace Gloss {

QStringList RecentDatabases::paths()
{
    QStringList result;
    for (const QString &path : Settings::recentDatabases().get()) {
        const QString clean = normalised(path);
        if (!clean.isEmpty() && !result.contains(clean)) {
            result.append(clean);
        }
    }
    return result.mid(0, MaxCount);
}

void RecentDatabases::add(const QString &path)
{
    const QString clean = normalised(path);
    if (clean.isEmpty()) {
        return;
    }
    QStringList list = paths();
    list.removeAll(clean);
    list.prepend(clean);
    store(list);
}

void RecentDatabases::remove(const QString &path)
{
    QStringList list = paths();
    if (list.removeAll(normalised(path)) > 0) {
        store(list);
    }
}

void RecentDatabases::clear()
{
    Settings::recentDatabases().reset();
}

QStringList RecentDatabases::prune()
{
    QStringList kept;
    QStringList gone;
    for (const QString &path : paths()) {
        // A server's corpus cannot be checked without connecting: it stays.
        (ServerAddress::isServerUrl(path) || QFileInfo(path).isFile() ? kept : gone).append(path);
    }
    if (!gone.isEmpty()) {
        store(kept);
    }
    return gone;
}

QString RecentDatabases::normalised(const QString &path)
{
    if (ServerAddress::isServerUrl(path)) {
        // Never a password in the settings: the address is kept without it.
        const Result<ServerAddress> address = ServerAddress::parse(path);
        return address ? address->display() : QString();
    }
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

void RecentDatabases::store(const QStringList &paths)
{
    Settings::recentDatabases().set(paths.mid(0, MaxCount));
}

} // namespace Gloss
