// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entityrecognizer.h"
#include "eventextractor.h"
#include "temporaltagger.h"

namespace Gloss {

// Everything Gloss finds in an article by itself: the names it mentions, the dates it names
// (resolved against its publication date) and the calls and meetings it reports.
class DocumentAnalyzer final
{
public:
    struct Analysis {
        QList<Mention> mentions;
        QList<TimeExpression> times;
        QList<Event> events;
    };

    // `published` as stored: YYYY-MM-DD, YYYY-MM, YYYY or empty.
    Analysis analyze(const QString &body, const QList<Region> &skipped, const QString &published) const;
    // Fills the document's mentions, times and events.
    void analyze(NewDocument &document) const;

    // The anchor relative dates are resolved against: the publication date, as precise as it is.
    static PartialDate anchorOf(const QString &published);

private:
    EntityRecognizer m_recognizer;
    TemporalTagger m_tagger;
    EventExtractor m_eventExtractor;
};

} // namespace Gloss
