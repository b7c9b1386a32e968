// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>

namespace Gloss::Test {

// Parses a CSV file with Python's csv module (a real RFC 4180 reader, strict mode), the way a
// spreadsheet or a script would read an export. Empty with a failed test when it cannot.
inline QList<QStringList> parseCsvWithPython(const QString &path)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        QTest::qFail("python3 is not installed", __FILE__, __LINE__);
        return {};
    }
    QProcess process;
    process.start(python, {QStringLiteral("-c"), QStringLiteral(
        "import csv, json, sys\n"
        "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
        "    rows = list(csv.reader(f, strict=True))\n"
        "sys.stdout.write(json.dumps(rows))\n"), path});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        QTest::qFail(qPrintable(QString::fromUtf8(process.readAllStandardError())), __FILE__, __LINE__);
        return {};
    }
    QList<QStringList> rows;
    for (const QJsonValue &row : QJsonDocument::fromJson(process.readAllStandardOutput()).array()) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray()) {
            cells << cell.toString();
        }
        rows << cells;
    }
    return rows;
}

} // namespace Gloss::Test
