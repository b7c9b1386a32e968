// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylegend.h"

#include "model/entitylistmodel.h"
#include "spanhighlighter.h"
#include "themeprovider.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

Qt::PenStyle penFor(QTextCharFormat::UnderlineStyle style)
{
    switch (style) {
    case QTextCharFormat::DashUnderline:
        return Qt::DashLine;
    case QTextCharFormat::DotLine:
        return Qt::DotLine;
    case QTextCharFormat::DashDotLine:
        return Qt::DashDotLine;
    case QTextCharFormat::DashDotDotLine:
        return Qt::DashDotDotLine;
    default:
        return Qt::SolidLine;
    }
}

// The swatch draws the highlight as the text shows it: the tint, and the underline in its style.
QPixmap swatch(EntityKind kind, bool on, qreal ratio)
{
    const QSize size(24, 16);
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    const QTextCharFormat format = SpanHighlighter::entityFormat(kind);
    const QColor colour = format.underlineColor();
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(1.5, 1.5, size.width() - 3, size.height() - 5);
    if (on) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(format.background());
        painter.drawRoundedRect(box, 3, 3);
    } else {
        QColor faded = colour;
        faded.setAlphaF(0.5);
        painter.setPen(QPen(faded, 1));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box, 3, 3);
        return pixmap;
    }
    const qreal y = size.height() - 2.0;
    QPen pen(colour, 1.6);
    if (format.underlineStyle() == QTextCharFormat::WaveUnderline) {
        QPainterPath wave;
        wave.moveTo(1.5, y);
        for (qreal x = 1.5; x <= size.width() - 1.5; x += 0.5) {
            wave.lineTo(x, y - 1.5 * std::sin((x - 1.5) * 3.14159 / 3));
        }
        painter.setPen(pen);
        painter.drawPath(wave);
    } else {
        pen.setStyle(penFor(format.underlineStyle()));
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        painter.drawLine(QPointF(1.5, y), QPointF(size.width() - 1.5, y));
    }
    return pixmap;
}

} // namespace

EntityLegend::EntityLegend(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(u"entityLegend"_s);
    setAccessibleName(tr("Entity highlighting"));
    setAccessibleDescription(tr("One button per kind of entity in the article, with how many mentions it has. Each "
                                "kind is underlined in its own style as well as tinted: people solid, organisations "
                                "dashed, places dotted, groups dash-dotted, dates wavy, quantities dash-dot-dotted. "
                                "Uncheck a kind to hide its highlighting."));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    for (const EntityKind kind : AllEntityKinds) {
        auto *chip = new QToolButton(this);
        chip->setObjectName(u"legend_"_s + entityKindName(kind));
        chip->setCheckable(true);
        chip->setChecked(true);
        chip->setAutoRaise(true);
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setIconSize(QSize(24, 16));
        chip->setVisible(false);
        connect(chip, &QToolButton::toggled, this, [this, kind](bool checked) {
            m_checked.insert(kind, checked);
            Q_EMIT kindToggled(kind, checked);
        });
        m_layout->addWidget(chip);
        m_chips.insert(kind, chip);
        m_checked.insert(kind, true);
    }
    m_layout->addStretch(1);
    connect(&ThemeProvider::instance(), &ThemeProvider::themeChanged, this, &EntityLegend::updateIcons);
    rebuild();
    updateIcons();
}

EntityLegend::~EntityLegend() = default;

void EntityLegend::setCounts(const QMap<EntityKind, int> &counts)
{
    m_counts = counts;
    rebuild();
}

void EntityLegend::setKindChecked(EntityKind kind, bool checked)
{
    m_checked.insert(kind, checked);
    QToolButton *button = m_chips.value(kind);
    const QSignalBlocker blocker(button);
    button->setChecked(checked);
}

bool EntityLegend::isKindChecked(EntityKind kind) const
{
    return m_checked.value(kind, true);
}

QToolButton *EntityLegend::chip(EntityKind kind) const
{
    return m_counts.value(kind) > 0 ? m_chips.value(kind) : nullptr;
}

QString EntityLegend::kindLabel(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Person:
        return tr("People");
    case EntityKind::Organisation:
        return tr("Organisations");
    case EntityKind::Location:
        return tr("Places");
    case EntityKind::Group:
        return tr("Groups");
    case EntityKind::Date:
        return tr("Dates");
    case EntityKind::Quantity:
        return tr("Quantities");
    }
    return {};
}

QString EntityLegend::underlineName(EntityKind kind)
{
    switch (SpanHighlighter::entityFormat(kind).underlineStyle()) {
    case QTextCharFormat::SingleUnderline:
        return tr("solid");
    case QTextCharFormat::DashUnderline:
        return tr("dashed");
    case QTextCharFormat::DotLine:
        return tr("dotted");
    case QTextCharFormat::DashDotLine:
        return tr("dash-dotted");
    case QTextCharFormat::DashDotDotLine:
        return tr("dash-dot-dotted");
    case QTextCharFormat::WaveUnderline:
        return tr("wavy");
    default:
        return tr("plain");
    }
}

QString EntityLegend::singularKindLabel(EntityKind kind)
{
    return EntityListModel::kindLabel(kind);
}

void EntityLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        rebuild();
    }
    QWidget::changeEvent(event);
}

void EntityLegend::rebuild()
{
    bool any = false;
    for (const EntityKind kind : AllEntityKinds) {
        QToolButton *button = m_chips.value(kind);
        const int mentions = m_counts.value(kind);
        button->setVisible(mentions > 0);
        any = any || mentions > 0;
        button->setText(tr("%1 %L2").arg(kindLabel(kind)).arg(mentions));
        button->setToolTip(tr("Show or hide the highlighting of %n mention(s) of this kind", nullptr, mentions));
        button->setAccessibleName(tr("%1, %n mention(s)", nullptr, mentions).arg(kindLabel(kind)));
        button->setAccessibleDescription(tr("Highlighted with a %1 underline").arg(underlineName(kind)));
    }
    setVisible(any);
}

void EntityLegend::updateIcons()
{
    const qreal ratio = devicePixelRatioF();
    for (const EntityKind kind : AllEntityKinds) {
        QIcon icon;
        icon.addPixmap(swatch(kind, true, ratio), QIcon::Normal, QIcon::On);
        icon.addPixmap(swatch(kind, false, ratio), QIcon::Normal, QIcon::Off);
        m_chips.value(kind)->setIcon(icon);
    }
}

} // namespace Gloss
