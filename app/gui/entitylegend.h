// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nlp/entitykind.h"

#include <QMap>
#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace Gloss {

// A row of checkable chips, one per entity kind present in the article: the kind's highlight as
// a swatch, its name and how many mentions it has. Unchecking a chip asks to hide that kind.
class EntityLegend final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityLegend)

public:
    explicit EntityLegend(QWidget *parent = nullptr);
    ~EntityLegend() override;

    // Mentions per kind; kinds with none get no chip.
    void setCounts(const QMap<EntityKind, int> &counts);
    int count(EntityKind kind) const { return m_counts.value(kind); }
    // Checks or unchecks the chip without emitting kindToggled().
    void setKindChecked(EntityKind kind, bool checked);
    bool isKindChecked(EntityKind kind) const;
    // The chip of a kind, null when the article has none of it.
    QToolButton *chip(EntityKind kind) const;

    // "People", "Places", …: the legend's names of the kinds.
    static QString kindLabel(EntityKind kind);
    // "Person", "Place", …: one mention's kind, as the tooltips say it.
    static QString singularKindLabel(EntityKind kind);
    // "solid", "dotted", …: the underline that tells the kind apart without its colour.
    static QString underlineName(EntityKind kind);

Q_SIGNALS:
    void kindToggled(Gloss::EntityKind kind, bool visible);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateIcons();

    QHBoxLayout *m_layout = nullptr;
    QMap<EntityKind, int> m_counts;
    QMap<EntityKind, bool> m_checked;
    QMap<EntityKind, QToolButton *> m_chips;
};

} // namespace Gloss
