// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlextractor.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <limits>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

// ---------------------------------------------------------------------------------------------
// Characters

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || isAsciiDigit(c);
}

// Characters that never belong in stored text: control characters, soft hyphens (they split
// words for search) and stray byte order marks.
bool isIgnorable(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || (u >= 0x7F && u <= 0x9F) || u == 0xAD || u == 0xFEFF;
}

int digitValue(QChar c, bool hex)
{
    if (isAsciiDigit(c)) {
        return c.unicode() - u'0';
    }
    if (hex && c >= u'a' && c <= u'f') {
        return c.unicode() - u'a' + 10;
    }
    if (hex && c >= u'A' && c <= u'F') {
        return c.unicode() - u'A' + 10;
    }
    return -1;
}

// Collapses whitespace and drops ignorable characters: for titles, dates and URLs.
QString cleanLine(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace() || !isIgnorable(c)) {
            result += c;
        }
    }
    return result.simplified();
}

// ---------------------------------------------------------------------------------------------
// Entities

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table = [] {
        // The Latin-1 names in code point order, starting at U+00A0.
        static constexpr std::array<QStringView, 96> latin1 = {
            u"nbsp",   u"iexcl",  u"cent",   u"pound",  u"curren", u"yen",    u"brvbar", u"sect",
            u"uml",    u"copy",   u"ordf",   u"laquo",  u"not",    u"shy",    u"reg",    u"macr",
            u"deg",    u"plusmn", u"sup2",   u"sup3",   u"acute",  u"micro",  u"para",   u"middot",
            u"cedil",  u"sup1",   u"ordm",   u"raquo",  u"frac14", u"frac12", u"frac34", u"iquest",
            u"Agrave", u"Aacute", u"Acirc",  u"Atilde", u"Auml",   u"Aring",  u"AElig",  u"Ccedil",
            u"Egrave", u"Eacute", u"Ecirc",  u"Euml",   u"Igrave", u"Iacute", u"Icirc",  u"Iuml",
            u"ETH",    u"Ntilde", u"Ograve", u"Oacute", u"Ocirc",  u"Otilde", u"Ouml",   u"times",
            u"Oslash", u"Ugrave", u"Uacute", u"Ucirc",  u"Uuml",   u"Yacute", u"THORN",  u"szlig",
            u"agrave", u"aacute", u"acirc",  u"atilde", u"auml",   u"aring",  u"aelig",  u"ccedil",
            u"egrave", u"eacute", u"ecirc",  u"euml",   u"igrave", u"iacute", u"icirc",  u"iuml",
            u"eth",    u"ntilde", u"ograve", u"oacute", u"ocirc",  u"otilde", u"ouml",   u"divide",
            u"oslash", u"ugrave", u"uacute", u"ucirc",  u"uuml",   u"yacute", u"thorn",  u"yuml",
        };
        static constexpr std::pair<QStringView, char32_t> others[] = {
            {u"quot", 0x22},     {u"amp", 0x26},      {u"apos", 0x27},    {u"lt", 0x3C},
            {u"gt", 0x3E},       {u"OElig", 0x152},   {u"oelig", 0x153},  {u"Scaron", 0x160},
            {u"scaron", 0x161},  {u"Yuml", 0x178},    {u"Zcaron", 0x17D}, {u"zcaron", 0x17E},
            {u"fnof", 0x192},    {u"circ", 0x2C6},    {u"tilde", 0x2DC},  {u"ensp", 0x2002},
            {u"emsp", 0x2003},   {u"thinsp", 0x2009}, {u"zwnj", 0x200C},  {u"zwj", 0x200D},
            {u"lrm", 0x200E},    {u"rlm", 0x200F},    {u"hyphen", 0x2010}, {u"ndash", 0x2013},
            {u"mdash", 0x2014},  {u"lsquo", 0x2018},  {u"rsquo", 0x2019}, {u"sbquo", 0x201A},
            {u"ldquo", 0x201C},  {u"rdquo", 0x201D},  {u"bdquo", 0x201E}, {u"dagger", 0x2020},
            {u"Dagger", 0x2021}, {u"bull", 0x2022},   {u"hellip", 0x2026}, {u"permil", 0x2030},
            {u"prime", 0x2032},  {u"Prime", 0x2033},  {u"lsaquo", 0x2039}, {u"rsaquo", 0x203A},
            {u"oline", 0x203E},  {u"frasl", 0x2044},  {u"euro", 0x20AC},  {u"trade", 0x2122},
            {u"larr", 0x2190},   {u"uarr", 0x2191},   {u"rarr", 0x2192},  {u"darr", 0x2193},
            {u"harr", 0x2194},   {u"minus", 0x2212},  {u"infin", 0x221E}, {u"asymp", 0x2248},
            {u"ne", 0x2260},     {u"le", 0x2264},     {u"ge", 0x2265},
        };
        QHash<QString, char32_t> names;
        for (size_t i = 0; i < latin1.size(); ++i) {
            names.insert(latin1[i].toString(), char32_t(0xA0 + i));
        }
        for (const auto &[name, codePoint] : others) {
            names.insert(name.toString(), codePoint);
        }
        return names;
    }();
    return table;
}

