// SPDX-License-Identifier: GPL-3.0-or-later
// Bad inputs given to the real `gloss` binary: each one is refused (or taken) with a message that
// names the file and the reason, and the corpus it was given to stays whole.
#include "store/database.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

// What the bad input is given as.
enum class Target {
    ArticleFile, // `gloss import FILE` into a corpus holding one good article
    AnnotationFile, // `gloss import FILE.jsonld` into that corpus
    DatabaseFile, // `gloss --db FILE documents`
};

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QByteArray GoodArticle = "Talks resume in Geneva\n\n"
                               "The minister said on Monday that talks in Geneva would resume next week, officials confirmed.\n";

QByteArray nested(int depth)
{
    QByteArray html = "<html><head><title>Deep</title></head><body>";
    html += QByteArray("<div>").repeated(depth);
    html += "The bottom of a very deep page speaks of the minister in Geneva.";
    html += QByteArray("</div>").repeated(depth);
    return html + "</body></html>";
}

} // namespace

Q_DECLARE_METATYPE(Target)

// An article with NUL bytes inside; the length counts them, not the literal's terminator.
static QByteArray withNuls()
{
    static constexpr char text[] = "Title\n\nThe minister\0 said\0\0\0 talks would resume.\n";
    return QByteArray(text, sizeof(text) - 1);
}

class TestBadInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_gloss = Test::binaryDir() + u"/bin/gloss"_s;
        QVERIFY2(QFileInfo(m_gloss).isExecutable(), qPrintable(m_gloss));
    }

    void badInputIsRefusedClearly_data()
    {
        QTest::addColumn<Target>("target");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message"); // a fragment of the reason, next to the file name
        QTest::addColumn<int>("documentsAfter"); // with the one good article the corpus holds before

        QByteArray binary;
        for (int i = 0; i < 4096; ++i) {
            binary.append(char((i * 37 + 11) % 256));
        }
        QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489");
        png += QByteArray(512, '\0');

        QTest::newRow("binary file") << Target::ArticleFile << u"random.txt"_s << binary << QStringList{} << 2
                                     << u"is not a text file"_s << 1;
        QTest::newRow("PNG named .txt") << Target::ArticleFile << u"picture.txt"_s << png << QStringList{} << 2
                                        << u"it looks like a PNG image"_s << 1;
        QTest::newRow("0-byte file") << Target::ArticleFile << u"empty.txt"_s << QByteArray() << QStringList{} << 2
                                     << u"is empty"_s << 1;
        // 200 MB: generated in the test (sparse). Importing it whole would take minutes of
        // recognition on this machine, so the limit path is exercised with --max-size 100.
        QTest::newRow("200 MB article") << Target::ArticleFile << u"huge.txt"_s << QByteArray("@200MB")
                                        << QStringList{u"--max-size"_s, u"100"_s} << 2
                                        << u"is too large (200"_s << 1;
        QTest::newRow("invalid UTF-8") << Target::ArticleFile << u"latin.txt"_s
                                       << QByteArray("Caf\xe9 talks\n\nThe minister met \xc3\x28 in Gen\xe8ve on Monday.\n")
                                       << QStringList{} << 0 << QString() << 2;
        QTest::newRow("invalid UTF-16") << Target::ArticleFile << u"utf16.txt"_s
                                        << QByteArray::fromHex("fffe54006900740000d8200074006500780074000a000a0042006f0064007900")
                                        << QStringList{} << 0 << QString() << 2;
        QTest::newRow("NUL bytes") << Target::ArticleFile << u"nul.txt"_s
                                   << withNuls()
                                   << QStringList{} << 2 << u"is not a text file"_s << 1;
        QTest::newRow("10,000-level nested HTML") << Target::ArticleFile << u"deep.html"_s << nested(10000) << QStringList{} << 0
                                                  << QString() << 2;
        QTest::newRow("CSV with unbalanced quotes")
            << Target::ArticleFile << u"broken.csv"_s << QByteArray("title,text\n\"One,\"The first text\n\"Two,The second\n")
            << QStringList{} << 2 << u"unbalanced quote"_s << 1;
        QTest::newRow("JSONL that is not JSON") << Target::ArticleFile << u"broken.jsonl"_s
                                                << QByteArray("{\"title\": \"One\", \"text\": \"A text\"}\n{\"title\": \"Two\",\n")
                                                << QStringList{} << 2 << u"line 2: not valid JSON"_s << 1;
        QTest::newRow("JSON-LD offsets past the end") << Target::AnnotationFile << u"notes.jsonld"_s << QByteArray("@past-end")
                                                      << QStringList{} << 2 << u"is past the end of document"_s << 1;
        QTest::newRow("JSON-LD that is not JSON") << Target::AnnotationFile << u"notes.jsonld"_s
                                                  << QByteArray("{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", ")
                                                  << QStringList{} << 2 << u"is not valid JSON"_s << 1;
        QTest::newRow("database that is a PNG") << Target::DatabaseFile << u"picture.gloss"_s << png << QStringList{} << 2
                                                << u"is not a Gloss database"_s << -1;
        QTest::newRow("database shorter than a header") << Target::DatabaseFile << u"short.gloss"_s
                                                        << QByteArray("@truncate:60") << QStringList{} << 2
                                                        << u"shorter than an SQLite header"_s << -1;
        QTest::newRow("truncated database") << Target::DatabaseFile << u"truncated.gloss"_s << QByteArray("@truncate:half")
                                            << QStringList{} << 3 << u"is damaged"_s << -1;
    }

    void badInputIsRefusedClearly()
    {
        QFETCH(Target, target);
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QFETCH(int, documentsAfter);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString corpus = dir.filePath(u"corpus.gloss"_s);
        const QString input = dir.filePath(fileName);
        QVERIFY(Test::writeFile(dir.filePath(u"good.txt"_s), GoodArticle));
        const Run seeded = gloss(corpus, {u"import"_s, dir.filePath(u"good.txt"_s)});
        QVERIFY2(seeded.exitCode == 0, seeded.err.constData());

        if (bytes == "@200MB") {
            QVERIFY(Test::writeFile(input, GoodArticle));
            QFile huge(input);
            QVERIFY(huge.resize(200LL * 1024 * 1024));
        } else if (bytes == "@past-end") {
            QVERIFY(Test::writeFile(input, pastEndAnnotation(corpus)));
        } else if (bytes.startsWith("@truncate:")) {
            const QByteArray whole = Test::readFile(corpus);
            const qsizetype keep = bytes.endsWith("half") ? whole.size() / 2 : bytes.mid(10).toLongLong();
            QVERIFY(Test::writeFile(input, whole.left(keep)));
        } else {
            QVERIFY(Test::writeFile(input, bytes));
        }
        const QByteArray before = target == Target::DatabaseFile ? Test::readFile(input) : QByteArray();

        const Run run = target == Target::DatabaseFile ? gloss(input, {u"documents"_s})
                                                       : gloss(corpus, QStringList{u"import"_s} + options + QStringList{input});
        const QByteArray said = run.out + run.err;
        QVERIFY2(run.exitCode == exitCode, said.constData());
        if (!message.isEmpty()) {
            QVERIFY2(said.contains(message.toUtf8()), said.constData());
            QVERIFY2(said.contains(fileName.toUtf8()), said.constData()); // names the file
        }
        if (exitCode != 0 && target != Target::DatabaseFile) {
            // The summary lists the file with its reason, and the one-line error names it too.
            const QJsonArray failed = QJsonDocument::fromJson(run.out).object().value(u"failed"_s).toArray();
            QCOMPARE(failed.size(), 1);
            QVERIFY(failed.at(0).toObject().value(u"path"_s).toString().endsWith(fileName));
            QVERIFY(failed.at(0).toObject().value(u"error"_s).toString().contains(message));
        }

        if (target == Target::DatabaseFile) {
            QCOMPARE(Test::readFile(input), before); // refused, left untouched
            return;
        }
        // The corpus is whole: it opens, passes its check, and holds no partial document.
        Result<std::unique_ptr<Database>> opened = Database::open(corpus);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        QVERIFY((*opened)->integrityCheck());
        QSqlQuery query((*opened)->connection());
        QVERIFY(query.exec(u"SELECT count(*), (SELECT count(*) FROM document WHERE body = '') FROM document"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), documentsAfter);
        QCOMPARE(query.value(1).toInt(), 0);
        // The full-text index holds exactly the stored documents.
        QVERIFY2(query.exec(u"INSERT INTO document_fts(document_fts, rank) VALUES('integrity-check', 1)"_s),
                 qPrintable(query.lastError().text()));
    }

    // Text that looks like SQL or HTML is data: stored and given back verbatim, never run.
    void hostileTextIsInert_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("SQL") << u"Robert'); DROP TABLE documents;--"_s;
        QTest::newRow("SQL comment and quote") << u"x' OR '1'='1' /* */ --"_s;
        QTest::newRow("script") << u"<script>alert('x')</script>"_s;
        QTest::newRow("HTML") << u"<img src=x onerror=\"alert(1)\"> &amp; <b>bold</b>"_s;
        QTest::newRow("FTS syntax") << u"NEAR(\"a\" \"b\") AND * OR ^"_s;
    }

    void hostileTextIsInert()
    {
        QFETCH(QString, text);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString corpus = dir.filePath(u"corpus.gloss"_s);
        const QString csv = dir.filePath(u"hostile.csv"_s);
        QString quoted = text;
        quoted.replace(u"\""_s, u"\"\""_s);
        QVERIFY(Test::writeFile(csv, u"title,text\n\"%1\",\"The minister said talks would resume. %1\"\n"_s.arg(quoted).toUtf8()));
        const Run imported = gloss(corpus, {u"import"_s, csv});
        QVERIFY2(imported.exitCode == 0, QByteArray(imported.out + imported.err).constData());

        const Run shown = gloss(corpus, {u"show"_s, u"1"_s});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        const QJsonObject document = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(document.value(u"title"_s).toString(), text.simplified());
        QVERIFY(document.value(u"text"_s).toString().endsWith(text));

        const Run annotated = gloss(corpus, {u"annotate"_s, u"--doc"_s, u"1"_s, u"--start"_s, u"0"_s, u"--end"_s, u"12"_s,
                                             u"--code"_s, u"Claim"_s, u"--note"_s, text});
        QVERIFY2(annotated.exitCode == 0, annotated.err.constData());
        const Run listed = gloss(corpus, {u"annotations"_s});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QJsonArray annotations = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.at(0).toObject().value(u"note"_s).toString(), text);

        const Run documents = gloss(corpus, {u"documents"_s});
        QCOMPARE(QJsonDocument::fromJson(documents.out).array().size(), 1); // no table was dropped
        Result<std::unique_ptr<Database>> opened = Database::open(corpus);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        QVERIFY((*opened)->integrityCheck());
    }

