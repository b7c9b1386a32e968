// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <initializer_list>
#include <type_traits>
#include <utility>
#include <vector>

namespace Gloss {

// The hash WordTable files words under (FNV-1a over the UTF-16 code units): analysers that look
// up the same word in several tables compute it once.
inline quint32 wordHash(QStringView word)
{
    quint32 hash = 2166136261u;
    for (const QChar c : word) {
        hash = (hash ^ c.unicode()) * 16777619u;
    }
    return hash;
}

// A word list or a word → value table for the analysers, which look words up for nearly every
// token. QSet<QString>/QHash<QString, …> cost a hash call, a bucket walk and an out-of-line
// comparison per lookup, and case-insensitive lookups a copy of the word; this is an open-
// addressing table with the hash inlined, half empty, behind a filter of hash bits that turns
// most words away (most words looked up are not in it) before a slot is read, and lower-case
// lookups that fold the word as they hash and compare it.
// Built once, then read-only: safe to share between threads.
template<typename T>
class WordTable final
{
public:
    WordTable() = default;
    WordTable(std::initializer_list<std::pair<QString, T>> entries)
    {
        for (const auto &[word, value] : entries) {
            (*this)[word] = value;
        }
    }
    // A word list.
    WordTable(std::initializer_list<QString> words)
        requires std::is_same_v<T, bool>
    {
        for (const QString &word : words) {
            insert(word);
        }
    }

    void insert(const QString &word)
        requires std::is_same_v<T, bool>
    {
        (*this)[word] = true;
    }

    // The value of `word` (exact spelling), inserted default-constructed when absent.
    T &operator[](const QString &word)
    {
        if (2 * (m_size + 1) > qsizetype(m_slots.size())) {
            grow();
        }
        const quint32 hash = hashOf(word);
        Slot &slot = slotFor(word, hash);
        if (!slot.used) {
            slot.used = true;
            slot.key = word;
            slot.hash = hash;
            markHash(hash);
            ++m_size;
        }
        return slot.value;
    }

    // The value stored for exactly `word`, or nullptr.
    const T *find(QStringView word) const { return find(word, wordHash(word)); }
    // The same with wordHash(word) already at hand.
    const T *find(QStringView word, quint32 hash) const
    {
        return findBy(word, hash, [](QStringView a, const QString &b) { return a == b; });
    }

    // The value stored for `word` in lower case (keys must be lower case), or nullptr. Folds
    // case one character at a time: ASCII directly, other characters by QChar::toLower().
    const T *findLowerCase(QStringView word) const { return findLowerCase(word, lowerHashOf(word)); }
    // The same with the hash of the lower-case word (wordHash() of it) already at hand.
    const T *findLowerCase(QStringView word, quint32 lowerHash) const
    {
        return findBy(word, lowerHash, [](QStringView a, const QString &b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (qsizetype k = 0; k < a.size(); ++k) {
                if (lower(a[k].unicode()) != b[k].unicode()) {
                    return false;
                }
            }
            return true;
        });
    }

    // wordHash() of `word` in lower case, folded as findLowerCase() folds.
    static quint32 lowerCaseHash(QStringView word) { return lowerHashOf(word); }

    // False when no word of the table has this hash (wordHash() of the word, of its lower case
    // for the lower-case lookups): the first thing every lookup asks, for callers that would do
    // more work before one.
    bool mayContain(quint32 hash) const { return !m_slots.empty() && mayHold(hash); }

    bool contains(QStringView word) const { return find(word) != nullptr; }
    bool contains(QStringView word, quint32 hash) const { return find(word, hash) != nullptr; }
    bool containsLowerCase(QStringView word) const { return findLowerCase(word) != nullptr; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

private:
    struct Slot {
        QString key;
        T value{};
        quint32 hash = 0;
        bool used = false;
    };

    static char16_t lower(char16_t c)
    {
        if (c < 0x80) {
            return c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        }
        return QChar(c).toLower().unicode();
    }

    static quint32 hashOf(QStringView word) { return wordHash(word); }

    // wordHash() of the word in lower case.
    static quint32 lowerHashOf(QStringView word)
    {
        quint32 hash = 2166136261u;
        for (const QChar c : word) {
            hash = (hash ^ lower(c.unicode())) * 16777619u;
        }
        return hash;
    }

    // One bit for each value of the hash's low bits, set when a word of the table has it:
    // eight bits per slot leave about one in sixteen set, and a clear one answers a lookup of a
    // word not in the table (most lookups) without a probe of the slots.
    static constexpr std::size_t FilterBitsPerSlot = 8;

    bool mayHold(quint32 hash) const
    {
        const std::size_t bit = hash & m_filterMask;
        return (m_filter[bit / 64] >> (bit % 64)) & 1;
    }

    void markHash(quint32 hash)
    {
        const std::size_t bit = hash & m_filterMask;
        m_filter[bit / 64] |= quint64(1) << (bit % 64);
    }

    template<typename Equal>
    const T *findBy(QStringView word, quint32 hash, Equal equal) const
    {
        if (!mayContain(hash)) {
            return nullptr;
        }
        for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (!slot.used) {
                return nullptr;
            }
            if (slot.hash == hash && equal(word, slot.key)) {
                return &slot.value;
            }
        }
    }

    Slot &slotFor(const QString &word, quint32 hash)
    {
        for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            Slot &slot = m_slots[i];
            if (!slot.used || (slot.hash == hash && slot.key == word)) {
                return slot;
            }
        }
    }

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        const std::size_t capacity = old.empty() ? 16 : 2 * old.size();
        m_slots.assign(capacity, Slot{});
        m_mask = capacity - 1;
        m_filter.assign(capacity * FilterBitsPerSlot / 64, 0);
        m_filterMask = capacity * FilterBitsPerSlot - 1;
        for (Slot &slot : old) {
            if (slot.used) {
                markHash(slot.hash);
                Slot &target = slotFor(slot.key, slot.hash);
                target = std::move(slot);
            }
        }
    }

    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::vector<quint64> m_filter;
    std::size_t m_filterMask = 0;
    qsizetype m_size = 0;
};

// A word list: WordTable's lookups without values.
using WordSet = WordTable<bool>;

} // namespace Gloss