// Browsers still accept these without the closing semicolon, and old pages rely on it.
bool isLegacyEntity(QStringView name)
{
    return name == u"amp" || name == u"lt" || name == u"gt" || name == u"quot" || name == u"nbsp";
}

// Numeric references to 0x80-0x9F mean Windows-1252 characters in practice (HTML says so too).
char32_t fromWindows1252(char32_t codePoint)
{
    static constexpr std::array<char16_t, 32> table = {
        0x20AC, 0x81,   0x201A, 0x192,  0x201E, 0x2026, 0x2020, 0x2021, 0x2C6,  0x2030, 0x160,
        0x2039, 0x152,  0x8D,   0x17D,  0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x2DC,  0x2122, 0x161,  0x203A, 0x153,  0x9D,   0x17E,  0x178,
    };
    return table[codePoint - 0x80];
}

QString codePointText(char32_t codePoint)
{
    if (codePoint == 0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
        codePoint = 0xFFFD;
    } else if (codePoint >= 0x80 && codePoint <= 0x9F) {
        codePoint = fromWindows1252(codePoint);
    } else if (codePoint == 0xA0) {
        codePoint = u' ';
    }
    return QString::fromUcs4(&codePoint, 1);
}

struct DecodedEntity {
    QString text;
    qsizetype length = 0; // 0: not an entity, keep the '&'
};

enum class EntityContext { Text, Attribute };

DecodedEntity decodeNumericEntity(QStringView text, qsizetype ampersand)
{
    qsizetype i = ampersand + 2;
    const bool hex = i < text.size() && (text[i] == u'x' || text[i] == u'X');
    if (hex) {
        ++i;
    }
    const qsizetype digitsStart = i;
    char32_t value = 0;
    bool tooLarge = false;
    for (; i < text.size(); ++i) {
        const int digit = digitValue(text[i], hex);
        if (digit < 0) {
            break;
        }
        if (!tooLarge) {
            value = value * (hex ? 16 : 10) + char32_t(digit);
            tooLarge = value > 0x10FFFF;
        }
    }
    if (i == digitsStart) {
        return {};
    }
    if (i < text.size() && text[i] == u';') {
        ++i;
    }
    return {codePointText(tooLarge ? char32_t(0x110000) : value), i - ampersand};
}

DecodedEntity decodeNamedEntity(QStringView text, qsizetype ampersand, EntityContext context)
{
    constexpr qsizetype LongestName = 32;
    const qsizetype nameStart = ampersand + 1;
    qsizetype end = nameStart;
    while (end < text.size() && isAsciiAlnum(text[end])) {
        ++end;
    }
    const qsizetype nameLength = end - nameStart;
    if (nameLength == 0 || nameLength > LongestName) {
        return {};
    }
    const QStringView name = text.sliced(nameStart, nameLength);
    const bool terminated = end < text.size() && text[end] == u';';
    // In attribute values "&amp=" is a URL parameter, not an entity.
    const bool legacyAllowed = isLegacyEntity(name)
        && !(context == EntityContext::Attribute && end < text.size() && text[end] == u'=');
    if (!terminated && !legacyAllowed) {
        return {};
    }
    const auto found = namedEntities().constFind(name.toString());
    if (found == namedEntities().cend()) {
        return {};
    }
    return {codePointText(*found), nameLength + 1 + (terminated ? 1 : 0)};
}

QString decodeEntities(QStringView text, EntityContext context)
{
    qsizetype ampersand = text.indexOf(u'&');
    if (ampersand < 0) {
        return text.toString();
    }
    QString result;
    result.reserve(text.size());
    qsizetype done = 0;
    while (ampersand >= 0) {
        result += text.sliced(done, ampersand - done);
        const bool numeric = ampersand + 1 < text.size() && text[ampersand + 1] == u'#';
        const DecodedEntity entity =
            numeric ? decodeNumericEntity(text, ampersand) : decodeNamedEntity(text, ampersand, context);
        if (entity.length == 0) {
            result += u'&';
            done = ampersand + 1;
        } else {
            result += entity.text;
            done = ampersand + entity.length;
        }
        ampersand = text.indexOf(u'&', done);
    }
    result += text.sliced(done);
    return result;
}

// ---------------------------------------------------------------------------------------------
// Elements

enum ElementTrait : unsigned {
    Block = 1 << 0,        // paragraph break before and after
    Dropped = 1 << 1,      // content never reaches the text
    RawText = 1 << 2,      // content is not markup: read up to the matching end tag
    Void = 1 << 3,         // never has content or an end tag
    Preformatted = 1 << 4, // line breaks kept
    Spaced = 1 << 5,       // a word break before and after (table cells)
    HeadContent = 1 << 6,  // may appear inside <head> without closing it
    Foreign = 1 << 7,      // svg and math: self-closing tags are honoured there
};

