// SPDX-License-Identifier: GPL-3.0-or-later
#include "temporaltagger.h"

#include "sentencesplitter.h"
#include "tensedetector.h"
#include "tokenizer.h"
#include "util/isodate.h"
#include "wordtable.h"

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

constexpr int GraceDays = 2; // a day-precise publication date may lag or be in another time zone
constexpr int MinYear = 1000;
constexpr int MaxYear = 2999;
constexpr int MinBareYear = 1900; // a number standing alone is read as a year only in this range
constexpr int MaxBareYear = 2100;
constexpr int MaxCount = 9999;
constexpr int LeapSearchYears = 8;

enum class Unit : quint8 { None, Day, Week, Fortnight, Month, Year, Decade, Hour, Minute };

// What the tagger knows about one token: small, as there is one for every token of a text.
struct WordInfo {
    int number = -1;        // the value of a plain number or a number word
    qint8 month = 0;        // 1–12 for a month name or abbreviation
    qint8 weekday = 0;      // 1 (Monday) – 7 for a weekday name or abbreviation
    qint8 digits = 0;       // how many digits a plain number has (0 beyond 127)
    qint8 ordinalDay = 0;   // 21st, 7th
    Unit unit = Unit::None;
    bool fullMonth = false;
    bool fullWeekday = false;
    bool tens = false;      // twenty … ninety, which may take "-one" … "-nine"
    bool pluralUnit = false;
    bool relativeDay = false; // yesterday, today, tomorrow, tonight
};

// An expression found at some tokens. Unresolved ones are consumed but not reported: the anchor
// cannot place them, or they name no real day ("February 30").
struct Found {
    qsizetype begin = 0; // tokens [begin, end)
    qsizetype end = 0;
    QString value;
    Granularity granularity = Granularity::Day;
    bool relative = false;
    bool uncertain = false;
    bool resolved = true;
};

struct Choice {
    QDate date;
    bool uncertain = false;
};

const WordTable<WordInfo> &lexicon()
{
    static const WordTable<WordInfo> words = [] {
        WordTable<WordInfo> table;
        const auto weekday = [&table](const QString &name, int day, bool full) {
            table[name].weekday = qint8(day);
            table[name].fullWeekday = full;
        };
        const QStringList weekdays = {u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s,
                                      u"friday"_s, u"saturday"_s, u"sunday"_s};
        for (int i = 0; i < weekdays.size(); ++i) {
            weekday(weekdays.at(i), i + 1, true);
        }
        const std::initializer_list<std::pair<QString, int>> abbreviations = {
            {u"mon"_s, 1}, {u"tue"_s, 2},  {u"tues"_s, 2},  {u"wed"_s, 3}, {u"thu"_s, 4},
            {u"thur"_s, 4}, {u"thurs"_s, 4}, {u"fri"_s, 5}, {u"sat"_s, 6}, {u"sun"_s, 7}};
        for (const auto &[name, day] : abbreviations) {
            weekday(name, day, false);
        }
        const QStringList ones = {u"one"_s,    u"two"_s,     u"three"_s,    u"four"_s,     u"five"_s,
                                  u"six"_s,    u"seven"_s,   u"eight"_s,    u"nine"_s,     u"ten"_s,
                                  u"eleven"_s, u"twelve"_s,  u"thirteen"_s, u"fourteen"_s, u"fifteen"_s,
                                  u"sixteen"_s, u"seventeen"_s, u"eighteen"_s, u"nineteen"_s};
        for (int i = 0; i < ones.size(); ++i) {
            table[ones.at(i)].number = i + 1;
        }
        const QStringList tens = {u"twenty"_s, u"thirty"_s,  u"forty"_s,  u"fifty"_s,
                                  u"sixty"_s,  u"seventy"_s, u"eighty"_s, u"ninety"_s};
        for (int i = 0; i < tens.size(); ++i) {
            table[tens.at(i)].number = 20 + 10 * i;
            table[tens.at(i)].tens = true;
        }
        const std::initializer_list<std::tuple<QString, Unit, bool>> units = {
            {u"day"_s, Unit::Day, false},        {u"days"_s, Unit::Day, true},
            {u"week"_s, Unit::Week, false},      {u"weeks"_s, Unit::Week, true},
            {u"fortnight"_s, Unit::Fortnight, false}, {u"fortnights"_s, Unit::Fortnight, true},
            {u"month"_s, Unit::Month, false},    {u"months"_s, Unit::Month, true},
            {u"year"_s, Unit::Year, false},      {u"years"_s, Unit::Year, true},
            {u"decade"_s, Unit::Decade, false},  {u"decades"_s, Unit::Decade, true},
            {u"hour"_s, Unit::Hour, false},      {u"hours"_s, Unit::Hour, true},
            {u"hr"_s, Unit::Hour, false},        {u"hrs"_s, Unit::Hour, true},
            {u"h"_s, Unit::Hour, false},         {u"minute"_s, Unit::Minute, false},
            {u"minutes"_s, Unit::Minute, true},  {u"min"_s, Unit::Minute, false},
            {u"mins"_s, Unit::Minute, true}};
        for (const auto &[name, unit, plural] : units) {
            table[name].unit = unit;
            table[name].pluralUnit = plural;
        }
        for (const QString &name : {u"yesterday"_s, u"today"_s, u"tomorrow"_s, u"tonight"_s}) {
            table[name].relativeDay = true;
        }
        // Month names and abbreviations, as DateText::monthFromName() reads them: one lookup
        // tells all the tagger needs of a word.
        const QStringList months = {u"january"_s, u"february"_s, u"march"_s, u"april"_s, u"may"_s, u"june"_s,
                                    u"july"_s, u"august"_s, u"september"_s, u"october"_s, u"november"_s,
                                    u"december"_s};
        const auto month = [&table](const QString &name, int number) {
            table[name].month = qint8(number);
            table[name].fullMonth = name.size() > 4 || name == u"may"_s || name == u"june"_s || name == u"july"_s;
        };
        for (int i = 0; i < months.size(); ++i) {
            month(months.at(i), i + 1);
            month(months.at(i).left(3), i + 1);
        }
        month(u"sept"_s, 9);
        return table;
    }();
    return words;
}

