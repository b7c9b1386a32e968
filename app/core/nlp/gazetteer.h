// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitykind.h"
#include "tokenizer.h"
#include "wordtable.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Gloss {

// The word lists the entity recogniser uses (resources/gazetteer, see SOURCES.md there): names
// of places, organisations and peoples as token sequences, person titles, given names,
// organisation cue words and common English words. Loaded once, shared read-only by threads.
class Gazetteer final
{
public:
    struct Entry {
        QStringList tokens; // the name as the tokenizer splits it
        EntityKind kind = EntityKind::Location;
        QString canonical;
    };

    // The gazetteer built from the application's resources.
    static const Gazetteer &instance();

    // Adds a name (used by the resources loader and by tests).
    void addName(const QString &name, EntityKind kind, const QString &canonical);
    void addTitle(const QString &title);

    // The longest name starting at tokens[index] (exact case), or nullptr; `length` is set to
    // its token count.
    const Entry *longestNameAt(QStringView text, const QList<Token> &tokens, qsizetype index, int *length) const;
    // The longest person title starting at tokens[index] (case-insensitive), in tokens; 0: none.
    int titleLengthAt(QStringView text, const QList<Token> &tokens, qsizetype index) const;
    // The same with wordHash() of the token in lower case at hand (TokenizedText::wordHashes()).
    // Asked of nearly every word, and nearly every word starts no title: the table's filter
    // tells most of them apart here, inline.
    int titleLengthAt(QStringView text, const QList<Token> &tokens, qsizetype index, quint32 lowerHash) const
    {
        return m_titlesByFirstToken.mayContain(lowerHash) ? matchTitleAt(text, tokens, index, lowerHash) : 0;
    }

    bool isGivenName(QStringView word) const { return m_givenNames.contains(word); }
    bool isOrganisationCue(QStringView word) const { return m_organisationCues.contains(word); }
    bool isCommonWord(QStringView word) const { return m_commonWords.containsLowerCase(word); }

    void addGivenName(const QString &name) { m_givenNames.insert(name); }
    void addOrganisationCue(const QString &cue) { m_organisationCues.insert(cue); }
    void addCommonWord(const QString &word) { m_commonWords.insert(word.toLower()); }

    qsizetype nameCount() const { return m_names.size(); }

private:
    static QStringList tokensOf(const QString &phrase);
    void loadResources();
    int matchTitleAt(QStringView text, const QList<Token> &tokens, qsizetype index, quint32 lowerHash) const;

    QList<Entry> m_names;
    WordTable<QList<int>> m_namesByFirstToken; // indexes into m_names, longest first
    WordTable<QList<QStringList>> m_titlesByFirstToken; // lower-case tokens, longest first
    quint64 m_titleFirstTokenLengths = 0; // bit n: some title's first token has n characters (n < 64)
    WordSet m_givenNames;
    WordSet m_organisationCues;
    WordSet m_commonWords; // lower case
};

} // namespace Gloss