unsigned traitsOf(const QString &name)
{
    static const QHash<QString, unsigned> traits = [] {
        QHash<QString, unsigned> table;
        for (const QString &block :
             {u"p"_s,      u"div"_s,     u"h1"_s,        u"h2"_s,      u"h3"_s,     u"h4"_s,    u"h5"_s,
              u"h6"_s,     u"li"_s,      u"tr"_s,        u"blockquote"_s, u"section"_s, u"article"_s,
              u"header"_s, u"figure"_s,  u"figcaption"_s, u"table"_s,  u"ul"_s,     u"ol"_s,    u"dl"_s,
              u"dd"_s,     u"dt"_s,      u"main"_s,      u"address"_s, u"caption"_s, u"center"_s,
              u"details"_s, u"summary"_s, u"hgroup"_s,   u"fieldset"_s, u"legend"_s, u"body"_s}) {
            table.insert(block, Block);
        }
        for (const QString &dropped :
             {u"head"_s, u"template"_s, u"object"_s, u"canvas"_s, u"select"_s, u"button"_s, u"nav"_s,
              u"footer"_s, u"aside"_s, u"form"_s, u"audio"_s, u"video"_s, u"dialog"_s, u"map"_s}) {
            table.insert(dropped, Dropped);
        }
        for (const QString &raw : {u"script"_s, u"style"_s, u"noscript"_s, u"iframe"_s, u"textarea"_s,
                                   u"xmp"_s, u"noembed"_s, u"noframes"_s, u"title"_s}) {
            table.insert(raw, RawText | Dropped);
        }
        for (const QString &empty : {u"area"_s, u"base"_s, u"br"_s, u"col"_s, u"embed"_s, u"img"_s,
                                     u"input"_s, u"link"_s, u"meta"_s, u"param"_s, u"source"_s,
                                     u"track"_s, u"wbr"_s, u"keygen"_s}) {
            table.insert(empty, Void);
        }
        table.insert(u"hr"_s, Void | Block);
        table.insert(u"pre"_s, Block | Preformatted);
        table.insert(u"listing"_s, Block | Preformatted);
        table.insert(u"td"_s, Spaced);
        table.insert(u"th"_s, Spaced);
        table.insert(u"svg"_s, Dropped | Foreign);
        table.insert(u"math"_s, Dropped | Foreign);
        for (const QString &inHead : {u"title"_s, u"meta"_s, u"link"_s, u"style"_s, u"script"_s,
                                      u"noscript"_s, u"base"_s, u"template"_s}) {
            table[inHead] |= HeadContent;
        }
        return table;
    }();
    return traits.value(name);
}

struct Attribute {
    QString name;
    QString value;
};

struct Tag {
    QString name;
    QList<Attribute> attributes;
    bool selfClosing = false;

    bool has(QStringView attributeName) const
    {
        for (const Attribute &attribute : attributes) {
            if (attribute.name == attributeName) {
                return true;
            }
        }
        return false;
    }

    QString value(QStringView attributeName) const
    {
        for (const Attribute &attribute : attributes) {
            if (attribute.name == attributeName) {
                return attribute.value.trimmed();
            }
        }
        return {};
    }
};

bool hasBoilerplateRole(const Tag &tag)
{
    static const QSet<QString> roles = {u"navigation"_s, u"complementary"_s, u"contentinfo"_s, u"search"_s};
    return roles.contains(tag.value(u"role").toLower());
}

bool isAdvertisementName(QStringView token)
{
    static const QSet<QString> names = {u"ad"_s, u"ads"_s, u"advert"_s, u"adverts"_s,
                                        u"advertisement"_s, u"advertising"_s};
    return names.contains(token.toString()) || token.startsWith(u"ad-") || token.startsWith(u"ads-")
        || token.startsWith(u"advert");
}

bool isAdvertisement(const Tag &tag)
{
    const QStringList tokens = tag.value(u"class").toLower().simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        if (isAdvertisementName(token)) {
            return true;
        }
    }
    return isAdvertisementName(tag.value(u"id").toLower());
}

bool isDateMetaName(const QString &lowerName)
{
    static const QSet<QString> names = {u"date"_s,        u"pubdate"_s,          u"publishdate"_s,
                                        u"dc.date"_s,     u"dc.date.issued"_s,   u"sailthru.date"_s,
                                        u"parsely-pub-date"_s, u"publish-date"_s, u"publication_date"_s};
    return names.contains(lowerName);
}

