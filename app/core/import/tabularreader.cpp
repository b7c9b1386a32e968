// SPDX-License-Identifier: GPL-3.0-or-later
#include "tabularreader.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLocale>
#include <QObject>
#include <QSet>

#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

constexpr char16_t ByteOrderMark = 0xFEFF;

QStringList candidatesFor(const QString &role)
{
    if (role == u"title") {
        return {u"title"_s, u"headline"_s, u"name"_s, u"subject"_s, u"heading"_s};
    }
    if (role == u"date") {
        return {u"date"_s,       u"published"_s, u"published_at"_s, u"publishedAt"_s, u"pubdate"_s,  u"publication_date"_s,
                u"datetime"_s,   u"time"_s,      u"created"_s,      u"created_at"_s,  u"timestamp"_s};
    }
    if (role == u"text") {
        return {u"text"_s, u"body"_s, u"content"_s, u"article"_s, u"story"_s, u"full_text"_s, u"description"_s, u"summary"_s};
    }
    if (role == u"url") {
        return {u"url"_s, u"link"_s, u"source"_s, u"href"_s, u"uri"_s, u"permalink"_s};
    }
    return {};
}

// "Published At", "published-at", "published_at" and "publishedAt" all become "publishedat".
QString normalisedName(QStringView name)
{
    QString normalised;
    normalised.reserve(name.size());
    for (const QChar c : name) {
        if (c == ByteOrderMark || c.isSpace() || c == u'_' || c == u'-' || c == u'.') {
            continue;
        }
        normalised.append(c.toCaseFolded());
    }
    return normalised;
}

QStringView withoutBom(QStringView text)
{
    return text.startsWith(QChar(ByteOrderMark)) ? text.sliced(1) : text;
}

// The column a user named in a mapping: exactly, else ignoring case and surrounding spaces.
QString findNamedColumn(const QStringList &columns, const QString &name)
{
    if (columns.contains(name)) {
        return name;
    }
    for (const QString &column : columns) {
        if (column.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return column;
        }
    }
    return {};
}

struct Columns {
    QString title;
    QString date;
    QString text;
    QString url;
};

Result<QString> resolveColumn(const QStringList &columns, const QString &mapped, const QString &role, const QString &path)
{
    if (mapped.isEmpty()) {
        return TabularReader::detectColumn(columns, role);
    }
    const QString found = findNamedColumn(columns, mapped);
    if (found.isEmpty()) {
        return badInput(QObject::tr("%1: there is no column named \"%2\"; the columns are: %3")
                            .arg(path, mapped, columns.join(u", "_s)));
    }
    return found;
}

Result<Columns> resolveColumns(const QStringList &columns, const ColumnMapping &mapping, const QString &path)
{
    Result<QString> title = resolveColumn(columns, mapping.title, u"title"_s, path);
    if (!title) {
        return title.error();
    }
    Result<QString> date = resolveColumn(columns, mapping.date, u"date"_s, path);
    if (!date) {
        return date.error();
    }
    Result<QString> text = resolveColumn(columns, mapping.text, u"text"_s, path);
    if (!text) {
        return text.error();
    }
    Result<QString> url = resolveColumn(columns, mapping.url, u"url"_s, path);
    if (!url) {
        return url.error();
    }
    if (text->isEmpty()) {
        return badInput(QObject::tr("%1: no text column (looked for %2); the columns are: %3")
                            .arg(path, candidatesFor(u"text"_s).join(u", "_s), columns.join(u", "_s)));
    }
    return Columns{*title, *date, *text, *url};
}

Error emptyTextError(const QString &path, int line)
{
    return badInput(QObject::tr("%1: line %2: the text is empty").arg(path).arg(line));
}

// ---- CSV

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// The delimiter the header line uses most outside quotes; a comma when it uses none.
QChar detectDelimiter(QStringView text)
{
    static constexpr std::array<char16_t, 3> delimiters = {u',', u';', u'\t'};
    std::array<qsizetype, 3> counts = {};
    bool quoted = false;
    bool inHeader = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && isLineEnd(c)) {
            if (inHeader) {
                break;
            }
            continue;
        } else if (!quoted) {
            for (std::size_t i = 0; i < delimiters.size(); ++i) {
                counts[i] += c == delimiters[i];
            }
        }
        inHeader = true;
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < counts.size(); ++i) {
        if (counts[i] > counts[best]) {
            best = i;
        }
    }
    return QChar(delimiters[best]);
}

