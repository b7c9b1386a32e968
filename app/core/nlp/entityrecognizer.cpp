// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityrecognizer.h"

#include "gazetteer.h"
#include "tokenizer.h"
#include "wordtable.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

// Lower-case words that may stand inside a name: "Bank of England", "Ahmed bin Ali".
bool isNameConnector(QStringView word)
{
    static const WordSet connectors = {u"of"_s, u"de"_s, u"al"_s, u"bin"_s, u"ibn"_s, u"van"_s, u"von"_s,
                                       u"der"_s, u"la"_s, u"le"_s, u"du"_s, u"da"_s, u"di"_s, u"del"_s};
    return connectors.contains(word);
}

bool isDayOrMonth(QStringView word)
{
    static const WordSet names = {u"monday"_s,   u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s,
                                        u"saturday"_s, u"sunday"_s,  u"january"_s,   u"february"_s, u"march"_s,
                                        u"april"_s,    u"may"_s,     u"june"_s,      u"july"_s,     u"august"_s,
                                        u"september"_s, u"october"_s, u"november"_s, u"december"_s};
    return names.containsLowerCase(word);
}

bool isRomanSuffix(QStringView word)
{
    return word == u"II" || word == u"III" || word == u"IV" || word == u"Jr" || word == u"Sr";
}

struct Candidate {
    qsizetype firstToken = 0;
    qsizetype lastToken = 0; // inclusive
    bool person = false;     // announced by a title
};

class Pass
{
public:
    // `lowerHashes`: wordHash() of each token in lower case, when a TokenizedText has them.
    Pass(const Gazetteer &gazetteer, const QString &text, const QList<Token> &tokens, const QList<quint32> *lowerHashes,
         const QList<Region> &skipped)
        : m_gazetteer(gazetteer)
        , m_text(text)
        , m_tokens(tokens)
        , m_lowerHashes(lowerHashes)
        , m_skipped(skipped)
    {
    }

    QList<Mention> run()
    {
        m_mentions.reserve(m_tokens.size() / 8); // news names something every ten to fifteen tokens
        scan();
        resolveSurnames();
        findQuantities();
        std::sort(m_mentions.begin(), m_mentions.end(),
                  [](const Mention &a, const Mention &b) { return a.start < b.start; });
        return m_mentions;
    }

private:
    QStringView word(qsizetype index) const
    {
        const Token &token = m_tokens.at(index);
        return QStringView(m_text).mid(token.start, token.length());
    }

    quint32 lowerHash(qsizetype index) const
    {
        return m_lowerHashes ? m_lowerHashes->at(index) : WordSet::lowerCaseHash(word(index));
    }

    int titleLengthAt(qsizetype index) const
    {
        return m_gazetteer.titleLengthAt(m_text, m_tokens, index, lowerHash(index));
    }

    bool isCapitalisedWord(qsizetype index) const
    {
        const Token &token = m_tokens.at(index);
        return token.kind == Token::Kind::Word && token.capitalised;
    }

    bool sameLine(qsizetype a, qsizetype b) const
    {
        for (qsizetype k = m_tokens.at(a).end; k < m_tokens.at(b).start; ++k) {
            if (m_text.at(k) == u'\n') {
                return false;
            }
        }
        return true;
    }

    bool isSkipped(qsizetype index) const
    {
        const Token &token = m_tokens.at(index);
        for (const Region &region : m_skipped) {
            if (token.start < region.end && region.start < token.end) {
                return true;
            }
        }
        return false;
    }