bool hasToken(const QString &list, QStringView token)
{
    const QStringList tokens = list.simplified().split(u' ', Qt::SkipEmptyParts);
    for (const QString &candidate : tokens) {
        if (candidate.compare(token, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QString jsonLdDatePublished(QStringView json)
{
    static const QRegularExpression pattern(u"\"datePublished\"\\s*:\\s*\"([^\"]*)\""_s);
    return pattern.matchView(json).captured(1);
}

// ---------------------------------------------------------------------------------------------
// Text assembly

// Builds the plain text: whitespace collapsed to single spaces (kept inside <pre>), breaks
// merged so paragraphs are separated by exactly one blank line, nothing at either end.
class TextWriter final
{
public:
    void append(QStringView text, bool preformatted)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c == u'\r' && preformatted && i + 1 < text.size() && text[i + 1] == u'\n') {
                continue;
            }
            if (isHtmlSpace(c) || c == QChar(0xA0)) {
                appendSpace(c, preformatted);
            } else if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
                put(c);
                put(text[++i]);
            } else if (c.isSurrogate()) {
                put(QChar(QChar::ReplacementCharacter));
            } else if (!isIgnorable(c)) {
                put(c);
            }
        }
    }

    void lineBreak()
    {
        if (m_text.isEmpty()) {
            return;
        }
        m_spaces.clear();
        // Two <br> in a row is how many pages separate paragraphs.
        m_pending = m_pending == Pending::None ? Pending::Line : Pending::Paragraph;
    }

    void paragraphBreak()
    {
        if (m_text.isEmpty()) {
            return;
        }
        m_spaces.clear();
        m_pending = Pending::Paragraph;
    }

    QString text() const { return m_text; }

private:
    enum class Pending { None, Line, Paragraph };

    void appendSpace(QChar c, bool preformatted)
    {
        if (preformatted) {
            if (c == u'\n' || c == u'\r') {
                lineBreak();
            } else if (!m_text.isEmpty()) {
                m_spaces += c == u'\t' ? c : QChar(u' ');
            }
        } else if (m_pending == Pending::None && !m_text.isEmpty() && m_spaces.isEmpty()) {
            m_spaces = u" "_s;
        }
    }

    void put(QChar c)
    {
        if (m_pending == Pending::Paragraph) {
            m_text += u"\n\n";
        } else if (m_pending == Pending::Line) {
            m_text += u'\n';
        }
        m_pending = Pending::None;
        m_text += m_spaces;
        m_spaces.clear();
        m_text += c;
    }

    QString m_text;
    QString m_spaces;
    Pending m_pending = Pending::None;
};

struct OpenElement {
    QString name;
    bool block = false;
    bool spaced = false;
    bool dropped = false;
    bool preformatted = false;
    bool foreign = false;
    bool article = false; // an outermost <article> outside dropped content
    bool heading = false; // the <h1> whose text may become the title
};

// Dates by preference: the first found at the lowest level wins.
enum DateLevel { PublishedTimeMeta, DateNameMeta, ItemPropDate, TimeElement, JsonLdDate, DateLevelCount };

// ---------------------------------------------------------------------------------------------
// Extraction

// One pass over the page. Tags are matched against a stack of open elements instead of being
// parsed into a tree, so deep or broken nesting costs nothing extra.
class Extractor final
{
public:
    explicit Extractor(QStringView html)
        : m_html(html)
    {
    }

    HtmlArticle run();

private:
    void consumeMarkup();
    void consumeComment();
    void consumeCData();
    void consumeBogusComment();
    void consumeEndTag();
    void consumeStartTag();
    std::optional<Tag> parseTag();
    qsizetype parseAttribute(Tag &tag, qsizetype start);
    qsizetype findQuote(QChar quote, qsizetype from);
    void consumeRawText(const Tag &tag);
    qsizetype findEndTag(qsizetype from, QStringView name) const;
    void skipPast(QChar c, qsizetype from);
    qsizetype skipSpaces(qsizetype from) const;

    void handleStartTag(const Tag &tag);
    void handleEndTag(const QString &name);
    void openElement(const Tag &tag, unsigned traits);
    void closeUntil(const QString &name);
    void popElement();
    bool isDropped(const Tag &tag, unsigned traits) const;
    void readMetadata(const Tag &tag);
    void readMeta(const Tag &tag);
    void readTime(const Tag &tag);
    void setDate(DateLevel level, const QString &value);
    void finishArticle();

    void handleText(QStringView raw);
    void emitText(QStringView text);
    void paragraphBreak();
    void lineBreak();

    QStringView m_html;
    qsizetype m_pos = 0;
    qsizetype m_noDoubleQuoteFrom = std::numeric_limits<qsizetype>::max();
    qsizetype m_noSingleQuoteFrom = std::numeric_limits<qsizetype>::max();
    qsizetype m_noCommentEndFrom = std::numeric_limits<qsizetype>::max();
    bool m_skipNewline = false;

    QList<OpenElement> m_stack;
    QHash<QString, int> m_openCount;
    int m_dropDepth = 0;
    int m_preDepth = 0;
    int m_foreignDepth = 0;
    bool m_inArticle = false;
    bool m_inHeading = false;