int ordinalDayOf(QStringView word)
{
    if (word.size() < 3 || word.size() > 4) {
        return 0;
    }
    const QStringView suffix = word.right(2);
    if (suffix != u"st" && suffix != u"nd" && suffix != u"rd" && suffix != u"th") {
        return 0;
    }
    bool ok = false;
    const int day = word.chopped(2).toInt(&ok);
    return ok && day >= 1 && day <= 31 ? day : 0;
}

// `hash`: wordHash(lower).
WordInfo describe(const Token &token, QStringView text, QStringView lower, quint32 hash)
{
    WordInfo info;
    if (token.kind == Token::Kind::Number) {
        const bool plain = !text.contains(u'.') && !text.contains(u',');
        bool ok = false;
        const int value = plain ? text.toInt(&ok) : text.toString().remove(u',').toInt(&ok);
        if (ok && !text.contains(u'.')) {
            info.number = value;
            info.digits = plain ? qint8(std::min<qsizetype>(text.size(), 127)) : 0;
        }
        return info;
    }
    if (token.kind != Token::Kind::Word) {
        return info;
    }
    if (const WordInfo *known = lexicon().find(lower, hash)) {
        info = *known; // with the month a month name or abbreviation names
    }
    if (lower.size() >= 3 && lower.back() == u'.' && lower.size() <= 9 && lower.at(0).isLetter()) {
        // "u.s.": read as monthFromName() reads a word, without the full stop.
        info.month = qint8(DateText::monthFromName(lower));
        info.fullMonth = info.month > 0 && (lower.size() > 4 || lower == u"may"_s || lower == u"june"_s
                                            || lower == u"july"_s);
    }
    if (text.at(0).isDigit()) {
        info.ordinalDay = qint8(ordinalDayOf(lower));
    }
    return info;
}

