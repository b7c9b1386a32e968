// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mention.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Gloss {

// The user's corrections of entities, in memory: what recognition must drop, rename and add.
// Filled in the order the corrections were made (EntityCorrections::load()); a later correction
// overrides an earlier one about the same entity.
class CorrectionSet final
{
public:
    // Occurrences of `surface` (whole words, case-sensitive) name this entity.
    void addMark(const QString &surface, EntityKind kind, const QString &canonical);
    // Mentions of this entity are false.
    void addReject(EntityKind kind, const QString &canonical);
    // Mentions of (kind, oldCanonical) name (kind, newCanonical).
    void addRename(EntityKind kind, const QString &oldCanonical, const QString &newCanonical);

    bool isEmpty() const { return m_marks.isEmpty() && m_rejected.isEmpty() && m_renamed.isEmpty(); }
    // The name (kind, canonical) ends up with after the renames.
    QString renamed(EntityKind kind, const QString &canonical) const;
    bool isRejected(EntityKind kind, const QString &canonical) const;

    // Recognised mentions with the corrections applied, in text order: rejected ones dropped,
    // renamed ones renamed, marked surfaces added (replacing recognised mentions they overlap).
    // Nothing is kept that overlaps a hand-made mention in `handMade`.
    QList<Mention> apply(const QList<Mention> &recognised, const QString &body,
                         const QList<Mention> &handMade = {}) const;

    // Whole-word, case-sensitive occurrences of `surface` in `body`: their start offsets.
    static QList<qsizetype> wholeWordOccurrences(const QString &body, const QString &surface);

private:
    struct Mark {
        QString surface;
        EntityKind kind = EntityKind::Person;
        QString canonical;
    };
    using Key = std::pair<int, QString>;
    QList<Mark> m_marks;
    QSet<Key> m_rejected;
    QHash<Key, QString> m_renamed;
};

} // namespace Gloss
