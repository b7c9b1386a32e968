// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Gloss {

// An article written in Markdown as the text a reader sees: heading marks, emphasis marks, link
// targets, images and HTML comments removed; paragraphs, list items and quotes kept as lines.
class MarkdownText final
{
public:
    static QString toPlainText(const QString &markdown);
};

} // namespace Gloss
