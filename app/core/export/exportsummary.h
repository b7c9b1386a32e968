// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportoptions.h"

#include <QString>

namespace Gloss {

// What an export wrote: the JSON summary of `gloss export` and the message in the window.
struct ExportSummary {
    QString file;
    ExportFormat format = ExportFormat::AnnotationCsv;
    qint64 documents = 0;   // articles in the file
    qint64 annotations = 0; // annotations in the file
    qint64 mentions = 0;    // entity mentions (the mentions CSV)
    qint64 pages = 0;       // the PDF report's pages
};

} // namespace Gloss
