// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerbenchmark.h"

#include "benchmark.h"
#include "findbar.h"
#include "import/samplecorpus.h"
#include "readerview.h"
#include "spanhighlighter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QTextCursor>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

const QSize ViewSize(900, 700);

struct Article {
    Document document;
    QList<HighlightSpan> spans;
};

QStringList sampleWords()
{
    QStringList words;
    for (const QString &path : SampleCorpus::resourcePaths()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        QString text = QString::fromUtf8(file.readAll());
        text.remove(0, text.indexOf(u'\n') + 1); // the " date … " header line
        for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
            const QString trimmed = word.trimmed();
            if (!trimmed.isEmpty() && !trimmed.contains(u'\n')) {
                words << trimmed;
            }
        }
    }
    if (words.isEmpty()) {
        words = u"the talks on aid to Gaza went on in Cairo with Qatar and the US on Monday"_s.split(u' ');
    }
    return words;
}

// Paragraphs of sentences of sample words up to `characters`, and `spanCount` mentions of one or
// two words spread evenly over it: same arguments, same article.
Article generateArticle(qsizetype characters, int spanCount, quint32 seed)
{
    static const QStringList words = sampleWords();
    QRandomGenerator random(seed);
    Article article;
    QString &body = article.document.body;
    body.reserve(characters + 1000);
    QList<std::pair<qsizetype, qsizetype>> wordRanges;
    while (body.size() < characters) {
        const int sentences = 3 + random.bounded(4);
        for (int s = 0; s < sentences; ++s) {
            const int length = 8 + random.bounded(17);
            for (int w = 0; w < length; ++w) {
                QString word = words.at(random.bounded(int(words.size())));
                if (w == 0) {
                    word[0] = word.at(0).toUpper();
                } else {
                    body += u' ';
                }
                wordRanges.append({body.size(), body.size() + word.size()});
                body += word;
            }
            body += s + 1 < sentences ? u". "_s : u"."_s;
        }
        body += u"\n\n"_s;
    }
    const qsizetype step = std::max<qsizetype>(1, wordRanges.size() / spanCount);
    for (int i = 0; i < spanCount && i * step < wordRanges.size(); ++i) {
        const qsizetype first = i * step + random.bounded(int(std::max<qsizetype>(1, step / 2)));
        const auto [start, firstEnd] = wordRanges.at(std::min(first, wordRanges.size() - 1));
        qsizetype end = firstEnd;
        if (first + 1 < wordRanges.size() && random.bounded(2) == 0 && wordRanges.at(first + 1).first == end + 1) {
            end = wordRanges.at(first + 1).second;
        }
        const EntityKind kind = AllEntityKinds[random.bounded(int(std::size(AllEntityKinds)))];
        article.spans.append({start, end, kind, body.sliced(start, end - start), i + 1});
    }
    article.document.id = seed;
    article.document.title = u"Generated article of %L1 characters"_s.arg(body.size());
    article.document.published = u"2023-11-06"_s;
    article.document.datePrecision = DatePrecision::Day;
    article.document.dateSource = DateSource::Header;
    article.document.length = body.size();
    return article;
}

void settle()
{
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::processEvents();
    }
}

// Counts the paint events a widget gets.
class PaintCounter final : public QObject
{
public:
    explicit PaintCounter(QWidget *widget) { widget->installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
        }
        return QObject::eventFilter(watched, event);
    }
};

// Lets the pending layout and paint happen, then paints the text now if they did not.
void paintOnce(QWidget *viewport, const PaintCounter &counter, int paintsBefore)
{
    QCoreApplication::processEvents();
    if (counter.paints == paintsBefore) {
        viewport->repaint();
    }
}

// From showDocument() until the text is laid out and painted once, as when the user goes from
// one article to the next: before each run the reader shows `previous`, untimed.
double readerMs(ReaderView &reader, const Article &article, const Article &previous, int runs)
{
    QWidget *viewport = reader.textView()->viewport();
    PaintCounter counter(viewport);
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        reader.showDocument(previous.document, previous.spans);
        settle();
        const int paints = counter.paints;
        QElapsedTimer timer;
        timer.start();
        reader.showDocument(article.document, article.spans);
        paintOnce(viewport, counter, paints);
        times << timer.nsecsElapsed() / 1e6;
    }
    return BenchmarkReport::median(times);
}

