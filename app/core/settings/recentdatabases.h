// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Gloss {

// The corpora opened lately, most recent first, kept in Settings::recentDatabases(): absolute,
// clean paths, no path twice, at most MaxCount of them. PostgreSQL addresses are kept without
// their password (ServerAddress::display()).
class RecentDatabases final
{
public:
    static constexpr qsizetype MaxCount = 10;

    static QStringList paths();
    // Puts `path` first (moving it up when it is listed already) and drops the oldest beyond MaxCount.
    static void add(const QString &path);
    static void remove(const QString &path);
    static void clear();
    // Takes out the paths whose files are gone and returns them, so the caller can say so.
    static QStringList prune();

private:
    static QString normalised(const QString &path);
    static void store(const QStringList &paths);
};

} // namespace Gloss
