// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventextractor.h"

#include "sentencesplitter.h"
#include "tokenizer.h"
#include "wordtable.h"


#include <algorithm>
#include <initializer_list>
#include <optional>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

constexpr qsizetype IntentionDistance = 3; // tokens before a verb that can make it a plan
constexpr qsizetype SpeakerDistance = 3;   // tokens between "I"/"we" and the verb
constexpr qsizetype PlaceDistance = 10;    // tokens between the verb and "in <place>"
constexpr qsizetype CalledDistance = 6;    // title words between "called" and the person
constexpr qsizetype StatementDistance = 6; // tokens between the speaker and "announced"/"statement"

enum class Kind { Call, Meeting, Talk, Statement };

struct Trigger {
    Kind kind = Kind::Talk;
    qsizetype token = 0;
};

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Call:
        return u"call"_s;
    case Kind::Meeting:
        return u"meeting"_s;
    case Kind::Statement:
        return u"statement"_s;
    case Kind::Talk:
        break;
    }
    return u"call"_s;
}

// The words that may make a sentence an event, by what they may make of it.
enum class TriggerWord : quint8 { Call, CalledOrRang, Meeting, Talk, Announced, Statement };

const WordTable<TriggerWord> &triggerWords()
{
    static const WordTable<TriggerWord> words = [] {
        WordTable<TriggerWord> table;
        for (const QString &word : {u"call"_s, u"calls"_s, u"phone"_s, u"phoned"_s, u"telephone"_s, u"telephoned"_s,
                                    u"phonecall"_s}) {
            table[word] = TriggerWord::Call;
        }
        table[u"called"_s] = TriggerWord::CalledOrRang;
        table[u"rang"_s] = TriggerWord::CalledOrRang;
        for (const QString &word : {u"met"_s, u"meeting"_s, u"meetings"_s, u"talks"_s, u"visited"_s, u"hosted"_s,
                                    u"summit"_s}) {
            table[word] = TriggerWord::Meeting;
        }
        // Words that say people talked, not how.
        for (const QString &word : {u"spoke"_s, u"spoken"_s, u"talked"_s, u"conversation"_s, u"conversations"_s,
                                    u"discussion"_s, u"discussions"_s, u"discussed"_s, u"discussing"_s}) {
            table[word] = TriggerWord::Talk;
        }
        table[u"announced"_s] = TriggerWord::Announced;
        table[u"statement"_s] = TriggerWord::Statement;
        return table;
    }();
    return words;
}

// Words shortly before a verb or noun that make it a plan rather than an event: "will meet",
// "plans a call", "ahead of talks".
const WordSet &intentionWords()
{
    static const WordSet words = {u"will"_s,     u"would"_s,   u"shall"_s,    u"plan"_s,   u"plans"_s,
                                        u"planned"_s,  u"planning"_s, u"expected"_s, u"scheduled"_s,
                                        u"agreed"_s,   u"agree"_s,    u"want"_s,     u"wants"_s,  u"hope"_s,
                                        u"hopes"_s,    u"ahead"_s};
    return words;
}

// What may stand between "to" and the verb or noun of a plan: "to talk", "to hold talks", "to
// have a call". "Blinken travelled to Israel and met Netanyahu" is no plan.
const WordSet &lightWords()
{
    static const WordSet words = {u"hold"_s, u"have"_s,  u"arrange"_s, u"host"_s,    u"set"_s, u"up"_s,
                                        u"a"_s,    u"an"_s,    u"the"_s,     u"another"_s, u"further"_s,
                                        u"more"_s, u"new"_s};
    return words;
}

const WordSet &reportingWords()
{
    static const WordSet words = {u"said"_s, u"says"_s,   u"added"_s,     u"stated"_s,
                                        u"noted"_s, u"wrote"_s, u"explained"_s, u"insisted"_s};
    return words;
}

// Words and marks between the verb and "in <place>" that show the place belongs to something
// else: "spoke with Netanyahu about the fighting in Gaza".
const WordSet &placeBarriers()
{
    static const WordSet words = {u"about"_s, u"regarding"_s, u"over"_s,  u"on"_s,    u"concerning"_s,
                                        u"of"_s,    u"to"_s,        u"against"_s, u"and"_s, u"for"_s,
                                        u"amid"_s,  u"during"_s,    u"as"_s,    u"after"_s, u"before"_s,
                                        u"while"_s, u"where"_s,     u"which"_s, u"that"_s,  u","_s,
                                        u";"_s,     u":"_s,         u"“"_s,     u"”"_s,     u"\""_s,
                                        u"("_s,     u")"_s};
    return words;
}

