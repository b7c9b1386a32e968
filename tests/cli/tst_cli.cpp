// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "paths.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

Run runCli(const QStringList &arguments)
{
    Run run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    Cli cli(out, err);
    run.code = cli.run(arguments);
    return run;
}
} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The default corpus is made afresh: one left by an earlier run (of another build, maybe
        // of a newer schema) would be what the test reads.
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
            QFile::remove(Paths::defaultDatabase() + suffix);
        }
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"cli.gloss"_s);
    }

    void recognisesCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("cli");
        QTest::newRow("nothing") << QStringList{} << false;
        QTest::newRow("db only") << QStringList{u"--db"_s, u"x.gloss"_s} << false;
        QTest::newRow("lang only") << QStringList{u"--lang=de"_s} << false;
        QTest::newRow("version") << QStringList{u"--version"_s} << true;
        QTest::newRow("help") << QStringList{u"-h"_s} << true;
        QTest::newRow("command") << QStringList{u"documents"_s} << true;
        QTest::newRow("command after db") << QStringList{u"--db"_s, u"x.gloss"_s, u"show"_s, u"1"_s} << true;
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << true;
        QTest::newRow("qt window options") << QStringList{u"-geometry"_s, u"800x600"_s, u"-reverse"_s} << false;
        QTest::newRow("qt option then command") << QStringList{u"-platform"_s, u"offscreen"_s, u"documents"_s} << true;
    }

    void recognisesCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, cli);
        QCOMPARE(Cli::wantsCommandLine(arguments), cli);
    }

    void versionAndHelp()
    {
        const Run version = runCli({u"--version"_s});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.startsWith(u"gloss "_s));
        QCOMPARE(runCli({u"--lang"_s, u"de"_s, u"--version"_s}).code, 0);
        QCOMPARE(runCli({u"--version"_s, u"--lang=de"_s}).code, 0);
        const Run help = runCli({u"--help"_s});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(u"import PATH"_s));
        QVERIFY(help.out.contains(u"--db FILE"_s));
        QVERIFY(help.out.contains(u"annotate --doc ID --start N --end N --code NAME"_s));
        QVERIFY(help.out.contains(u"annotations [--doc ID] [--code NAME]"_s));
        QVERIFY(help.out.contains(u"codes [--install-default]"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command 'frobnicate'"_s;
        QTest::newRow("db without value") << QStringList{u"documents"_s, u"--db"_s} << u"--db needs"_s;
        QTest::newRow("bad date") << QStringList{u"documents"_s, u"--from"_s, u"yesterday"_s} << u"--from"_s;
        QTest::newRow("unknown option") << QStringList{u"documents"_s, u"--colour"_s} << u"colour"_s;
        QTest::newRow("import nothing") << QStringList{u"import"_s} << u"at least one"_s;
        QTest::newRow("show without id") << QStringList{u"show"_s} << u"one document id"_s;
        QTest::newRow("show bad id") << QStringList{u"show"_s, u"abc"_s} << u"not a document id"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runCli(arguments + QStringList{u"--db"_s, m_db}.mid(arguments.contains(u"--db"_s) ? 2 : 0));
        QCOMPARE(run.code, int(Cli::Usage));
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.err.startsWith(u"gloss: "_s));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.out.isEmpty());
    }

    void importListShow()
    {
        const QString article = m_dir.filePath(u"a.txt"_s);
        QVERIFY(Test::writeFile(article, " date 2024-04-29 Biden and Netanyahu spoke\n\nThey spoke on Sunday about Rafah.\n"));
        const QString empty = m_dir.filePath(u"empty.txt"_s);
        QVERIFY(Test::writeFile(empty, "   \n"));

        Run imported = runCli({u"--db"_s, m_db, u"import"_s, article, empty});
        QCOMPARE(imported.code, 0);
        const QJsonObject summary = imported.json().object();
        QCOMPARE(summary.value(u"imported"_s).toInt(), 1);
        QCOMPARE(summary.value(u"duplicates"_s).toInt(), 0);
        const QJsonArray failed = summary.value(u"failed"_s).toArray();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.at(0).toObject().value(u"path"_s).toString(), empty);
        QVERIFY(!failed.at(0).toObject().value(u"error"_s).toString().isEmpty());

        Run again = runCli({u"import"_s, article, u"--db"_s, m_db});
        QCOMPARE(again.json().object().value(u"duplicates"_s).toInt(), 1);

        Run listed = runCli({u"--db"_s, m_db, u"documents"_s});
        QCOMPARE(listed.code, 0);
        const QJsonArray documents = listed.json().array();
        QCOMPARE(documents.size(), 1);
        const QJsonObject first = documents.at(0).toObject();
        QCOMPARE(first.value(u"title"_s).toString(), u"Biden and Netanyahu spoke"_s);
        QCOMPARE(first.value(u"published"_s).toString(), u"2024-04-29"_s);
        QCOMPARE(first.value(u"date_source"_s).toString(), u"header"_s);
        QVERIFY(first.value(u"source"_s).toString().endsWith(u"a.txt"_s));
        QVERIFY(first.value(u"length"_s).toInt() > 0);

        Run searched = runCli({u"--db"_s, m_db, u"documents"_s, u"--query"_s, u"Rafah"_s});
        QCOMPARE(searched.json().array().size(), 1);
        QVERIFY(searched.json().array().at(0).toObject().value(u"snippet"_s).toString().contains(u"**Rafah**"_s));
        Run none = runCli({u"--db"_s, m_db, u"documents"_s, u"--to"_s, u"2024-01-01"_s});
        QCOMPARE(none.json().array().size(), 0);

        const int id = first.value(u"id"_s).toInt();
        Run shown = runCli({u"--db"_s, m_db, u"show"_s, QString::number(id)});
        QCOMPARE(shown.code, 0);
        QVERIFY(shown.json().object().value(u"text"_s).toString().contains(u"Rafah"_s));
        Run missing = runCli({u"--db"_s, m_db, u"show"_s, u"999"_s});
        QCOMPARE(missing.code, int(Cli::BadInput));
        QVERIFY(!shown.json().object().value(u"entities"_s).toArray().isEmpty());

        Run entities = runCli({u"--db"_s, m_db, u"entities"_s, u"--doc"_s, QString::number(id)});
        QCOMPARE(entities.code, 0);
        const QJsonArray mentions = entities.json().array();
        QStringList seen;
        for (const QJsonValue &value : mentions) {
            const QJsonObject m = value.toObject();
            QCOMPARE(m.value(u"doc"_s).toInt(), id);
            QVERIFY(m.value(u"end"_s).toInt() > m.value(u"start"_s).toInt());
            QCOMPARE(m.value(u"origin"_s).toString(), u"auto"_s);
            seen << m.value(u"type"_s).toString() + u':' + m.value(u"text"_s).toString() + u'='
                    + m.value(u"canonical"_s).toString();
        }
        QVERIFY2(seen.contains(u"LOC:Rafah=Rafah"_s), qPrintable(seen.join(u", "_s)));
        Run allEntities = runCli({u"--db"_s, m_db, u"entities"_s});
        QCOMPARE(allEntities.json().array().size(), mentions.size());
        Run badDoc = runCli({u"--db"_s, m_db, u"entities"_s, u"--doc"_s, u"x"_s});
        QCOMPARE(badDoc.code, int(Cli::Usage));
    }

    // The seed articles' dates and calls, through the command a script would use.
    void timelineOfTheSeeds()
    {
        const QString db = m_dir.filePath(u"seeds.gloss"_s);
        QCOMPARE(runCli({u"--db"_s, db, u"import"_s, Test::sharedDir() + u"/seeds"_s}).code, 0);
        const Run run = runCli({u"--db"_s, db, u"timeline"_s});
        QCOMPARE(run.code, 0);
        const QJsonObject timeline = run.json().object();
        const QJsonArray documents = timeline.value(u"documents"_s).toArray();
        QCOMPARE(documents.size(), 5);
        QString previous;
        for (const QJsonValue &document : documents) {
            const QString published = document.toObject().value(u"published"_s).toString();
            QVERIFY2(previous <= published, "documents are in publication order");
            previous = published;
        }
        QStringList times;
        for (const QJsonValue &value : timeline.value(u"time_expressions"_s).toArray()) {
            const QJsonObject time = value.toObject();
            QVERIFY(time.value(u"end"_s).toInt() > time.value(u"start"_s).toInt());
            QVERIFY(!time.value(u"granularity"_s).toString().isEmpty());
            QVERIFY(!time.value(u"anchor"_s).toString().isEmpty());
            times << time.value(u"text"_s).toString() + u'=' + time.value(u"value"_s).toString();
        }
        // 2024-04-29 is a Monday: the past "Sunday" is the day before.
        QVERIFY2(times.contains(u"Sunday=2024-04-28"_s), qPrintable(times.join(u", "_s)));
        QVERIFY2(times.contains(u"October 7=2023-10-07"_s), qPrintable(times.join(u", "_s)));
        QVERIFY2(times.contains(u"yesterday=2024-03-20"_s), qPrintable(times.join(u", "_s)));
        QStringList events;
        for (const QJsonValue &value : timeline.value(u"events"_s).toArray()) {
            const QJsonObject event = value.toObject();
            QVERIFY(!event.value(u"sentence"_s).toString().isEmpty());
            QStringList actors;
            for (const QJsonValue &actor : event.value(u"actors"_s).toArray()) {
                actors << actor.toString();
            }
            events << event.value(u"type"_s).toString() + u' ' + actors.join(u'+') + u' ' + event.value(u"date"_s).toString();
        }
        QVERIFY2(events.contains(u"call Joe Biden+Benjamin Netanyahu 2024-04-28"_s), qPrintable(events.join(u", "_s)));
        QVERIFY2(events.contains(u"call Lloyd J Austin III+Yoav Gallant 2024-03-20"_s), qPrintable(events.join(u", "_s)));
        QCOMPARE(events.size(), 7);

        const int id = documents.at(0).toObject().value(u"id"_s).toInt();
        const Run one = runCli({u"--db"_s, db, u"timeline"_s, u"--doc"_s, QString::number(id)});
        QCOMPARE(one.json().object().value(u"documents"_s).toArray().size(), 1);
        for (const QJsonValue &value : one.json().object().value(u"events"_s).toArray()) {
            QCOMPARE(value.toObject().value(u"doc"_s).toInt(), id);
        }
        const Run shown = runCli({u"--db"_s, db, u"show"_s, QString::number(id)});
        QCOMPARE(shown.json().object().value(u"events"_s).toArray(), one.json().object().value(u"events"_s).toArray());
        QCOMPARE(runCli({u"--db"_s, db, u"timeline"_s, u"--doc"_s, u"999"_s}).code, int(Cli::BadInput));
        QCOMPARE(runCli({u"--db"_s, db, u"timeline"_s, u"extra"_s}).code, int(Cli::Usage));
    }

    void annotateAndList()
    {
        const QString db = m_dir.filePath(u"annotations.gloss"_s);
        const QString article = m_dir.filePath(u"talks.txt"_s);
        QVERIFY(Test::writeFile(article, "Talks in Cairo\n\nThe talks in Cairo went on late.\n"));
        const Run imported = runCli({u"--db"_s, db, u"import"_s, article});
        QCOMPARE(imported.code, 0);
        const QString doc = QString::number(imported.json().object().value(u"document_ids"_s).toArray().at(0).toInteger());

        // A new corpus has no codes until they are asked for.
        QCOMPARE(runCli({u"--db"_s, db, u"codes"_s}).json().array().size(), 0);
        const Run installed = runCli({u"--db"_s, db, u"codes"_s, u"--install-default"_s});
        QCOMPARE(installed.code, 0);
        const QJsonArray codes = installed.json().array();
        QCOMPARE(codes.size(), 6);
        QCOMPARE(codes.at(0).toObject().value(u"path"_s).toString(), u"Claim"_s);
        QVERIFY(codes.at(0).toObject().value(u"colour"_s).toString().startsWith(u'#'));

        const Run shown = runCli({u"--db"_s, db, u"show"_s, doc});
        const QString text = shown.json().object().value(u"text"_s).toString();
        const qsizetype start = text.indexOf(u"Cairo"_s);
        QVERIFY(start >= 0);
        const Run annotated = runCli({u"--db"_s, db, u"annotate"_s, u"--doc"_s, doc, u"--start"_s, QString::number(start),
                                      u"--end"_s, QString::number(start + 5), u"--code"_s, u"claim"_s, u"--note"_s,
                                      u"where?"_s, u"--author"_s, u"Ann"_s});
        QVERIFY2(annotated.code == 0, qPrintable(annotated.err));
        const QJsonObject annotation = annotated.json().object();
        QCOMPARE(annotation.value(u"quote"_s).toString(), u"Cairo"_s);
        QCOMPARE(annotation.value(u"code"_s).toString(), u"Claim"_s);
        QCOMPARE(annotation.value(u"author"_s).toString(), u"Ann"_s);
        QCOMPARE(annotation.value(u"anchor"_s).toString(), u"anchored"_s);
        QCOMPARE(annotation.value(u"uuid"_s).toString().size(), 36);

        const Run listed = runCli({u"--db"_s, db, u"annotations"_s, u"--doc"_s, doc});
        QCOMPARE(listed.code, 0);
        QCOMPARE(listed.json().array().size(), 1);
        QCOMPARE(listed.json().array().at(0).toObject().value(u"note"_s).toString(), u"where?"_s);
        QCOMPARE(listed.json().array().at(0).toObject().value(u"doc"_s).toInteger(), doc.toLongLong());
        QCOMPARE(runCli({u"--db"_s, db, u"annotations"_s, u"--code"_s, u"Claim"_s}).json().array().size(), 1);
        QCOMPARE(runCli({u"--db"_s, db, u"annotations"_s, u"--code"_s, u"Quote"_s}).json().array().size(), 0);
        const QJsonArray inShow = runCli({u"--db"_s, db, u"show"_s, doc}).json().object().value(u"annotations"_s).toArray();
        QCOMPARE(inShow.size(), 1);
        QCOMPARE(inShow.at(0).toObject().value(u"uuid"_s), annotation.value(u"uuid"_s));
        // The documents filter by code sees it too.
        QCOMPARE(runCli({u"--db"_s, db, u"documents"_s, u"--code"_s, u"Claim"_s}).json().array().size(), 1);
    }

    void annotateRefuses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("new code, passage past the end")
            << QStringList{u"--start"_s, u"0"_s, u"--end"_s, u"100000"_s, u"--code"_s, u"Sources/Rumour"_s}
            << int(Cli::BadInput) << u"not inside document"_s;
        QTest::newRow("past the end") << QStringList{u"--start"_s, u"0"_s, u"--end"_s, u"100000"_s, u"--code"_s, u"Claim"_s}
                                      << int(Cli::BadInput) << u"not inside document"_s;
        QTest::newRow("reversed") << QStringList{u"--start"_s, u"5"_s, u"--end"_s, u"2"_s, u"--code"_s, u"Claim"_s}
                                  << int(Cli::BadInput) << u"not inside document"_s;
        QTest::newRow("not a number") << QStringList{u"--start"_s, u"x"_s, u"--end"_s, u"2"_s, u"--code"_s, u"Claim"_s}
                                      << int(Cli::BadInput) << u"character offsets"_s;
        QTest::newRow("no code") << QStringList{u"--start"_s, u"0"_s, u"--end"_s, u"2"_s} << int(Cli::Usage)
                                 << u"needs --code"_s;
    }

    void annotateRefuses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const QString db = m_dir.filePath(u"refusals.gloss"_s);
        const QString article = m_dir.filePath(u"short.txt"_s);
        QVERIFY(Test::writeFile(article, "Short\n\nA short article.\n"));
        const Run imported = runCli({u"--db"_s, db, u"import"_s, article});
        QCOMPARE(imported.code, 0);
        QCOMPARE(runCli({u"--db"_s, db, u"codes"_s, u"--install-default"_s}).code, 0);
        const Run run = runCli(QStringList{u"--db"_s, db, u"annotate"_s, u"--doc"_s, u"1"_s} + arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(runCli({u"--db"_s, db, u"annotations"_s}).json().array().size(), 0);
        QCOMPARE(runCli({u"--db"_s, db, u"codes"_s}).json().array().size(), 6); // no code left behind
    }

    void annotateCreatesAMissingCode()
    {
        const QString db = m_dir.filePath(u"newcode.gloss"_s);
        const QString article = m_dir.filePath(u"newcode.txt"_s);
        QVERIFY(Test::writeFile(article, "Short\n\nA short article about sources.\n"));
        QCOMPARE(runCli({u"--db"_s, db, u"import"_s, article}).code, 0);
        const Run annotated = runCli({u"--db"_s, db, u"annotate"_s, u"--doc"_s, u"1"_s, u"--start"_s, u"0"_s, u"--end"_s,
                                      u"5"_s, u"--code"_s, u"Sources/Anonymous"_s});
        QVERIFY2(annotated.code == 0, qPrintable(annotated.err));
        QCOMPARE(annotated.json().object().value(u"code"_s).toString(), u"Sources/Anonymous"_s);
        const QJsonArray codes = runCli({u"--db"_s, db, u"codes"_s}).json().array();
        QCOMPARE(codes.size(), 2);
        QCOMPARE(codes.at(1).toObject().value(u"path"_s).toString(), u"Sources/Anonymous"_s);
        // The same name again takes the code that is there now.
        QCOMPARE(runCli({u"--db"_s, db, u"annotate"_s, u"--doc"_s, u"1"_s, u"--start"_s, u"6"_s, u"--end"_s, u"9"_s,
                         u"--code"_s, u"anonymous"_s})
                     .code,
                 0);
        QCOMPARE(runCli({u"--db"_s, db, u"codes"_s}).json().array().size(), 2);
    }

    void refusesForeignDatabaseWithExitCode()
    {
        const QString foreign = m_dir.filePath(u"picture.gloss"_s);
        QVERIFY(Test::writeFile(foreign, QByteArray("\x89PNG\r\n\x1a\n", 8)));
        const Run run = runCli({u"--db"_s, foreign, u"documents"_s});
        QCOMPARE(run.code, int(Cli::BadInput));
        QVERIFY2(run.err.contains(u"not a Gloss database"_s), qPrintable(run.err));
    }

    void defaultDatabaseStartsWithTheSample()
    {
        const Run run = runCli({u"documents"_s});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.json().array().size(), 5);
    }

    void exportWritesEachFormat_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("annotations");
        QTest::addColumn<QByteArray>("starts");
        QTest::addColumn<QString>("file");
        QTest::newRow("csv") << QStringList{u"--csv"_s, u"@out.csv"_s} << u"csv"_s << 2 << QByteArray("title,published,")
                             << u"out.csv"_s;
        QTest::newRow("csv with a byte order mark") << QStringList{u"--csv"_s, u"@bom.csv"_s, u"--bom"_s} << u"csv"_s << 2
                                                    << QByteArray("\xEF\xBB\xBFtitle,") << u"bom.csv"_s;
        QTest::newRow("mentions") << QStringList{u"--csv"_s, u"@mentions.csv"_s, u"--mentions"_s} << u"mentions-csv"_s << 0
                                  << QByteArray("document,title,") << u"mentions.csv"_s;
        QTest::newRow("json-ld, one code") << QStringList{u"--jsonld"_s, u"@claims.jsonld"_s, u"--code"_s, u"Claim"_s}
                                           << u"jsonld"_s << 1 << QByteArray("{") << u"claims.jsonld"_s;
        QTest::newRow("qdpx, a date range") << QStringList{u"--qdpx"_s, u"@2024.qdpx"_s, u"--from"_s, u"2024-01-01"_s}
                                            << u"qdpx"_s << 1 << QByteArray("PK\x03\x04") << u"2024.qdpx"_s;
        QTest::newRow("csv, one article") << QStringList{u"--doc"_s, u"2"_s, u"--csv=@doc.csv"_s} << u"csv"_s << 1
                                          << QByteArray("title,") << u"doc.csv"_s;
    }

    void exportWritesEachFormat()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, format);
        QFETCH(int, annotations);
        QFETCH(QByteArray, starts);
        QFETCH(QString, file);
        static const QString db = annotatedCorpus(u"export"_s);
        file = m_dir.filePath(file);
        const Run run = runCli(QStringList{u"--db"_s, db, u"export"_s} + inFolder(arguments));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY(run.err.isEmpty());
        const QJsonObject summary = run.json().object();
        QCOMPARE(summary.value(u"format"_s).toString(), format);
        QCOMPARE(summary.value(u"file"_s).toString(), file);
        QCOMPARE(summary.value(u"annotations"_s).toInt(), annotations);
        QVERIFY(summary.contains(u"documents"_s));
        if (format == u"mentions-csv"_s) {
            QVERIFY(summary.value(u"mentions"_s).toInt() > 0);
        }
        QVERIFY2(Test::readFile(file).startsWith(starts), Test::readFile(file).left(20).constData());
    }

    void exportRefuses_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no target") << QStringList{} << int(Cli::Usage) << u"exactly one of"_s;
        QTest::newRow("two targets") << QStringList{u"--csv"_s, u"@a.csv"_s, u"--pdf"_s, u"@a.pdf"_s} << int(Cli::Usage)
                                     << u"exactly one of"_s;
        QTest::newRow("mentions without csv") << QStringList{u"--jsonld"_s, u"@a.jsonld"_s, u"--mentions"_s} << int(Cli::Usage)
                                              << u"--mentions goes with --csv"_s;
        QTest::newRow("bom without csv") << QStringList{u"--qdpx"_s, u"@a.qdpx"_s, u"--bom"_s} << int(Cli::Usage)
                                         << u"--bom goes with --csv"_s;
        QTest::newRow("bad page size") << QStringList{u"--pdf"_s, u"@a.pdf"_s, u"--page-size"_s, u"A5"_s} << int(Cli::Usage)
                                       << u"neither A4 nor Letter"_s;
        QTest::newRow("bad date") << QStringList{u"--csv"_s, u"@a.csv"_s, u"--to"_s, u"soon"_s} << int(Cli::Usage) << u"--to"_s;
        QTest::newRow("bad document id") << QStringList{u"--csv"_s, u"@a.csv"_s, u"--doc"_s, u"x"_s} << int(Cli::Usage)
                                         << u"not a document id"_s;
        QTest::newRow("unknown code") << QStringList{u"--csv"_s, u"@a.csv"_s, u"--code"_s, u"Nope"_s} << int(Cli::BadInput)
                                      << u"Nope"_s;
        QTest::newRow("unknown document") << QStringList{u"--csv"_s, u"@a.csv"_s, u"--doc"_s, u"99"_s} << int(Cli::BadInput)
                                          << u"no document 99"_s;
        QTest::newRow("reversed dates") << QStringList{u"--csv"_s, u"@a.csv"_s, u"--from"_s, u"2024-02-01"_s, u"--to"_s,
                                                       u"2024-01-01"_s}
                                        << int(Cli::BadInput) << u"ends before it starts"_s;
        QTest::newRow("unwritable") << QStringList{u"--csv"_s, u"/proc/no/such/a.csv"_s} << int(Cli::DatabaseFailure)
                                    << u"Cannot write"_s;
    }

    void exportRefuses()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        static const QString db = annotatedCorpus(u"refused"_s);
        const Run run = runCli(QStringList{u"--db"_s, db, u"export"_s} + inFolder(arguments));
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.err.startsWith(u"gloss: "_s));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(u"a.csv"_s)));
    }

    // gloss export --jsonld, then gloss import of that file into another corpus with the same
    // articles: the annotations travel.
    void annotationsTravelThroughJsonLd()
    {
        const QString from = annotatedCorpus(u"from"_s);
        const QString to = m_dir.filePath(u"to.gloss"_s);
        QCOMPARE(runCli({u"--db"_s, to, u"import"_s, m_dir.filePath(u"from-first.txt"_s), m_dir.filePath(u"from-second.txt"_s)}).code, 0);
        const QString file = m_dir.filePath(u"travel.jsonld"_s);
        QCOMPARE(runCli({u"--db"_s, from, u"export"_s, u"--jsonld"_s, file}).code, 0);
        const Run imported = runCli({u"--db"_s, to, u"import"_s, file});
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        const QJsonObject summary = imported.json().object();
        QCOMPARE(summary.value(u"annotations"_s).toInt(), 2);
        QCOMPARE(summary.value(u"imported"_s).toInt(), 0);
        QVERIFY(summary.value(u"failed"_s).toArray().isEmpty());
        const QJsonArray before = runCli({u"--db"_s, from, u"annotations"_s}).json().array();
        const QJsonArray after = runCli({u"--db"_s, to, u"annotations"_s}).json().array();
        QCOMPARE(after.size(), 2);
        for (qsizetype i = 0; i < before.size(); ++i) {
            for (const QString &field : {u"uuid"_s, u"quote"_s, u"start"_s, u"end"_s, u"code"_s, u"note"_s, u"created"_s}) {
                QCOMPARE(after.at(i).toObject().value(field), before.at(i).toObject().value(field));
            }
        }
        // Again: nothing new, and said so.
        const QJsonObject again = runCli({u"--db"_s, to, u"import"_s, file}).json().object();
        QCOMPARE(again.value(u"annotations"_s).toInt(), 0);
        QCOMPARE(again.value(u"annotation_duplicates"_s).toInt(), 2);
    }

    // The PDF report needs Qt's fonts: the real binary sets up a window-less GUI application
    // for it, with no display.
    void exportsAPdfWithoutADisplay()
    {
        QVERIFY(Cli::needsFonts({u"--db"_s, u"x.gloss"_s, u"export"_s, u"--pdf"_s, u"r.pdf"_s}));
        QVERIFY(Cli::needsFonts({u"export"_s, u"--pdf=r.pdf"_s}));
        QVERIFY(!Cli::needsFonts({u"export"_s, u"--csv"_s, u"r.csv"_s}));
        QVERIFY(!Cli::needsFonts({u"documents"_s}));
        const QString gloss = Test::binaryDir() + u"/bin/gloss"_s;
        QVERIFY2(QFileInfo(gloss).isExecutable(), qPrintable(gloss));
        const QString db = annotatedCorpus(u"pdf"_s);
        const QString pdf = m_dir.filePath(u"report.pdf"_s);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"QT_QPA_PLATFORM"_s);
        environment.remove(u"DISPLAY"_s);
        environment.remove(u"WAYLAND_DISPLAY"_s);
        process.setProcessEnvironment(environment);
        process.start(gloss, {u"--db"_s, db, u"export"_s, u"--pdf"_s, pdf, u"--page-size"_s, u"Letter"_s});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QJsonObject summary = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(summary.value(u"format"_s).toString(), u"pdf"_s);
        QCOMPARE(summary.value(u"annotations"_s).toInt(), 2);
        QCOMPARE(summary.value(u"page_size"_s).toString(), u"Letter"_s);
        QVERIFY(summary.value(u"pages"_s).toInt() >= 4);
        QVERIFY(Test::readFile(pdf).startsWith("%PDF-"));
    }

