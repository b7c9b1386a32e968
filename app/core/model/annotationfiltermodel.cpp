// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationfiltermodel.h"

#include "annotationlistmodel.h"

namespace Gloss {

AnnotationFilterModel::AnnotationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AnnotationListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

AnnotationFilterModel::~AnnotationFilterModel() = default;

void AnnotationFilterModel::setCodes(const QSet<qint64> &codeIds)
{
    m_codes = codeIds;
    invalidateRowsFilter();
}

void AnnotationFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void AnnotationFilterModel::setCreatedSince(const QDateTime &since)
{
    m_since = since.isValid() ? since.toUTC().toString(Qt::ISODateWithMs) : QString();
    invalidateRowsFilter();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *source = qobject_cast<const AnnotationListModel *>(sourceModel());
    if (!source || sourceParent.isValid()) {
        return true;
    }
    const Annotation &annotation = source->annotationAt(sourceRow);
    if (!m_codes.isEmpty() && !m_codes.contains(annotation.codeId)) {
        return false;
    }
    if (!m_since.isEmpty() && annotation.created < m_since) {
        return false;
    }
    return m_text.isEmpty() || annotation.quote.contains(m_text, Qt::CaseInsensitive)
        || annotation.note.contains(m_text, Qt::CaseInsensitive);
}

} // namespace Gloss
