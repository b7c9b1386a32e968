// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdowntext.h"

#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

QString inlineText(QString line)
{
    static const QRegularExpression image(u"!\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression link(u"\\[([^\\]]+)\\]\\([^)]*\\)"_s);
    static const QRegularExpression reference(u"\\[([^\\]]+)\\]\\[[^\\]]*\\]"_s);
    static const QRegularExpression emphasis(u"(\\*\\*|__|\\*|_|~~)(?=\\S)(.+?)(?<=\\S)\\1"_s);
    static const QRegularExpression code(u"`([^`]+)`"_s);
    line.replace(image, u"\\1"_s);
    line.replace(link, u"\\1"_s);
    line.replace(reference, u"\\1"_s);
    line.replace(code, u"\\1"_s);
    // Nested emphasis (***bold italic***) needs a second pass.
    for (int pass = 0; pass < 2; ++pass) {
        line.replace(emphasis, u"\\2"_s);
    }
    return line;
}

} // namespace

QString MarkdownText::toPlainText(const QString &markdown)
{
    static const QRegularExpression heading(u"^\\s{0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$"_s);
    static const QRegularExpression setextUnderline(u"^\\s{0,3}(=+|-+)\\s*$"_s);
    static const QRegularExpression rule(u"^\\s{0,3}([-*_])(\\s*\\1){2,}\\s*$"_s);
    static const QRegularExpression reference(u"^\\s{0,3}\\[[^\\]]+\\]:\\s*\\S+.*$"_s);
    static const QRegularExpression comment(u"<!--.*?-->"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression fence(u"^\\s{0,3}(```|~~~)"_s);

    QString source = markdown;
    source.remove(comment);
    const QStringList lines = source.split(u'\n');
    QStringList out;
    bool inFence = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (fence.match(line).hasMatch()) {
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            out << line;
            continue;
        }
        if (const QRegularExpressionMatch m = heading.match(line); m.hasMatch()) {
            out << inlineText(m.captured(1));
            out << QString(); // a heading is its own paragraph
            continue;
        }
        const bool nextIsUnderline = i + 1 < lines.size() && !line.trimmed().isEmpty()
            && setextUnderline.match(lines.at(i + 1)).hasMatch();
        if (nextIsUnderline) {
            out << inlineText(line.trimmed()) << QString();
            ++i;
            continue;
        }
        if (rule.match(line).hasMatch() || reference.match(line).hasMatch()) {
            continue;
        }
        out << inlineText(line);
    }
    QString text = out.join(u'\n');
    static const QRegularExpression manyBlankLines(u"\\n{3,}"_s);
    text.replace(manyBlankLines, u"\n\n"_s);
    return text.trimmed();
}

} // namespace Gloss