    TextWriter m_document;
    TextWriter m_article;
    QString m_articleTime;
    QString m_bestArticle;
    QString m_bestArticleTime;
    QString m_firstTime;

    QString m_heading;
    QString m_headingTitle;
    QString m_titleElement;
    QString m_ogTitle;
    QString m_canonical;
    QString m_ogUrl;
    std::array<QString, DateLevelCount> m_dates;
};

HtmlArticle Extractor::run()
{
    while (m_pos < m_html.size()) {
        const qsizetype lt = m_html.indexOf(u'<', m_pos);
        const qsizetype textEnd = lt < 0 ? m_html.size() : lt;
        if (textEnd > m_pos) {
            handleText(m_html.sliced(m_pos, textEnd - m_pos));
        }
        if (lt < 0) {
            break;
        }
        m_pos = lt;
        consumeMarkup();
    }
    while (!m_stack.isEmpty()) {
        popElement();
    }

    if (m_dates[TimeElement].isEmpty()) {
        m_dates[TimeElement] = m_bestArticleTime.isEmpty() ? m_firstTime : m_bestArticleTime;
    }
    HtmlArticle article;
    for (const QString &title : {m_ogTitle, m_headingTitle, m_titleElement}) {
        article.title = cleanLine(title);
        if (!article.title.isEmpty()) {
            break;
        }
    }
    article.text = m_bestArticle.isEmpty() ? m_document.text() : m_bestArticle;
    for (const QString &date : m_dates) {
        article.published = cleanLine(date);
        if (!article.published.isEmpty()) {
            break;
        }
    }
    article.url = cleanLine(m_canonical.isEmpty() ? m_ogUrl : m_canonical);
    return article;
}

// m_pos is on a '<'.
void Extractor::consumeMarkup()
{
    m_skipNewline = false;
    const qsizetype next = m_pos + 1;
    if (next >= m_html.size()) {
        handleText(u"<");
        m_pos = next;
        return;
    }
    const QChar c = m_html[next];
    if (c == u'!') {
        const QStringView rest = m_html.sliced(m_pos);
        if (rest.startsWith(u"<!--")) {
            consumeComment();
        } else if (rest.startsWith(u"<![CDATA[", Qt::CaseInsensitive)) {
            consumeCData();
        } else {
            consumeBogusComment();
        }
    } else if (c == u'?') {
        consumeBogusComment();
    } else if (c == u'/') {
        consumeEndTag();
    } else if (isAsciiAlpha(c)) {
        consumeStartTag();
    } else {
        handleText(u"<");
        m_pos = next;
    }
}

void Extractor::consumeComment()
{
    const qsizetype start = m_pos + 4;
    const QStringView rest = m_html.sliced(start);
    if (rest.startsWith(u'>')) {
        m_pos = start + 1;
        return;
    }
    if (rest.startsWith(u"->")) {
        m_pos = start + 2;
        return;
    }
    const qsizetype end = start >= m_noCommentEndFrom ? -1 : m_html.indexOf(u"-->", start);
    if (end >= 0) {
        m_pos = end + 3;
        return;
    }
    m_noCommentEndFrom = std::min(m_noCommentEndFrom, start);
    // Browsers would hide the rest of the page; ending at the next '>' loses far less text.
    skipPast(u'>', start);
}

void Extractor::consumeCData()
{
    const qsizetype start = m_pos + 9;
    const qsizetype end = m_html.indexOf(u"]]>", start);
    const qsizetype contentEnd = end < 0 ? m_html.size() : end;
    emitText(m_html.sliced(start, contentEnd - start));
    m_pos = end < 0 ? m_html.size() : end + 3;
}

// <!doctype …>, <?xml …?> and other markup that is neither a tag nor a comment.
void Extractor::consumeBogusComment()
{
    skipPast(u'>', m_pos + 1);
}

void Extractor::consumeEndTag()
{
    const qsizetype nameStart = m_pos + 2;
    if (nameStart >= m_html.size()) {
        handleText(u"</");
        m_pos = m_html.size();
        return;
    }
    if (!isAsciiAlpha(m_html[nameStart])) {
        consumeBogusComment();
        return;
    }
    qsizetype nameEnd = nameStart;
    while (nameEnd < m_html.size() && !isHtmlSpace(m_html[nameEnd]) && m_html[nameEnd] != u'/'
           && m_html[nameEnd] != u'>') {
        ++nameEnd;
    }
    const QString name = m_html.sliced(nameStart, nameEnd - nameStart).toString().toLower();
    const qsizetype gt = m_html.indexOf(u'>', nameEnd);
    if (gt < 0) {
        m_pos = m_html.size(); // an end tag cut off by the end of the file is dropped
        return;
    }
    m_pos = gt + 1;
    handleEndTag(name);
}

void Extractor::consumeStartTag()
{
    const std::optional<Tag> tag = parseTag();
    if (tag) {
        handleStartTag(*tag);
    }
}

