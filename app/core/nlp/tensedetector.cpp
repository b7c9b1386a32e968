// SPDX-License-Identifier: GPL-3.0-or-later
#include "tensedetector.h"

#include "wordtable.h"

#include <initializer_list>
#include <optional>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

constexpr qsizetype GoverningDistance = 4; // tokens before the expression

struct Cue {
    Tense tense = Tense::Unknown;
    bool reporting = false;
};

// What a word can say of the tense around it; a word may say several things ("expected" points
// ahead before "to" and is no past in -ed).
enum CueWord : quint8 {
    Future = 1,          // will, shall, upcoming, …
    FutureBeforeTo = 2,  // the future when "to" follows: "plans to", "is expected to", "agreed to"
    AuxiliaryPast = 4,   // was, were, had, ago, …
    PastForm = 8,        // irregular past tenses and participles
    Reporting = 16,      // said, told, announced, …
    NotPastInEd = 32,    // words in -ed that are adjectives or point ahead rather than back
};

const WordTable<quint8> &cueWords()
{
    static const WordTable<quint8> words = [] {
        WordTable<quint8> table;
        const auto add = [&table](CueWord cue, std::initializer_list<QString> list) {
            for (const QString &word : list) {
                table[word] |= cue;
            }
        };
        add(Future, {u"will"_s, u"shall"_s, u"would"_s, u"won't"_s, u"won’t"_s, u"gonna"_s, u"upcoming"_s,
                     u"coming"_s, u"soon"_s, u"tomorrow"_s, u"next"_s, u"scheduled"_s, u"slated"_s});
        add(FutureBeforeTo, {u"plan"_s, u"plans"_s, u"planned"_s, u"planning"_s, u"expected"_s, u"expects"_s,
                             u"set"_s, u"due"_s, u"going"_s, u"hope"_s, u"hopes"_s, u"intend"_s, u"intends"_s,
                             u"aim"_s, u"aims"_s, u"promised"_s, u"pledged"_s, u"vowed"_s, u"agreed"_s, u"is"_s,
                             u"are"_s, u"prepared"_s, u"ready"_s, u"poised"_s, u"likely"_s});
        add(AuxiliaryPast, {u"was"_s, u"were"_s, u"had"_s, u"did"_s, u"been"_s, u"ago"_s, u"earlier"_s,
                            u"previously"_s, u"yesterday"_s, u"last"_s});
        add(PastForm, {u"met"_s, u"spoke"_s, u"held"_s, u"went"_s, u"came"_s, u"took"_s, u"gave"_s, u"made"_s,
                       u"began"_s, u"left"_s, u"saw"_s, u"got"_s, u"found"_s, u"thought"_s, u"knew"_s, u"became"_s,
                       u"brought"_s, u"ran"_s, u"fell"_s, u"felt"_s, u"kept"_s, u"led"_s, u"lost"_s, u"paid"_s,
                       u"sent"_s, u"sat"_s, u"stood"_s, u"struck"_s, u"won"_s, u"fought"_s, u"flew"_s, u"drove"_s,
                       u"spent"_s, u"built"_s, u"broke"_s, u"chose"_s, u"drew"_s, u"grew"_s, u"heard"_s, u"hid"_s,
                       u"laid"_s, u"meant"_s, u"rose"_s, u"sold"_s, u"sought"_s, u"stole"_s, u"swore"_s, u"taught"_s,
                       u"threw"_s, u"understood"_s, u"woke"_s, u"withdrew"_s, u"arose"_s, u"forgot"_s, u"froze"_s,
                       u"shook"_s, u"shot"_s, u"stuck"_s, u"swept"_s, u"tore"_s, u"overtook"_s, u"undertook"_s,
                       u"spoken"_s, u"taken"_s, u"given"_s, u"begun"_s, u"seen"_s});
        add(Reporting, {u"said"_s, u"told"_s, u"added"_s, u"stated"_s, u"announced"_s, u"confirmed"_s, u"reported"_s,
                        u"noted"_s, u"explained"_s, u"insisted"_s, u"claimed"_s, u"wrote"_s});
        add(NotPastInEd, {u"expected"_s, u"scheduled"_s, u"planned"_s, u"slated"_s, u"proposed"_s, u"supposed"_s,
                          u"united"_s, u"indeed"_s, u"hundred"_s, u"speed"_s, u"embed"_s, u"breed"_s, u"creed"_s,
                          u"greed"_s, u"naked"_s, u"wicked"_s, u"sacred"_s, u"kindred"_s, u"beloved"_s});
        return table;
    }();
    return words;
}

bool makesPresent(QStringView word)
{
    return word == u"is"_s || word == u"are"_s || word == u"am"_s || word == u"be"_s || word == u"being"_s;
}

bool endsWithWill(QStringView word)
{
    return word.size() > 3 && (word.endsWith(u"'ll"_s) || word.endsWith(u"’ll"_s));
}

std::optional<Cue> cueAt(const QList<QStringView> &words, const QList<quint32> &hashes, qsizetype i, qsizetype sentenceEnd)
{
    const QStringView word = words.at(i);
    const quint8 *found = cueWords().find(word, hashes.at(i));
    const quint8 cues = found ? *found : 0;
    if (cues == 0 && !word.endsWith(u'l') && !word.endsWith(u'd')) {
        return std::nullopt; // most words: neither a cue word nor in 'll or -ed
    }
    if ((cues & Future) || endsWithWill(word)) {
        return Cue{Tense::Future, false};
    }
    if ((cues & FutureBeforeTo) && i + 1 < sentenceEnd && words.at(i + 1) == u"to"_s) {
        return Cue{Tense::Future, false};
    }
    if (cues & Reporting) {
        return Cue{Tense::Past, true};
    }
    if (cues & AuxiliaryPast) {
        return Cue{Tense::Past, false};
    }
    const bool inEd = word.size() >= 5 && word.endsWith(u"ed"_s) && word.at(0).isLower() && !(cues & NotPastInEd);
    // A participle after is/are/be is no past: "is concerned", "will be held".
    if ((inEd || (cues & PastForm)) && !(i > 0 && makesPresent(words.at(i - 1)))) {
        return Cue{Tense::Past, false};
    }
    return std::nullopt;
}

} // namespace

Tense TenseDetector::tenseAround(const QList<QStringView> &words, const QList<quint32> &hashes, qsizetype sentenceBegin,
                                 qsizetype sentenceEnd, qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin - 1; i >= sentenceBegin && i >= begin - GoverningDistance; --i) {
        if (const std::optional<Cue> cue = cueAt(words, hashes, i, sentenceEnd)) {
            return cue->tense;
        }
    }
    std::optional<Cue> nearest;
    std::optional<Cue> reporting;
    qsizetype nearestDistance = sentenceEnd - sentenceBegin + 1;
    const auto consider = [&](qsizetype i, qsizetype distance) {
        const std::optional<Cue> cue = cueAt(words, hashes, i, sentenceEnd);
        if (!cue) {
            return;
        }
        if (cue->reporting) {
            reporting = reporting ? reporting : cue;
        } else if (distance < nearestDistance) {
            nearest = cue;
            nearestDistance = distance;
        }
    };
    for (qsizetype i = begin - 1; i >= sentenceBegin; --i) {
        consider(i, begin - i);
    }
    for (qsizetype i = end; i < sentenceEnd; ++i) {
        consider(i, i - end + 1);
    }
    if (nearest) {
        return nearest->tense;
    }
    return reporting ? reporting->tense : Tense::Unknown;
}

} // namespace Gloss