QStringList sortedNames(QStringList names)
{
    names.sort();
    return names;
}

class Extraction
{
public:
    Extraction(const TokenizedText &text, const QList<Mention> &mentions, const QList<TimeExpression> &times,
               const PartialDate &published)
        : m_text(text.text())
        , m_tokens(text.tokens())
        , m_sentences(text.sentences())
        , m_times(times)
        , m_published(published.toIso())
        , m_words(text.words())
        , m_wordHashes(text.wordHashes())
    {
        for (const Mention &mention : mentions) {
            if (mention.kind == EntityKind::Person) {
                m_people.append(mention);
            } else if (mention.kind == EntityKind::Location) {
                m_places.append(mention);
            }
        }
        const auto byStart = [](const Mention &a, const Mention &b) { return a.start < b.start; };
        std::sort(m_people.begin(), m_people.end(), byStart);
        std::sort(m_places.begin(), m_places.end(), byStart);
    }

    QList<Event> run()
    {
        for (const Sentence &sentence : m_sentences) {
            readSentence(sentence);
        }
        return m_events;
    }

private:
    // --- one sentence -------------------------------------------------------------------------

    void readSentence(const Sentence &sentence)
    {
        m_sentence = sentence;
        m_firstToken = tokenAt(sentence.start);
        m_endToken = tokenAt(sentence.end);
        const QList<Trigger> triggers = triggersInSentence();
        if (triggers.isEmpty()) {
            return;
        }
        const std::optional<Trigger> together = togetherTrigger(triggers);
        if (together && addTogetherEvent(*together)) {
            return;
        }
        for (const Trigger &trigger : triggers) {
            if (trigger.kind == Kind::Statement) {
                addStatement(trigger);
                return;
            }
        }
    }

    QList<Trigger> triggersInSentence() const
    {
        QList<Trigger> triggers;
        for (qsizetype t = m_firstToken; t < m_endToken; ++t) {
            if (const std::optional<Kind> kind = triggerKindAt(t); kind && !isIntended(t)) {
                triggers.append({*kind, t});
            }
        }
        return triggers;
    }

    std::optional<Kind> triggerKindAt(qsizetype t) const
    {
        const TriggerWord *word = triggerWords().find(m_words.at(t), m_wordHashes.at(t));
        if (!word) {
            return std::nullopt;
        }
        switch (*word) {
        case TriggerWord::Call: {
            const bool verbWithObject = isAnyWord(t + 1, {u"for", u"on"}); // "calls for", "called on"
            return verbWithObject ? std::nullopt : std::optional(Kind::Call);
        }
        case TriggerWord::CalledOrRang:
            return personFollows(t) ? std::optional(Kind::Call) : std::nullopt;
        case TriggerWord::Meeting:
            return Kind::Meeting;
        case TriggerWord::Talk:
            return Kind::Talk;
        case TriggerWord::Announced:
            return Kind::Statement;
        case TriggerWord::Statement:
            if (isWord(t - 1, u"a") && isAnyWord(t - 2, {u"in", u"issued", u"released", u"published"})) {
                return Kind::Statement;
            }
            break;
        }
        return std::nullopt;
    }

    bool isIntended(qsizetype t) const
    {
        for (qsizetype i = std::max(m_firstToken, t - IntentionDistance); i < t; ++i) {
            const QStringView word = m_words.at(i);
            if (intentionWords().contains(word, m_wordHashes.at(i)) || word.endsWith(u"'ll"_s)
                || word.endsWith(u"’ll"_s)) {
                return true;
            }
        }
        if (t - 1 >= m_firstToken && isAnyWord(t - 1, {u"is", u"are"})) {
            return true; // "is meeting": present for the future
        }
        for (qsizetype i = t - 1; i >= m_firstToken && i >= t - IntentionDistance - 1; --i) {
            if (isWord(i, u"to")) {
                return true;
            }
            if (!lightWords().contains(m_words.at(i), m_wordHashes.at(i))) {
                break;
            }
        }
        return false;
    }

    // "called Israeli Prime Minister Benjamin Netanyahu": only title words before the person.
    bool personFollows(qsizetype t) const
    {
        for (qsizetype i = t + 1; i < m_endToken && i <= t + CalledDistance; ++i) {
            if (personStartingAt(m_tokens.at(i).start)) {
                return true;
            }
            if (m_tokens.at(i).kind != Token::Kind::Word || !m_tokens.at(i).capitalised) {
                return false;
            }
        }
        return false;
    }

