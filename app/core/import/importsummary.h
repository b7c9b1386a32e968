// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Gloss {

// What an import did, file by file: the JSON summary of `gloss import` and the report in the window.
struct ImportSummary {
    struct Failure {
        QString path;
        QString error;
    };
    int imported = 0;
    int duplicates = 0;
    QList<Failure> failed;
    QList<qint64> documentIds; // the documents added, in import order
    bool cancelled = false;
};

} // namespace Gloss
