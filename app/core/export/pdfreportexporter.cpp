// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfreportexporter.h"

#include "exportselection.h"
#include "exporttarget.h"
#include "logging.h"
#include "store/annotationrepository.h"
#include "store/database.h"
#include "store/documentrepository.h"
#include "store/entityrepository.h"
#include "version.h"

#include <QAbstractTextDocumentLayout>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QScreen>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

constexpr qreal MarginMm = 18;
constexpr qreal HeaderMm = 9;  // from the top margin's edge up: the running header's band
constexpr qreal FooterMm = 8;  // below the text: the page number's band
const QColor Muted(0x5f, 0x63, 0x68);
const QColor Rule(0xc8, 0xcb, 0xcf);

// A part of the report laid out on pages of its own. Resources (images a note's Markdown may
// name) are never loaded: the report holds what is in the corpus and nothing else.
class ReportDocument final : public QTextDocument
{
public:
    explicit ReportDocument(const QFont &font)
    {
        setDefaultFont(font);
        QTextOption option = defaultTextOption();
        option.setUseDesignMetrics(true);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        setDefaultTextOption(option);
        setDocumentMargin(0);
        setUndoRedoEnabled(false);
    }

    // Built first, laid out once: with a layout in place every insertion would lay out again,
    // and so would a new page size, so the size comes first and the layout (created by
    // documentLayout()) after it. It is made for the screen and then told of the PDF writer,
    // which has the screen's resolution: the same metrics. The blocks keep their shaped text,
    // so painting does not shape it a second time.
    void layOut(QPaintDevice *device, const QSizeF &pageSize)
    {
        for (QTextBlock block = begin(); block.isValid(); block = block.next()) {
            block.layout()->setCacheEnabled(true);
        }
        setPageSize(pageSize);
        documentLayout()->setPaintDevice(device);
        (void)pageCount();
    }

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

struct Part {
    std::unique_ptr<ReportDocument> document; // null: laid out again when its pages are painted
    QString header;     // the running header's right-hand text
    bool title = false; // the title page: no header, no page number
    int firstPage = 0;  // 0-based page of the report where it starts
    int pages = 0;
    qsizetype article = -1; // the article it shows, if any
};

QColor colourOf(const QString &name)
{
    const QColor colour = QColor::fromString(name);
    return colour.isValid() ? colour : QColor(0x80, 0x80, 0x80);
}

// `colour` mixed with white: a background light enough for black text.
QColor tint(const QColor &colour, qreal amount)
{
    return QColor::fromRgbF(float(1 - amount + colour.redF() * amount), float(1 - amount + colour.greenF() * amount),
                            float(1 - amount + colour.blueF() * amount));
}

QString flattened(QString text)
{
    text.replace(u'\n', u' ');
    return text;
}

bool endsSentence(const QString &body, qsizetype at)
{
    const QChar c = body.at(at);
    return (c == u'.' || c == u'!' || c == u'?' || c == u'\u3002') && at + 1 < body.size() && body.at(at + 1).isSpace();
}

// The article text before a quote, back to the start of its sentence or paragraph, at most
// ContextCharacters; "…" when it had to be cut mid-sentence.
QString contextBefore(const QString &body, qsizetype start)
{
    const qsizetype limit = std::max<qsizetype>(0, start - PdfReportExporter::ContextCharacters);
    qsizetype from = start;
    while (from > limit && body.at(from - 1) != u'\n' && !(from - 2 >= 0 && endsSentence(body, from - 2))) {
        --from;
    }
    const bool cut = from == limit && from > 0 && body.at(from - 1) != u'\n' && !(from >= 2 && endsSentence(body, from - 2));
    if (cut) {
        const qsizetype space = body.indexOf(u' ', from);
        from = space >= 0 && space < start ? space + 1 : from;
        if (from > 0 && body.at(from).isLowSurrogate()) {
            ++from;
        }
    }
    const QString text = body.mid(from, start - from);
    return cut ? u"…"_s + text : text.trimmed().isEmpty() ? QString() : text;
}

// The text after a quote, to the end of its sentence or paragraph, at most ContextCharacters.
QString contextAfter(const QString &body, qsizetype end)
{
    const qsizetype limit = std::min(body.size(), end + PdfReportExporter::ContextCharacters);
    qsizetype to = end;
    while (to < limit && body.at(to) != u'\n' && !(to > end && endsSentence(body, to - 1))) {
        ++to;
    }
    const bool cut = to == limit && to < body.size() && body.at(to) != u'\n';
    if (cut) {
        const qsizetype space = body.lastIndexOf(u' ', to - 1);
        to = space > end ? space : to;
        if (to < body.size() && body.at(to).isLowSurrogate()) {
            --to;
        }
    }
    const QString text = body.mid(end, to - end);
    return cut ? text + u"…"_s : text;
}

QString kindHeading(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Person:
        return PdfReportExporter::tr("People");
    case EntityKind::Organisation:
        return PdfReportExporter::tr("Organisations");
    case EntityKind::Location:
        return PdfReportExporter::tr("Places");
    case EntityKind::Group:
        return PdfReportExporter::tr("Groups");
    case EntityKind::Date:
        return PdfReportExporter::tr("Dates");
    case EntityKind::Quantity:
        return PdfReportExporter::tr("Quantities");
    }
    return {};
}

