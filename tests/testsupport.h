// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QString>
#include <QTest>

#include <memory>

namespace Gloss::Test {

inline QString sourceDir()
{
    return qEnvironmentVariable("GLOSS_SOURCE_DIR");
}

inline QString sharedDir()
{
    return qEnvironmentVariable("GLOSS_SHARED_DIR");
}

inline QString binaryDir()
{
    return qEnvironmentVariable("GLOSS_BINARY_DIR");
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// Opens (creating) a database or fails the current test.
inline std::unique_ptr<Database> openDatabase(const QString &path)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path);
    if (!opened) {
        QTest::qFail(qPrintable(opened.errorString()), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace Gloss::Test
