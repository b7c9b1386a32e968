// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include "logging.h"

#include <QFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

// Lines of a resource list, without comments and blank lines.
QStringList linesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcNlp) << "cannot read" << path;
        return {};
    }
    QStringList lines;
    const QList<QByteArray> raw = file.readAll().split('\n');
    for (const QByteArray &line : raw) {
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        lines << QString::fromUtf8(line);
    }
    return lines;
}

bool tokensEqual(QStringView text, const Token &token, const QString &expected, Qt::CaseSensitivity cs)
{
    return text.mid(token.start, token.length()).compare(expected, cs) == 0;
}

} // namespace

const Gazetteer &Gazetteer::instance()
{
    static const Gazetteer gazetteer = [] {
        Gazetteer g;
        g.loadResources();
        return g;
    }();
    return gazetteer;
}

QStringList Gazetteer::tokensOf(const QString &phrase)
{
    QStringList tokens;
    for (const Token &token : Tokenizer::tokenize(phrase)) {
        tokens << phrase.mid(token.start, token.length());
    }
    return tokens;
}

void Gazetteer::addName(const QString &name, EntityKind kind, const QString &canonical)
{
    Entry entry{tokensOf(name), kind, canonical.isEmpty() ? name : canonical};
    if (entry.tokens.isEmpty()) {
        return;
    }
    const int index = int(m_names.size());
    QList<int> &candidates = m_namesByFirstToken[entry.tokens.constFirst()];
    m_names.append(std::move(entry));
    candidates.append(index);
    std::stable_sort(candidates.begin(), candidates.end(),
                     [this](int a, int b) { return m_names.at(a).tokens.size() > m_names.at(b).tokens.size(); });
}

void Gazetteer::addTitle(const QString &title)
{
    QStringList tokens = tokensOf(title.toLower());
    if (tokens.isEmpty()) {
        return;
    }
    m_titleFirstTokenLengths |= quint64(1) << std::min<qsizetype>(tokens.constFirst().size(), 63);
    QList<QStringList> &candidates = m_titlesByFirstToken[tokens.constFirst()];
    candidates.append(tokens);
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const QStringList &a, const QStringList &b) { return a.size() > b.size(); });
}

const Gazetteer::Entry *Gazetteer::longestNameAt(QStringView text, const QList<Token> &tokens, qsizetype index,
                                                 int *length) const
{
    const Token &first = tokens.at(index);
    const QList<int> *found = m_namesByFirstToken.find(text.mid(first.start, first.length()));
    if (!found) {
        return nullptr;
    }
    for (int candidate : *found) {
        const Entry &entry = m_names.at(candidate);
        const qsizetype count = entry.tokens.size();
        if (index + count > tokens.size()) {
            continue;
        }
        bool matches = true;
        for (qsizetype k = 1; k < count && matches; ++k) {
            matches = tokensEqual(text, tokens.at(index + k), entry.tokens.at(k), Qt::CaseSensitive)
                && tokens.at(index + k).start <= tokens.at(index + k - 1).end + 1; // no line break inside
        }
        if (matches) {
            *length = int(count);
            return &entry;
        }
    }
    return nullptr;
}

int Gazetteer::titleLengthAt(QStringView text, const QList<Token> &tokens, qsizetype index) const
{
    const Token &first = tokens.at(index);
    if (!(m_titleFirstTokenLengths & (quint64(1) << std::min<qsizetype>(first.length(), 63)))) {
        return 0;
    }
    return titleLengthAt(text, tokens, index, m_titlesByFirstToken.lowerCaseHash(text.mid(first.start, first.length())));
}

int Gazetteer::matchTitleAt(QStringView text, const QList<Token> &tokens, qsizetype index, quint32 lowerHash) const
{
    const Token &first = tokens.at(index);
    if (!(m_titleFirstTokenLengths & (quint64(1) << std::min<qsizetype>(first.length(), 63)))) {
        return 0;
    }
    const QList<QStringList> *found = m_titlesByFirstToken.findLowerCase(text.mid(first.start, first.length()), lowerHash);
    if (!found) {
        return 0;
    }
    for (const QStringList &title : *found) {
        if (index + title.size() > tokens.size()) {
            continue;
        }
        bool matches = true;
        for (qsizetype k = 1; k < title.size() && matches; ++k) {
            matches = tokensEqual(text, tokens.at(index + k), title.at(k), Qt::CaseInsensitive);
        }
        if (matches) {
            return int(title.size());
        }
    }
    return 0;
}

void Gazetteer::loadResources()
{
    const QString dir = u":/gloss/gazetteer/"_s;
    const struct {
        const char *file;
        EntityKind kind;
    } lists[] = {{"locations.tsv", EntityKind::Location},
                 {"organisations.tsv", EntityKind::Organisation},
                 {"nationalities.tsv", EntityKind::Group}};
    for (const auto &list : lists) {
        for (const QString &line : linesOf(dir + QLatin1StringView(list.file))) {
            const qsizetype tab = line.indexOf(u'\t');
            addName(tab < 0 ? line : line.left(tab), list.kind, tab < 0 ? QString() : line.mid(tab + 1));
        }
    }
    for (const QString &title : linesOf(dir + u"titles.txt"_s)) {
        addTitle(title);
    }
    for (const QString &name : linesOf(dir + u"given-names.txt"_s)) {
        addGivenName(name);
    }
    for (const QString &cue : linesOf(dir + u"org-cues.txt"_s)) {
        addOrganisationCue(cue);
    }
    for (const QString &word : linesOf(dir + u"common-words.txt"_s)) {
        addCommonWord(word);
    }
    qCDebug(lcNlp) << "gazetteer:" << m_names.size() << "names";
}

} // namespace Gloss
