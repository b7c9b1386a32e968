// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchmark.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QDateTime>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Gloss {

bool BenchmarkReport::Figure::goalMet() const
{
    if (goal <= 0) {
        return true;
    }
    return better == Better::Higher ? value >= goal : value <= goal;
}

void BenchmarkReport::add(const Figure &figure)
{
    m_figures.append(figure);
    print(figure);
}

void BenchmarkReport::print(const Figure &figure) const
{
    QString line = u"%1: %2 %3"_s.arg(figure.name, -44).arg(figure.value, 0, 'f', 2).arg(figure.unit);
    if (figure.goal > 0) {
        line += u"  goal %1 %2 %3 [%4]"_s.arg(figure.better == Better::Higher ? u"≥"_s : u"≤"_s)
                    .arg(figure.goal, 0, 'g', 6)
                    .arg(figure.unit, figure.goalMet() ? u"met"_s : u"MISSED"_s);
    }
    if (!figure.baselineName.isEmpty() && figure.baselineValue > 0) {
        line += u"  = %1× %2 (%3 %4)"_s.arg(figure.value / figure.baselineValue, 0, 'f', 2)
                    .arg(figure.baselineName)
                    .arg(figure.baselineValue, 0, 'f', 2)
                    .arg(figure.unit);
    }
    std::fprintf(stdout, "%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

bool BenchmarkReport::writeJson(const QString &path) const
{
    QJsonArray figures;
    for (const Figure &figure : m_figures) {
        QJsonObject object{{u"name"_s, figure.name}, {u"value"_s, figure.value}, {u"unit"_s, figure.unit}};
        if (figure.goal > 0) {
            object.insert(u"goal"_s, figure.goal);
            object.insert(u"better"_s, figure.better == Better::Higher ? u"higher"_s : u"lower"_s);
            object.insert(u"goal_met"_s, figure.goalMet());
        }
        if (!figure.baselineName.isEmpty()) {
            object.insert(u"baseline"_s, figure.baselineName);
            object.insert(u"baseline_value"_s, figure.baselineValue);
            object.insert(u"ratio"_s, figure.baselineValue > 0 ? figure.value / figure.baselineValue : 0.0);
        }
        figures.append(object);
    }
    const QJsonObject root{{u"when"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                           {u"machine"_s, QSysInfo::machineHostName()},
                           {u"cpu"_s, QSysInfo::currentCpuArchitecture()},
                           {u"figures"_s, figures}};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return false;
    }
    return file.write(QJsonDocument(root).toJson()) > 0;
}

int BenchmarkReport::goalsMissed() const
{
    return int(std::count_if(m_figures.cbegin(), m_figures.cend(), [](const Figure &f) { return !f.goalMet(); }));
}

double BenchmarkReport::median(QList<double> values)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

} // namespace Gloss
