// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencesplitter.h"

#include "wordtable.h"

#include <QString>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

bool isClosing(QChar c)
{
    return c == u'"' || c == u'”' || c == u'’' || c == u'\'' || c == u')' || c == u']';
}

bool opensSentence(QChar c)
{
    return c.isUpper() || c.isDigit() || c == u'"' || c == u'“' || c == u'‘' || c == u'\'' || c == u'(';
}

const WordSet &abbreviations()
{
    static const WordSet words = {
        u"mr"_s,   u"mrs"_s,  u"ms"_s,   u"dr"_s,    u"prof"_s, u"gen"_s,  u"sen"_s,  u"rep"_s,  u"gov"_s,
        u"lt"_s,   u"col"_s,  u"sgt"_s,  u"capt"_s,  u"cmdr"_s, u"adm"_s,  u"maj"_s,  u"st"_s,   u"jr"_s,
        u"sr"_s,   u"no"_s,   u"nos"_s,  u"vs"_s,    u"inc"_s,  u"corp"_s, u"ltd"_s,  u"co"_s,   u"jan"_s,
        u"feb"_s,  u"mar"_s,  u"apr"_s,  u"jun"_s,   u"jul"_s,  u"aug"_s,  u"sep"_s,  u"sept"_s, u"oct"_s,
        u"nov"_s,  u"dec"_s,  u"mon"_s,  u"tue"_s,   u"tues"_s, u"wed"_s,  u"thu"_s,  u"thur"_s, u"thurs"_s,
        u"fri"_s,  u"sat"_s,  u"sun"_s,  u"mt"_s,    u"ft"_s,   u"dept"_s, u"est"_s,  u"fig"_s,  u"vol"_s,
        u"rev"_s,  u"hon"_s,  u"pres"_s, u"approx"_s, u"govt"_s, u"cf"_s,  u"al"_s,
    };
    return words;
}

// Whether the full stop at `dot` closes an abbreviation, an initial or a dotted acronym.
bool closesAbbreviation(QStringView text, qsizetype dot)
{
    qsizetype wordStart = dot;
    while (wordStart > 0 && text.at(wordStart - 1).isLetter()) {
        --wordStart;
    }
    const qsizetype length = dot - wordStart;
    if (length == 0) {
        return false;
    }
    if (wordStart > 0 && text.at(wordStart - 1) == u'.') {
        return true; // the last letter of U.S. or e.g.
    }
    if (length == 1 && text.at(wordStart).isUpper()) {
        return true; // an initial: Lloyd J. Austin
    }
    const QStringView word = text.mid(wordStart, length);
    if (std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80; })) {
        return abbreviations().containsLowerCase(word); // without a lower-case copy
    }
    return abbreviations().contains(word.toString().toLower());
}

// Where the sentence ending at the mark `mark` really ends (after closing quotes), or -1 when
// the mark does not end a sentence.
qsizetype sentenceEndAfter(QStringView text, qsizetype mark)
{
    const qsizetype n = text.size();
    qsizetype end = mark + 1;
    while (end < n && (isClosing(text.at(end)) || text.at(end) == u'.' || text.at(end) == u'!'
                       || text.at(end) == u'?')) {
        ++end;
    }
    if (end < n && !text.at(end).isSpace()) {
        return -1;
    }
    qsizetype next = end;
    while (next < n && text.at(next).isSpace() && text.at(next) != u'\n') {
        ++next;
    }
    if (next < n && text.at(next) != u'\n' && !opensSentence(text.at(next))) {
        return -1;
    }
    if (text.at(mark) == u'.' && closesAbbreviation(text, mark)) {
        return -1;
    }
    return end;
}

void appendTrimmed(QStringView text, qsizetype start, qsizetype end, QList<Sentence> *sentences)
{
    while (start < end && text.at(start).isSpace()) {
        ++start;
    }
    while (end > start && text.at(end - 1).isSpace()) {
        --end;
    }
    if (end > start) {
        sentences->append({start, end});
    }
}

// The next line feed or sentence mark at or after a position. Only those characters matter to
// the splitter: four of Qt's vectorised searches, each resumed only once it has been passed, find
// them for a fraction of what a look at every character costs.
class MarkFinder
{
public:
    explicit MarkFinder(QStringView text)
        : m_text(text)
    {
        for (std::size_t k = 0; k < Marks.size(); ++k) {
            m_next[k] = find(k, 0);
        }
    }

    qsizetype nextFrom(qsizetype from)
    {
        qsizetype nearest = m_text.size();
        for (std::size_t k = 0; k < Marks.size(); ++k) {
            if (m_next[k] < from) {
                m_next[k] = find(k, from);
            }
            nearest = std::min(nearest, m_next[k]);
        }
        return nearest;
    }

private:
    static constexpr std::array<char16_t, 4> Marks = {u'\n', u'.', u'!', u'?'};

    qsizetype find(std::size_t mark, qsizetype from) const
    {
        const qsizetype at = m_text.indexOf(QChar(Marks[mark]), from);
        return at < 0 ? m_text.size() : at;
    }

    QStringView m_text;
    std::array<qsizetype, Marks.size()> m_next{};
};

} // namespace

QList<Sentence> SentenceSplitter::split(QStringView text)
{
    QList<Sentence> sentences;
    qsizetype start = 0;
    const qsizetype n = text.size();
    MarkFinder marks(text);
    for (qsizetype i = marks.nextFrom(0); i < n; i = marks.nextFrom(i + 1)) {
        const QChar c = text.at(i);
        if (c == u'\n') {
            appendTrimmed(text, start, i, &sentences);
            start = i + 1;
        } else { // '.', '!' or '?'
            const qsizetype end = sentenceEndAfter(text, i);
            if (end > 0) {
                appendTrimmed(text, start, end, &sentences);
                start = end;
                i = end - 1;
            }
        }
    }
    appendTrimmed(text, start, n, &sentences);
    return sentences;
}

} // namespace Gloss
