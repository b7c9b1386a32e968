// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Gloss {

// Something people did together or said, as a sentence of an article tells it.
struct Event {
    QString type;       // "call", "meeting" or "statement"
    QStringList actors; // canonical names of the people taking part, in the order the sentence names them
    QString place;      // canonical name of the place the sentence states ("held talks in Israel"), or empty
    // The normalised value of the sentence's time expression nearest the event's verb (2024-03-19,
    // 2024-W17, …), else the publication date, else empty.
    QString date;
    qsizetype sentenceStart = 0; // UTF-16 offsets of the sentence in the text
    qsizetype sentenceEnd = 0;
    QString sentence;

    friend bool operator==(const Event &, const Event &) = default;
};

} // namespace Gloss