    // The last token of the capitalised run starting at `first` (stops at titles and breaks).
    qsizetype chunkEnd(qsizetype first) const
    {
        qsizetype last = first;
        qsizetype k = first + 1;
        while (k < m_tokens.size() && sameLine(k - 1, k)) {
            if (isCapitalisedWord(k) && !isSkipped(k) && titleLengthAt(k) == 0) {
                last = k;
                ++k;
            } else if (m_tokens.at(k).kind == Token::Kind::Word && isNameConnector(word(k)) && k + 1 < m_tokens.size()
                       && isCapitalisedWord(k + 1) && sameLine(k, k + 1)
                       && titleLengthAt(k + 1) == 0) {
                last = k + 1;
                k += 2;
            } else {
                break;
            }
        }
        return last;
    }

    // The text from `start` to `end` with its white space simplified. A span starts and ends at
    // a token, so only white space inside it can need that: most names have single spaces.
    QString spanText(qsizetype start, qsizetype end) const
    {
        const QStringView span = QStringView(m_text).mid(start, end - start);
        bool plain = true;
        for (qsizetype k = 0; k < span.size() && plain; ++k) {
            const char16_t c = span[k].unicode();
            plain = c == u' ' ? k + 1 < span.size() && span[k + 1] != u' ' : !QChar::isSpace(c);
        }
        return plain ? span.toString() : span.toString().simplified();
    }

    void add(qsizetype first, qsizetype last, EntityKind kind, const QString &canonical)
    {
        const qsizetype start = m_tokens.at(first).start;
        const qsizetype end = m_tokens.at(last).end;
        const QString surface = spanText(start, end);
        m_mentions.append({start, end, kind, canonical.isEmpty() ? surface : canonical});
        if (kind == EntityKind::Person && last > first) {
            m_fullNames.insert(word(last).toString(), surface);
        }
    }

    void scan()
    {
        bool personNext = false;
        qsizetype i = 0;
        while (i < m_tokens.size()) {
            const Token &token = m_tokens.at(i);
            if (token.kind != Token::Kind::Word || isSkipped(i)) {
                personNext = personNext && token.kind == Token::Kind::Punctuation && word(i) == u".";
                ++i;
                continue;
            }
            if (const int title = titleLengthAt(i); title > 0) {
                const qsizetype next = i + title;
                if (next < m_tokens.size() && isCapitalisedWord(next) && sameLine(next - 1, next)) {
                    // "UN Secretary General": the organisation inside the title is still named.
                    int known = 0;
                    if (const Gazetteer::Entry *entry = m_gazetteer.longestNameAt(m_text, m_tokens, i, &known);
                        entry && known < title) {
                        add(i, i + known - 1, entry->kind, entry->canonical);
                    }
                    personNext = true;
                    i = next;
                    continue;
                }
            }
            if (!token.capitalised) {
                personNext = false;
                ++i;
                continue;
            }
            i = recogniseAt(i, personNext);
            personNext = false;
        }
    }

    // Recognises what starts at token `i`; returns the next token to look at.
    qsizetype recogniseAt(qsizetype i, bool personNext)
    {
        qsizetype last = chunkEnd(i);
        int known = 0;
        const Gazetteer::Entry *entry = m_gazetteer.longestNameAt(m_text, m_tokens, i, &known);
        if (entry) {
            const qsizetype entryLast = i + known - 1;
            // "Gaza Health Ministry": a longer run ending in a cue word is an organisation.
            if (last > entryLast && m_gazetteer.isOrganisationCue(word(last))) {
                add(i, last, EntityKind::Organisation, {});
                return last + 1;
            }
            add(i, entryLast, entry->kind, entry->canonical);
            return entryLast + 1;
        }
        // A common word capitalised only because it opens a sentence or a headline: look again
        // from the next word, which may start a name ("The White House").
        const qsizetype first = i;
        if (!personNext && m_gazetteer.isCommonWord(word(first)) && !m_gazetteer.isGivenName(word(first))) {
            return first + 1;
        }
        if (first == last && isDayOrMonth(word(first))) {
            return last + 1;
        }
        while (last > first && !isRomanSuffix(word(last)) && word(last).size() == 1) {
            --last; // a stray initial at the end
        }
        if (last > first && m_gazetteer.isOrganisationCue(word(last))) {
            add(first, last, EntityKind::Organisation, {});
        } else if (personNext || (last > first && m_gazetteer.isGivenName(word(first)))) {
            add(first, last, EntityKind::Person, {});
        } else {
            m_unresolved.append({first, last, false});
        }
        return last + 1;
    }