// The obvious way: the whole text into a QTextEdit, then one mergeCharFormat() per span.
double naiveMs(const Article &article, const Article &previous, int runs)
{
    QTextEdit edit;
    edit.setReadOnly(true);
    edit.resize(ViewSize);
    edit.show();
    settle();
    QWidget *viewport = edit.viewport();
    PaintCounter counter(viewport);
    QList<QTextCharFormat> formats;
    for (const EntityKind kind : AllEntityKinds) {
        formats << SpanHighlighter::entityFormat(kind);
    }
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        edit.setPlainText(previous.document.body);
        settle();
        const int paints = counter.paints;
        QElapsedTimer timer;
        timer.start();
        edit.setPlainText(article.document.body);
        QTextCursor cursor(edit.document());
        for (const HighlightSpan &span : article.spans) {
            cursor.setPosition(int(span.start));
            cursor.setPosition(int(span.end), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(formats.at(int(span.kind)));
        }
        paintOnce(viewport, counter, paints);
        times << timer.nsecsElapsed() / 1e6;
    }
    return BenchmarkReport::median(times);
}

// Typing a common word into the find bar until every match is counted, highlighted and painted.
double findMs(ReaderView &reader, const QString &needle, int runs, qsizetype *matches)
{
    reader.showFindBar();
    QLineEdit *field = reader.findBar()->field();
    QWidget *viewport = reader.textView()->viewport();
    PaintCounter counter(viewport);
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        field->clear();
        settle();
        const int paints = counter.paints;
        QElapsedTimer timer;
        timer.start();
        field->setText(needle);
        paintOnce(viewport, counter, paints);
        times << timer.nsecsElapsed() / 1e6;
    }
    *matches = reader.findMatchCount();
    reader.hideFindBar();
    return BenchmarkReport::median(times);
}

// Counting the same matches with QTextDocument::find(), which Gloss does not use.
double documentFindMs(const QString &body, const QString &needle)
{
    QTextDocument document;
    document.setPlainText(body);
    QElapsedTimer timer;
    timer.start();
    int count = 0;
    for (QTextCursor found = document.find(needle); !found.isNull(); found = document.find(needle, found)) {
        ++count;
    }
    Q_UNUSED(count);
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

void runReaderBenchmarks(BenchmarkReport &report, bool quick)
{
    const Article large = generateArticle(1'000'000, 10'000, 1);
    const Article small = generateArticle(5'000, 50, 2);
    const Article previous = generateArticle(4'000, 40, 4);
    ReaderView reader;
    reader.resize(ViewSize);
    reader.show();
    settle();
    const int runs = quick ? 5 : 9;

    const double smallMs = readerMs(reader, small, previous, runs);
    const double largeMs = readerMs(reader, large, previous, runs);
    if (quick) {
        // The naive way takes seconds on the full article; quick mode compares on a tenth of it.
        const Article medium = generateArticle(100'000, 1'000, 3);
        const double mediumMs = readerMs(reader, medium, previous, runs);
        const double naiveMedium = naiveMs(medium, previous, 3);
        report.add({u"reader: 1 MB article, 10,000 entities, show → painted (median)"_s, largeMs, u"ms"_s, 30,
                    BenchmarkReport::Better::Lower, u"naive QTextEdit+mergeCharFormat on 100 KB/1,000 spans"_s,
                    naiveMedium});
        report.add({u"reader: 100 KB article, 1,000 entities (median)"_s, mediumMs, u"ms"_s, 0,
                    BenchmarkReport::Better::Lower, u"naive QTextEdit+mergeCharFormat, same article"_s, naiveMedium});
    } else {
        report.add({u"reader: 1 MB article, 10,000 entities, show → painted (median)"_s, largeMs, u"ms"_s, 30,
                    BenchmarkReport::Better::Lower, u"naive QTextEdit+mergeCharFormat, same article"_s,
                    naiveMs(large, previous, 1)});
    }
    report.add({u"reader: 5 KB article, 50 entities, show → painted (median)"_s, smallMs, u"ms"_s, 5,
                BenchmarkReport::Better::Lower, u"naive QTextEdit+mergeCharFormat, same article"_s,
                naiveMs(small, previous, runs)});

    reader.showDocument(large.document, large.spans);
    settle();
    qsizetype matches = 0;
    const double find = findMs(reader, u"the"_s, runs, &matches);
    report.add({u"reader: find \"the\" in 1 MB article, %L1 matches highlighted (median)"_s.arg(matches), find,
                u"ms"_s, 0, BenchmarkReport::Better::Lower, u"QTextDocument::find, counting only"_s,
                documentFindMs(large.document.body, u"the"_s)});
}

} // namespace Gloss