// Counts in words; the report is handed on, so no "article(s)".
QString articleCount(qint64 n)
{
    return n == 1 ? PdfReportExporter::tr("1 article") : PdfReportExporter::tr("%1 articles").arg(n);
}

QString annotationCount(qint64 n)
{
    return n == 1 ? PdfReportExporter::tr("1 annotation") : PdfReportExporter::tr("%1 annotations").arg(n);
}

QString shownTime(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s : iso;
}

// The character and block formats of the report, in one place.
struct Styles {
    explicit Styles(const QFont &base)
    {
        body.setFont(base);
        body.setForeground(Qt::black);
        muted = body;
        muted.setForeground(Muted);
        muted.setFontPointSize(base.pointSizeF() * 0.85);
        strong = body;
        strong.setFontWeight(QFont::Bold);
        title = strong;
        title.setFontPointSize(base.pointSizeF() * 1.7);
        heading = strong;
        heading.setFontPointSize(base.pointSizeF() * 1.25);
        small = strong;
        small.setFontPointSize(base.pointSizeF() * 0.9);
        context = body;
        context.setForeground(Muted);
        context.setFontItalic(true);
        quote = body;
        quote.setFontWeight(QFont::DemiBold);
    }
    QTextCharFormat body;
    QTextCharFormat muted;
    QTextCharFormat strong;
    QTextCharFormat title;
    QTextCharFormat heading;
    QTextCharFormat small;
    QTextCharFormat context;
    QTextCharFormat quote;

    static QTextBlockFormat block(qreal top, qreal bottom = 0, qreal left = 0)
    {
        QTextBlockFormat format;
        format.setTopMargin(top);
        format.setBottomMargin(bottom);
        format.setLeftMargin(left);
        format.setLayoutDirection(Qt::LayoutDirectionAuto);
        return format;
    }
};

// What an article's part of the report shows, read from the corpus.
struct ArticleData {
    const ExportedDocument *exported = nullptr;
    QString body;
    QString note; // the article's own note (Markdown)
    QList<EntitySummary> entities;
};

// Builds an article's document: plain QTextCursor insertions (article text is never markup),
// Markdown without HTML for the notes.
struct ArticleBuilder {
    const Styles &styles;
    const ExportSelection &selection;
    qreal em = 0; // a line, in text format units
    qreal mm = 0; // a millimetre, in text format units

    static QString tr(const char *text) { return PdfReportExporter::tr(text); }