    // "Biden" and "Mr Biden" are the "Joe Biden" of the same article.
    void resolveSurnames()
    {
        for (Mention &mention : m_mentions) {
            if (mention.kind == EntityKind::Person && !mention.canonical.contains(u' ')) {
                mention.canonical = m_fullNames.value(mention.canonical, mention.canonical);
            }
        }
        for (const Candidate &candidate : std::as_const(m_unresolved)) {
            for (qsizetype k = candidate.firstToken; k <= candidate.lastToken; ++k) {
                const auto full = m_fullNames.constFind(word(k).toString());
                if (full != m_fullNames.cend()) {
                    add(k, k, EntityKind::Person, *full);
                }
            }
        }
    }

    // "more than 10,000 Palestinians", "fewer than 30 aid lorries", "1.5 million civilians": a
    // figure with what it counts (a figure alone, a year or a day of the month is not one).
    void findQuantities()
    {
        for (qsizetype i = 0; i < m_tokens.size(); ++i) {
            if (!isFigure(i) || insideMention(m_tokens.at(i).start) || (i > 0 && isDayOrMonth(word(i - 1)))) {
                continue; // "October 7" is a date
            }
            qsizetype first = i;
            qsizetype last = i;
            while (last + 1 < m_tokens.size() && isScaleWord(word(last + 1))) {
                ++last;
            }
            const qsizetype modifier = modifierBefore(first);
            const qsizetype counted = countedNounEnd(last + 1);
            if (counted < 0) {
                i = last;
                continue;
            }
            first = modifier;
            const qsizetype start = m_tokens.at(first).start;
            const qsizetype end = m_tokens.at(counted).end;
            m_mentions.append({start, end, EntityKind::Quantity, spanText(start, end)});
            i = counted;
        }
    }

    bool isFigure(qsizetype index) const
    {
        static const WordSet numberWords = {u"two"_s,    u"three"_s,   u"four"_s,     u"five"_s,    u"six"_s,
                                                  u"seven"_s,  u"eight"_s,   u"nine"_s,     u"ten"_s,     u"eleven"_s,
                                                  u"twelve"_s, u"twenty"_s,  u"thirty"_s,   u"forty"_s,   u"fifty"_s,
                                                  u"hundred"_s, u"hundreds"_s, u"thousands"_s, u"dozens"_s, u"millions"_s};
        const Token &token = m_tokens.at(index);
        if (token.kind == Token::Kind::Number) {
            return true;
        }
        return token.kind == Token::Kind::Word && numberWords.findLowerCase(word(index), lowerHash(index)) != nullptr;
    }

    static bool isScaleWord(QStringView word)
    {
        return word == u"million" || word == u"billion" || word == u"thousand" || word == u"hundred" || word == u"of";
    }

    // The first token of "more than", "fewer than", "at least", "nearly" … right before `index`.
    qsizetype modifierBefore(qsizetype index) const
    {
        static const QStringList twoWords = {u"more than"_s, u"fewer than"_s, u"less than"_s, u"at least"_s,
                                             u"at most"_s,    u"up to"_s,      u"as many"_s,   u"over a"_s};
        static const WordSet oneWord = {u"nearly"_s, u"almost"_s,  u"about"_s,         u"around"_s,
                                              u"some"_s,   u"over"_s,    u"under"_s,         u"roughly"_s,
                                              u"approximately"_s, u"only"_s, u"just"_s,       u"least"_s};
        if (index >= 2) {
            const QString pair = (word(index - 2) + u' ' + word(index - 1)).toLower();
            if (twoWords.contains(pair)) {
                return index - 2;
            }
        }
        if (index >= 1 && oneWord.containsLowerCase(word(index - 1))) {
            return index - 1;
        }
        return index;
    }

