// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/tabularreader.h"
#include "import/textdecoder.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

// A mapping written as "title|date|text|url" so data tables can hold it.
ColumnMapping mappingOf(const QString &spec)
{
    const QStringList parts = spec.split(u'|');
    ColumnMapping mapping;
    mapping.title = parts.value(0);
    mapping.date = parts.value(1);
    mapping.text = parts.value(2);
    mapping.url = parts.value(3);
    return mapping;
}

QList<int> linesOf(const QList<TabularRecord> &records)
{
    QList<int> lines;
    for (const TabularRecord &record : records) {
        lines.append(record.line);
    }
    return lines;
}

QStringList fieldOf(const QList<TabularRecord> &records, QString TabularRecord::*field)
{
    QStringList values;
    for (const TabularRecord &record : records) {
        values.append(record.*field);
    }
    return values;
}

void addRecordColumns()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QStringList>("dates");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QList<int>>("lines");
}

void addErrorColumns()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("mapping");
    QTest::addColumn<QStringList>("fragments");
}

void verifyRecords(const Result<QList<TabularRecord>> &read)
{
    QFETCH(QStringList, titles);
    QFETCH(QStringList, dates);
    QFETCH(QStringList, texts);
    QFETCH(QStringList, urls);
    QFETCH(QList<int>, lines);
    QVERIFY2(read.ok(), qPrintable(read.errorString()));
    QCOMPARE(fieldOf(*read, &TabularRecord::text), texts);
    QCOMPARE(fieldOf(*read, &TabularRecord::title), titles);
    QCOMPARE(fieldOf(*read, &TabularRecord::date), dates);
    QCOMPARE(fieldOf(*read, &TabularRecord::url), urls);
    QCOMPARE(linesOf(*read), lines);
}

void verifyError(const Result<QList<TabularRecord>> &read, const QString &path)
{
    QFETCH(QStringList, fragments);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, ErrorKind::BadInput);
    QVERIFY2(read.errorString().startsWith(path + u':'), qPrintable(read.errorString()));
    for (const QString &fragment : fragments) {
        QVERIFY2(read.errorString().contains(fragment), qPrintable(read.errorString() + u" lacks "_s + fragment));
    }
}

} // namespace

class TestTabularReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectColumn_data()
    {
        QTest::addColumn<QStringList>("columns");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("expected");

        const auto add = [](const QString &role, const QStringList &names) {
            for (const QString &name : names) {
                QTest::addRow("%s: %s", qPrintable(role), qPrintable(name))
                    << QStringList{u"id"_s, name, u"other"_s} << role << name;
            }
        };
        add(u"title"_s, {u"title"_s, u"Title"_s, u"HEADLINE"_s, u"name"_s, u"Subject"_s, u"heading"_s});
        add(u"date"_s, {u"date"_s, u"Published"_s, u"published_at"_s, u"publishedAt"_s, u"Published At"_s, u"pub-date"_s,
                        u"pubDate"_s, u"publication_date"_s, u"datetime"_s, u"time"_s, u"created"_s, u"created_at"_s,
                        u"timestamp"_s});
        add(u"text"_s, {u"text"_s, u"Body"_s, u"content"_s, u"article"_s, u"story"_s, u"full_text"_s, u"Full Text"_s,
                        u"full-text"_s, u"fullText"_s, u"description"_s, u"summary"_s});
        add(u"url"_s, {u"URL"_s, u"link"_s, u"source"_s, u"href"_s, u"uri"_s, u"permalink"_s});

        QTest::newRow("earlier name preferred") << QStringList{u"summary"_s, u"body"_s, u"text"_s} << u"text"_s
                                                << u"text"_s;
        QTest::newRow("content over description") << QStringList{u"description"_s, u"Content"_s} << u"text"_s
                                                  << u"Content"_s;
        QTest::newRow("title over name") << QStringList{u"name"_s, u"Headline"_s} << u"title"_s << u"Headline"_s;
        QTest::newRow("bom kept in the answer") << QStringList{u"\uFEFFtitle"_s, u"text"_s} << u"title"_s
                                                << u"\uFEFFtitle"_s;
        QTest::newRow("spaces kept in the answer") << QStringList{u" Title "_s} << u"title"_s << u" Title "_s;
        QTest::newRow("none") << QStringList{u"foo"_s, u"bar"_s} << u"text"_s << u""_s;
        QTest::newRow("partial names do not count") << QStringList{u"texts"_s, u"subtitle"_s} << u"text"_s << u""_s;
        QTest::newRow("unknown role") << QStringList{u"text"_s} << u"author"_s << u""_s;
        QTest::newRow("no columns") << QStringList{} << u"title"_s << u""_s;
    }

    void detectColumn()
    {
        QFETCH(QStringList, columns);
        QFETCH(QString, role);
        QFETCH(QString, expected);
        QCOMPARE(TabularReader::detectColumn(columns, role), expected);
    }

    void csv_data()
    {
        addRecordColumns();
        QTest::newRow("simple") << u"title,date,text,url\nA,2024-01-01,Body A,https://a.example\nB,2024-01-02,Body B,"
                                   "https://b.example\n"_s
                                << u""_s << QStringList{u"A"_s, u"B"_s} << QStringList{u"2024-01-01"_s, u"2024-01-02"_s}
                                << QStringList{u"Body A"_s, u"Body B"_s}
                                << QStringList{u"https://a.example"_s, u"https://b.example"_s} << QList<int>{2, 3};
        QTest::newRow("quoted with delimiters") << u"title,text\n\"Hello, world\",\"Body, with, commas\"\n"_s << u""_s
                                                << QStringList{u"Hello, world"_s} << QStringList{u""_s}
                                                << QStringList{u"Body, with, commas"_s} << QStringList{u""_s}
                                                << QList<int>{2};
        QTest::newRow("doubled quotes") << u"title,text\n\"He said \"\"hi\"\"\",\"\"\"Quoted\"\" start\"\n"_s << u""_s
                                        << QStringList{u"He said \"hi\""_s} << QStringList{u""_s}
                                        << QStringList{u"\"Quoted\" start"_s} << QStringList{u""_s} << QList<int>{2};
        QTest::newRow("newline in quoted field")
            << u"title,text\nT,\"line one\nline two\n\nline four\"\nU,next\n"_s << u""_s << QStringList{u"T"_s, u"U"_s}
            << QStringList{u""_s, u""_s} << QStringList{u"line one\nline two\n\nline four"_s, u"next"_s}
            << QStringList{u""_s, u""_s} << QList<int>{2, 6};
        QTest::newRow("crlf in quoted field, crlf rows")
            << u"title,text\r\nT,\"one\r\ntwo\"\r\nU,next\r\n"_s << u""_s << QStringList{u"T"_s, u"U"_s}
            << QStringList{u""_s, u""_s} << QStringList{u"one\r\ntwo"_s, u"next"_s} << QStringList{u""_s, u""_s}
            << QList<int>{2, 4};
        QTest::newRow("cr rows") << u"title,text\rA,a\rB,b"_s << u""_s << QStringList{u"A"_s, u"B"_s}
                                 << QStringList{u""_s, u""_s} << QStringList{u"a"_s, u"b"_s} << QStringList{u""_s, u""_s}
                                 << QList<int>{2, 3};
        QTest::newRow("semicolon") << u"Titel;Date;Text\nA;12.03.2024;Kommas, bleiben, drin\n"_s << u"Titel"_s
                                   << QStringList{u"A"_s} << QStringList{u"12.03.2024"_s}
                                   << QStringList{u"Kommas, bleiben, drin"_s} << QStringList{u""_s} << QList<int>{2};
        QTest::newRow("tab") << u"headline\tbody\tlink\nA\ta, b; c\thttps://x.example\n"_s << u""_s << QStringList{u"A"_s}
                             << QStringList{u""_s} << QStringList{u"a, b; c"_s} << QStringList{u"https://x.example"_s}
                             << QList<int>{2};
        QTest::newRow("delimiter inside quoted header") << u"\"title, short\";text\nx;y\n"_s << u"title, short"_s
                                                        << QStringList{u"x"_s} << QStringList{u""_s}
                                                        << QStringList{u"y"_s} << QStringList{u""_s} << QList<int>{2};
        QTest::newRow("blank lines skipped") << u"\n\ntitle,text\n\nA,a\n\n\nB,b\n\n"_s << u""_s
                                             << QStringList{u"A"_s, u"B"_s} << QStringList{u""_s, u""_s}
                                             << QStringList{u"a"_s, u"b"_s} << QStringList{u""_s, u""_s}
                                             << QList<int>{5, 8};
        QTest::newRow("rows of empty fields skipped") << u"title,text\nA,a\n,\n  ,  \nB,b\n"_s << u""_s
                                                      << QStringList{u"A"_s, u"B"_s} << QStringList{u""_s, u""_s}
                                                      << QStringList{u"a"_s, u"b"_s} << QStringList{u""_s, u""_s}
                                                      << QList<int>{2, 5};
        QTest::newRow("fewer fields padded") << u"text,title,url\nbody only\n"_s << u""_s << QStringList{u""_s}
                                             << QStringList{u""_s} << QStringList{u"body only"_s} << QStringList{u""_s}
                                             << QList<int>{2};
        QTest::newRow("trailing empty field tolerated") << u"title,text\nA,a,\n"_s << u""_s << QStringList{u"A"_s}
                                                        << QStringList{u""_s} << QStringList{u"a"_s}
                                                        << QStringList{u""_s} << QList<int>{2};
        QTest::newRow("no final line end") << u"title,text\nA,a"_s << u""_s << QStringList{u"A"_s} << QStringList{u""_s}
                                           << QStringList{u"a"_s} << QStringList{u""_s} << QList<int>{2};
        QTest::newRow("bom and spaces in header") << u"\uFEFF Title , Text \nA,a\n"_s << u""_s << QStringList{u"A"_s}
                                                  << QStringList{u""_s} << QStringList{u"a"_s} << QStringList{u""_s}
                                                  << QList<int>{2};
        QTest::newRow("space before an opening quote") << u"title, text\nA, \"b, c\" \n"_s << u""_s
                                                       << QStringList{u"A"_s} << QStringList{u""_s}
                                                       << QStringList{u"b, c"_s} << QStringList{u""_s} << QList<int>{2};
        QTest::newRow("values kept as written") << u"title,text\n  A  ,  a  \n"_s << u""_s << QStringList{u"  A  "_s}
                                                << QStringList{u""_s} << QStringList{u"  a  "_s} << QStringList{u""_s}
                                                << QList<int>{2};
        QTest::newRow("single column") << u"text\nhello\nworld\n"_s << u""_s << QStringList{u""_s, u""_s}
                                       << QStringList{u""_s, u""_s} << QStringList{u"hello"_s, u"world"_s}
                                       << QStringList{u""_s, u""_s} << QList<int>{2, 3};
        QTest::newRow("header only") << u"title,text\n"_s << u""_s << QStringList{} << QStringList{} << QStringList{}
                                     << QStringList{} << QList<int>{};
        QTest::newRow("empty") << u""_s << u""_s << QStringList{} << QStringList{} << QStringList{} << QStringList{}
                               << QList<int>{};
        QTest::newRow("mapping overrides detection")
            << u"Headline,Teaser,Story,When\nH,short,long,2024\n"_s << u"|When|Teaser|"_s << QStringList{u"H"_s}
            << QStringList{u"2024"_s} << QStringList{u"short"_s} << QStringList{u""_s} << QList<int>{2};
        QTest::newRow("mapping ignores case") << u"Headline,Story\nH,long\n"_s << u"headline||STORY|"_s
                                              << QStringList{u"H"_s} << QStringList{u""_s} << QStringList{u"long"_s}
                                              << QStringList{u""_s} << QList<int>{2};
    }

    void csv()
    {
        QFETCH(QString, content);
        QFETCH(QString, mapping);
        verifyRecords(TabularReader::readCsv(content, u"news.csv"_s, mappingOf(mapping)));
    }

    void csvErrors_data()
    {
        addErrorColumns();
        QTest::newRow("quote open at end of file")
            << u"title,text\nA,a\nB,\"never closed\nmore\n"_s << u""_s
            << QStringList{u"news.csv: line 3: unbalanced quote in a CSV field"_s};
        QTest::newRow("unbalanced after a multi-line record")
            << u"title,text\r\n\"A\",\"multi\r\nline\"\r\nB,\"open\r\n"_s << u""_s
            << QStringList{u"line 4:"_s, u"unbalanced quote"_s};
        QTest::newRow("stray quote in unquoted field") << u"title,text\nA,a\nB,he said \"hi\"\n"_s << u""_s
                                                       << QStringList{u"line 3:"_s, u"unbalanced quote"_s};
        QTest::newRow("text after closing quote") << u"title,text\n\"A\"x,a\n"_s << u""_s
                                                  << QStringList{u"line 2:"_s, u"unbalanced quote"_s};
        QTest::newRow("quote open in header") << u"\"title,text\nA,a\n"_s << u""_s
                                              << QStringList{u"line 1:"_s, u"unbalanced quote"_s};
        QTest::newRow("too many fields") << u"title,text\nA,a\n\nB,b,extra\n"_s << u""_s
                                         << QStringList{u"line 4:"_s, u"3 fields"_s, u"2 columns"_s};
        QTest::newRow("empty text") << u"title,text\nA,a\nB,   \n"_s << u""_s
                                    << QStringList{u"news.csv: line 3: the text is empty"_s};
        QTest::newRow("missing text field") << u"title,date,text\nA,2024\n"_s << u""_s
                                            << QStringList{u"line 2:"_s, u"the text is empty"_s};
        QTest::newRow("no text column") << u"title,date\nA,b\n"_s << u""_s
                                        << QStringList{u"no text column (looked for text, body, content, article"_s,
                                                       u"the columns are: title, date"_s};
        QTest::newRow("mapped column missing") << u"title,text\nA,a\n"_s << u"||Inhalt|"_s
                                               << QStringList{u"Inhalt"_s, u"the columns are: title, text"_s};
        QTest::newRow("mapped title missing") << u"title,text\nA,a\n"_s << u"Überschrift|||"_s
                                              << QStringList{u"Überschrift"_s, u"title, text"_s};
    }

    void csvErrors()
    {
        QFETCH(QString, content);
        QFETCH(QString, mapping);
        verifyError(TabularReader::readCsv(content, u"news.csv"_s, mappingOf(mapping)), u"news.csv"_s);
    }

    void jsonLines_data()
    {
        addRecordColumns();
        QTest::newRow("good file")
            << u"{\"title\": \"A\", \"date\": \"2024-01-01\", \"text\": \"Body A\", \"url\": \"https://a.example\"}\n"
               "{\"title\": \"B\", \"text\": \"Body \\\"B\\\"\\nmore\", \"link\": \"https://b.example\"}\n"_s
            << u""_s << QStringList{u"A"_s, u"B"_s} << QStringList{u"2024-01-01"_s, u""_s}
            << QStringList{u"Body A"_s, u"Body \"B\"\nmore"_s} << QStringList{u"https://a.example"_s, u""_s}
            << QList<int>{1, 2};
        QTest::newRow("numbers as text")
            << u"{\"text\": 42, \"title\": 3.5, \"date\": 20240101}\n{\"text\": -7, \"title\": true, \"date\": 1.5e3}\n"_s
            << u""_s << QStringList{u"3.5"_s, u"true"_s} << QStringList{u"20240101"_s, u"1500"_s}
            << QStringList{u"42"_s, u"-7"_s} << QStringList{u""_s, u""_s} << QList<int>{1, 2};
        QTest::newRow("blank lines, crlf, bom")
            << u"\uFEFF\r\n{\"body\": \"a\"}\r\n   \r\n{\"body\": \"b\"}\r\n"_s << u""_s << QStringList{u""_s, u""_s}
            << QStringList{u""_s, u""_s} << QStringList{u"a"_s, u"b"_s} << QStringList{u""_s, u""_s}
            << QList<int>{2, 4};
        QTest::newRow("missing keys empty, nested ignored")
            << u"{\"text\": \"x\", \"title\": {\"en\": \"y\"}, \"date\": null, \"url\": [\"u\"]}\n"_s << u""_s
            << QStringList{u""_s} << QStringList{u""_s} << QStringList{u"x"_s} << QStringList{u""_s} << QList<int>{1};
        QTest::newRow("keys vary between lines") << u"{\"content\": \"a\"}\n{\"content\": \"b\", \"headline\": \"H\"}\n"_s
                                                 << u""_s << QStringList{u""_s, u"H"_s} << QStringList{u""_s, u""_s}
                                                 << QStringList{u"a"_s, u"b"_s} << QStringList{u""_s, u""_s}
                                                 << QList<int>{1, 2};
        QTest::newRow("unicode") << u"{\"text\": \"שלום \\u00e9 😀\"}\n"_s << u""_s << QStringList{u""_s}
                                 << QStringList{u""_s} << QStringList{u"שלום é 😀"_s} << QStringList{u""_s}
                                 << QList<int>{1};
        QTest::newRow("mapping override")
            << u"{\"headline\": \"H\", \"teaser\": \"short\", \"story\": \"long\", \"ts\": \"2024\"}\n"_s
            << u"|ts|teaser|"_s << QStringList{u"H"_s} << QStringList{u"2024"_s} << QStringList{u"short"_s}
            << QStringList{u""_s} << QList<int>{1};
        QTest::newRow("empty") << u"\n\n"_s << u""_s << QStringList{} << QStringList{} << QStringList{}
                               << QStringList{} << QList<int>{};
    }

    void jsonLines()
    {
        QFETCH(QString, content);
        QFETCH(QString, mapping);
        verifyRecords(TabularReader::readJsonLines(content, u"news.jsonl"_s, mappingOf(mapping)));
    }

    void jsonLinesErrors_data()
    {
        addErrorColumns();
        QTest::newRow("bad json on line 3") << u"{\"text\": \"a\"}\n{\"text\": \"b\"}\n{\"text\": \"c\",}\n{\"text\": \"d\"}\n"_s
                                            << u""_s << QStringList{u"news.jsonl: line 3:"_s, u"not valid JSON"_s};
        QTest::newRow("truncated object") << u"\n{\"text\": \"a\"}\n{\"text\": \"b\"\n"_s << u""_s
                                          << QStringList{u"line 3:"_s};
        QTest::newRow("array line") << u"{\"text\": \"a\"}\n[1, 2]\n"_s << u""_s
                                    << QStringList{u"line 2:"_s, u"not a JSON object"_s};
        QTest::newRow("empty text") << u"{\"text\": \"a\"}\n{\"text\": \" \\n \"}\n"_s << u""_s
                                    << QStringList{u"news.jsonl: line 2: the text is empty"_s};
        QTest::newRow("text key missing on a line") << u"{\"text\": \"a\"}\n{\"title\": \"b\"}\n"_s << u""_s
                                                    << QStringList{u"line 2:"_s, u"the text is empty"_s};
        QTest::newRow("no text key") << u"{\"title\": \"a\", \"id\": 1}\n"_s << u""_s
                                     << QStringList{u"no text column"_s, u"id, title"_s};
        QTest::newRow("mapped key missing") << u"{\"text\": \"a\"}\n"_s << u"||story|"_s
                                            << QStringList{u"story"_s, u"the columns are: text"_s};
    }

    void jsonLinesErrors()
    {
        QFETCH(QString, content);
        QFETCH(QString, mapping);
        verifyError(TabularReader::readJsonLines(content, u"news.jsonl"_s, mappingOf(mapping)), u"news.jsonl"_s);
    }

    void realWorldCsv()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"export.csv"_s);
        const QString csv =
            u"\uFEFFid,Headline,Published At,Body,URL,Author\r\n"
            "1,\"Ceasefire talks resume in Cairo\",2024-02-13T09:30:00Z,\"CAIRO — Negotiators returned on Tuesday.\r\n\r\n"
            "\"\"We are hopeful,\"\" an official said, adding that talks would continue.\",https://news.example/cairo,"
            "Jane Doe\r\n"
            "2,Markets rally; oil falls,13/02/2024,\"Stocks rose 2%, the biggest gain since June.\",,\r\n"
            "\r\n"
            "3,\"Éléonore Dupont wins “Prix de la Presse”\",2024-02-14,Short item without quotes,"
            "https://news.example/prix,\"Dupont, É.\"\r\n"_s;
        QVERIFY(Test::writeFile(path, csv.toUtf8()));

        const Result<DecodedText> decoded = TextDecoder::decode(Test::readFile(path), path);
        QVERIFY2(decoded.ok(), qPrintable(decoded.errorString()));
        QCOMPARE(decoded->encoding, u"UTF-8 BOM"_s);
        const Result<QList<TabularRecord>> read = TabularReader::readCsv(decoded->text, path);
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QCOMPARE(read->size(), 3);
        QCOMPARE(linesOf(*read), (QList<int>{2, 5, 7}));
        const TabularRecord &first = read->at(0);
        QCOMPARE(first.title, u"Ceasefire talks resume in Cairo"_s);
        QCOMPARE(first.date, u"2024-02-13T09:30:00Z"_s);
        QCOMPARE(first.url, u"https://news.example/cairo"_s);
        QCOMPARE(first.text, u"CAIRO — Negotiators returned on Tuesday.\r\n\r\n\"We are hopeful,\" an official said, "
                             "adding that talks would continue."_s);
        QCOMPARE(read->at(1).title, u"Markets rally; oil falls"_s);
        QCOMPARE(read->at(1).url, u""_s);
        QCOMPARE(read->at(2).title, u"Éléonore Dupont wins “Prix de la Presse”"_s);
        QCOMPARE(read->at(2).text, u"Short item without quotes"_s);
    }

    void realWorldJsonLines()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"scrape.jsonl"_s);
        const QString jsonl =
            u"{\"id\": 101, \"headline\": \"Parliament passes budget\", \"publishedAt\": \"2024-03-01T18:00:00+02:00\", "
            "\"content\": \"The bill passed 64 to 56.\\nThe opposition walked out.\", \"permalink\": "
            "\"https://news.example/budget\", \"meta\": {\"words\": 12}, \"tags\": [\"politics\"]}\n"
            "{\"id\": 102, \"headline\": \"Storm closes schools\", \"publishedAt\": 1709312400, \"content\": \"Schools in "
            "the north stay shut on Monday.\", \"permalink\": null}\n"_s;
        QVERIFY(Test::writeFile(path, jsonl.toUtf8()));
        const Result<DecodedText> decoded = TextDecoder::decode(Test::readFile(path), path);
        QVERIFY2(decoded.ok(), qPrintable(decoded.errorString()));
        const Result<QList<TabularRecord>> read = TabularReader::readJsonLines(decoded->text, path);
        QVERIFY2(read.ok(), qPrintable(read.errorString()));
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0).title, u"Parliament passes budget"_s);
        QCOMPARE(read->at(0).date, u"2024-03-01T18:00:00+02:00"_s);
        QCOMPARE(read->at(0).text, u"The bill passed 64 to 56.\nThe opposition walked out."_s);
        QCOMPARE(read->at(0).url, u"https://news.example/budget"_s);
        QCOMPARE(read->at(1).date, u"1709312400"_s);
        QCOMPARE(read->at(1).url, u""_s);
        QCOMPARE(read->at(1).line, 2);
    }

    void largeFilesAreLinear()
    {
        const QString row = u"Headline number,2024-01-01,\"A body with \"\"quotes\"\", commas, and\nnew lines.\",https://x\n"_s;
        const int rows = 100000;
        const QString csv = u"title,date,text,url\n"_s + row.repeated(rows);
        // One huge quoted field full of doubled quotes: a quadratic parser would stall here.
        const QString hugeField = u"title,text\nT,\""_s + u"ab\"\"cd "_s.repeated(500000) + u"\"\n"_s;
        QString jsonl;
        for (int i = 0; i < rows; ++i) {
            jsonl += u"{\"title\": \"T\", \"text\": \"Body %1 with enough words to look like an article.\"}\n"_s.arg(i);
        }

        QElapsedTimer timer;
        timer.start();
        const Result<QList<TabularRecord>> fromCsv = TabularReader::readCsv(csv, u"big.csv"_s);
        QVERIFY2(fromCsv.ok(), qPrintable(fromCsv.errorString()));
        QCOMPARE(fromCsv->size(), rows);
        QCOMPARE(fromCsv->last().line, 2 + (rows - 1) * 2);
        const Result<QList<TabularRecord>> fromHugeField = TabularReader::readCsv(hugeField, u"huge.csv"_s);
        QVERIFY2(fromHugeField.ok(), qPrintable(fromHugeField.errorString()));
        QCOMPARE(fromHugeField->first().text.size(), 500000 * 6);
        const Result<QList<TabularRecord>> fromJson = TabularReader::readJsonLines(jsonl, u"big.jsonl"_s);
        QVERIFY2(fromJson.ok(), qPrintable(fromJson.errorString()));
        QCOMPARE(fromJson->size(), rows);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestTabularReader)
#include "tst_tabularreader.moc"