    // The first explicit call or meeting word, else the first word of talking.
    std::optional<Trigger> togetherTrigger(const QList<Trigger> &triggers) const
    {
        std::optional<Trigger> talk;
        for (const Trigger &trigger : triggers) {
            if (trigger.kind == Kind::Call || trigger.kind == Kind::Meeting) {
                return trigger;
            }
            if (trigger.kind == Kind::Talk && !talk) {
                talk = trigger;
            }
        }
        return talk;
    }

    bool addTogetherEvent(const Trigger &trigger)
    {
        QStringList actors;
        const QStringList reporters = reportersInSentence();
        if (speaksInFirstPerson(trigger.token)) {
            actors = reporters;
        }
        for (const Mention &person : peopleInSentence()) {
            if (!actors.contains(person.canonical) && !reporters.contains(person.canonical)) {
                actors.append(person.canonical);
            }
        }
        if (actors.size() < 2) {
            return false;
        }
        const Kind kind = trigger.kind == Kind::Talk ? kindOfEarlierEventWith(actors) : trigger.kind;
        addEvent(kind, actors, trigger);
        return true;
    }

    void addStatement(const Trigger &trigger)
    {
        const QList<Mention> people = peopleInSentence();
        const Mention *speaker = nullptr;
        for (const Mention &person : people) {
            if (person.start < m_tokens.at(trigger.token).start) {
                speaker = &person; // the nearest before the verb
            }
        }
        if (speaker && trigger.token - tokenAt(speaker->end) <= StatementDistance) {
            addEvent(Kind::Statement, {speaker->canonical}, trigger);
        }
    }

    void addEvent(Kind kind, const QStringList &actors, const Trigger &trigger)
    {
        const TimeExpression *time = timeNearest(trigger.token);
        Event event;
        event.type = kindName(kind);
        event.actors = actors;
        event.place = kind == Kind::Statement ? QString() : placeOf(trigger.token);
        event.date = time ? time->value : m_published;
        event.sentenceStart = m_sentence.start;
        event.sentenceEnd = m_sentence.end;
        event.sentence = m_text.mid(m_sentence.start, m_sentence.end - m_sentence.start);
        if (!repeatsAnEarlierEvent(event, time != nullptr)) {
            m_events.append(event);
        }
    }

    // "During the call, Biden and Netanyahu also discussed …" tells more of an event already found.
    bool repeatsAnEarlierEvent(const Event &event, bool datedHere) const
    {
        const QStringList actors = sortedNames(event.actors);
        return std::any_of(m_events.cbegin(), m_events.cend(), [&](const Event &earlier) {
            return earlier.type == event.type && sortedNames(earlier.actors) == actors
                && (!datedHere || earlier.date == event.date);
        });
    }

