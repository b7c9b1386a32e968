// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "util/isodate.h"

#include <QDate>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, QStringView>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value) {
            return name.toString();
        }
    }
    return names.front().second.toString();
}

template<typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, QStringView>, N> &names, const QString &text)
{
    for (const auto &[value, name] : names) {
        if (name == text) {
            return value;
        }
    }
    return names.front().first;
}

constexpr std::array precisionNames{
    std::pair{DatePrecision::None, QStringView(u"none")},
    std::pair{DatePrecision::Year, QStringView(u"year")},
    std::pair{DatePrecision::Month, QStringView(u"month")},
    std::pair{DatePrecision::Day, QStringView(u"day")},
};

constexpr std::array sourceNames{
    std::pair{DateSource::None, QStringView(u"none")},
    std::pair{DateSource::Header, QStringView(u"header")},
    std::pair{DateSource::Metadata, QStringView(u"metadata")},
    std::pair{DateSource::Dateline, QStringView(u"dateline")},
    std::pair{DateSource::PostId, QStringView(u"post_id")},
    std::pair{DateSource::Content, QStringView(u"content")},
    std::pair{DateSource::User, QStringView(u"user")},
};

constexpr std::array regionNames{
    std::pair{Region::Kind::Boilerplate, QStringView(u"boilerplate")},
    std::pair{Region::Kind::Url, QStringView(u"url")},
};

} // namespace

QString precisionName(DatePrecision precision) { return nameOf(precisionNames, precision); }
QString dateSourceName(DateSource source) { return nameOf(sourceNames, source); }
QString regionKindName(Region::Kind kind) { return nameOf(regionNames, kind); }
DatePrecision datePrecisionFromString(const QString &text) { return valueOf(precisionNames, text); }
DateSource dateSourceFromString(const QString &text) { return valueOf(sourceNames, text); }
Region::Kind regionKindFromString(const QString &text) { return valueOf(regionNames, text); }

QDate publicationStart(const QString &published)
{
    switch (published.size()) {
    case 4:
        return IsoDate::parseDay(QString(published + u"-01-01"_s));
    case 7:
        return IsoDate::parseDay(QString(published + u"-01"_s));
    case 10:
        return IsoDate::parseDay(published);
    }
    return {};
}

} // namespace Gloss