qsizetype lineBreaksIn(QStringView text)
{
    qsizetype breaks = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n' || (text[i] == u'\r' && (i + 1 == text.size() || text[i + 1] != u'\n'))) {
            ++breaks;
        }
    }
    return breaks;
}

struct CsvRow {
    int line = 0;
    QStringList fields;
};

bool isBlankRow(const QStringList &fields)
{
    for (const QString &field : fields) {
        if (!field.trimmed().isEmpty()) {
            return false;
        }
    }
    return true;
}

// RFC 4180 records over a view of the whole file: fields are copied once, never the rest of the text.
class CsvParser final
{
public:
    enum class Status { Row, End, BadQuote };

    CsvParser(QStringView text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {
    }

    // The next row that is not blank.
    Status next(CsvRow &row)
    {
        for (;;) {
            skipLineEnds();
            if (m_pos >= m_text.size()) {
                return Status::End;
            }
            row.line = m_line;
            row.fields.clear();
            if (!readFields(row.fields)) {
                return Status::BadQuote;
            }
            if (!isBlankRow(row.fields)) {
                return Status::Row;
            }
        }
    }

private:
    bool atFieldEnd() const { return m_pos >= m_text.size() || m_text[m_pos] == m_delimiter || isLineEnd(m_text[m_pos]); }

    void skipSpaces()
    {
        while (m_pos < m_text.size() && m_text[m_pos] == u' ') {
            ++m_pos;
        }
    }

    void consumeLineEnd()
    {
        if (m_pos >= m_text.size()) {
            return;
        }
        if (m_text[m_pos] == u'\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\n') {
            ++m_pos;
        }
        ++m_pos;
        ++m_line;
    }

    void skipLineEnds()
    {
        while (m_pos < m_text.size() && isLineEnd(m_text[m_pos])) {
            consumeLineEnd();
        }
    }

    bool readFields(QStringList &fields)
    {
        for (;;) {
            QString field;
            if (!readField(field)) {
                return false;
            }
            fields.append(std::move(field));
            if (m_pos < m_text.size() && m_text[m_pos] == m_delimiter) {
                ++m_pos;
                continue;
            }
            consumeLineEnd();
            return true;
        }
    }

    bool readField(QString &field)
    {
        const qsizetype start = m_pos;
        skipSpaces(); // tolerate `a, "b"`: spaces before an opening quote
        if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
            ++m_pos;
            return readQuoted(field);
        }
        m_pos = start;
        while (!atFieldEnd()) {
            if (m_text[m_pos] == u'"') {
                return false;
            }
            ++m_pos;
        }
        field = m_text.sliced(start, m_pos - start).toString();
        return true;
    }

    bool readQuoted(QString &field)
    {
        for (;;) {
            const qsizetype quote = m_text.indexOf(u'"', m_pos);
            if (quote < 0) {
                return false;
            }
            const QStringView chunk = m_text.sliced(m_pos, quote - m_pos);
            m_line += int(lineBreaksIn(chunk));
            field.append(chunk);
            m_pos = quote + 1;
            if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
                field.append(u'"');
                ++m_pos;
                continue;
            }
            skipSpaces();
            return atFieldEnd();
        }
    }

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

struct CsvColumns {
    qsizetype title = -1;
    qsizetype date = -1;
    qsizetype text = -1;
    qsizetype url = -1;
};

QString fieldAt(const QStringList &fields, qsizetype index)
{
    return index >= 0 && index < fields.size() ? fields.at(index) : QString();
}

// Extra fields are an error unless they are empty (a trailing delimiter loses nothing).
bool hasExtraData(const QStringList &fields, qsizetype columnCount)
{
    for (qsizetype i = columnCount; i < fields.size(); ++i) {
        if (!fields.at(i).trimmed().isEmpty()) {
            return true;
        }
    }
    return false;
}

Error badQuoteError(const QString &path, int line)
{
    return badInput(QObject::tr("%1: line %2: unbalanced quote in a CSV field").arg(path).arg(line));
}

// ---- JSON Lines

QString numberText(double number)
{
    constexpr double largestExactInteger = 9007199254740992.0; // 2^53
    if (std::trunc(number) == number && std::fabs(number) <= largestExactInteger) {
        return QString::number(static_cast<qint64>(number));
    }
    return QString::number(number, 'g', QLocale::FloatingPointShortest);
}

// Strings as they are, numbers and booleans as text; null, arrays and nested objects as nothing.
QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

struct JsonLine {
    int line = 0;
    QJsonObject object;
};

QString keyText(const QJsonObject &object, const QString &key)
{
    return key.isEmpty() ? QString() : valueText(object.value(key));
}

} // namespace