private:
    Run gloss(const QString &corpus, const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        process.setProcessEnvironment(env);
        process.start(m_gloss, QStringList{u"--db"_s, corpus} + arguments);
        Run run;
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    // A Web Annotation on the corpus's one article whose passage lies past the end of it: an
    // annotation is made and exported, and its positions are moved beyond the text.
    QByteArray pastEndAnnotation(const QString &corpus) const
    {
        const QString exported = QFileInfo(corpus).absolutePath() + u"/exported.jsonld"_s;
        if (gloss(corpus, {u"annotate"_s, u"--doc"_s, u"1"_s, u"--start"_s, u"4"_s, u"--end"_s, u"9"_s, u"--code"_s, u"Claim"_s})
                .exitCode != 0
            || gloss(corpus, {u"export"_s, u"--jsonld"_s, exported}).exitCode != 0) {
            return {};
        }
        // Taken away again, so the file is not a duplicate of what the corpus holds.
        Result<std::unique_ptr<Database>> opened = Database::open(corpus);
        if (!opened) {
            return {};
        }
        QSqlQuery remove((*opened)->connection());
        if (!remove.exec(u"DELETE FROM annotation"_s)) {
            return {};
        }
        opened->reset();
        QByteArray json = Test::readFile(exported);
        json.replace("\"start\": 4", "\"start\": 40000");
        json.replace("\"end\": 9", "\"end\": 40005");
        return json;
    }

    QTemporaryDir m_home;
    QString m_gloss;
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
