// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveraddress.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

// A libpq conninfo value: quoted, with backslash and quote escaped.
QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

} // namespace

bool ServerAddress::isServerUrl(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) || text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &url)
{
    if (!isServerUrl(url)) {
        return badInput(QObject::tr("%1 is not a PostgreSQL address (postgresql://user@host:port/database).").arg(url));
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid()) {
        return badInput(QObject::tr("%1 is not a valid PostgreSQL address: %2").arg(url, parsed.errorString()));
    }
    ServerAddress address;
    address.m_host = parsed.host(QUrl::FullyDecoded);
    address.m_port = parsed.port(-1);
    address.m_user = parsed.userName(QUrl::FullyDecoded);
    address.m_password = parsed.password(QUrl::FullyDecoded);
    address.m_database = parsed.path(QUrl::FullyDecoded);
    if (address.m_database.startsWith(u'/')) {
        address.m_database.remove(0, 1);
    }
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"host"_s) {
            address.m_host = value;
        } else if (key == u"port"_s) {
            bool ok = false;
            address.m_port = value.toInt(&ok);
            if (!ok) {
                return badInput(QObject::tr("%1 is not a valid PostgreSQL address: the port %2 is not a number.").arg(url, value));
            }
        } else if (key == u"dbname"_s) {
            address.m_database = value;
        } else if (key == u"user"_s) {
            address.m_user = value;
        } else if (key == u"password"_s) {
            address.m_password = value;
        } else if (key.isEmpty() || !std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.isLetterOrNumber() || c == u'_'; })) {
            return badInput(QObject::tr("%1 is not a valid PostgreSQL address: %2 is not a connection parameter.").arg(url, key));
        } else {
            address.m_parameters << key + u'=' + value;
        }
    }
    if (address.m_database.isEmpty()) {
        return badInput(QObject::tr("%1 names no database: add it after the server, as in postgresql://host/corpus.").arg(url));
    }
    return address;
}

QString ServerAddress::connectOptions() const
{
    QStringList options;
    for (const QString &parameter : m_parameters) {
        const qsizetype equals = parameter.indexOf(u'=');
        options << parameter.left(equals) + u'=' + conninfoValue(parameter.mid(equals + 1));
    }
    return options.join(u';');
}

ServerAddress ServerAddress::withDatabase(const QString &name) const
{
    ServerAddress other = *this;
    other.m_database = name;
    return other;
}

QString ServerAddress::display() const
{
    const auto encoded = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text, "/")); };
    const bool socket = m_host.startsWith(u'/');
    QString text = u"postgresql://"_s;
    QStringList query;
    if (socket) {
        query << u"host="_s + encoded(m_host);
        if (m_port > 0) {
            query << u"port="_s + QString::number(m_port);
        }
        if (!m_user.isEmpty()) {
            query << u"user="_s + encoded(m_user);
        }
    } else {
        if (!m_user.isEmpty()) {
            text += encoded(m_user) + u'@';
        }
        text += m_host.contains(u':') ? u'[' + m_host + u']' : encoded(m_host);
        if (m_port > 0) {
            text += u':' + QString::number(m_port);
        }
    }
    text += u'/' + encoded(m_database);
    for (const QString &parameter : m_parameters) {
        const qsizetype equals = parameter.indexOf(u'=');
        query << parameter.left(equals) + u'=' + encoded(parameter.mid(equals + 1));
    }
    if (!query.isEmpty()) {
        text += u'?' + query.join(u'&');
    }
    return text;
}

} // namespace Gloss