    void insertNote(QTextDocument &document, QTextCursor &cursor, const QString &markdown, qreal indent) const
    {
        cursor.insertBlock(Styles::block(em * 0.2, 0, indent), styles.body);
        const int from = cursor.position();
        cursor.insertMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                        | QTextDocument::MarkdownNoHTML));
        QTextCursor range(&document);
        range.setPosition(from);
        range.setPosition(cursor.position(), QTextCursor::KeepAnchor);
        QTextBlockFormat indented;
        indented.setLeftMargin(indent);
        range.mergeBlockFormat(indented);
    }

    void build(QTextDocument &document, const ArticleData &article) const
    {
        const DocumentSummary &about = article.exported->summary;
        QTextCursor cursor(&document);
        cursor.setBlockFormat(Styles::block(0, em * 0.3));
        cursor.setBlockCharFormat(styles.title);
        cursor.insertText(about.title.isEmpty() ? tr("Article %1").arg(about.id) : about.title, styles.title);
        QStringList facts;
        facts << (about.published.isEmpty() ? tr("publication date unknown") : tr("published %1").arg(about.published));
        if (!about.source.isEmpty()) {
            facts << tr("source: %1").arg(about.source);
        }
        facts << tr("article %1").arg(about.id);
        cursor.insertBlock(Styles::block(0, em * 0.6), styles.muted);
        cursor.insertText(facts.join(u"  ·  "_s), styles.muted);

        if (!article.note.trimmed().isEmpty()) {
            cursor.insertBlock(Styles::block(em * 0.4), styles.heading);
            cursor.insertText(tr("Article note"), styles.heading);
            insertNote(document, cursor, article.note, 0);
        }
        const QList<Annotation> &annotations = article.exported->annotations;
        if (!annotations.isEmpty()) {
            cursor.insertBlock(Styles::block(em * 0.6), styles.heading);
            cursor.insertText(tr("Annotations (%1)").arg(annotations.size()), styles.heading);
        }
        for (const Annotation &a : annotations) {
            const QString code = selection.codePath(a.codeId);
            const QColor colour = colourOf(a.codeId > 0 ? selection.codeColour(a.codeId) : QString());
            cursor.insertBlock(Styles::block(em * 0.8, em * 0.15), styles.small);
            QTextCharFormat mark = styles.small;
            mark.setForeground(colour);
            cursor.insertText(u"■ "_s, mark);
            cursor.insertText(code.isEmpty() ? tr("Uncoded") : code, styles.small);
            QStringList details;
            details << tr("characters %1–%2").arg(a.start).arg(a.end);
            if (!a.author.isEmpty()) {
                details << a.author;
            }
            details << shownTime(a.created);
            if (a.anchorState == u"orphaned"_s) {
                details << tr("no longer found in the text");
            }
            cursor.insertText(u"   "_s + details.join(u" · "_s), styles.muted);

            // The quote in its code's colour, in the sentence around it.
            QTextBlockFormat quoteBlock = Styles::block(em * 0.1, em * 0.1, 4 * mm);
            quoteBlock.setBackground(QColor(0xf6, 0xf6, 0xf4));
            cursor.insertBlock(quoteBlock, styles.context);
            const QString &body = article.body;
            const bool placed = a.start >= 0 && a.end <= body.size() && QStringView(body).sliced(a.start, a.end - a.start) == a.quote;
            if (placed) {
                cursor.insertText(flattened(contextBefore(body, a.start)), styles.context);
            }
            QTextCharFormat quoted = styles.quote;
            quoted.setBackground(tint(colour, 0.35));
            cursor.insertText(flattened(a.quote), quoted);
            if (placed) {
                cursor.insertText(flattened(contextAfter(body, a.end)), styles.context);
            }
            if (!a.note.trimmed().isEmpty()) {
                insertNote(document, cursor, a.note, 4 * mm);
            }
        }

        if (article.entities.isEmpty()) {
            return;
        }
        cursor.insertBlock(Styles::block(em * 1.0), styles.heading);
        cursor.insertText(tr("Entities in this article"), styles.heading);
        for (EntityKind kind : AllEntityKinds) {
            QStringList names;
            int more = 0;
            for (const EntitySummary &entity : article.entities) {
                if (entity.kind != kind) {
                    continue;
                }
                if (names.size() < PdfReportExporter::EntitiesPerKind) {
                    names << tr("%1 (%2)").arg(entity.canonical).arg(entity.mentions);
                } else {
                    ++more;
                }
            }
            if (names.isEmpty()) {
                continue;
            }
            cursor.insertBlock(Styles::block(em * 0.2), styles.body);
            cursor.insertText(kindHeading(kind) + u": "_s, styles.small);
            QString list = names.join(u", "_s);
            if (more > 0) {
                list += tr(" and %1 more").arg(more);
            }
            cursor.insertText(list, styles.body);
        }
    }
};

} // namespace

PdfReportExporter::PdfReportExporter(Database &database)
    : m_database(database)
{
}

