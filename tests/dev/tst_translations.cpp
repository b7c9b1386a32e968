// SPDX-License-Identifier: GPL-3.0-or-later
// Every translations/*.ts is complete: lupdate, run over the sources into a copy of it, leaves
// no unfinished and no obsolete message, and every translation keeps its source's placeholders
// (%1…%9 and %n), so no argument is dropped or invented on screen.
#include "testsupport.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Count {
    QStringList unfinished;
    QStringList obsolete;
    QStringList placeholdersDiffer;
    QString language;
};

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(u"%L?([1-9]|n)"_s);
    QStringList found;
    for (QRegularExpressionMatchIterator it = marker.globalMatch(text); it.hasNext();) {
        found << it.next().captured(1);
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

// A translation (or one plural form of it) that drops or adds an argument of its source.
void comparePlaceholders(Count &count, const QString &where, const QString &source, const QString &translation)
{
    if (!translation.isEmpty() && placeholders(translation) != placeholders(source)) {
        count.placeholdersDiffer << where + u" → "_s + translation.left(60);
    }
}

Count countMessages(const QString &path)
{
    Count count;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return count;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement()) {
            continue;
        }
        if (xml.name() == u"TS"_s) {
            count.language = xml.attributes().value(u"language"_s).toString();
        } else if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"source"_s) {
            source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            const QString type = xml.attributes().value(u"type"_s).toString();
            const QString where = context + u": "_s + source.left(60).replace(u'\n', u' ');
            if (type == u"unfinished"_s) {
                count.unfinished << where;
            } else if (type == u"obsolete"_s || type == u"vanished"_s) {
                count.obsolete << where;
            }
            QString text;
            while (xml.readNext() != QXmlStreamReader::EndElement || xml.name() != u"translation"_s) {
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == u"numerusform"_s) {
                    comparePlaceholders(count, where, source, xml.readElementText());
                }
            }
            comparePlaceholders(count, where, source, text.trimmed());
        }
    }
    return count;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("ts");
        const QDir dir(Gloss::Test::sourceDir() + u"/translations"_s);
        const QStringList files = dir.entryList({u"gloss_*.ts"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.contains(u"gloss_de.ts"_s));
        QVERIFY(files.contains(u"gloss_he.ts"_s));
        QVERIFY(files.contains(u"gloss_en.ts"_s));
        for (const QString &file : files) {
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
        }
    }

    void complete()
    {
        QFETCH(QString, ts);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        QStringList arguments = {u"-locations"_s, u"none"_s, u"-no-ui-lines"_s, u"-extensions"_s, u"cpp,h"_s};
        // gloss_en.ts holds only the English plural forms of the source strings.
        if (ts.endsWith(u"/gloss_en.ts"_s)) {
            arguments << u"-pluralonly"_s;
        }
        arguments << Gloss::Test::sourceDir() + u"/app"_s << u"-ts"_s << copy;
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(GLOSS_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        const Count count = countMessages(copy);
        const QString code = QFileInfo(ts).completeBaseName().mid(6);
        QVERIFY2(count.language.startsWith(code), qPrintable(u"%1 declares language %2"_s.arg(ts, count.language)));
        QVERIFY2(count.obsolete.isEmpty(),
                 qPrintable(u"%1: %2 obsolete message(s) (run the update_translations target), e.g.\n  %3"_s.arg(ts)
                                .arg(count.obsolete.size())
                                .arg(count.obsolete.mid(0, 10).join(u"\n  "_s))));
        QVERIFY2(count.unfinished.isEmpty(), qPrintable(u"%1: %2 unfinished message(s), e.g.\n  %3"_s.arg(ts)
                                                            .arg(count.unfinished.size())
                                                            .arg(count.unfinished.mid(0, 10).join(u"\n  "_s))));
        QVERIFY2(count.placeholdersDiffer.isEmpty(),
                 qPrintable(u"%1: %2 translation(s) with other placeholders than their source, e.g.\n  %3"_s.arg(ts)
                                .arg(count.placeholdersDiffer.size())
                                .arg(count.placeholdersDiffer.mid(0, 10).join(u"\n  "_s))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
