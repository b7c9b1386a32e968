// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessibleWidget>
#include <QCoreApplication>

namespace Gloss {

class TimelineWidget;

// What screen readers get from the timeline: the widget (name and a description of the whole
// corpus, set by TimelineWidget) with one child per visible lane, each named after its label and
// described by what its marks say (how many, over which days, the busiest day, the latest
// events), so the information the marks carry by position and shape is there in words too.
class TimelineAccessible final : public QAccessibleWidget
{
    Q_DECLARE_TR_FUNCTIONS(TimelineAccessible)

public:
    explicit TimelineAccessible(TimelineWidget *timeline);
    ~TimelineAccessible() override;

    // Registered once with QAccessible::installFactory by TimelineWidget.
    static QAccessibleInterface *factory(const QString &className, QObject *object);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;

    TimelineWidget *timeline() const;
    // The words for lane `index` of TimelineWidget::lanes().
    QString laneDescription(int index) const;

private:
    mutable QList<QAccessibleInterface *> m_children; // one per lane asked for, owned by QAccessible
};

} // namespace Gloss