Result<ExportSummary> PdfReportExporter::write(const QString &path, const ExportOptions &options, const ExportProgress &progress)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        return badInput(tr("A PDF report lays out text with Qt's fonts, which needs a QGuiApplication."));
    }
    Result<ExportSelection> loaded = ExportSelection::load(m_database, options.scope);
    if (!loaded) {
        return loaded.error();
    }
    const ExportSelection &selection = *loaded;
    const DocumentRepository documents(m_database);
    AnnotationRepository annotations(m_database);
    const EntityRepository entities(m_database);

    // Articles with something to report: an annotation in scope or a note (one article asked
    // for by name is always in).
    struct Article {
        const ExportedDocument *exported = nullptr;
        DocumentNote note;
    };
    QList<Article> articles;
    for (const ExportedDocument &exported : selection.documents()) {
        Result<DocumentNote> note = annotations.note(exported.summary.id);
        if (!note) {
            return note.error();
        }
        if (!exported.annotations.isEmpty() || !note->note.trimmed().isEmpty() || options.scope.documentId > 0) {
            articles.append({&exported, *note});
        }
    }

    ExportTarget target(path);
    if (Result<void> opened = target.open(); !opened) {
        return opened.error();
    }
    QPdfWriter writer(target.device());
    writer.setPageSize(QPageSize(options.pageSize == ReportPageSize::Letter ? QPageSize::Letter : QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    // At the screen's resolution the text layout needs no scaling: lengths in text formats are
    // screen pixels, and the layout scales them (some of them) to its device's resolution. The
    // PDF is vector text all the same.
    const QScreen *screen = QGuiApplication::primaryScreen();
    writer.setResolution(screen ? qRound(screen->logicalDotsPerInchY()) : 96);
    const QString corpus = QFileInfo(m_database.path()).completeBaseName();
    writer.setTitle(tr("Annotation report: %1").arg(corpus));
    writer.setCreator(u"Gloss "_s + QString::fromLatin1(Version));

    const qreal dpmm = writer.resolution() / 25.4;
    const QRectF page(QPointF(0, 0), writer.pageLayout().fullRectPixels(writer.resolution()).size());
    const QRectF content = page.adjusted(MarginMm * dpmm, MarginMm * dpmm, -MarginMm * dpmm, -MarginMm * dpmm);
    QFont font;
    font.setFamilies({u"Noto Sans"_s, u"DejaVu Sans"_s, u"Noto Sans Hebrew"_s, u"Noto Sans Arabic"_s});
    font.setPointSizeF(10);
    font.setStyleHint(QFont::SansSerif);
    // Ligatures ("fi") would come out of the PDF as one character: "ﬁrst" is not found by a
    // search for "first". Scripts that need their own (Arabic) use other features.
    font.setFeature(QFont::Tag("liga"), 0);
    font.setFeature(QFont::Tag("clig"), 0);
    const Styles styles(font);
    const qreal line = QFontMetricsF(font, &writer).lineSpacing(); // on the page, in device pixels
    // Lengths in text formats in the same units (the writer has the screen's resolution).
    const qreal toFormat = (screen ? screen->logicalDotsPerInchY() : 96.0) / writer.logicalDpiY();
    const qreal em = line * toFormat;
    const qreal mm = dpmm * toFormat;
    const auto newDocument = [&] { return std::make_unique<ReportDocument>(font); };

    ExportSummary summary;
    summary.file = path;
    summary.format = ExportFormat::Pdf;
    QElapsedTimer phase;
    phase.start();
    const qint64 total = 2 * qint64(articles.size()) + 1;
    qint64 done = 0;
    const auto step = [&] { return !progress || progress(done++, total); };

    // The articles, each built and laid out as a document of its own. Past m_laidOutInMemory of
    // them only their page counts are kept, and they are laid out again to be painted.
    const ArticleBuilder builder{styles, selection, em, mm};
    const auto makeArticle = [&](const Article &article) -> Result<std::unique_ptr<ReportDocument>> {
        const DocumentSummary &about = article.exported->summary;
        const std::optional<Document> document = documents.find(about.id);
        if (!document) {
            return databaseError(tr("Document %1 disappeared from %2 during the export.").arg(about.id).arg(m_database.path()));
        }
        Result<QList<EntitySummary>> named = entities.entities(about.id);
        if (!named) {
            return named.error();
        }
        auto report = std::make_unique<ReportDocument>(font);
        builder.build(*report, {article.exported, document->body, article.note.note, std::move(*named)});
        report->layOut(&writer, content.size());
        return report;
    };
    std::vector<Part> articleParts;
    articleParts.reserve(articles.size());
    QHash<qint64, int> codeUse;
    for (qsizetype i = 0; i < articles.size(); ++i) {
        if (!step()) {
            return ExportTarget::cancelled();
        }
        const Article &article = articles.at(i);
        Result<std::unique_ptr<ReportDocument>> report = makeArticle(article);
        if (!report) {
            return report.error();
        }
        const int pages = (*report)->pageCount();
        if (i >= m_laidOutInMemory) {
            report->reset();
        }
        articleParts.push_back(Part{std::move(*report), article.exported->summary.title, false, 0, pages, i});
        for (const Annotation &a : article.exported->annotations) {
            ++codeUse[a.codeId];
        }
        summary.annotations += article.exported->annotations.size();
        ++summary.documents;
    }

    const qint64 built = phase.restart();
    // The title page.
    Part title{newDocument(), {}, true, 0};
    {
        QTextCursor cursor(title.document.get());
        cursor.setBlockFormat(Styles::block(0));
        QTextCharFormat big = styles.title;
        big.setFontPointSize(font.pointSizeF() * 2.6);
        cursor.insertText(tr("Annotation report"), big);
        cursor.insertBlock(Styles::block(em * 0.5), styles.title);
        cursor.insertText(corpus, styles.title);
        cursor.insertBlock(Styles::block(em * 2), styles.heading);
        const QDate first = selection.scope().from.isValid() ? selection.scope().from : selection.firstPublished();
        const QDate last = selection.scope().to.isValid() ? selection.scope().to : selection.lastPublished();
        cursor.insertText(first.isValid() && last.isValid()
                              ? tr("Articles published %1 to %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate))
                              : tr("Articles of any date"),
                          styles.heading);
        cursor.insertBlock(Styles::block(em * 0.6), styles.body);
        cursor.insertText(tr("Scope: %1").arg(selection.describeScope()), styles.body);
        cursor.insertBlock(Styles::block(em * 0.3), styles.body);
        cursor.insertText(tr("%1 with %2").arg(articleCount(summary.documents), annotationCount(summary.annotations)),
                          styles.body);
        if (!codeUse.isEmpty()) {
            cursor.insertBlock(Styles::block(em * 1.5), styles.heading);
            cursor.insertText(tr("Codes"), styles.heading);
            for (const Code &code : selection.codes()) {
                if (!codeUse.contains(code.id)) {
                    continue;
                }
                cursor.insertBlock(Styles::block(em * 0.15, 0, code.depth * 5 * mm), styles.body);
                QTextCharFormat mark = styles.body;
                mark.setForeground(colourOf(code.colour));
                cursor.insertText(u"■ "_s, mark);
                cursor.insertText(selection.codePath(code.id), styles.body);
                cursor.insertText(u"  "_s + annotationCount(codeUse.value(code.id)), styles.muted);
            }
            if (codeUse.contains(0)) {
                cursor.insertBlock(Styles::block(em * 0.15), styles.body);
                cursor.insertText(tr("Uncoded") + u"  "_s, styles.body);
                cursor.insertText(annotationCount(codeUse.value(0)), styles.muted);
            }
        }
        cursor.insertBlock(Styles::block(em * 3), styles.muted);
        cursor.insertText(tr("Generated %1 by Gloss %2 from %3")
                              .arg(QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s,
                                   QString::fromLatin1(Version), m_database.path()),
                          styles.muted);
    }
    title.firstPage = 0;
    title.document->layOut(&writer, content.size());
    const int titlePages = title.pages = title.document->pageCount();

    // The contents: one line per article; built once to count its pages, then with the numbers.
    const QFontMetricsF entryMetrics(font, &writer);
    const qreal numberWidth = entryMetrics.horizontalAdvance(u"00000"_s);
    const auto contents = [&](const QList<int> &pages) {
        auto document = newDocument();
        QTextCursor cursor(document.get());
        cursor.setBlockFormat(Styles::block(0, em * 0.8));
        cursor.insertText(tr("Contents"), styles.title);
        for (qsizetype i = 0; i < qsizetype(articleParts.size()); ++i) {
            const DocumentSummary &about = articles.at(i).exported->summary;
            QTextBlockFormat entry = Styles::block(em * 0.15);
            entry.setTabPositions({QTextOption::Tab(content.width() * toFormat, QTextOption::RightTab)});
            entry.setLayoutDirection(Qt::LeftToRight);
            cursor.insertBlock(entry, styles.body);
            const QString date = about.published.isEmpty() ? QString() : u"  "_s + about.published;
            const qreal room = content.width() - numberWidth - entryMetrics.horizontalAdvance(date) - 2 * line;
            const QString name = about.title.isEmpty() ? tr("Article %1").arg(about.id) : about.title;
            // An isolate keeps a right-to-left title from reordering the date and number around it.
            cursor.insertText(u"\u2068"_s + entryMetrics.elidedText(name, Qt::ElideRight, room) + u"\u2069"_s, styles.body);
            cursor.insertText(date, styles.muted);
            cursor.insertText(u"\t"_s + (pages.isEmpty() ? u"00000"_s : QString::number(pages.at(i) + 1)), styles.body);
        }
        document->layOut(&writer, content.size());
        return document;
    };
    std::unique_ptr<ReportDocument> contentsDocument = contents({});
    const int contentsPages = contentsDocument->pageCount();
    int next = titlePages + contentsPages;
    QList<int> articlePages;
    for (Part &part : articleParts) {
        part.firstPage = next;
        articlePages << next;
        next += part.pages;
    }
    contentsDocument = contents(articlePages);
    const int pageCount = next;
    summary.pages = pageCount;

    std::vector<Part> parts;
    parts.push_back(std::move(title));
    parts.push_back(Part{std::move(contentsDocument), tr("Contents"), false, titlePages, contentsPages, -1});
    for (Part &part : articleParts) {
        parts.push_back(std::move(part));
    }

    const qint64 layoutMs = phase.restart();
    // Painting, page by page.
    QPainter painter;
    if (!painter.begin(&writer)) {
        return target.writeError();
    }
    QFont headerFont = font;
    headerFont.setPointSizeF(font.pointSizeF() * 0.8);
    const QFontMetricsF headerMetrics(headerFont, &writer);
    const QString reportName = tr("Annotation report: %1").arg(corpus);
    int pageNumber = 0;
    for (Part &part : parts) {
        if (!part.title && !step()) {
            painter.end();
            return ExportTarget::cancelled();
        }
        if (!part.document) {
            Result<std::unique_ptr<ReportDocument>> again = makeArticle(articles.at(part.article));
            if (!again) {
                painter.end();
                return again.error();
            }
            part.document = std::move(*again);
        }
        const qreal height = part.document->pageSize().height();
        // The same text laid out the same way: the page count the contents already gave.
        Q_ASSERT(part.document->pageCount() == part.pages);
        for (int inPart = 0; inPart < part.pages; ++inPart, ++pageNumber) {
            if (pageNumber > 0 && !writer.newPage()) {
                painter.end();
                return target.writeError();
            }
            if (!part.title) {
                painter.save();
                painter.setFont(headerFont);
                painter.setPen(Muted);
                const qreal baseline = content.top() - HeaderMm * dpmm + headerMetrics.ascent();
                const qreal half = content.width() / 2 - line;
                painter.drawText(QPointF(content.left(), baseline), headerMetrics.elidedText(reportName, Qt::ElideRight, half));
                const QString right = headerMetrics.elidedText(part.header, Qt::ElideRight, half);
                painter.drawText(QPointF(content.right() - headerMetrics.horizontalAdvance(right), baseline), right);
                painter.setPen(QPen(Rule, 0.25 * dpmm));
                const qreal ruleY = baseline + headerMetrics.descent() + 1.5 * dpmm;
                painter.drawLine(QPointF(content.left(), ruleY), QPointF(content.right(), ruleY));
                painter.setPen(Muted);
                const QString number = tr("Page %1 of %2").arg(pageNumber + 1).arg(pageCount);
                painter.drawText(QPointF(content.center().x() - headerMetrics.horizontalAdvance(number) / 2,
                                         content.bottom() + FooterMm * dpmm),
                                 number);
                painter.restore();
            }
            painter.save();
            painter.setClipRect(content);
            painter.translate(content.left(), content.top() - inPart * height);
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, inPart * height, content.width(), height - 1);
            context.palette.setColor(QPalette::Text, Qt::black);
            part.document->documentLayout()->draw(&painter, context);
            painter.restore();
        }
        part.document.reset(); // painted: its memory can go
    }
    const qint64 paintMs = phase.restart();
    if (!painter.end()) {
        return target.writeError();
    }
    qCDebug(lcExport) << "PDF report:" << articles.size() << "articles built and laid out in" << built
                      << "ms, title and contents in" << layoutMs << "ms," << pageCount << "pages painted in" << paintMs
                      << "ms, written in" << phase.elapsed() << "ms";
    if (progress && !progress(total, total)) {
        return ExportTarget::cancelled();
    }
    if (Result<void> committed = target.commit(); !committed) {
        return committed.error();
    }
    return summary;
}

} // namespace Gloss