// Reads the tag at m_pos and moves past it; nothing when the file ends inside the tag.
std::optional<Tag> Extractor::parseTag()
{
    const qsizetype nameStart = m_pos + 1;
    qsizetype i = nameStart;
    while (i < m_html.size() && !isHtmlSpace(m_html[i]) && m_html[i] != u'/' && m_html[i] != u'>') {
        ++i;
    }
    Tag tag;
    tag.name = m_html.sliced(nameStart, i - nameStart).toString().toLower();
    while (i < m_html.size()) {
        const QChar c = m_html[i];
        if (isHtmlSpace(c)) {
            ++i;
        } else if (c == u'>') {
            m_pos = i + 1;
            return tag;
        } else if (c == u'/') {
            if (i + 1 < m_html.size() && m_html[i + 1] == u'>') {
                tag.selfClosing = true;
                m_pos = i + 2;
                return tag;
            }
            ++i;
        } else {
            i = parseAttribute(tag, i);
        }
    }
    m_pos = m_html.size();
    return std::nullopt;
}

// Reads one attribute starting at start and returns the position after it.
qsizetype Extractor::parseAttribute(Tag &tag, qsizetype start)
{
    const auto endsName = [](QChar c) { return isHtmlSpace(c) || c == u'/' || c == u'>' || c == u'='; };
    qsizetype i = start + 1; // the first character belongs to the name, even a stray '='
    while (i < m_html.size() && !endsName(m_html[i])) {
        ++i;
    }
    Attribute attribute{m_html.sliced(start, i - start).toString().toLower(), {}};
    const auto add = [&tag](Attribute &&parsed) {
        if (!tag.has(parsed.name)) {
            tag.attributes.append(std::move(parsed));
        }
    };

    qsizetype j = skipSpaces(i);
    if (j >= m_html.size() || m_html[j] != u'=') {
        add(std::move(attribute));
        return i;
    }
    j = skipSpaces(j + 1);
    if (j >= m_html.size()) {
        return j;
    }
    const QChar quote = m_html[j];
    qsizetype valueStart = j;
    qsizetype valueEnd = j;
    qsizetype next = j;
    if (quote == u'"' || quote == u'\'') {
        valueStart = j + 1;
        const qsizetype close = findQuote(quote, valueStart);
        if (close >= 0) {
            valueEnd = close;
            next = close + 1;
        } else {
            // An unclosed quote would swallow the rest of the page; end the value at the tag's end.
            const qsizetype gt = m_html.indexOf(u'>', valueStart);
            valueEnd = next = gt < 0 ? m_html.size() : gt;
        }
    } else {
        while (next < m_html.size() && !isHtmlSpace(m_html[next]) && m_html[next] != u'>') {
            ++next;
        }
        valueEnd = next;
    }
    attribute.value = decodeEntities(m_html.sliced(valueStart, valueEnd - valueStart), EntityContext::Attribute);
    add(std::move(attribute));
    return next;
}

// Remembers where a quote character stopped occurring, so many unclosed quotes stay linear.
qsizetype Extractor::findQuote(QChar quote, qsizetype from)
{
    qsizetype &missingFrom = quote == u'"' ? m_noDoubleQuoteFrom : m_noSingleQuoteFrom;
    if (from >= missingFrom) {
        return -1;
    }
    const qsizetype found = m_html.indexOf(quote, from);
    if (found < 0) {
        missingFrom = from;
    }
    return found;
}

qsizetype Extractor::skipSpaces(qsizetype from) const
{
    while (from < m_html.size() && isHtmlSpace(m_html[from])) {
        ++from;
    }
    return from;
}

void Extractor::skipPast(QChar c, qsizetype from)
{
    const qsizetype found = m_html.indexOf(c, from);
    m_pos = found < 0 ? m_html.size() : found + 1;
}

// The '<' of the first "</name" (any case) ending a name, from from; -1 when there is none.
qsizetype Extractor::findEndTag(qsizetype from, QStringView name) const
{
    qsizetype i = m_html.indexOf(u"</", from);
    while (i >= 0) {
        const qsizetype nameEnd = i + 2 + name.size();
        if (nameEnd <= m_html.size() && m_html.sliced(i + 2, name.size()).compare(name, Qt::CaseInsensitive) == 0
            && (nameEnd == m_html.size() || isHtmlSpace(m_html[nameEnd]) || m_html[nameEnd] == u'/'
                || m_html[nameEnd] == u'>')) {
            return i;
        }
        i = m_html.indexOf(u"</", i + 2);
    }
    return -1;
}

void Extractor::consumeRawText(const Tag &tag)
{
    const qsizetype end = findEndTag(m_pos, tag.name);
    const qsizetype contentEnd = end < 0 ? m_html.size() : end;
    const QStringView content = m_html.sliced(m_pos, contentEnd - m_pos);
    if (tag.name == u"title") {
        if (m_titleElement.isEmpty()) {
            m_titleElement = decodeEntities(content, EntityContext::Text);
        }
    } else if (tag.name == u"script" && tag.value(u"type").contains(u"ld+json", Qt::CaseInsensitive)) {
        setDate(JsonLdDate, jsonLdDatePublished(content));
    }
    if (end < 0) {
        m_pos = m_html.size();
    } else {
        skipPast(u'>', end);
    }
}