private:
    // A corpus with two annotated articles, through the command line; returns its path.
    QString annotatedCorpus(const QString &name)
    {
        const QString db = m_dir.filePath(name + u".gloss"_s);
        const QString first = m_dir.filePath(name + u"-first.txt"_s);
        const QString second = m_dir.filePath(name + u"-second.txt"_s);
        Test::writeFile(first, " date 2024-04-29 Talks in Cairo\n\nThe talks in Cairo went on late, officials said.\n");
        Test::writeFile(second, " date 2023-11-06 Aid to Gaza\n\nAid trucks reached Gaza on Monday.\n");
        runCli({u"--db"_s, db, u"import"_s, first, second});
        runCli({u"--db"_s, db, u"codes"_s, u"--install-default"_s});
        for (const auto &[doc, word, code] : {std::tuple{u"1"_s, u"Cairo"_s, u"Claim"_s}, std::tuple{u"2"_s, u"Gaza"_s, u"Quote"_s}}) {
            const QString text = runCli({u"--db"_s, db, u"show"_s, doc}).json().object().value(u"text"_s).toString();
            const qsizetype at = text.indexOf(word);
            runCli({u"--db"_s, db, u"annotate"_s, u"--doc"_s, doc, u"--start"_s, QString::number(at), u"--end"_s,
                    QString::number(at + word.size()), u"--code"_s, code, u"--note"_s, u"=check, \"this\""_s});
        }
        return db;
    }

    // "@name" in an argument is a file in the test's folder.
    QStringList inFolder(const QStringList &arguments) const
    {
        QStringList result;
        for (const QString &argument : arguments) {
            result << QString(argument).replace(u'@', m_dir.path() + u'/');
        }
        return result;
    }

    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