    // The last token of the noun phrase a figure counts ("aid lorries", "Palestinians"), or -1.
    qsizetype countedNounEnd(qsizetype index) const
    {
        static const WordSet notNouns = {
            u"a"_s,    u"an"_s,   u"the"_s,  u"and"_s,  u"or"_s,   u"but"_s,  u"to"_s,    u"in"_s,    u"on"_s,
            u"at"_s,   u"by"_s,   u"for"_s,  u"from"_s, u"with"_s, u"of"_s,   u"is"_s,    u"are"_s,   u"was"_s,
            u"were"_s, u"be"_s,   u"been"_s, u"have"_s, u"has"_s,  u"had"_s,  u"will"_s,  u"would"_s, u"who"_s,
            u"which"_s, u"that"_s, u"this"_s, u"these"_s, u"those"_s, u"it"_s, u"its"_s,  u"their"_s, u"his"_s,
            u"her"_s,  u"per"_s,  u"more"_s, u"than"_s, u"as"_s,   u"so"_s,   u"said"_s,  u"since"_s, u"after"_s,
            u"before"_s, u"during"_s, u"still"_s, u"also"_s, u"not"_s, u"they"_s, u"we"_s, u"he"_s, u"she"_s,
            u"i"_s, u"you"_s, u"them"_s, u"us"_s};
        qsizetype end = -1;
        for (qsizetype k = index; k < m_tokens.size() && k < index + 2; ++k) {
            if (m_tokens.at(k).kind != Token::Kind::Word || !sameLine(k - 1, k)
                || notNouns.containsLowerCase(word(k))) {
                break;
            }
            if (m_tokens.at(k).capitalised) {
                // Only a people counts capitalised: "10,000 Palestinians", not "19 US".
                int length = 0;
                const Gazetteer::Entry *entry = m_gazetteer.longestNameAt(m_text, m_tokens, k, &length);
                if (k == index && entry && entry->kind == EntityKind::Group) {
                    return k + length - 1;
                }
                break;
            }
            end = k;
            static const WordSet irregularPlurals = {u"people"_s, u"children"_s, u"men"_s, u"women"_s,
                                                           u"police"_s, u"staff"_s,    u"personnel"_s};
            if (word(k).endsWith(u's') || irregularPlurals.containsLowerCase(word(k))) {
                break; // a plural ends the phrase: "civilians fled" counts civilians
            }
        }
        return end;
    }

    bool insideMention(qsizetype position) const
    {
        return std::any_of(m_mentions.cbegin(), m_mentions.cend(),
                           [position](const Mention &m) { return m.start <= position && position < m.end; });
    }

    const Gazetteer &m_gazetteer;
    const QString &m_text;
    const QList<Token> m_tokens;
    const QList<quint32> *m_lowerHashes;
    const QList<Region> &m_skipped;
    QList<Mention> m_mentions;
    QList<Candidate> m_unresolved;
    QHash<QString, QString> m_fullNames; // surname → full name
};

} // namespace

EntityRecognizer::EntityRecognizer()
    : m_gazetteer(Gazetteer::instance())
{
}

EntityRecognizer::EntityRecognizer(const Gazetteer &gazetteer)
    : m_gazetteer(gazetteer)
{
}

QList<Mention> EntityRecognizer::recognize(const QString &text, const QList<Region> &skipped) const
{
    return Pass(m_gazetteer, text, Tokenizer::tokenize(text), nullptr, skipped).run();
}

QList<Mention> EntityRecognizer::recognize(const TokenizedText &text, const QList<Region> &skipped) const
{
    return Pass(m_gazetteer, text.text(), text.tokens(), &text.wordHashes(), skipped).run();
}

} // namespace Gloss
