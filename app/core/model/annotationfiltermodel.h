// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSet>
#include <QSortFilterProxyModel>

namespace Gloss {

// Filters an AnnotationListModel by code (a code and the codes below it), by text in the
// passage or the note, and by when the annotation was made; sorts by each column.
class AnnotationFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationFilterModel)

public:
    explicit AnnotationFilterModel(QObject *parent = nullptr);
    ~AnnotationFilterModel() override;

    // Empty: every code, and uncoded annotations.
    void setCodes(const QSet<qint64> &codeIds);
    void setText(const QString &text);
    // Invalid: any time.
    void setCreatedSince(const QDateTime &since);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<qint64> m_codes;
    QString m_text;
    QString m_since; // ISO 8601 UTC, comparable with the stored text
};

} // namespace Gloss
