// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleparser.h"

#include "nlp/wordtable.h"
#include "util/isodate.h"

#include <QDate>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

// Whether the text may hold a link for urlPattern() to find: it needs "://" after http(s) or a
// "www." in any case. QString::contains(…, Qt::CaseInsensitive) folds every character through
// Unicode tables; this looks for colons and full stops (QStringView::indexOf() scans many
// characters at a time) and only then at the characters around them.
bool mayHoldLink(QStringView text)
{
    for (qsizetype colon = text.indexOf(u':'); colon >= 0; colon = text.indexOf(u':', colon + 1)) {
        if (text.sliced(colon + 1).startsWith(u"//")) {
            return true;
        }
    }
    for (qsizetype dot = text.indexOf(u'.', 3); dot >= 0; dot = text.indexOf(u'.', dot + 1)) {
        if ((text[dot - 1].unicode() | 0x20) == u'w' && (text[dot - 2].unicode() | 0x20) == u'w'
            && (text[dot - 3].unicode() | 0x20) == u'w') {
            return true;
        }
    }
    return false;
}

constexpr auto MonthAlternatives = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                                   "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

const QRegularExpression &dateHeaderPattern()
{
    static const QRegularExpression pattern(u"\\A[ \\t]*date[ \\t]+(\\d{4})-(\\d{2})-(\\d{2})(?:[ \\t]+|[ \\t]*\\n)"_s);
    return pattern;
}

// "Washington, DC [US], March 21 :", "WASHINGTON, March 3 (Reuters) -", "Tel Aviv, October 16, 2023 —",
// "March 21, 2024 —", "GAZA CITY (AP) —".
const QRegularExpression &datelinePattern()
{
    static const QRegularExpression pattern(
        u"\\A[ \\t]*(?:([A-Z][^\\n:—–()]{1,80}?)(?:,[ \\t]*|[ \\t]+(?=\\()))?"
        "(?:((?i:%1))\\.?[ \\t]+(\\d{1,2})(?:,?[ \\t]+(\\d{4}))?[ \\t]*)?"
        "(?:\\(([A-Za-z][A-Za-z .&-]{0,29})\\)[ \\t]*)?"
        "(?:[:—–]|-{1,2})[ \\t]*"_s.arg(QLatin1StringView(MonthAlternatives)));
    return pattern;
}

