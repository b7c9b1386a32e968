// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenizedtext.h"

#include "wordtable.h"

namespace Gloss {

TokenizedText::TokenizedText(const QString &text)
    : m_text(text)
    , m_tokens(Tokenizer::tokenize(text))
    , m_words(Tokenizer::lowerCaseWords(text, m_tokens, m_lowered))
    , m_sentences(SentenceSplitter::split(text))
{
    m_wordHashes.reserve(m_words.size());
    for (const QStringView word : std::as_const(m_words)) {
        m_wordHashes.append(wordHash(word));
    }
}

} // namespace Gloss
