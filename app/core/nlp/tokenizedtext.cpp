// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenizedtext.h"

namespace Gloss {

TokenizedText::TokenizedText(const QString &text)
    : m_text(text)
    , m_tokens(Tokenizer::tokenize(text))
    , m_words(Tokenizer::lowerCaseWords(text, m_tokens, m_lowered))
    , m_sentences(SentenceSplitter::split(text))
{
}

} // namespace Gloss
