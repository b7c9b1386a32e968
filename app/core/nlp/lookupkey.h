// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <algorithm>

namespace Gloss {

// Word lists are QSet<QString>/QHash<QString, …>, and recognition looks words up for nearly every
// token. These copy the word into a per-thread buffer instead of allocating a string per lookup.
// The reference is valid until the next call on the same thread: use it for one lookup.
inline const QString &lookupKey(QStringView word)
{
    thread_local QString key;
    key.resize(word.size());
    std::copy(word.begin(), word.end(), key.begin());
    return key;
}

inline const QString &lowerCaseLookupKey(QStringView word)
{
    thread_local QString key;
    key.resize(word.size());
    for (qsizetype k = 0; k < word.size(); ++k) {
        const char16_t c = word[k].unicode();
        key[k] = c < 0x80 ? QChar(c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c) : word[k].toLower();
    }
    return key;
}

} // namespace Gloss
