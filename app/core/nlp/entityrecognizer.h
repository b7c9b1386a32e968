// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitykind.h"
#include "mention.h"
#include "tokenizedtext.h"
#include "store/document.h"

#include <QList>
#include <QString>

namespace Gloss {

class Gazetteer;

// Finds people, organisations, places and peoples in English news text with gazetteers and
// rules, explainably and fast:
// - names from the gazetteer, longest first ("United Arab Emirates" before "Arab");
// - person titles and roles ("Prime Minister", "Mr", "spokesman") mark the name after them;
// - capitalised word sequences, without common words that merely start a sentence, are people
//   when they start with a given name, organisations when they end with a cue word ("Council");
// - within a text, a surname alone ("Biden", "Mr Biden") is the person named in full elsewhere
//   in it ("Joe Biden").
// Titles, articles and possessive endings are never part of a mention.
class EntityRecognizer final
{
public:
    EntityRecognizer();
    explicit EntityRecognizer(const Gazetteer &gazetteer);

    // Mentions in text order; spans inside `skipped` regions (links, boilerplate) are left out.
    QList<Mention> recognize(const QString &text, const QList<Region> &skipped = {}) const;
    // The same on a text already cut up for the other analyses.
    QList<Mention> recognize(const TokenizedText &text, const QList<Region> &skipped) const;

private:
    const Gazetteer &m_gazetteer;
};

} // namespace Gloss
