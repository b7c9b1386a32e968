// SPDX-License-Identifier: GPL-3.0-or-later
#include "goldevaluation.h"

#include "entityrecognizer.h"
#include "import/articleparser.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString keyOf(qsizetype start, qsizetype end, const QString &type)
{
    return u"%1:%2:%3"_s.arg(start).arg(end).arg(type);
}

QString describe(const QString &file, const QString &what, const QString &key, const QString &body)
{
    const QStringList parts = key.split(u':');
    const qsizetype start = parts.value(0).toLongLong();
    const qsizetype end = parts.value(1).toLongLong();
    return u"%1: %2 %3 \"%4\""_s.arg(file, what, parts.value(2), body.mid(start, end - start));
}

} // namespace

double GoldEvaluation::Score::precision() const
{
    return truePositives ? double(truePositives) / (truePositives + falsePositives) : 0;
}

double GoldEvaluation::Score::recall() const
{
    return truePositives ? double(truePositives) / (truePositives + falseNegatives) : 0;
}

double GoldEvaluation::Score::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

Result<GoldEvaluation::Report> GoldEvaluation::evaluate(const QString &goldFile, const QString &articleFolder)
{
    const QStringList lines = readText(goldFile).split(u'\n', Qt::SkipEmptyParts);
    if (lines.size() < 2) {
        return badInput(QObject::tr("%1 holds no gold spans.").arg(goldFile));
    }
    QMap<QString, QSet<QString>> gold; // file → keys
    for (const QString &line : lines.mid(1)) {
        const QStringList fields = line.split(u'\t');
        if (fields.size() != 5) {
            return badInput(QObject::tr("%1: a line without five fields: %2").arg(goldFile, line));
        }
        gold[fields.at(0)].insert(keyOf(fields.at(1).toLongLong(), fields.at(2).toLongLong(), fields.at(3)));
    }
    Report report;
    const EntityRecognizer recognizer;
    const auto count = [&report](const QString &key, int Score::*field) {
        const QString type = key.section(u':', 2);
        ++(report.byType[type].*field);
        ++(report.overall.*field);
    };
    for (auto it = gold.cbegin(); it != gold.cend(); ++it) {
        const QString text = readText(QDir(articleFolder).filePath(it.key()));
        if (text.isEmpty()) {
            return badInput(QObject::tr("Cannot read the article %1 in %2.").arg(it.key(), articleFolder));
        }
        const NewDocument document = ArticleParser().parse(text, it.key());
        QSet<QString> found;
        for (const Mention &mention : recognizer.recognize(document.body, document.regions)) {
            if (mention.kind != EntityKind::Date && mention.kind != EntityKind::Quantity) {
                found.insert(keyOf(mention.start, mention.end, entityKindName(mention.kind)));
            }
        }
        for (const QString &key : std::as_const(found)) {
            if (it->contains(key)) {
                count(key, &Score::truePositives);
            } else {
                count(key, &Score::falsePositives);
                report.errors << describe(it.key(), u"extra"_s, key, document.body);
            }
        }
        for (const QString &key : *it) {
            if (!found.contains(key)) {
                count(key, &Score::falseNegatives);
                report.errors << describe(it.key(), u"missed"_s, key, document.body);
            }
        }
    }
    report.errors.sort();
    return report;
}

} // namespace Gloss
