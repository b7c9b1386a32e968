// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

namespace Gloss {
Q_LOGGING_CATEGORY(lcStore, "gloss.core.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcImport, "gloss.core.import", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNlp, "gloss.core.nlp", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "gloss.core.export", QtWarningMsg)
} // namespace Gloss