    Kind kindOfEarlierEventWith(const QStringList &actors) const
    {
        for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
            const bool shared = std::any_of(actors.cbegin(), actors.cend(),
                                            [&](const QString &actor) { return it->actors.contains(actor); });
            if (shared && it->type != kindName(Kind::Statement)) {
                return it->type == kindName(Kind::Meeting) ? Kind::Meeting : Kind::Call;
            }
        }
        return Kind::Call;
    }

    // --- people, places, times ----------------------------------------------------------------

    QList<Mention> peopleInSentence() const { return mentionsInSentence(m_people); }

    QList<Mention> mentionsInSentence(const QList<Mention> &mentions) const
    {
        const auto first = std::lower_bound(mentions.cbegin(), mentions.cend(), m_sentence.start,
                                            [](const Mention &m, qsizetype start) { return m.start < start; });
        QList<Mention> inside;
        for (auto it = first; it != mentions.cend() && it->start < m_sentence.end; ++it) {
            if (it->end <= m_sentence.end) {
                inside.append(*it);
            }
        }
        return inside;
    }

    const Mention *personStartingAt(qsizetype start) const
    {
        const auto it = std::lower_bound(m_people.cbegin(), m_people.cend(), start,
                                         [](const Mention &m, qsizetype s) { return m.start < s; });
        return it != m_people.cend() && it->start == start ? &*it : nullptr;
    }

    // People who only report: "…, Mr Kirby said", "…, said John Kirby.", "according to Kirby"; not
    // "Kirby said Biden spoke with Netanyahu", where Biden does more than report.
    QStringList reportersInSentence() const
    {
        QStringList reporters;
        for (const Mention &person : peopleInSentence()) {
            const qsizetype before = tokenAt(person.start) - 1;
            const qsizetype after = tokenAt(person.end);
            const bool clauseEnds = after >= m_endToken || m_tokens.at(after).kind == Token::Kind::Punctuation;
            const bool reports
                = (after < m_endToken && reportingWords().contains(m_words.at(after), m_wordHashes.at(after)))
                || (before >= m_firstToken && isAnyWord(before, {u"said", u"says"}) && clauseEnds)
                || (before - 1 >= m_firstToken && isWord(before, u"to") && isWord(before - 1, u"according"));
            if (reports && !reporters.contains(person.canonical)) {
                reporters.append(person.canonical);
            }
        }
        return reporters;
    }

    bool speaksInFirstPerson(qsizetype trigger) const
    {
        for (qsizetype i = std::max(m_firstToken, trigger - SpeakerDistance); i < trigger; ++i) {
            if (isAnyWord(i, {u"i", u"we"})) {
                return true;
            }
        }
        return false;
    }

    // A place after "in"/"at" close to the verb ("held talks in Israel with", "met Herzog in
    // Jerusalem"), the place "visited" names, or one that opens the sentence ("In Cairo, …").
    QString placeOf(qsizetype trigger) const
    {
        const QList<Mention> places = mentionsInSentence(m_places);
        for (const Mention &place : places) {
            const qsizetype first = tokenAt(place.start);
            if (first <= trigger) {
                if (first == m_firstToken + 1 && isAnyWord(m_firstToken, {u"in", u"at"})) {
                    return place.canonical;
                }
                continue;
            }
            if (first == trigger + 1 && isWord(trigger, u"visited")) {
                return place.canonical;
            }
            if (isAnyWord(first - 1, {u"in", u"at"}) && placeIsNear(trigger, first - 1)) {
                return place.canonical;
            }
        }
        return {};
    }

    bool placeIsNear(qsizetype trigger, qsizetype preposition) const
    {
        if (preposition - trigger > PlaceDistance) {
            return false;
        }
        for (qsizetype i = trigger + 1; i < preposition; ++i) {
            if (placeBarriers().contains(m_words.at(i), m_wordHashes.at(i))) {
                return false;
            }
        }
        return true;
    }

    // The sentence's date, week, month or year nearest the verb; not one that only bounds
    // something else ("since October 7").
    const TimeExpression *timeNearest(qsizetype trigger) const
    {
        const qsizetype at = m_tokens.at(trigger).start;
        const TimeExpression *nearest = nullptr;
        qsizetype nearestDistance = 0;
        for (const TimeExpression &time : m_times) {
            if (time.start < m_sentence.start || time.end > m_sentence.end || time.granularity == Granularity::Duration) {
                continue;
            }
            const qsizetype before = tokenAt(time.start) - 1;
            if (before >= m_firstToken && isAnyWord(before, {u"since", u"until", u"till"})) {
                continue;
            }
            const qsizetype distance = time.start > at ? time.start - at : at - time.end;
            if (!nearest || distance < nearestDistance) {
                nearest = &time;
                nearestDistance = distance;
            }
        }
        return nearest;
    }

    // --- tokens -------------------------------------------------------------------------------

    // The first token that starts at or after `offset`.
    qsizetype tokenAt(qsizetype offset) const
    {
        const auto it = std::lower_bound(m_tokens.cbegin(), m_tokens.cend(), offset,
                                         [](const Token &token, qsizetype o) { return token.start < o; });
        return it - m_tokens.cbegin();
    }

    bool isWord(qsizetype i, QStringView word) const
    {
        return i >= 0 && i < m_tokens.size() && m_words.at(i) == word;
    }

    bool isAnyWord(qsizetype i, std::initializer_list<QStringView> words) const
    {
        return std::any_of(words.begin(), words.end(), [&](QStringView word) { return isWord(i, word); });
    }

    const QString &m_text;
    const QList<Token> m_tokens;
    const QList<Sentence> m_sentences;
    const QList<TimeExpression> &m_times;
    const QString m_published;
    const QList<QStringView> m_words; // views of the TokenizedText's lower-case copy
    const QList<quint32> &m_wordHashes;
    QList<Mention> m_people;
    QList<Mention> m_places;
    Sentence m_sentence;
    qsizetype m_firstToken = 0;
    qsizetype m_endToken = 0;
    QList<Event> m_events;
};

} // namespace

QList<Event> EventExtractor::extract(const QString &text, const QList<Mention> &mentions,
                                     const QList<TimeExpression> &times, const PartialDate &published) const
{
    return extract(TokenizedText(text), mentions, times, published);
}

QList<Event> EventExtractor::extract(const TokenizedText &text, const QList<Mention> &mentions,
                                     const QList<TimeExpression> &times, const PartialDate &published) const
{
    return Extraction(text, mentions, times, published).run();
}

} // namespace Gloss
