// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace Gloss {

// The mapping between days and horizontal pixels of the timeline, kept apart from painting so
// zooming and panning can be tested as plain arithmetic.
struct TimeScale {
    double firstDay = 0;    // Julian day at x = 0 (may be fractional)
    double pixelsPerDay = 1; // > 0
    int width = 0;          // pixels

    enum class Unit { Day, Week, Month, Quarter, Year, Decade };
    struct Tick {
        QDate date;
        double x = 0;
        bool major = false;
    };

    static constexpr double MinPixelsPerDay = 0.002; // about 70 years across 50 px
    static constexpr double MaxPixelsPerDay = 400;

    double xForDate(QDate date) const;
    double xForDay(double julianDay) const { return (julianDay - firstDay) * pixelsPerDay; }
    double dayAt(double x) const { return firstDay + x / pixelsPerDay; }
    QDate dateAt(double x) const;

    // Shows [first, last] with a margin on both sides.
    void fit(QDate first, QDate last, int widthInPixels);
    // Zooms by `factor` (> 1 zooms in) keeping the day under `anchorX` where it is.
    void zoom(double factor, double anchorX);
    void pan(double pixels);

    // A tick spacing that leaves at least `minSpacing` pixels between labels.
    Unit tickUnit(double minSpacing) const;
    QList<Tick> ticks(double minSpacing) const;
    static QString label(QDate date, Unit unit);
};

} // namespace Gloss
