// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleparser.h"

#include <QDate>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

const QRegularExpression &dateHeaderPattern()
{
    static const QRegularExpression pattern(u"\\A[ \\t]*date[ \\t]+(\\d{4})-(\\d{2})-(\\d{2})(?:[ \\t]+|[ \\t]*\\n)"_s);
    return pattern;
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

} // namespace

QString ArticleParser::normaliseLineEnds(const QString &text)
{
    QString result = text;
    result.replace(u"\r\n"_s, u"\n"_s);
    result.replace(u'\r', u'\n');
    result.remove(QChar(0xFEFF));
    result.remove(QChar(0));
    return result;
}

QString ArticleParser::titleFor(const QString &body)
{
    const QString trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        return {};
    }
    const qsizetype lineEnd = trimmed.indexOf(u'\n');
    const QString firstLine = trimmed.left(lineEnd < 0 ? trimmed.size() : lineEnd).simplified();
    const bool moreFollows = lineEnd >= 0 && !trimmed.mid(lineEnd).trimmed().isEmpty();
    if (moreFollows && firstLine.size() <= MaxTitleLength && !endsLikeSentence(firstLine)) {
        return firstLine;
    }
    const QString sentence = firstLine.left(firstSentenceEnd(firstLine)).trimmed();
    return shortenAtWord(sentence, MaxTitleLength);
}

NewDocument ArticleParser::parse(const QString &text, const QString &source) const
{
    NewDocument document;
    document.source = source;
    QString body = normaliseLineEnds(text);

    const QRegularExpressionMatch header = dateHeaderPattern().match(body);
    if (header.hasMatch()) {
        const QDate date(header.captured(1).toInt(), header.captured(2).toInt(), header.captured(3).toInt());
        if (date.isValid()) {
            document.published = date.toString(Qt::ISODate);
            document.datePrecision = DatePrecision::Day;
            document.dateSource = DateSource::Header;
        }
        body.remove(0, header.capturedLength());
    }
    document.body = body.trimmed();
    document.title = titleFor(document.body);
    return document;
}

} // namespace Gloss