Result<QList<TabularRecord>> TabularReader::readCsv(const QString &content, const QString &path, const ColumnMapping &mapping)
{
    const QStringView text = withoutBom(content);
    CsvParser parser(text, detectDelimiter(text));
    CsvRow row;
    switch (parser.next(row)) {
    case CsvParser::Status::End:
        return QList<TabularRecord>{};
    case CsvParser::Status::BadQuote:
        return badQuoteError(path, row.line);
    case CsvParser::Status::Row:
        break;
    }
    QStringList header;
    header.reserve(row.fields.size());
    for (const QString &name : std::as_const(row.fields)) {
        header.append(withoutBom(name).trimmed().toString());
    }
    Result<Columns> columns = resolveColumns(header, mapping, path);
    if (!columns) {
        return columns.error();
    }
    const CsvColumns index{header.indexOf(columns->title), header.indexOf(columns->date), header.indexOf(columns->text),
                           header.indexOf(columns->url)};

    QList<TabularRecord> records;
    for (;;) {
        switch (parser.next(row)) {
        case CsvParser::Status::End:
            return records;
        case CsvParser::Status::BadQuote:
            return badQuoteError(path, row.line);
        case CsvParser::Status::Row:
            break;
        }
        if (hasExtraData(row.fields, header.size())) {
            return badInput(QObject::tr("%1: line %2: %3 fields, but the header has only %4 columns")
                                .arg(path)
                                .arg(row.line)
                                .arg(row.fields.size())
                                .arg(header.size()));
        }
        TabularRecord record{row.line, fieldAt(row.fields, index.title), fieldAt(row.fields, index.date),
                             fieldAt(row.fields, index.text), fieldAt(row.fields, index.url)};
        if (record.text.trimmed().isEmpty()) {
            return emptyTextError(path, row.line);
        }
        records.append(std::move(record));
    }
}

Result<QList<TabularRecord>> TabularReader::readJsonLines(const QString &content, const QString &path,
                                                          const ColumnMapping &mapping)
{
    const QStringView text = withoutBom(content);
    QList<JsonLine> lines;
    QStringList keys; // every key of every object, first seen first
    QSet<QString> seenKeys;
    int lineNumber = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = pos;
        while (end < text.size() && !isLineEnd(text[end])) {
            ++end;
        }
        const QStringView line = text.sliced(pos, end - pos).trimmed();
        ++lineNumber;
        pos = end + (text.sliced(end).startsWith(u"\r\n") ? 2 : 1);
        if (line.isEmpty()) {
            continue;
        }
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            return badInput(QObject::tr("%1: line %2: not valid JSON: %3 (at character %4)")
                                .arg(path)
                                .arg(lineNumber)
                                .arg(error.errorString())
                                .arg(error.offset + 1));
        }
        if (!document.isObject()) {
            return badInput(QObject::tr("%1: line %2: not a JSON object (each line must hold one {…} object)")
                                .arg(path)
                                .arg(lineNumber));
        }
        JsonLine parsed{lineNumber, document.object()};
        for (auto it = parsed.object.constBegin(); it != parsed.object.constEnd(); ++it) {
            const QString key = it.key();
            if (!seenKeys.contains(key)) {
                seenKeys.insert(key);
                keys.append(key);
            }
        }
        lines.append(std::move(parsed));
    }
    if (lines.isEmpty()) {
        return QList<TabularRecord>{};
    }

    Result<Columns> columns = resolveColumns(keys, mapping, path);
    if (!columns) {
        return columns.error();
    }
    QList<TabularRecord> records;
    records.reserve(lines.size());
    for (const JsonLine &line : std::as_const(lines)) {
        TabularRecord record{line.line, keyText(line.object, columns->title), keyText(line.object, columns->date),
                             keyText(line.object, columns->text), keyText(line.object, columns->url)};
        if (record.text.trimmed().isEmpty()) {
            return emptyTextError(path, line.line);
        }
        records.append(std::move(record));
    }
    return records;
}

QString TabularReader::detectColumn(const QStringList &columns, const QString &role)
{
    QStringList normalised;
    normalised.reserve(columns.size());
    for (const QString &column : columns) {
        normalised.append(normalisedName(column));
    }
    for (const QString &candidate : candidatesFor(role.trimmed().toLower())) {
        const qsizetype index = normalised.indexOf(normalisedName(candidate));
        if (index >= 0) {
            return columns.at(index);
        }
    }
    return {};
}

} // namespace Gloss