void Extractor::handleStartTag(const Tag &tag)
{
    if (tag.name == u"html") {
        return;
    }
    const unsigned traits = traitsOf(tag.name);
    // Browsers close an unclosed <head> at the first tag that cannot be inside it.
    if (!(traits & HeadContent) && tag.name != u"head" && !m_stack.isEmpty() && m_stack.constLast().name == u"head") {
        popElement();
    }
    readMetadata(tag);

    const bool inForeign = m_foreignDepth > 0;
    if ((traits & RawText) && !(inForeign && (tag.selfClosing || tag.name == u"title"))) {
        consumeRawText(tag);
        return;
    }
    if (tag.name == u"br") {
        lineBreak();
        return;
    }
    if (traits & Void) {
        if (traits & Block) {
            paragraphBreak();
        }
        return;
    }
    if (tag.selfClosing && (inForeign || (traits & Foreign))) {
        return;
    }
    openElement(tag, traits);
}

void Extractor::openElement(const Tag &tag, unsigned traits)
{
    OpenElement element;
    element.name = tag.name;
    element.block = traits & Block;
    element.spaced = traits & Spaced;
    element.dropped = isDropped(tag, traits);
    element.preformatted = traits & Preformatted;
    element.foreign = traits & Foreign;

    if (element.block) {
        paragraphBreak();
    } else if (element.spaced) {
        emitText(u" ");
    }
    if (element.dropped) {
        ++m_dropDepth;
    }
    if (element.preformatted) {
        ++m_preDepth;
        m_skipNewline = true; // like browsers, ignore the newline right after <pre>
    }
    if (element.foreign) {
        ++m_foreignDepth;
    }
    if (tag.name == u"article" && !m_inArticle && m_dropDepth == 0) {
        element.article = true;
        m_inArticle = true;
        m_article = TextWriter();
        m_articleTime.clear();
    }
    if (tag.name == u"h1" && !m_inHeading && m_headingTitle.isEmpty() && m_dropDepth == 0) {
        element.heading = true;
        m_inHeading = true;
        m_heading.clear();
    }
    ++m_openCount[element.name];
    m_stack.append(std::move(element));
}

bool Extractor::isDropped(const Tag &tag, unsigned traits) const
{
    if (tag.name == u"form") {
        // Some sites (ASP.NET) wrap the whole page in one <form>; only smaller forms are chrome.
        const bool wrapsPage = m_stack.isEmpty() || m_stack.constLast().name == u"body";
        return !wrapsPage;
    }
    return (traits & Dropped) || tag.has(u"hidden") || hasBoilerplateRole(tag) || isAdvertisement(tag);
}

void Extractor::handleEndTag(const QString &name)
{
    if (name == u"br") { // browsers read </br> as <br>
        lineBreak();
        return;
    }
    if (!m_openCount.contains(name)) {
        // A stray </p> still ends a paragraph.
        if (traitsOf(name) & Block) {
            paragraphBreak();
        }
        return;
    }
    closeUntil(name);
}

// Pops up to and including the innermost open element called name; it must be open.
void Extractor::closeUntil(const QString &name)
{
    while (!m_stack.isEmpty()) {
        const bool matches = m_stack.constLast().name == name;
        popElement();
        if (matches) {
            return;
        }
    }
}

void Extractor::popElement()
{
    const OpenElement element = m_stack.takeLast();
    if (--m_openCount[element.name] == 0) {
        m_openCount.remove(element.name);
    }
    if (element.heading) {
        m_inHeading = false;
        m_headingTitle = cleanLine(m_heading);
    }
    if (element.article) {
        finishArticle();
    }
    if (element.dropped) {
        --m_dropDepth;
    }
    if (element.preformatted) {
        --m_preDepth;
    }
    if (element.foreign) {
        --m_foreignDepth;
    }
    if (element.block) {
        paragraphBreak();
    } else if (element.spaced) {
        emitText(u" ");
    }
}

// Keeps the longest <article>: pages often add teaser <article>s for related stories.
void Extractor::finishArticle()
{
    m_inArticle = false;
    const QString text = m_article.text();
    if (text.size() > m_bestArticle.size()) {
        m_bestArticle = text;
        m_bestArticleTime = m_articleTime;
    }
}

void Extractor::readMetadata(const Tag &tag)
{
    if (tag.name == u"meta") {
        readMeta(tag);
    } else if (tag.name == u"link") {
        if (m_canonical.isEmpty() && hasToken(tag.value(u"rel"), u"canonical")) {
            m_canonical = tag.value(u"href");
        }
    } else if (tag.name == u"time") {
        readTime(tag);
    }
    if (tag.value(u"itemprop").compare(u"datePublished", Qt::CaseInsensitive) == 0) {
        const QString content = tag.value(u"content");
        setDate(ItemPropDate, content.isEmpty() ? tag.value(u"datetime") : content);
    }
}

