// SPDX-License-Identifier: GPL-3.0-or-later
#include "correctionset.h"

#include <algorithm>

namespace Gloss {

namespace {

bool overlaps(qsizetype start, qsizetype end, const Mention &other)
{
    return start < other.end && other.start < end;
}

} // namespace

void CorrectionSet::addMark(const QString &surface, EntityKind kind, const QString &canonical)
{
    m_rejected.remove({int(kind), canonical});
    m_marks.removeIf([&](const Mark &mark) { return mark.surface == surface; });
    m_marks.append({surface, kind, canonical});
}

void CorrectionSet::addReject(EntityKind kind, const QString &canonical)
{
    m_rejected.insert({int(kind), canonical});
    m_marks.removeIf([&](const Mark &mark) { return mark.kind == kind && mark.canonical == canonical; });
}

void CorrectionSet::addRename(EntityKind kind, const QString &oldCanonical, const QString &newCanonical)
{
    if (oldCanonical == newCanonical) {
        return;
    }
    // Earlier renames onto the old name now lead to the new one.
    for (auto it = m_renamed.begin(); it != m_renamed.end(); ++it) {
        if (it.key().first == int(kind) && *it == oldCanonical) {
            *it = newCanonical;
        }
    }
    m_renamed.remove({int(kind), newCanonical});
    m_renamed.insert({int(kind), oldCanonical}, newCanonical);
    for (Mark &mark : m_marks) {
        if (mark.kind == kind && mark.canonical == oldCanonical) {
            mark.canonical = newCanonical;
        }
    }
}

QString CorrectionSet::renamed(EntityKind kind, const QString &canonical) const
{
    return m_renamed.value({int(kind), canonical}, canonical);
}

bool CorrectionSet::isRejected(EntityKind kind, const QString &canonical) const
{
    return m_rejected.contains({int(kind), canonical});
}

QList<qsizetype> CorrectionSet::wholeWordOccurrences(const QString &body, const QString &surface)
{
    QList<qsizetype> starts;
    if (surface.isEmpty()) {
        return starts;
    }
    for (qsizetype at = body.indexOf(surface); at >= 0; at = body.indexOf(surface, at + 1)) {
        const qsizetype end = at + surface.size();
        const bool startsWord = at == 0 || !body.at(at - 1).isLetterOrNumber();
        const bool endsWord = end == body.size() || !body.at(end).isLetterOrNumber();
        if (startsWord && endsWord) {
            starts.append(at);
        }
    }
    return starts;
}

QList<Mention> CorrectionSet::apply(const QList<Mention> &recognised, const QString &body,
                                    const QList<Mention> &handMade) const
{
    QList<Mention> result;
    result.reserve(recognised.size());
    for (Mention mention : recognised) {
        mention.canonical = renamed(mention.kind, mention.canonical);
        if (!isRejected(mention.kind, mention.canonical)) {
            result.append(std::move(mention));
        }
    }
    // Longer surfaces first, so "Joe Biden" wins over a mark of "Biden" inside it.
    QList<Mark> marks = m_marks;
    std::stable_sort(marks.begin(), marks.end(),
                     [](const Mark &a, const Mark &b) { return a.surface.size() > b.surface.size(); });
    QList<Mention> added;
    for (const Mark &mark : std::as_const(marks)) {
        for (qsizetype start : wholeWordOccurrences(body, mark.surface)) {
            const qsizetype end = start + mark.surface.size();
            const auto inside = [&](const Mention &other) { return overlaps(start, end, other); };
            if (std::any_of(added.cbegin(), added.cend(), inside)) {
                continue;
            }
            result.removeIf(inside);
            added.append({start, end, mark.kind, renamed(mark.kind, mark.canonical)});
        }
    }
    result.append(added);
    if (!handMade.isEmpty()) {
        result.removeIf([&](const Mention &mention) {
            return std::any_of(handMade.cbegin(), handMade.cend(),
                               [&](const Mention &other) { return overlaps(mention.start, mention.end, other); });
        });
    }
    std::sort(result.begin(), result.end(), [](const Mention &a, const Mention &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    return result;
}

} // namespace Gloss