QString isoWeek(QDate date)
{
    int weekYear = 0;
    const int week = date.weekNumber(&weekYear);
    return u"%1-W%2"_s.arg(weekYear, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
}

QDate shifted(QDate date, Unit unit, int count)
{
    switch (unit) {
    case Unit::Day:
        return date.addDays(count);
    case Unit::Week:
        return date.addDays(7 * qint64(count));
    case Unit::Fortnight:
        return date.addDays(14 * qint64(count));
    case Unit::Month:
        return date.addMonths(count);
    case Unit::Year:
        return date.addYears(count);
    case Unit::Decade:
        return date.addYears(10 * count);
    case Unit::None:
    case Unit::Hour:
    case Unit::Minute:
        break;
    }
    return {};
}

Granularity granularityOf(Unit unit)
{
    switch (unit) {
    case Unit::Week:
    case Unit::Fortnight:
        return Granularity::Week;
    case Unit::Month:
        return Granularity::Month;
    case Unit::Year:
    case Unit::Decade:
        return Granularity::Year;
    case Unit::None:
    case Unit::Day:
    case Unit::Hour:
    case Unit::Minute:
        break;
    }
    return Granularity::Day;
}

QString valueOf(QDate date, Granularity granularity)
{
    switch (granularity) {
    case Granularity::Day:
        return IsoDate::day(date);
    case Granularity::Week:
        return isoWeek(date);
    case Granularity::Month:
        return IsoDate::month(date.year(), date.month());
    case Granularity::Year:
        return IsoDate::year(date.year());
    case Granularity::Duration:
        break;
    }
    return {};
}

QString durationValue(int count, Unit unit)
{
    switch (unit) {
    case Unit::Day:
        return u"P%1D"_s.arg(count);
    case Unit::Week:
        return u"P%1W"_s.arg(count);
    case Unit::Fortnight:
        return u"P%1W"_s.arg(2 * count);
    case Unit::Month:
        return u"P%1M"_s.arg(count);
    case Unit::Year:
        return u"P%1Y"_s.arg(count);
    case Unit::Decade:
        return u"P%1Y"_s.arg(10 * count);
    case Unit::Hour:
        return u"PT%1H"_s.arg(count);
    case Unit::Minute:
        return u"PT%1M"_s.arg(count);
    case Unit::None:
        break;
    }
    return {};
}

// The publication date as a span of days, and how it is named in TimeExpression::anchor.
struct Anchor {
    PartialDate date;
    QDate first;
    QDate last;
    QString label;

    explicit Anchor(const PartialDate &published)
        : date(published)
        , first(published.firstDay())
    {
        switch (published.precision) {
        case DatePrecision::Day:
            last = first;
            break;
        case DatePrecision::Month:
            last = first.addMonths(1).addDays(-1);
            break;
        case DatePrecision::Year:
            last = first.addYears(1).addDays(-1);
            break;
        case DatePrecision::None:
            break;
        }
        if (first.isValid()) {
            label = u"publication %1 (%2)"_s.arg(published.toIso(), precisionName(published.precision));
        }
    }

    bool knows(DatePrecision precision) const { return first.isValid() && date.precision >= precision; }
    QDate day() const { return first; }
};

// The month-day `month`/`day` nearest to `year` in `direction` (-1, +1) that exists: 29 February.
QDate existingDate(int year, int month, int day, int direction)
{
    for (int i = 0; i < LeapSearchYears; ++i) {
        const QDate date(year + direction * i, month, day);
        if (date.isValid()) {
            return date;
        }
    }
    return {};
}

class TaggingPass
{
public:
    TaggingPass(const TokenizedText &text, const PartialDate &anchor)
        : m_text(text.text())
        , m_tokens(text.tokens())
        , m_anchor(anchor)
        , m_words(text.words())
        , m_wordHashes(text.wordHashes())
    {
        describeTokens();
        placeSentences(text.sentences());
    }

    QList<TimeExpression> run()
    {
        QList<TimeExpression> expressions;
        qsizetype i = 0;
        while (i < count()) {
            // Most tokens are far from any date word: skip to where a match could begin.
            if (const qsizetype lead = m_nextDateWord[i] - i; lead > MaxLeadWords) {
                i += lead - MaxLeadWords;
                continue;
            }
            std::optional<Found> found = matchAt(i);
            if (!found) {
                ++i;
                continue;
            }
            if (found->resolved) {
                expressions.append(expressionOf(*found));
            }
            m_consumedUntil = found->end;
            i = found->end;
        }
        return expressions;
    }

private:
    void describeTokens()
    {
        m_info.reserve(count());
        for (qsizetype k = 0; k < count(); ++k) {
            const Token &token = m_tokens.at(k);
            m_info.push_back(describe(token, QStringView(m_text).mid(token.start, token.length()), m_words.at(k),
                                      m_wordHashes.at(k)));
        }
        m_nextDateWord.resize(count() + 1);
        m_nextDateWord[count()] = count() + MaxLeadWords + 1; // past the end: nothing to find
        for (qsizetype k = count() - 1; k >= 0; --k) {
            m_nextDateWord[k] = isDateWord(k) ? k : m_nextDateWord[k + 1];
        }
    }

    // Each token's sentence as a token range, for the tense of what it says.
    void placeSentences(const QList<Sentence> &sentences)
    {
        m_sentenceBegin.resize(count());
        m_sentenceEnd.resize(count());
        qsizetype token = 0;
        for (const Sentence &sentence : sentences) {
            const qsizetype begin = token;
            while (token < count() && m_tokens.at(token).start < sentence.end) {
                ++token;
            }
            for (qsizetype i = begin; i < token; ++i) {
                m_sentenceBegin[i] = begin;
                m_sentenceEnd[i] = token;
            }
        }
        for (; token < count(); ++token) {
            m_sentenceBegin[token] = token;
            m_sentenceEnd[token] = count();
        }
    }

    std::optional<Found> matchAt(qsizetype i)
    {
        using Matcher = std::optional<Found> (TaggingPass::*)(qsizetype);
        // Each matcher with the most words it reads before its date word: "this coming Friday"
        // (2), "in a week" (2), "earlier in the week" (3). Further from one it cannot match.
        struct Candidate {
            Matcher match;
            qsizetype maxLead;
        };
        static constexpr Candidate candidates[] = {
            {&TaggingPass::matchNumericDate, 0},  {&TaggingPass::matchNamedDate, 0},
            {&TaggingPass::matchWeekday, 2},      {&TaggingPass::matchRelativeDay, 1},
            {&TaggingPass::matchCountedShift, 2}, {&TaggingPass::matchRelativePeriod, MaxLeadWords},
            {&TaggingPass::matchDuration, 2},     {&TaggingPass::matchMonthAlone, 1},
            {&TaggingPass::matchYear, 0},
        };
        const qsizetype lead = m_nextDateWord[i] - i;
        for (const Candidate &candidate : candidates) {
            if (lead > candidate.maxLead) {
                continue;
            }
            if (std::optional<Found> found = (this->*candidate.match)(i)) {
                return found;
            }
        }
        return std::nullopt;
    }

    TimeExpression expressionOf(const Found &found) const
    {
        TimeExpression expression;
        expression.start = m_tokens.at(found.begin).start;
        expression.end = m_tokens.at(found.end - 1).end;
        expression.text = m_text.mid(expression.start, expression.end - expression.start);
        expression.value = found.value;
        expression.granularity = found.granularity;
        expression.anchor = found.relative ? m_anchor.label : u"absolute"_s;
        expression.uncertain = found.uncertain;
        return expression;
    }

    // --- tokens -------------------------------------------------------------------------------

    // Every match holds one of these: a number, a month, a weekday, a unit of time or a day word.
    // A matcher reads MaxLeadWords words before it at most ("earlier in the week"); qualifiers
    // it takes in before where it started ("the month of May") do not count.
    static constexpr qsizetype MaxLeadWords = 3;
    bool isDateWord(qsizetype i) const
    {
        const WordInfo &word = m_info[i];
        return m_tokens.at(i).kind == Token::Kind::Number || word.month || word.weekday || word.number >= 0
            || word.ordinalDay || word.unit != Unit::None
            || word.relativeDay;
    }

    qsizetype count() const { return m_tokens.size(); }
    bool valid(qsizetype i) const { return i >= 0 && i < count(); }
    const WordInfo &info(qsizetype i) const { return m_info[i]; }

    bool isWord(qsizetype i, QStringView word) const { return valid(i) && m_words.at(i) == word; }

    bool isAnyWord(qsizetype i, std::initializer_list<QStringView> words) const
    {
        if (!valid(i)) {
            return false;
        }
        for (QStringView word : words) {
            if (m_words.at(i) == word) {
                return true;
            }
        }
        return false;
    }

    bool isPunct(qsizetype i, QChar c) const
    {
        return valid(i) && m_tokens.at(i).kind == Token::Kind::Punctuation && m_text.at(m_tokens.at(i).start) == c;
    }

    bool isLowerWord(qsizetype i) const
    {
        return valid(i) && m_tokens.at(i).kind == Token::Kind::Word && !m_tokens.at(i).capitalised;
    }

    // No space between token i - 1 and token i.
    bool touches(qsizetype i) const { return valid(i) && i > 0 && m_tokens.at(i - 1).end == m_tokens.at(i).start; }

    // A "-" or "/" between two numbers or names with no space around it ("2024-04", "Oct/2").
    QChar separatorAt(qsizetype i) const
    {
        if ((isPunct(i, u'-') || isPunct(i, u'/')) && touches(i) && touches(i + 1)) {
            return m_text.at(m_tokens.at(i).start);
        }
        return {};
    }

    // A month name as a month: "may" and "march" only when capitalised or, with `certain`, when
    // the words around make a date of them ("4th of march").
    int monthAt(qsizetype i, bool certain = false) const
    {
        if (!valid(i) || info(i).month == 0) {
            return 0;
        }
        const bool verbLike = m_words.at(i) == u"may"_s || m_words.at(i) == u"march"_s;
        return verbLike && !certain && !m_tokens.at(i).capitalised ? 0 : info(i).month;
    }

    // A weekday name as a weekday. Abbreviations that are also words ("Sun", "sat", "wed") need
    // a capital, and standing alone they need a preposition before them ("on Tues").
    int weekdayAt(qsizetype i, bool standingAlone) const
    {
        if (!valid(i) || info(i).weekday == 0) {
            return 0;
        }
        if (info(i).fullWeekday) {
            return info(i).weekday;
        }
        if (isAnyWord(i, {u"sun", u"sat", u"wed"}) && !m_tokens.at(i).capitalised) {
            return 0;
        }
        if (standingAlone && !isAnyWord(i - 1, {u"on", u"since", u"until", u"till", u"by", u"from"})) {
            return 0;
        }
        return info(i).weekday;
    }

    int yearAt(qsizetype i, int minimum = MinYear, int maximum = MaxYear) const
    {
        if (!valid(i) || info(i).digits != 4 || info(i).number < minimum || info(i).number > maximum) {
            return 0;
        }
        return info(i).number;
    }

    // 1–31 written as a number of one or two digits or an ordinal ("21st").
    int dayAt(qsizetype i) const
    {
        if (!valid(i)) {
            return 0;
        }
        if (info(i).digits >= 1 && info(i).digits <= 2) {
            return info(i).number >= 1 && info(i).number <= 31 ? info(i).number : 0;
        }
        return info(i).ordinalDay;
    }

    int monthNumberAt(qsizetype i) const
    {
        if (valid(i) && info(i).digits >= 1 && info(i).digits <= 2 && info(i).number >= 1 && info(i).number <= 12) {
            return info(i).number;
        }
        return monthAt(i);
    }

    struct Count {
        int value = 0;
        qsizetype end = 0;
    };

    // "27", "1,400", "three", "twenty-one", and with `articles` "a", "an", "another".
    std::optional<Count> countAt(qsizetype i, bool articles) const
    {
        if (!valid(i)) {
            return std::nullopt;
        }
        if (articles && isAnyWord(i, {u"a", u"an", u"another"})) {
            return Count{1, i + 1};
        }
        const WordInfo &word = info(i);
        if (word.number < 1 || word.number > MaxCount) {
            return std::nullopt;
        }
        if (word.tens && isPunct(i + 1, u'-') && touches(i + 1) && touches(i + 2) && valid(i + 2)
            && info(i + 2).number >= 1 && info(i + 2).number <= 9 && m_tokens.at(i + 2).kind == Token::Kind::Word) {
            return Count{word.number + info(i + 2).number, i + 3};
        }
        return Count{word.number, i + 1};
    }

    // --- tense --------------------------------------------------------------------------------

    Tense tenseFor(qsizetype begin, qsizetype end) const
    {
        if (isWord(begin - 1, u"since")) {
            return Tense::Past;
        }
        return TenseDetector::tenseAround(m_words, m_wordHashes, m_sentenceBegin[begin], m_sentenceEnd[begin], begin,
                                          end);
    }

    // --- results ------------------------------------------------------------------------------

    static Found absolute(qsizetype begin, qsizetype end, const QString &value, Granularity granularity,
                          bool uncertain = false)
    {
        return Found{begin, end, value, granularity, false, uncertain, !value.isEmpty()};
    }

    static Found relative(qsizetype begin, qsizetype end, QDate date, Granularity granularity, bool uncertain = false)
    {
        return Found{begin, end, date.isValid() ? valueOf(date, granularity) : QString(), granularity, true,
                     uncertain, date.isValid()};
    }

    static Found unresolved(qsizetype begin, qsizetype end)
    {
        return Found{begin, end, {}, Granularity::Day, true, false, false};
    }

    static Found fullDate(qsizetype begin, qsizetype end, int year, int month, int day, bool uncertain = false)
    {
        const QDate date(year, month, day);
        return absolute(begin, end, date.isValid() ? IsoDate::day(date) : QString(), Granularity::Day, uncertain);
    }

    static Found yearMonth(qsizetype begin, qsizetype end, int year, int month)
    {
        const bool validMonth = month >= 1 && month <= 12 && year >= MinYear && year <= MaxYear;
        return absolute(begin, end, validMonth ? IsoDate::month(year, month) : QString(), Granularity::Month);
    }

    // Takes in a qualifier before a month, year or relative period: "early March", "mid-2023",
    // "earlier this month". It does not change the value.
    qsizetype withQualifier(qsizetype begin) const
    {
        if (isPunct(begin - 1, u'-') && touches(begin) && touches(begin - 1) && isWord(begin - 2, u"mid")
            && begin - 2 >= m_consumedUntil) {
            return begin - 2;
        }
        if (isAnyWord(begin - 1, {u"early", u"earlier", u"late", u"later", u"mid"}) && begin - 1 >= m_consumedUntil) {
            return begin - 1;
        }
        return begin;
    }

    // --- resolution ---------------------------------------------------------------------------

    // A month and day without a year, in the anchor's year unless the tense moves it.
    Choice resolveMonthDay(int month, int day, Tense tense) const
    {
        const int year = m_anchor.date.year;
        const int grace = m_anchor.date.precision == DatePrecision::Day ? GraceDays : 0;
        QDate past = existingDate(year, month, day, -1);
        if (past.isValid() && past > m_anchor.last.addDays(grace)) {
            past = existingDate(year - 1, month, day, -1);
        }
        QDate future = existingDate(year, month, day, +1);
        if (future.isValid() && future < m_anchor.first.addDays(-grace)) {
            future = existingDate(year + 1, month, day, +1);
        }
        return choose(past, future, tense);
    }

    Choice choose(QDate past, QDate future, Tense tense) const
    {
        if (tense == Tense::Future) {
            return {future, false};
        }
        const bool yearOnly = m_anchor.date.precision == DatePrecision::Year;
        return {past, yearOnly || (tense == Tense::Unknown && past != future)};
    }

    Choice resolveWeekday(int weekday, Tense tense) const
    {
        const QDate day = m_anchor.day();
        const QDate past = day.addDays(-((day.dayOfWeek() - weekday + 7) % 7));
        const QDate future = past.addDays(7);
        Choice choice = choose(past, future, tense);
        choice.uncertain = choice.uncertain || weekday == day.dayOfWeek();
        return choice;
    }

    QDate dayOfWeekAround(int weekOffset, int weekday) const
    {
        const QDate day = m_anchor.day();
        return day.addDays(1 - day.dayOfWeek() + 7 * weekOffset + weekday - 1);
    }

    // --- matchers -----------------------------------------------------------------------------

    // 2024-04-29, 2024/04/29, 2019-sep-1, 04/29/2024, 29-04-2024, 13.5.2015, 2024-04, 3/2015.
    std::optional<Found> matchNumericDate(qsizetype i)
    {
        if (!valid(i) || m_tokens.at(i).kind != Token::Kind::Number) {
            return std::nullopt;
        }
        if (std::optional<Found> dotted = dottedDate(i)) {
            return dotted;
        }
        const QChar separator = separatorAt(i + 1);
        if (separator.isNull()) {
            return std::nullopt;
        }
        if (const int year = yearAt(i)) {
            return yearFirstNumericDate(i, year, separator);
        }
        if (info(i).digits < 1 || info(i).digits > 2) {
            return std::nullopt;
        }
        const int first = info(i).number;
        if (const int year = yearAt(i + 2)) {
            return yearMonth(i, i + 3, year, first);
        }
        if (info(i + 2).digits < 1 || info(i + 2).digits > 2) {
            return std::nullopt;
        }
        const int second = info(i + 2).number;
        const bool yearFollows = separatorAt(i + 3) == separator || (isPunct(i + 3, u',') && touches(i + 3));
        const int year = yearFollows ? yearAt(i + 4) : 0;
        if (year == 0) {
            return std::nullopt;
        }
        if (first > 12) {
            return fullDate(i, i + 5, year, second, first);
        }
        // Month first unless the second number cannot be a month; 03/04/2024 is a guess.
        return fullDate(i, i + 5, year, first, second, second <= 12 && first != second);
    }

    std::optional<Found> yearFirstNumericDate(qsizetype i, int year, QChar separator)
    {
        const int month = monthNumberAt(i + 2);
        if (month == 0) {
            return std::nullopt;
        }
        if (separatorAt(i + 3) == separator && valid(i + 4) && info(i + 4).digits >= 1 && info(i + 4).digits <= 2) {
            return fullDate(i, i + 5, year, month, info(i + 4).number);
        }
        if (isLowerWord(i + 3) || separatorAt(i + 3) == separator) {
            return std::nullopt; // "the 2010-11 season"
        }
        return yearMonth(i, i + 3, year, month);
    }

    // 13.5.2015 and 2015.5.13, which the tokenizer keeps as one number.
    std::optional<Found> dottedDate(qsizetype i) const
    {
        const QStringView text = QStringView(m_text).mid(m_tokens.at(i).start, m_tokens.at(i).length());
        if (text.count(u'.') != 2) {
            return std::nullopt;
        }
        const QList<QStringView> parts = text.split(u'.');
        if (parts.at(0).size() == 4 && parts.at(1).size() <= 2 && parts.at(2).size() <= 2) {
            return fullDate(i, i + 1, parts.at(0).toInt(), parts.at(1).toInt(), parts.at(2).toInt());
        }
        if (parts.at(0).size() <= 2 && parts.at(1).size() <= 2 && parts.at(2).size() == 4) {
            return fullDate(i, i + 1, parts.at(2).toInt(), parts.at(1).toInt(), parts.at(0).toInt());
        }
        return std::nullopt;
    }

    std::optional<Found> fullNumericDate(qsizetype i)
    {
        std::optional<Found> found = matchNumericDate(i);
        return found && found->granularity == Granularity::Day ? found : std::nullopt;
    }

    // March 19, 2024 · Mar. 19 · 19 March 2024 · 7th of October · Monday, April 29, 2024 ·
    // March 2024 · June next year · 2016 November.
    std::optional<Found> matchNamedDate(qsizetype i)
    {
        qsizetype start = i;
        const bool hasWeekday = valid(i) && info(i).weekday > 0; // any case: a date must follow
        if (hasWeekday) {
            start = isPunct(i + 1, u',') ? i + 2 : i + 1;
        }
        std::optional<Found> found = monthFirstDate(start);
        if (!found) {
            found = dayFirstDate(start);
        }
        if (!found) {
            found = hasWeekday ? fullNumericDate(start) : yearThenMonth(i);
        }
        if (found) {
            found->begin = i;
        }
        return found;
    }

    std::optional<Found> monthFirstDate(qsizetype i)
    {
        const int month = monthAt(i, valid(i + 1) && info(i + 1).ordinalDay > 0);
        if (month == 0) {
            return std::nullopt;
        }
        qsizetype k = i + 1;
        bool needsDay = false;
        if (isPunct(k, u'.') && touches(k)) {
            ++k;
        } else if (!separatorAt(k).isNull()) {
            ++k;
            needsDay = true;
        } else if (isPunct(k, u',') && valid(k + 1) && info(k + 1).ordinalDay > 0) {
            ++k; // October, 1st; never "October, 7 people"
        }
        if (const int day = dayAt(k)) {
            const qsizetype end = k + 1;
            qsizetype y = isPunct(end, u',') ? end + 1 : end;
            y = isWord(y, u"of") ? y + 1 : y;
            if (const int year = yearAt(y)) {
                return fullDate(i, y + 1, year, month, day);
            }
            return partialDate(i, end, month, day);
        }
        if (needsDay) {
            return std::nullopt;
        }
        qsizetype y = isPunct(i + 1, u'.') && touches(i + 1) ? i + 2 : i + 1;
        y = isPunct(y, u',') ? y + 1 : y;
        y = isWord(y, u"of") ? y + 1 : y;
        if (const int year = yearAt(y)) {
            return yearMonth(i, y + 1, year, month);
        }
        if (isAnyWord(i + 1, {u"last", u"this", u"next"}) && isWord(i + 2, u"year")) {
            if (!m_anchor.knows(DatePrecision::Year)) {
                return unresolved(i, i + 3);
            }
            const int offset = isWord(i + 1, u"last") ? -1 : isWord(i + 1, u"next") ? 1 : 0;
            return relative(i, i + 3, QDate(m_anchor.date.year + offset, month, 1), Granularity::Month);
        }
        return std::nullopt;
    }

    std::optional<Found> dayFirstDate(qsizetype i)
    {
        const int day = dayAt(i);
        if (day == 0) {
            return std::nullopt;
        }
        qsizetype k = i + 1;
        if ((isPunct(k, u'.') || isPunct(k, u'-')) && touches(k) && touches(k + 1)) {
            ++k; // 16. Nov, 28-nov
        } else if (isPunct(k, u'.') && touches(k)) {
            ++k;
        }
        const bool of = isWord(k, u"of");
        k = of ? k + 1 : k;
        const int month = monthAt(k, of || info(i).ordinalDay > 0);
        if (month == 0) {
            return std::nullopt;
        }
        const qsizetype end = k + 1;
        qsizetype y = isPunct(end, u'.') && touches(end) ? end + 1 : end;
        y = isPunct(y, u',') ? y + 1 : y;
        y = isWord(y, u"of") ? y + 1 : y;
        if (const int year = yearAt(y)) {
            return fullDate(i, y + 1, year, month, day);
        }
        return partialDate(i, end, month, day);
    }

    std::optional<Found> yearThenMonth(qsizetype i)
    {
        const int year = yearAt(i);
        if (year == 0) {
            return std::nullopt;
        }
        const qsizetype k = isPunct(i + 1, u',') ? i + 2 : i + 1;
        const int month = monthAt(k);
        if (month == 0 || dayAt(k + 1) > 0) {
            return std::nullopt;
        }
        return yearMonth(i, k + 1, year, month);
    }

    Found partialDate(qsizetype begin, qsizetype end, int month, int day)
    {
        if (!m_anchor.knows(DatePrecision::Year) || !existingDate(2000, month, day, +1).isValid()) {
            return unresolved(begin, end);
        }
        const Choice choice = resolveMonthDay(month, day, tenseFor(begin, end));
        return relative(begin, end, choice.date, Granularity::Day, choice.uncertain);
    }

    // last week Sunday · Friday next week · next Sunday · this coming Friday · on Monday.
    std::optional<Found> matchWeekday(qsizetype i)
    {
        if (const std::optional<int> offset = weekOffsetAt(i); offset && isWord(i + 1, u"week")) {
            const qsizetype k = isWord(i + 2, u"on") ? i + 3 : i + 2;
            if (const int weekday = weekdayAt(k, false)) {
                return dayInWeek(i, k + 1, *offset, weekday);
            }
        }
        if (const int weekday = weekdayAt(i, false)) {
            const qsizetype k = isWord(i + 1, u"of") ? i + 2 : i + 1;
            if (const std::optional<int> offset = weekOffsetAt(k); offset && isWord(k + 1, u"week")) {
                return dayInWeek(i, k + 2, *offset, weekday);
            }
        }
        if (isAnyWord(i, {u"last", u"past", u"this", u"next", u"coming", u"upcoming"})) {
            const qsizetype k = isWord(i, u"this") && isWord(i + 1, u"coming") ? i + 2 : i + 1;
            if (const int weekday = weekdayAt(k, false)) {
                return modifiedWeekday(i, k + 1, weekday);
            }
        }
        if (const int weekday = weekdayAt(i, true)) {
            if (!m_anchor.knows(DatePrecision::Day)) {
                return unresolved(i, i + 1);
            }
            const Choice choice = resolveWeekday(weekday, tenseFor(i, i + 1));
            return relative(i, i + 1, choice.date, Granularity::Day, choice.uncertain);
        }
        return std::nullopt;
    }

    std::optional<int> weekOffsetAt(qsizetype i) const
    {
        if (isAnyWord(i, {u"last", u"past", u"previous"})) {
            return -1;
        }
        if (isAnyWord(i, {u"this", u"current"})) {
            return 0;
        }
        if (isAnyWord(i, {u"next", u"coming", u"upcoming"})) {
            return 1;
        }
        return std::nullopt;
    }

    Found dayInWeek(qsizetype begin, qsizetype end, int weekOffset, int weekday) const
    {
        if (!m_anchor.knows(DatePrecision::Day)) {
            return unresolved(begin, end);
        }
        return relative(begin, end, dayOfWeekAround(weekOffset, weekday), Granularity::Day);
    }

    Found modifiedWeekday(qsizetype begin, qsizetype end, int weekday) const
    {
        if (!m_anchor.knows(DatePrecision::Day)) {
            return unresolved(begin, end);
        }
        const QDate day = m_anchor.day();
        if (isAnyWord(begin, {u"last", u"past"})) {
            const int back = (day.dayOfWeek() - weekday + 7) % 7;
            // "last Monday" on a Friday: this week's Monday or the one before?
            return relative(begin, end, day.addDays(-(back == 0 ? 7 : back)), Granularity::Day,
                            weekday < day.dayOfWeek());
        }
        if (isWord(begin, u"this") && end - begin == 2) {
            return relative(begin, end, dayOfWeekAround(0, weekday), Granularity::Day);
        }
        if (isWord(begin, u"next")) {
            // "next Friday" on a Monday: this week's Friday or the next week's?
            return relative(begin, end, dayOfWeekAround(1, weekday), Granularity::Day, weekday > day.dayOfWeek());
        }
        const int ahead = (weekday - day.dayOfWeek() + 7) % 7; // this coming, coming, upcoming
        return relative(begin, end, day.addDays(ahead == 0 ? 7 : ahead), Granularity::Day);
    }

    // yesterday · today · tomorrow · the day before yesterday · the day after tomorrow.
    std::optional<Found> matchRelativeDay(qsizetype i)
    {
        const qsizetype k = isWord(i, u"the") ? i + 1 : i;
        if (isWord(k, u"day") && isAnyWord(k + 1, {u"before", u"after"}) && relativeDayOffset(k + 2)) {
            const int shift = isWord(k + 1, u"before") ? -1 : 1;
            return dayFromAnchor(i, k + 3, *relativeDayOffset(k + 2) + shift);
        }
        if (const std::optional<int> offset = relativeDayOffset(i)) {
            return dayFromAnchor(i, i + 1, *offset);
        }
        return std::nullopt;
    }

    std::optional<int> relativeDayOffset(qsizetype i) const
    {
        if (isWord(i, u"yesterday")) {
            return -1;
        }
        if (isWord(i, u"today")) {
            return 0;
        }
        if (isWord(i, u"tomorrow")) {
            return 1;
        }
        return std::nullopt;
    }

    Found dayFromAnchor(qsizetype begin, qsizetype end, int days) const
    {
        if (!m_anchor.knows(DatePrecision::Day)) {
            return unresolved(begin, end);
        }
        return relative(begin, end, m_anchor.day().addDays(days), Granularity::Day);
    }

    // two days ago · three weeks from now · two days from tomorrow · in 27 days (future only).
    std::optional<Found> matchCountedShift(qsizetype i)
    {
        const bool in = isWord(i, u"in");
        const std::optional<Count> number = countAt(in ? i + 1 : i, true);
        if (!number || !valid(number->end)) {
            return std::nullopt;
        }
        const Unit unit = info(number->end).unit;
        if (unit == Unit::None || unit == Unit::Hour || unit == Unit::Minute) {
            return std::nullopt;
        }
        const qsizetype after = number->end + 1;
        if (in) {
            if (tenseFor(i, after) != Tense::Future) {
                return std::nullopt; // "the first talks in 27 days": a duration
            }
            return shiftedFromAnchor(i, after, unit, number->value);
        }
        if (isWord(after, u"ago")) {
            return shiftedFromAnchor(i, after + 1, unit, -number->value);
        }
        if ((isWord(after, u"from") && isWord(after + 1, u"now")) || isWord(after, u"hence")) {
            return shiftedFromAnchor(i, isWord(after, u"hence") ? after + 1 : after + 2, unit, number->value);
        }
        if (isAnyWord(after, {u"from", u"after", u"before"}) && relativeDayOffset(after + 1)) {
            if (!m_anchor.knows(DatePrecision::Day)) {
                return unresolved(i, after + 2);
            }
            const int sign = isWord(after, u"before") ? -1 : 1;
            const QDate base = m_anchor.day().addDays(*relativeDayOffset(after + 1));
            return relative(i, after + 2, shifted(base, unit, sign * number->value), granularityOf(unit));
        }
        return std::nullopt;
    }

    Found shiftedFromAnchor(qsizetype begin, qsizetype end, Unit unit, int amount) const
    {
        const Granularity granularity = granularityOf(unit);
        const DatePrecision needed = granularity == Granularity::Year    ? DatePrecision::Year
                                     : granularity == Granularity::Month ? DatePrecision::Month
                                                                         : DatePrecision::Day;
        if (!m_anchor.knows(needed)) {
            return unresolved(begin, end);
        }
        return relative(begin, end, shifted(m_anchor.first, unit, amount), granularity);
    }

    // this week · last month · next year · the coming week · earlier in the week · the year after next.
    std::optional<Found> matchRelativePeriod(qsizetype i)
    {
        if (isWord(i, u"the") && isWord(i + 2, u"after")) {
            const Unit unit = valid(i + 1) && !info(i + 1).pluralUnit ? info(i + 1).unit : Unit::None;
            const qsizetype next = isWord(i + 3, u"the") ? i + 4 : i + 3;
            if ((unit == Unit::Week || unit == Unit::Month || unit == Unit::Year) && isWord(next, u"next")) {
                return shiftedFromAnchor(i, next + 1, unit, 2); // the week after next
            }
        }
        if (isAnyWord(i, {u"earlier", u"later"}) && isWord(i + 1, u"in") && isWord(i + 2, u"the")) {
            const Unit unit = valid(i + 3) && !info(i + 3).pluralUnit ? info(i + 3).unit : Unit::None;
            if (unit == Unit::Week || unit == Unit::Month || unit == Unit::Year) {
                return shiftedFromAnchor(i, i + 4, unit, 0);
            }
        }
        if (isWord(i - 1, u"the") && isAnyWord(i, {u"last", u"past", u"previous"})) {
            return std::nullopt; // "the last year" is the twelve months up to now
        }
        const std::optional<int> offset = weekOffsetAt(i);
        const Unit unit = valid(i + 1) && !info(i + 1).pluralUnit ? info(i + 1).unit : Unit::None;
        if (!offset || isWord(i, u"past") || (unit != Unit::Week && unit != Unit::Month && unit != Unit::Year)) {
            return std::nullopt;
        }
        return shiftedFromAnchor(withQualifier(i), i + 2, unit, *offset);
    }

    // 27 days · for three weeks · a month · three-day · 24 hours · all day · a fortnight.
    std::optional<Found> matchDuration(qsizetype i)
    {
        if (isAnyWord(i, {u"all", u"full", u"whole"})) {
            const qsizetype k = isPunct(i + 1, u'-') && touches(i + 1) ? i + 2 : i + 1;
            if (valid(k) && info(k).unit != Unit::None && !info(k).pluralUnit) {
                return absolute(i, k + 1, durationValue(1, info(k).unit), Granularity::Duration);
            }
            return std::nullopt;
        }
        const std::optional<Count> number = countAt(i, true);
        if (!number) {
            return std::nullopt;
        }
        qsizetype k = number->end;
        if (isPunct(k, u'-') && touches(k) && touches(k + 1)) {
            ++k; // three-day
        }
        if (!valid(k) || info(k).unit == Unit::None) {
            return std::nullopt;
        }
        const bool age = isWord(k + 1, u"old") || (isPunct(k + 1, u'-') && isWord(k + 2, u"old"));
        const bool recurring = isAnyWord(i - 1, {u"once", u"twice", u"thrice", u"times", u"per", u"every", u"each"});
        if (age || recurring) {
            return std::nullopt;
        }
        return absolute(i, k + 1, durationValue(number->value, info(k).unit), Granularity::Duration);
    }

    // in March · since January · early March · mid-March · last September · next June · February.
    std::optional<Found> matchMonthAlone(qsizetype i)
    {
        const bool modified = isAnyWord(i, {u"last", u"this", u"next"});
        const qsizetype k = modified ? i + 1 : i;
        const int month = monthAt(k);
        if (month == 0) {
            return std::nullopt;
        }
        const bool standsAlone = info(k).fullMonth ? monthStandsAlone(k) : abbreviationStandsAlone(k);
        if (!modified && !standsAlone) {
            return std::nullopt;
        }
        if (modified) {
            return modifiedMonth(i, k + 1, month);
        }
        const qsizetype begin = withMonthOf(withQualifier(k));
        if (!m_anchor.knows(DatePrecision::Year)) {
            return unresolved(begin, k + 1);
        }
        const int year = m_anchor.date.year;
        const int anchorMonth = m_anchor.date.month;
        if (!m_anchor.knows(DatePrecision::Month)) {
            return relative(begin, k + 1, QDate(year, month, 1), Granularity::Month, true);
        }
        const QDate past(month <= anchorMonth ? year : year - 1, month, 1);
        const QDate future(month >= anchorMonth ? year : year + 1, month, 1);
        const Choice choice = choose(past, future, tenseFor(begin, k + 1));
        return relative(begin, k + 1, choice.date, Granularity::Month, choice.uncertain);
    }

    // A month name alone is a month after a preposition or qualifier, or when it is no one's
    // name and no verb: "April", "June" and "August" are names, "May" and "March" verbs too.
    bool monthStandsAlone(qsizetype i) const
    {
        static const std::initializer_list<QStringView> before = {
            u"in",     u"since", u"until", u"till",   u"by",  u"during", u"from",  u"through", u"throughout",
            u"before", u"after", u"of",    u"early",  u"late", u"mid",   u"and",   u"or",      u"to",
            u"around", u"between", u"last", u"earlier", u"later"};
        if (isAnyWord(i - 1, before) || (isPunct(i - 1, u'-') && isWord(i - 2, u"mid"))) {
            return true;
        }
        return !isAnyWord(i, {u"may", u"march", u"april", u"june", u"august"});
    }

    // "Jan", "Sept" alone only after a preposition of time or "month of", and before no name: not
    // "by Jan Smith".
    bool abbreviationStandsAlone(qsizetype i) const
    {
        const bool introduced = isAnyWord(i - 1, {u"in", u"since", u"until", u"till", u"during", u"through",
                                                  u"throughout", u"before", u"after"})
            || (isWord(i - 1, u"of") && isWord(i - 2, u"month"));
        return introduced
            && !(valid(i + 1) && m_tokens.at(i + 1).capitalised && m_tokens.at(i + 1).kind == Token::Kind::Word);
    }

    // Takes in "the month of" before a month name.
    qsizetype withMonthOf(qsizetype begin) const
    {
        if (!isWord(begin - 1, u"of") || !isWord(begin - 2, u"month") || begin - 2 < m_consumedUntil) {
            return begin;
        }
        return isWord(begin - 3, u"the") && begin - 3 >= m_consumedUntil ? begin - 3 : begin - 2;
    }

    Found modifiedMonth(qsizetype begin, qsizetype end, int month) const
    {
        if (!m_anchor.knows(DatePrecision::Year)) {
            return unresolved(begin, end);
        }
        const int anchorMonth = m_anchor.knows(DatePrecision::Month) ? m_anchor.date.month : 0;
        if (isWord(begin, u"last")) {
            // "last September" in November: the year before's, or this year's?
            return relative(begin, end, QDate(m_anchor.date.year - 1, month, 1), Granularity::Month,
                            anchorMonth == 0 || month < anchorMonth);
        }
        if (isWord(begin, u"next")) {
            return relative(begin, end, QDate(m_anchor.date.year + 1, month, 1), Granularity::Month,
                            anchorMonth == 0 || month > anchorMonth);
        }
        return relative(begin, end, QDate(m_anchor.date.year, month, 1), Granularity::Month);
    }

    // in 2023 · since 2007 · 2023. · early 2024 · mid-2023; not "2023 people" or "$2023".
    std::optional<Found> matchYear(qsizetype i)
    {
        static const std::initializer_list<QStringView> prepositions = {
            u"in",   u"since",  u"by",   u"until", u"till", u"from", u"through", u"throughout", u"before",
            u"after", u"during", u"year", u"early", u"late", u"mid",  u"circa",   u"of",         u"and"};
        const int year = yearAt(i, MinBareYear, MaxBareYear);
        if (year == 0 || isPunct(i + 1, u'%')) {
            return std::nullopt;
        }
        if (isPunct(i - 1, u'$') || isPunct(i - 1, u'€') || isPunct(i - 1, u'£') || isPunct(i - 1, u'#')) {
            return std::nullopt;
        }
        const bool introduced = isAnyWord(i - 1, prepositions) || (isPunct(i - 1, u'-') && isWord(i - 2, u"mid"));
        if (!introduced && isLowerWord(i + 1)) {
            return std::nullopt;
        }
        if (isWord(i - 1, u"of") && isLowerWord(i + 1)) {
            return std::nullopt; // "a total of 2000 troops"
        }
        return absolute(withQualifier(i), i + 1, IsoDate::year(year), Granularity::Year);
    }

    const QString &m_text;
    const QList<Token> m_tokens;
    const Anchor m_anchor;
    const QList<QStringView> m_words; // views of the TokenizedText's lower-case copy
    const QList<quint32> &m_wordHashes;
    // Written once per token, then read many times: std::vector spares QList's checks for
    // sharing on every write.
    std::vector<WordInfo> m_info;
    std::vector<qsizetype> m_nextDateWord; // for each token, the index of the next date word (itself if it is one)
    std::vector<qsizetype> m_sentenceBegin;
    std::vector<qsizetype> m_sentenceEnd;
    qsizetype m_consumedUntil = 0;
};

} // namespace

QList<TimeExpression> TemporalTagger::tag(const QString &text, const PartialDate &anchor) const
{
    return tag(TokenizedText(text), anchor);
}

QList<TimeExpression> TemporalTagger::tag(const TokenizedText &text, const PartialDate &anchor) const
{
    return TaggingPass(text, anchor).run();
}

} // namespace Gloss