void Extractor::readMeta(const Tag &tag)
{
    const QString content = tag.value(u"content");
    if (content.isEmpty()) {
        return;
    }
    for (const QString &key : {tag.value(u"property").toLower(), tag.value(u"name").toLower()}) {
        if (key == u"og:title" && m_ogTitle.isEmpty()) {
            m_ogTitle = content;
        } else if (key == u"og:url" && m_ogUrl.isEmpty()) {
            m_ogUrl = content;
        } else if (key == u"article:published_time") {
            setDate(PublishedTimeMeta, content);
        } else if (isDateMetaName(key)) {
            setDate(DateNameMeta, content);
        }
    }
}

// A <time> in navigation or other dropped chrome is usually today's date, not the story's.
void Extractor::readTime(const Tag &tag)
{
    const QString datetime = tag.value(u"datetime");
    if (datetime.isEmpty() || m_dropDepth > 0) {
        return;
    }
    if (m_inArticle && m_articleTime.isEmpty()) {
        m_articleTime = datetime;
    }
    if (m_firstTime.isEmpty()) {
        m_firstTime = datetime;
    }
}

void Extractor::setDate(DateLevel level, const QString &value)
{
    if (m_dates[level].isEmpty()) {
        m_dates[level] = value.trimmed();
    }
}

void Extractor::handleText(QStringView raw)
{
    if (m_skipNewline) {
        m_skipNewline = false;
        if (raw.startsWith(u"\r\n")) {
            raw = raw.sliced(2);
        } else if (raw.startsWith(u'\n')) {
            raw = raw.sliced(1);
        }
    }
    if (m_dropDepth > 0 || raw.isEmpty()) {
        return;
    }
    emitText(decodeEntities(raw, EntityContext::Text));
}

void Extractor::emitText(QStringView text)
{
    if (m_dropDepth > 0) {
        return;
    }
    const bool preformatted = m_preDepth > 0;
    m_document.append(text, preformatted);
    if (m_inArticle) {
        m_article.append(text, preformatted);
    }
    if (m_inHeading) {
        m_heading += text;
    }
}

void Extractor::paragraphBreak()
{
    if (m_dropDepth > 0) {
        return;
    }
    m_document.paragraphBreak();
    if (m_inArticle) {
        m_article.paragraphBreak();
    }
    if (m_inHeading) {
        m_heading += u' ';
    }
}

void Extractor::lineBreak()
{
    if (m_dropDepth > 0) {
        return;
    }
    m_document.lineBreak();
    if (m_inArticle) {
        m_article.lineBreak();
    }
    if (m_inHeading) {
        m_heading += u' ';
    }
}

// ---------------------------------------------------------------------------------------------
// Sniffing

bool startsWithTag(QStringView text, QStringView name)
{
    if (text.size() < name.size() + 1 || text[0] != u'<'
        || text.sliced(1, name.size()).compare(name, Qt::CaseInsensitive) != 0) {
        return false;
    }
    const qsizetype after = name.size() + 1;
    return after == text.size() || isHtmlSpace(text[after]) || text[after] == u'>' || text[after] == u'/';
}

bool startsLikeHtml(QStringView text)
{
    if (text.startsWith(u"<!--") || text.startsWith(u"<!doctype html", Qt::CaseInsensitive)) {
        return true;
    }
    for (const QStringView name : {u"html", u"head", u"body", u"meta", u"article"}) {
        if (startsWithTag(text, name)) {
            return true;
        }
    }
    return false;
}

bool containsHtmlHint(QStringView text)
{
    static const QRegularExpression hint(u"<(?:html|body|div)[\\s>/]|<p>|<p\\s|</p>"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    return hint.matchView(text).hasMatch();
}

bool containsClosingTag(QStringView text)
{
    static const QRegularExpression closing(u"</[a-zA-Z][a-zA-Z0-9]*\\s*>"_s);
    return closing.matchView(text).hasMatch();
}

} // namespace

HtmlArticle HtmlExtractor::extract(const QString &html)
{
    return Extractor(html).run();
}

bool HtmlExtractor::looksLikeHtml(const QString &text)
{
    constexpr qsizetype SniffLength = 2048;
    qsizetype start = 0;
    while (start < text.size() && (text[start].isSpace() || text[start] == QChar(0xFEFF))) {
        ++start;
    }
    const QStringView head = QStringView(text).sliced(start, std::min(text.size() - start, SniffLength));
    if (!head.contains(u'<')) {
        return false; // most plain articles: no need to run the patterns
    }
    return startsLikeHtml(head) || (containsHtmlHint(head) && containsClosingTag(head));
}

} // namespace Gloss
