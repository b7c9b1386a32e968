// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentanalyzer.h"

namespace Gloss {

DocumentAnalyzer::Analysis DocumentAnalyzer::analyze(const QString &body, const QList<Region> &skipped,
                                                     const QString &published) const
{
    Analysis analysis;
    const PartialDate anchor = anchorOf(published);
    const TokenizedText text(body); // cut up once for all three
    analysis.mentions = m_recognizer.recognize(text, skipped);
    analysis.times = m_tagger.tag(text, anchor);
    analysis.events = m_eventExtractor.extract(text, analysis.mentions, analysis.times, anchor);
    return analysis;
}

void DocumentAnalyzer::analyze(NewDocument &document) const
{
    Analysis analysis = analyze(document.body, document.regions, document.published);
    document.mentions = std::move(analysis.mentions);
    document.times = std::move(analysis.times);
    document.events = std::move(analysis.events);
}

PartialDate DocumentAnalyzer::anchorOf(const QString &published)
{
    const QStringView text(published);
    const auto number = [&](qsizetype from, qsizetype length) {
        bool ok = false;
        const int value = text.mid(from, length).toInt(&ok);
        return ok ? value : 0;
    };
    PartialDate anchor;
    if (published.size() >= 4 && number(0, 4) > 0) {
        anchor.year = number(0, 4);
        anchor.precision = DatePrecision::Year;
    }
    if (anchor.year && published.size() >= 7 && published.at(4) == u'-' && number(5, 2) >= 1 && number(5, 2) <= 12) {
        anchor.month = number(5, 2);
        anchor.precision = DatePrecision::Month;
    }
    if (anchor.month && published.size() >= 10 && published.at(7) == u'-'
        && QDate(anchor.year, anchor.month, number(8, 2)).isValid()) {
        anchor.day = number(8, 2);
        anchor.precision = DatePrecision::Day;
    }
    return anchor;
}

} // namespace Gloss