const QRegularExpression &postIdPattern()
{
    static const QRegularExpression pattern(
        u"(?:twitter|x)\\.com/(?:[A-Za-z0-9_]{1,30}|i/web)/status(?:es)?/(\\d{10,20})"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &fullDatePattern()
{
    // "March 19, 2024", "19 March 2024", "2024-03-19"
    static const QRegularExpression pattern(
        u"\\b(?:(%1)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})|(\\d{1,2})(?:st|nd|rd|th)?\\s+(%1)\\.?,?\\s+(\\d{4})"
        "|(\\d{4})-(\\d{2})-(\\d{2}))\\b"_s.arg(QLatin1StringView(MonthAlternatives)));
    return pattern;
}

const QRegularExpression &urlPattern()
{
    static const QRegularExpression pattern(u"\\b(?:https?://|www\\.)[^\\s<>\"“”]+"_s, QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// Paragraphs that agencies and sites add around the story.
const QRegularExpression &boilerplatePattern()
{
    static const QRegularExpression pattern(
        u"\\A\\W{0,3}(?:disclaimer\\b|this (?:story|article|report|post) (?:has|was) (?:been )?(?:published|auto-published|"
        "generated|edited|not been edited)|\\(?this story has not been edited|also read\\b|read more\\b|read also\\b|"
        "follow us on\\b|follow (?:the )?latest\\b|subscribe (?:to|now)\\b|sign up (?:for|to)\\b|click here\\b|"
        "advertisement\\s*$|copyright\\b|©|all rights reserved|\\(?with inputs from\\b|\\(?reporting by\\b|"
        "\\(?editing by\\b|\\(?writing by\\b|\\(?additional reporting by\\b|watch:|listen:|download the app\\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// A cheap test on the first word before the boilerplate expression runs on a paragraph.
bool mayStartBoilerplate(QStringView paragraph)
{
    static const QStringList firstWords = {u"disclaimer"_s, u"this"_s,    u"also"_s,      u"read"_s,    u"follow"_s,
                                           u"subscribe"_s,  u"sign"_s,    u"click"_s,     u"advertisement"_s,
                                           u"copyright"_s,  u"all"_s,     u"with"_s,      u"reporting"_s, u"editing"_s,
                                           u"writing"_s,    u"additional"_s, u"watch"_s,  u"listen"_s,  u"download"_s};
    static const WordSet firstWordSet = [] {
        WordSet set;
        for (const QString &word : firstWords) {
            set.insert(word);
        }
        return set;
    }();
    qsizetype start = 0;
    while (start < paragraph.size() && start < 3 && !paragraph.at(start).isLetter()) {
        if (paragraph.at(start) == u'©') {
            return true;
        }
        ++start;
    }
    qsizetype end = start;
    bool ascii = true;
    while (end < paragraph.size() && paragraph.at(end).isLetter()) {
        ascii = ascii && paragraph.at(end).unicode() < 0x80;
        ++end;
    }
    const QStringView word = paragraph.mid(start, end - start);
    if (ascii) {
        return firstWordSet.containsLowerCase(word); // what the case-insensitive comparison finds
    }
    return std::any_of(firstWords.cbegin(), firstWords.cend(),
                       [word](const QString &first) { return word.compare(first, Qt::CaseInsensitive) == 0; });
}

bool endsLikeSentence(QStringView line)
{
    static const QString terminators = u".!?;:\"”’'»)"_s;
    return !line.isEmpty() && terminators.contains(line.back());
}

// Abbreviations after which a full stop does not end a sentence.
bool isAbbreviation(QStringView word)
{
    static const QStringList abbreviations = {u"Mr"_s, u"Mrs"_s, u"Ms"_s, u"Dr"_s, u"St"_s, u"Gen"_s, u"Lt"_s,
                                              u"Col"_s, u"Sen"_s, u"Rep"_s, u"Gov"_s, u"Jr"_s, u"Sr"_s, u"No"_s,
                                              u"U.S"_s, u"U.K"_s, u"U.N"_s, u"Jan"_s, u"Feb"_s, u"Mar"_s, u"Apr"_s,
                                              u"Aug"_s, u"Sept"_s, u"Sep"_s, u"Oct"_s, u"Nov"_s, u"Dec"_s, u"Inc"_s,
                                              u"Corp"_s, u"Ltd"_s, u"Co"_s, u"vs"_s, u"e.g"_s, u"i.e"_s};
    return word.size() == 1 || abbreviations.contains(word.toString());
}

qsizetype firstSentenceEnd(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            return i;
        }
        if (c != u'.' && c != u'!' && c != u'?') {
            continue;
        }
        const qsizetype next = i + 1;
        if (next < text.size() && !text.at(next).isSpace() && text.at(next) != u'"' && text.at(next) != u'”') {
            continue;
        }
        if (c == u'.') {
            qsizetype wordStart = i;
            while (wordStart > 0 && !text.at(wordStart - 1).isSpace()) {
                --wordStart;
            }
            if (isAbbreviation(text.mid(wordStart, i - wordStart))) {
                continue;
            }
        }
        return next;
    }
    return text.size();
}

QString shortenAtWord(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength) {
        return text;
    }
    qsizetype cut = text.lastIndexOf(u' ', maxLength - 1);
    if (cut < maxLength / 2) {
        cut = maxLength - 1;
    }
    QString shortened = text.left(cut);
    while (!shortened.isEmpty() && (shortened.back().isPunct() || shortened.back().isSpace())) {
        shortened.chop(1);
    }
    return shortened + u'…';
}

struct Paragraph {
    qsizetype start = 0;
    qsizetype end = 0;
};

QList<Paragraph> paragraphsOf(const QString &body)
{
    QList<Paragraph> paragraphs;
    qsizetype start = 0;
    const qsizetype n = body.size();
    while (start < n) {
        qsizetype end = body.indexOf(u'\n', start);
        if (end < 0) {
            end = n;
        }
        qsizetype first = start;
        while (first < end && body.at(first).isSpace()) {
            ++first;
        }
        qsizetype last = end;
        while (last > first && body.at(last - 1).isSpace()) {
            --last;
        }
        if (last > first) {
            paragraphs.append({first, last});
        }
        start = end + 1;
    }
    return paragraphs;
}

bool coveredByRegions(const Paragraph &paragraph, const QList<Region> &regions)
{
    qsizetype position = paragraph.start;
    for (const Region &region : regions) {
        if (region.end <= position || region.start > position) {
            continue;
        }
        position = region.end;
        if (position >= paragraph.end) {
            return true;
        }
    }
    return false;
}

// The year that puts month/day closest to a date known from elsewhere in the article.
QDate nearestYear(int month, int day, QDate evidence)
{
    QDate best;
    for (int year = evidence.year() - 1; year <= evidence.year() + 1; ++year) {
        const QDate candidate(year, month, day);
        if (candidate.isValid()
            && (!best.isValid() || std::abs(candidate.daysTo(evidence)) < std::abs(best.daysTo(evidence)))) {
            best = candidate;
        }
    }
    return best;
}

std::optional<QDate> linkedPostDate(const QString &body, QString *statusId)
{
    QRegularExpressionMatchIterator it = postIdPattern().globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (std::optional<QDate> date = DateText::dateOfPostId(match.captured(1).toULongLong())) {
            *statusId = match.captured(1);
            return date;
        }
    }
    return std::nullopt;
}

std::optional<QDate> latestFullDate(const QString &body)
{
    std::optional<QDate> latest;
    QRegularExpressionMatchIterator it = fullDatePattern().globalMatch(body);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        QDate date;
        if (m.hasCaptured(1)) {
            date = QDate(m.captured(3).toInt(), DateText::monthFromName(m.capturedView(1)), m.captured(2).toInt());
        } else if (m.hasCaptured(5)) {
            date = QDate(m.captured(6).toInt(), DateText::monthFromName(m.capturedView(5)), m.captured(4).toInt());
        } else {
            date = QDate(m.captured(7).toInt(), m.captured(8).toInt(), m.captured(9).toInt());
        }
        if (date.isValid() && date.year() >= 1800 && (!latest || date > *latest)) {
            latest = date;
        }
    }
    return latest;
}

} // namespace

