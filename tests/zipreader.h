// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace Gloss::Test {

struct UnzippedEntry {
    QByteArray data;
    int method = -1; // 0 stored, 8 deflated
};

// Reads a ZIP archive with Python's zipfile module, which checks every entry's CRC-32 and
// sizes (testzip) before anything is compared. Empty with a failed test when it cannot.
inline QMap<QString, UnzippedEntry> unzipWithPython(const QString &path)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        QTest::qFail("python3 is not installed", __FILE__, __LINE__);
        return {};
    }
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QStringLiteral(
        "import base64, json, sys, zipfile\n"
        "with zipfile.ZipFile(sys.argv[1]) as z:\n"
        "    bad = z.testzip()\n"
        "    if bad is not None:\n"
        "        sys.exit('bad CRC in ' + bad)\n"
        "    out = {i.filename: [base64.b64encode(z.read(i)).decode(), i.compress_type] for i in z.infolist()}\n"
        "sys.stdout.write(json.dumps(out))\n"), path});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QTest::qFail(qPrintable(QString::fromUtf8(process.readAllStandardError())), __FILE__, __LINE__);
        return {};
    }
    QMap<QString, UnzippedEntry> entries;
    const QJsonObject object = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        entries.insert(it.key(), UnzippedEntry{QByteArray::fromBase64(pair.at(0).toString().toLatin1()), pair.at(1).toInt()});
    }
    return entries;
}

} // namespace Gloss::Test
