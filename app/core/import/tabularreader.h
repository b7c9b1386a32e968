// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Gloss {

// Which columns (CSV) or keys (JSON Lines) hold an article's parts. Empty: detect by name.
struct ColumnMapping {
    QString title;
    QString date;
    QString text;
    QString url;
};

// One article read from a row of a CSV file or a line of a JSON Lines file.
struct TabularRecord {
    int line = 0; // 1-based line where the record starts
    QString title;
    QString date; // as written
    QString text;
    QString url;
};

// Reads many articles from one CSV (RFC 4180; comma, semicolon or tab, detected) or JSON Lines
// file. A file is all-or-nothing: any malformed record fails the whole file with its line.
class TabularReader final
{
public:
    static Result<QList<TabularRecord>> readCsv(const QString &content, const QString &path, const ColumnMapping &mapping = {});
    static Result<QList<TabularRecord>> readJsonLines(const QString &content, const QString &path,
                                                      const ColumnMapping &mapping = {});
    // The column among `columns` that holds `role` ("title", "date", "text" or "url"), or empty.
    static QString detectColumn(const QStringList &columns, const QString &role);
};

} // namespace Gloss