QString ArticleParser::normaliseLineEnds(const QString &text)
{
    // One scan without branches, which the compiler vectorises: nearly every text needs no change.
    // (Cheaper than three of Qt's character searches, each a pass over the text.)
    const auto *in = reinterpret_cast<const char16_t *>(text.constData());
    char16_t changes = 0; // as wide as a character, or the loop is not vectorised
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = in[i];
        changes |= char16_t(-char16_t((c == u'\r') | (c == 0xFEFF) | (c == 0)));
    }
    if (changes == 0) {
        return text;
    }
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            result += u'\n';
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
        } else if (c != QChar(0xFEFF) && !c.isNull()) {
            result += c;
        }
    }
    return result;
}

qsizetype ArticleParser::datelineLength(const QString &body)
{
    const QRegularExpressionMatch match = datelinePattern().matchView(QStringView(body).left(200));
    if (!match.hasMatch()) {
        return 0;
    }
    // Only a date or an agency makes a dateline; "Live updates: …" is a headline.
    const bool hasDate = match.hasCaptured(2);
    const bool hasAgency = match.hasCaptured(5);
    const bool placeLooksLikeOne = !match.hasCaptured(1) || match.captured(1).size() <= 40;
    return (hasDate || hasAgency) && placeLooksLikeOne ? match.capturedLength(0) : 0;
}

std::optional<ArticleParser::DateInference> ArticleParser::inferDate(const QString &body)
{
    QString statusId;
    const std::optional<QDate> postDate = linkedPostDate(body, &statusId);
    const std::optional<QDate> contentDate = latestFullDate(body);

    // The dateline opens the story, which may follow a headline line.
    QString story = body;
    const QList<Paragraph> paragraphs = paragraphsOf(body);
    if (paragraphs.size() > 1 && datelineLength(body) == 0) {
        const QString first = body.mid(paragraphs.at(0).start, paragraphs.at(0).end - paragraphs.at(0).start);
        if (first.size() <= MaxTitleLength && !endsLikeSentence(first)) {
            story = body.mid(paragraphs.at(1).start);
        }
    }
    const QRegularExpressionMatch dateline = datelinePattern().matchView(QStringView(story).left(200));
    if (datelineLength(story) > 0 && dateline.hasCaptured(2)) {
        const int month = DateText::monthFromName(dateline.capturedView(2));
        const int day = dateline.captured(3).toInt();
        const QString written = dateline.captured(2) + u' ' + dateline.captured(3);
        if (dateline.hasCaptured(4)) {
            const QDate date(dateline.captured(4).toInt(), month, day);
            if (date.isValid()) {
                return DateInference{PartialDate::fromDate(date), DateSource::Dateline,
                                     QObject::tr("from the dateline “%1, %2”").arg(written, dateline.captured(4))};
            }
        } else if (postDate) {
            const QDate date = nearestYear(month, day, *postDate);
            if (date.isValid()) {
                return DateInference{PartialDate::fromDate(date), DateSource::Dateline,
                                     QObject::tr("from the dateline “%1”; the year %2 from the linked X post %3 of %4")
                                         .arg(written)
                                         .arg(date.year())
                                         .arg(statusId, postDate->toString(Qt::ISODate))};
            }
        } else if (contentDate) {
            const QDate date = nearestYear(month, day, *contentDate);
            if (date.isValid()) {
                return DateInference{PartialDate::fromDate(date), DateSource::Dateline,
                                     QObject::tr("from the dateline “%1”; the year %2 from the latest full date in "
                                                 "the text (%3)")
                                         .arg(written)
                                         .arg(date.year())
                                         .arg(contentDate->toString(Qt::ISODate))};
            }
        } else {
            // A year is never invented: the dateline's day stays a note and the date unknown.
            return DateInference{PartialDate{}, DateSource::None,
                                 QObject::tr("the dateline says “%1” but nothing in the article gives the year")
                                     .arg(written)};
        }
    }
    if (postDate) {
        return DateInference{PartialDate::fromDate(*postDate), DateSource::PostId,
                             QObject::tr("from the linked X post %1").arg(statusId)};
    }
    if (contentDate) {
        return DateInference{PartialDate::fromDate(*contentDate), DateSource::Content,
                             QObject::tr("the latest full date in the text")};
    }
    return std::nullopt;
}

