// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QList>
#include <QString>

namespace Gloss {

// What an import did, file by file: the JSON summary of `gloss import` and the report in the window.
struct ImportSummary {
    struct Failure {
        QString path;
        QString error;
        ErrorKind kind = ErrorKind::BadInput; // Database: the store failed, not the file
    };
    int files = 0;      // files looked at
    int imported = 0;   // documents added
    int duplicates = 0; // documents already in the corpus (same content)
    QList<Failure> failed;
    QList<qint64> documentIds; // the documents added, in import order
    int annotations = 0;          // annotations added from Web Annotation (.jsonld) files
    int annotationDuplicates = 0; // annotations of those files already in the corpus
    bool cancelled = false;
};

// Where a running import is; sent after each file.
struct ImportProgress {
    int filesDone = 0;
    int filesTotal = 0;
    QString currentPath;
    int imported = 0;
    int duplicates = 0;
    int failed = 0;
};

} // namespace Gloss
