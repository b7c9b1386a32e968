// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace Gloss {

// Collects benchmark figures: each line prints the figure, the goal and how it compares with a
// baseline measured in the same run; all of it is also written as JSON.
class BenchmarkReport final
{
public:
    enum class Better { Higher, Lower };

    struct Figure {
        QString name;
        double value = 0;
        QString unit;
        double goal = 0;          // 0: no goal
        Better better = Better::Higher;
        QString baselineName;     // empty: no baseline
        double baselineValue = 0;
        bool goalMet() const;
    };

    void add(const Figure &figure);
    void print(const Figure &figure) const;
    bool writeJson(const QString &path) const;
    int goalsMissed() const;

    static double median(QList<double> values);

private:
    QList<Figure> m_figures;
};

} // namespace Gloss