QList<Region> ArticleParser::findRegions(const QString &body)
{
    QList<Region> regions;
    for (const Paragraph &paragraph : paragraphsOf(body)) {
        const QStringView text = QStringView(body).mid(paragraph.start, paragraph.end - paragraph.start);
        if (mayStartBoilerplate(text) && boilerplatePattern().matchView(text).hasMatch()) {
            regions.append({paragraph.start, paragraph.end, Region::Kind::Boilerplate});
        }
    }
    if (!mayHoldLink(body)) {
        return regions;
    }
    QRegularExpressionMatchIterator urls = urlPattern().globalMatch(body);
    while (urls.hasNext()) {
        const QRegularExpressionMatch match = urls.next();
        qsizetype end = match.capturedEnd(0);
        while (end > match.capturedStart(0) && QStringLiteral(".,;:!?)]'’").contains(body.at(end - 1))) {
            --end;
        }
        const Region url{match.capturedStart(0), end, Region::Kind::Url};
        const bool insideBoilerplate = std::any_of(regions.cbegin(), regions.cend(), [&](const Region &r) {
            return r.kind == Region::Kind::Boilerplate && r.start <= url.start && url.end <= r.end;
        });
        if (!insideBoilerplate) {
            regions.append(url);
        }
    }
    std::sort(regions.begin(), regions.end(), [](const Region &a, const Region &b) { return a.start < b.start; });
    return regions;
}

QString ArticleParser::titleFor(const QString &body, const QList<Region> &regions)
{
    const QList<Paragraph> paragraphs = paragraphsOf(body);
    qsizetype index = 0;
    while (index < paragraphs.size() && coveredByRegions(paragraphs.at(index), regions)) {
        ++index;
    }
    if (index >= paragraphs.size()) {
        return {};
    }
    const Paragraph &first = paragraphs.at(index);
    QString line = body.mid(first.start, first.end - first.start).simplified();
    const bool moreFollows = index + 1 < paragraphs.size();
    if (moreFollows && line.size() <= MaxTitleLength && !endsLikeSentence(line) && datelineLength(line) == 0) {
        return line;
    }
    line.remove(0, datelineLength(line));
    const QString sentence = line.left(firstSentenceEnd(line)).trimmed();
    return shortenAtWord(sentence, MaxTitleLength);
}

void ArticleParser::complete(NewDocument &document) const
{
    if (document.regions.isEmpty()) {
        document.regions = findRegions(document.body);
    }
    if (document.title.trimmed().isEmpty()) {
        document.title = titleFor(document.body, document.regions);
    }
    document.title = document.title.simplified();
    if (document.published.isEmpty()) {
        if (const std::optional<DateInference> inferred = inferDate(document.body)) {
            document.published = inferred->date.toIso();
            document.datePrecision = inferred->date.precision;
            document.dateSource = inferred->source;
            document.dateNote = inferred->note;
        }
    }
}

NewDocument ArticleParser::parse(const QString &text, const QString &source) const
{
    NewDocument document;
    document.source = source;
    QString body = normaliseLineEnds(text);

    // The header is the first line: matching only that spares PCRE2 checking the whole text.
    const qsizetype firstLineEnd = body.indexOf(u'\n');
    const QRegularExpressionMatch header =
        dateHeaderPattern().matchView(QStringView(body).left(firstLineEnd < 0 ? body.size() : firstLineEnd + 1));
    if (header.hasMatch()) {
        const QDate date(header.captured(1).toInt(), header.captured(2).toInt(), header.captured(3).toInt());
        if (date.isValid()) {
            document.published = IsoDate::day(date);
            document.datePrecision = DatePrecision::Day;
            document.dateSource = DateSource::Header;
        } else {
            document.dateNote = QObject::tr("the date header “%1” is not a calendar date").arg(header.captured(0).trimmed());
        }
        body.remove(0, header.capturedLength());
    }
    document.body = body.trimmed();
    complete(document);
    return document;
}

} // namespace Gloss
