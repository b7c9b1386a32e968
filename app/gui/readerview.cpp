// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerview.h"

#include "annotationmargin.h"
#include "entitylegend.h"
#include "findbar.h"
#include "spanhighlighter.h"
#include "themeprovider.h"

#include <QApplication>
#include <QDate>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QHBoxLayout>
#include <QShortcut>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextLayout>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

QString describeDate(const DocumentSummary &document)
{
    if (document.published.isEmpty()) {
        return ReaderView::tr("date unknown");
    }
    const QLocale locale;
    QString text;
    switch (document.datePrecision) {
    case DatePrecision::Day:
        text = locale.toString(QDate::fromString(document.published, Qt::ISODate), QLocale::LongFormat);
        break;
    case DatePrecision::Month:
        text = locale.toString(publicationStart(document.published), u"MMMM yyyy"_s);
        break;
    default:
        text = document.published;
        break;
    }
    switch (document.dateSource) {
    case DateSource::Header:
    case DateSource::Metadata:
        return text;
    case DateSource::Dateline:
        return ReaderView::tr("%1 (from the dateline)").arg(text);
    case DateSource::PostId:
        return ReaderView::tr("%1 (from a linked post)").arg(text);
    case DateSource::Content:
        return ReaderView::tr("%1 (inferred from the text)").arg(text);
    case DateSource::User:
        return ReaderView::tr("%1 (set by hand)").arg(text);
    case DateSource::None:
        break;
    }
    return text;
}

// A standard key plus an explicit one (F3 is not in every platform's FindNext bindings).
QList<QKeySequence> withKey(QKeySequence::StandardKey standard, QKeyCombination extra)
{
    QList<QKeySequence> keys = QKeySequence::keyBindings(standard);
    if (!keys.contains(QKeySequence(extra))) {
        keys.append(QKeySequence(extra));
    }
    return keys;
}

} // namespace

ReaderView::ReaderView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_legend(new EntityLegend(this))
    , m_text(new QPlainTextEdit(this))
    , m_findBar(new FindBar(this))
{
    setObjectName(u"reader"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.45);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_text->setReadOnly(true);
    m_text->setUndoRedoEnabled(false);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setObjectName(u"readerText"_s);
    m_text->setAccessibleName(tr("Article text"));
    QFont readingFont = m_text->font();
    readingFont.setPointSizeF(readingFont.pointSizeF() * 1.15);
    m_text->setFont(readingFont);
    m_text->viewport()->setMouseTracking(true);
    m_text->viewport()->installEventFilter(this);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_text, &QPlainTextEdit::customContextMenuRequested, this, [this](QPoint viewportPos) {
        QMenu *menu = createContextMenu(viewportPos);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_text->viewport()->mapToGlobal(viewportPos));
    });

    // Parented to the document, which the text view owns.
    m_highlighter = new SpanHighlighter(m_text->document());
    m_entityLayer = m_highlighter->addLayer();
    m_annotationLayer = m_highlighter->addLayer();
    m_findLayer = m_highlighter->addLayer();

    m_margin = new AnnotationMargin(m_text, this);
    connect(m_margin, &AnnotationMargin::annotationActivated, this, &ReaderView::annotationActivated);
    connect(m_text, &QPlainTextEdit::selectionChanged, this,
            [this] { Q_EMIT passageSelectionChanged(selectedPassage().has_value()); });

    m_findBar->hide();
    connect(m_findBar, &FindBar::textChanged, this, &ReaderView::search);
    connect(m_findBar, &FindBar::nextRequested, this, [this] { stepMatch(1); });
    connect(m_findBar, &FindBar::previousRequested, this, [this] { stepMatch(-1); });
    connect(m_findBar, &FindBar::closeRequested, this, &ReaderView::hideFindBar);
    connect(m_legend, &EntityLegend::kindToggled, this, &ReaderView::setKindVisible);

    const auto bind = [this](const QList<QKeySequence> &keys, auto slot) {
        auto *shortcut = new QShortcut(this);
        shortcut->setKeys(keys);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
        return shortcut;
    };
    bind(QKeySequence::keyBindings(QKeySequence::Find), &ReaderView::showFindBar);
    bind(withKey(QKeySequence::FindNext, Qt::Key_F3), [this] { stepMatch(1); });
    bind(withKey(QKeySequence::FindPrevious, QKeyCombination(Qt::SHIFT, Qt::Key_F3)), [this] { stepMatch(-1); });
    m_escape = bind({QKeySequence(Qt::Key_Escape)}, &ReaderView::hideFindBar);
    m_escape->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_legend);
    layout->addSpacing(6);
    auto *textRow = new QHBoxLayout;
    textRow->setContentsMargins(0, 0, 0, 0);
    textRow->setSpacing(0);
    textRow->addWidget(m_margin);
    textRow->addWidget(m_text, 1);
    layout->addLayout(textRow, 1);
    layout->addWidget(m_findBar);

    connect(&ThemeProvider::instance(), &ThemeProvider::themeChanged, this, &ReaderView::applyTheme);
    applyTheme();
    clear();
}

ReaderView::~ReaderView() = default;

void ReaderView::showDocument(const Document &document, const QList<HighlightSpan> &spans)
{
    m_documentId = document.id;
    m_title->setText(document.title);
    QStringList meta{describeDate(document)};
    if (!document.source.isEmpty()) {
        meta << document.source;
    }
    meta << tr("%n characters", nullptr, int(std::min<qint64>(document.length, std::numeric_limits<int>::max())));
    m_meta->setText(meta.join(u"  ·  "_s));

    m_body = document.body;
    // QTextDocument turns "\r\n" into one paragraph break, which would shift every offset after
    // it; a lone "\r" is a break of the same length.
    if (m_body.contains(u"\r\n"_s)) {
        m_body.replace(u"\r\n"_s, u" \n"_s);
    }
    m_spans = sortedSpans(spans);
    m_pressedSpan = -1;
    m_matches.clear();
    m_currentMatch = -1;
    // The ranges go in before the text so that inserting it highlights it in the same pass.
    m_highlighter->setRanges(m_entityLayer, entityRanges(), SpanHighlighter::Refresh::None);
    m_highlighter->setRanges(m_findLayer, {}, SpanHighlighter::Refresh::None);
    m_annotations = {};
    m_selectedAnnotation = 0;
    m_highlighter->setRanges(m_annotationLayer, {}, SpanHighlighter::Refresh::None);
    m_margin->setLayout(&m_annotations);
    m_text->setPlainText(m_body);
    m_text->moveCursor(QTextCursor::Start);
    updateLegend();
    if (m_findBar->isVisible() && !m_findBar->text().isEmpty()) {
        search(m_findBar->text());
    } else {
        m_findBar->setMatches(-1, 0);
    }
}

void ReaderView::clear()
{
    m_documentId = 0;
    m_title->setText(tr("No article selected"));
    m_meta->setText(tr("Choose an article from the list, or import articles with File › Import."));
    m_body.clear();
    m_spans.clear();
    m_matches.clear();
    m_currentMatch = -1;
    m_pressedSpan = -1;
    m_highlighter->setRanges(m_entityLayer, {}, SpanHighlighter::Refresh::None);
    m_highlighter->setRanges(m_findLayer, {}, SpanHighlighter::Refresh::None);
    m_annotations = {};
    m_selectedAnnotation = 0;
    m_highlighter->setRanges(m_annotationLayer, {}, SpanHighlighter::Refresh::None);
    m_margin->setLayout(&m_annotations);
    m_text->clear();
    updateLegend();
    m_findBar->setMatches(-1, 0);
}

QString ReaderView::titleText() const
{
    return m_title->text();
}

void ReaderView::setHighlights(const QList<HighlightSpan> &spans)
{
    m_spans = sortedSpans(spans);
    m_pressedSpan = -1;
    m_highlighter->setRanges(m_entityLayer, entityRanges());
    updateLegend();
}

void ReaderView::setKindVisible(EntityKind kind, bool visible)
{
    if (visible) {
        m_hiddenKinds.removeAll(kind);
    } else if (!m_hiddenKinds.contains(kind)) {
        m_hiddenKinds.append(kind);
    }
    m_legend->setKindChecked(kind, visible);
    applyEntityFormats();
}

bool ReaderView::isKindVisible(EntityKind kind) const
{
    return !m_hiddenKinds.contains(kind);
}

void ReaderView::showFindBar()
{
    m_escape->setEnabled(true);
    m_findBar->activate();
    if (!m_findBar->text().isEmpty()) {
        search(m_findBar->text());
    }
}

void ReaderView::hideFindBar()
{
    m_escape->setEnabled(false);
    const bool hadFocus = m_findBar->isAncestorOf(QApplication::focusWidget());
    m_findBar->hide();
    m_matches.clear();
    m_currentMatch = -1;
    m_highlighter->setRanges(m_findLayer, {});
    if (hadFocus) {
        m_text->setFocus(Qt::OtherFocusReason);
    }
}

QList<HighlightSpan> ReaderView::sortedSpans(const QList<HighlightSpan> &spans)
{
    QList<HighlightSpan> sorted = spans;
    std::stable_sort(sorted.begin(), sorted.end(), [](const HighlightSpan &a, const HighlightSpan &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    return sorted;
}

QList<SpanHighlighter::Range> ReaderView::entityRanges() const
{
    QList<SpanHighlighter::Range> ranges;
    ranges.reserve(m_spans.size());
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        const HighlightSpan &span = m_spans.at(i);
        ranges.append({std::max<qsizetype>(span.start, 0), std::min(span.end, m_body.size()), int(span.kind), int(i)});
    }
    return ranges;
}

void ReaderView::updateLegend()
{
    QMap<EntityKind, int> counts;
    for (const HighlightSpan &span : std::as_const(m_spans)) {
        if (std::max<qsizetype>(span.start, 0) < std::min(span.end, m_body.size())) {
            ++counts[span.kind];
        }
    }
    m_legend->setCounts(counts);
    for (const EntityKind kind : AllEntityKinds) {
        m_legend->setKindChecked(kind, isKindVisible(kind));
    }
}

struct ReaderView::Hit {
    qsizetype position = -1; // document position of the character
    QTextBlock block;
    QTextLine line;
    QPointF origin; // of the block's layout, in viewport coordinates
};

std::optional<ReaderView::Hit> ReaderView::hitTest(QPoint viewportPos) const
{
    if (m_body.isEmpty()) {
        return std::nullopt;
    }
    // cursorForPosition() gives the nearest cursor position even far from any text; the line
    // under the point and its natural width tell whether a character is really there.
    const QTextCursor cursor = m_text->cursorForPosition(viewportPos);
    const QTextBlock block = cursor.block();
    const QTextLayout *layout = block.layout();
    if (!block.isValid() || !layout || layout->lineCount() == 0) {
        return std::nullopt;
    }
    const int relative = cursor.position() - block.position();
    const QTextLine cursorLine = layout->lineForTextPosition(relative);
    if (!cursorLine.isValid()) {
        return std::nullopt;
    }
    const QRect cursorRect = m_text->cursorRect(cursor);
    const QPointF origin(cursorRect.left() - cursorLine.cursorToX(relative), cursorRect.top() - cursorLine.y());
    const QPointF local = QPointF(viewportPos) - origin;
    for (int i = 0; i < layout->lineCount(); ++i) {
        const QTextLine line = layout->lineAt(i);
        if (local.y() < line.y() || local.y() >= line.y() + line.height()) {
            continue;
        }
        const QRectF natural = line.naturalTextRect();
        if (local.x() < natural.left() || local.x() >= natural.right()) {
            return std::nullopt;
        }
        const int index = line.xToCursor(local.x(), QTextLine::CursorOnCharacter);
        if (index < line.textStart() || index >= line.textStart() + line.textLength()) {
            return std::nullopt;
        }
        return Hit{block.position() + index, block, line, origin};
    }
    return std::nullopt;
}

qsizetype ReaderView::characterAt(QPoint viewportPos) const
{
    const std::optional<Hit> hit = hitTest(viewportPos);
    return hit ? hit->position : -1;
}

qsizetype ReaderView::spanAt(QPoint viewportPos) const
{
    const qsizetype position = characterAt(viewportPos);
    if (position < 0) {
        return -1;
    }
    const QList<qsizetype> found = m_highlighter->overlapping(m_entityLayer, position, position + 1);
    const QList<SpanHighlighter::Range> &ranges = m_highlighter->ranges(m_entityLayer);
    // Later ranges start later or are shorter: the innermost visible one wins, as it is drawn.
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        const qsizetype index = ranges.at(*it).tag;
        if (isKindVisible(m_spans.at(index).kind)) {
            return index;
        }
    }
    return -1;
}

QString ReaderView::toolTipAt(QPoint viewportPos) const
{
    const qsizetype index = spanAt(viewportPos);
    if (index < 0) {
        return {};
    }
    const HighlightSpan &span = m_spans.at(index);
    const QString name = span.canonical.isEmpty() ? m_body.mid(span.start, span.end - span.start) : span.canonical;
    return u"<b>%1</b><br>%2"_s.arg(name.toHtmlEscaped(), EntityLegend::singularKindLabel(span.kind).toHtmlEscaped());
}

QMenu *ReaderView::createContextMenu(QPoint viewportPos)
{
    QMenu *menu = m_text->createStandardContextMenu(viewportPos);
    menu->setObjectName(u"readerContextMenu"_s);
    addAnnotationActions(menu, viewportPos);
    const auto passage = selectedPassage();
    const qsizetype start = passage ? passage->first : 0;
    const qsizetype end = passage ? passage->second : 0;
    const qsizetype index = spanAt(viewportPos);
    const bool marking = passage.has_value();
    const bool onEntity = index >= 0 && m_spans.at(index).entityId > 0;
    if (marking || onEntity) {
        menu->addSeparator();
    }
    if (marking) {
        const QString text = m_body.mid(start, end - start).simplified();
        QMenu *mark = menu->addMenu(tr("Mark as"));
        mark->setObjectName(u"markAsMenu"_s);
        for (EntityKind kind : {EntityKind::Person, EntityKind::Organisation, EntityKind::Location, EntityKind::Group}) {
            QAction *action = mark->addAction(EntityLegend::singularKindLabel(kind));
            action->setData(QVariant::fromValue(int(kind)));
            connect(action, &QAction::triggered, this,
                    [this, start, end, kind, text] { Q_EMIT markRequested(start, end, kind, text); });
        }
    }
    if (onEntity) {
        const HighlightSpan span = m_spans.at(index);
        const QString name = span.canonical.isEmpty() ? m_body.mid(span.start, span.end - span.start) : span.canonical;
        QAction *reject = menu->addAction(tr("Reject “%1” as an Entity").arg(name));
        reject->setObjectName(u"rejectEntity"_s);
        connect(reject, &QAction::triggered, this, [this, id = span.entityId, name] { Q_EMIT rejectRequested(id, name); });
        QAction *rename = menu->addAction(tr("Rename “%1”…").arg(name));
        rename->setObjectName(u"renameEntity"_s);
        connect(rename, &QAction::triggered, this,
                [this, id = span.entityId, name] { Q_EMIT renameRequested(id, name); });
    }
    return menu;
}

void ReaderView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        ThemeProvider::instance().paletteChanged(palette());
    }
    QWidget::changeEvent(event);
}

bool ReaderView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_text->viewport()) {
        return handleViewportEvent(event);
    }
    return QWidget::eventFilter(watched, event);
}

bool ReaderView::handleViewportEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto *help = static_cast<QHelpEvent *>(event);
        const std::optional<Hit> hit = hitTest(help->pos());
        const qsizetype index = spanAt(help->pos());
        const qint64 annotation = annotationAt(help->pos());
        if (!hit || (index < 0 && annotation == 0)) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        QStringList tips;
        if (index >= 0) {
            tips << toolTipAt(help->pos());
        }
        if (annotation != 0) {
            tips << annotationToolTip(annotation);
        }
        if (index < 0) {
            QToolTip::showText(help->globalPos(), tips.join(u"<hr>"_s), m_text->viewport(),
                               QRect(help->pos(), QSize(1, 1)).adjusted(-3, -3, 3, 3));
            return true;
        }
        // The tooltip stays while the mouse is over the span's part on this line.
        const HighlightSpan &span = m_spans.at(index);
        const int lineStart = hit->line.textStart();
        const int lineEnd = lineStart + hit->line.textLength();
        const qsizetype blockPosition = hit->block.position();
        const int from = int(std::clamp<qsizetype>(span.start - blockPosition, lineStart, lineEnd));
        const int to = int(std::clamp<qsizetype>(span.end - blockPosition, lineStart, lineEnd));
        const QRectF area(QPointF(hit->origin.x() + hit->line.cursorToX(from), hit->origin.y() + hit->line.y()),
                          QPointF(hit->origin.x() + hit->line.cursorToX(to),
                                  hit->origin.y() + hit->line.y() + hit->line.height()));
        QToolTip::showText(help->globalPos(), tips.join(u"<hr>"_s), m_text->viewport(), area.toAlignedRect());
        return true;
    }
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->buttons() == Qt::NoButton) {
            const QPoint pos = mouse->position().toPoint();
            setPointing(spanAt(pos) >= 0 || annotationAt(pos) != 0);
        }
        break;
    }
    case QEvent::Leave:
        setPointing(false);
        break;
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        m_pressedSpan = -1;
        m_pressedAnnotation = 0;
        if (mouse->button() == Qt::LeftButton && mouse->modifiers() == Qt::NoModifier) {
            m_pressPos = mouse->position().toPoint();
            m_pressedSpan = spanAt(m_pressPos);
            m_pressedAnnotation = annotationAt(m_pressPos);
        }
        break;
    }
    case QEvent::MouseButtonDblClick:
        m_pressedSpan = -1;
        m_pressedAnnotation = 0;
        break;
    case QEvent::MouseButtonRelease: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const qsizetype pressed = std::exchange(m_pressedSpan, -1);
        const qint64 pressedAnnotation = std::exchange(m_pressedAnnotation, 0);
        if (mouse->button() != Qt::LeftButton || (pressed < 0 && pressedAnnotation == 0)) {
            break;
        }
        const QPoint pos = mouse->position().toPoint();
        // A drag, even one that ends on the same span, selects text rather than activating.
        if ((pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()
            || m_text->textCursor().hasSelection()) {
            break;
        }
        // The user's own annotation is what a click on annotated text picks, before an entity.
        if (pressedAnnotation != 0 && annotationAt(pos) == pressedAnnotation) {
            Q_EMIT annotationActivated(pressedAnnotation);
            break;
        }
        if (pressed < 0 || spanAt(pos) != pressed) {
            break;
        }
        const HighlightSpan span = m_spans.at(pressed);
        Q_EMIT entityActivated(span.entityId, span.canonical, span.kind);
        break;
    }
    default:
        break;
    }
    return false;
}

void ReaderView::setPointing(bool pointing)
{
    if (pointing != m_pointing) {
        m_pointing = pointing;
        m_text->viewport()->setCursor(pointing ? Qt::PointingHandCursor : Qt::IBeamCursor);
    }
}

void ReaderView::search(const QString &text)
{
    m_matches.clear();
    m_currentMatch = -1;
    m_needleLength = text.size();
    if (!text.isEmpty()) {
        for (qsizetype at = m_body.indexOf(text, 0, Qt::CaseInsensitive); at >= 0;
             at = m_body.indexOf(text, at + text.size(), Qt::CaseInsensitive)) {
            m_matches.append(at);
        }
    }
    QList<SpanHighlighter::Range> ranges;
    ranges.reserve(m_matches.size());
    for (const qsizetype at : std::as_const(m_matches)) {
        ranges.append({at, at + m_needleLength, 0, -1});
    }
    m_highlighter->setRanges(m_findLayer, std::move(ranges));
    if (!m_matches.isEmpty()) {
        // Searching on from where the last match (or the cursor) was keeps the place while typing.
        const qsizetype from = m_text->textCursor().selectionStart();
        const auto next = std::lower_bound(m_matches.cbegin(), m_matches.cend(), from);
        m_currentMatch = next == m_matches.cend() ? 0 : next - m_matches.cbegin();
        selectCurrentMatch();
    }
    m_findBar->setMatches(m_currentMatch, m_matches.size());
}

void ReaderView::stepMatch(int direction)
{
    if (!m_findBar->isVisible()) {
        showFindBar();
        return;
    }
    if (m_matches.isEmpty()) {
        return;
    }
    const qsizetype count = m_matches.size();
    m_currentMatch = ((m_currentMatch + direction) % count + count) % count;
    selectCurrentMatch();
    m_findBar->setMatches(m_currentMatch, count);
}

void ReaderView::revealSpan(qsizetype start, qsizetype end)
{
    const int length = m_text->document()->characterCount() - 1;
    if (start < 0 || start >= end || start > length) {
        return;
    }
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(std::min<qsizetype>(end, length)), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->centerCursor();
}

void ReaderView::selectCurrentMatch()
{
    const qsizetype start = m_matches.at(m_currentMatch);
    QTextCursor cursor(m_text->document());
    cursor.setPosition(int(start));
    cursor.setPosition(int(start + m_needleLength), QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

void ReaderView::applyTheme()
{
    const ThemeProvider &theme = ThemeProvider::instance();
    QPalette textPalette = m_text->palette();
    textPalette.setColor(QPalette::Base, theme.color(ThemeProvider::Role::Background));
    textPalette.setColor(QPalette::Text, theme.color(ThemeProvider::Role::Text));
    textPalette.setColor(QPalette::Highlight, theme.color(ThemeProvider::Role::Selection));
    textPalette.setColor(QPalette::HighlightedText, theme.color(ThemeProvider::Role::Text));
    m_text->setPalette(textPalette);
    QPalette metaPalette = m_meta->palette();
    metaPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_meta->setPalette(metaPalette);

    QTextCharFormat found;
    found.setBackground(QColor::fromRgba(theme.theme().editorColor(KSyntaxHighlighting::Theme::SearchHighlight)));
    m_highlighter->setFormats(m_findLayer, {found});
    applyEntityFormats();
    applyAnnotationFormats();
}

void ReaderView::applyEntityFormats()
{
    QList<QTextCharFormat> formats;
    for (const EntityKind kind : AllEntityKinds) {
        const auto style = qsizetype(kind);
        formats.resize(std::max(formats.size(), style + 1));
        formats[style] = isKindVisible(kind) ? SpanHighlighter::entityFormat(kind) : QTextCharFormat();
    }
    m_highlighter->setFormats(m_entityLayer, formats);
}

std::optional<std::pair<qsizetype, qsizetype>> ReaderView::selectedPassage() const
{
    const QTextCursor cursor = m_text->textCursor();
    qsizetype start = cursor.selectionStart();
    qsizetype end = cursor.selectionEnd();
    while (start < end && start < m_body.size() && m_body.at(start).isSpace()) {
        ++start;
    }
    while (end > start && end <= m_body.size() && m_body.at(end - 1).isSpace()) {
        --end;
    }
    if (end <= start || end > m_body.size()) {
        return std::nullopt;
    }
    return std::pair{start, end};
}

void ReaderView::setCodes(const QList<Code> &codes)
{
    m_codes = codes;
}

void ReaderView::setAnnotations(const QList<AnnotationMark> &marks)
{
    m_annotations = AnnotationLayout(marks, m_body.size());
    bool selectedKept = false;
    for (const AnnotationMark &mark : marks) {
        selectedKept = selectedKept || mark.annotationId == m_selectedAnnotation;
    }
    if (!selectedKept) {
        m_selectedAnnotation = 0;
    }
    m_margin->setLayout(&m_annotations);
    m_margin->setSelectedAnnotation(m_selectedAnnotation);
    applyAnnotationFormats();
}

// Each segment of annotated text has its own format: the tint of every annotation over it, and
// an overline where the selected annotation runs, so overlaps and the selection stay visible
// beside the entities' underlines.
void ReaderView::applyAnnotationFormats()
{
    const QColor base = m_text->palette().color(QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    const qreal strength = dark ? 0.34 : 0.26;
    QList<SpanHighlighter::Range> ranges;
    QList<QTextCharFormat> formats;
    const QList<AnnotationLayout::Segment> &segments = m_annotations.segments();
    ranges.reserve(segments.size());
    formats.reserve(segments.size());
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const AnnotationLayout::Segment &segment = segments.at(i);
        QList<QColor> colours;
        bool selected = false;
        for (const int mark : segment.marks) {
            const AnnotationMark &m = m_annotations.marks().at(mark);
            colours.append(m.colour);
            selected = selected || (m.annotationId != 0 && m.annotationId == m_selectedAnnotation);
        }
        QTextCharFormat format;
        format.setBackground(AnnotationLayout::tint(colours, base, selected ? strength * 1.35 : strength));
        if (selected) {
            format.setFontOverline(true);
        }
        formats.append(format);
        ranges.append({segment.start, segment.end, int(i), int(i)});
    }
    m_highlighter->setFormats(m_annotationLayer, formats);
    m_highlighter->setRanges(m_annotationLayer, std::move(ranges));
}

void ReaderView::setSelectedAnnotation(qint64 annotationId, bool reveal)
{
    if (annotationId != m_selectedAnnotation) {
        m_selectedAnnotation = annotationId;
        m_margin->setSelectedAnnotation(annotationId);
        applyAnnotationFormats();
    }
    if (!reveal) {
        return;
    }
    for (const AnnotationMark &mark : m_annotations.marks()) {
        if (mark.annotationId == annotationId) {
            revealSpan(mark.start, mark.end);
            return;
        }
    }
}

qint64 ReaderView::annotationAt(QPoint viewportPos) const
{
    const qsizetype position = characterAt(viewportPos);
    if (position < 0) {
        return 0;
    }
    const QList<int> marks = m_annotations.marksAt(position);
    return marks.isEmpty() ? 0 : m_annotations.marks().at(marks.constLast()).annotationId;
}

QString ReaderView::annotationToolTip(qint64 annotationId) const
{
    for (const AnnotationMark &mark : m_annotations.marks()) {
        if (mark.annotationId != annotationId) {
            continue;
        }
        QString tip = tr("Annotation: <b>%1</b>").arg((mark.code.isEmpty() ? tr("(no code)") : mark.code).toHtmlEscaped());
        if (!mark.note.isEmpty()) {
            tip += u"<br>"_s + mark.note.toHtmlEscaped().replace(u'\n', u"<br>"_s);
        }
        return tip;
    }
    return {};
}

void ReaderView::addAnnotationActions(QMenu *menu, QPoint viewportPos)
{
    const auto passage = selectedPassage();
    const qint64 annotation = annotationAt(viewportPos);
    if (!passage && annotation == 0) {
        return;
    }
    menu->addSeparator();
    if (passage) {
        const auto [start, end] = *passage;
        QMenu *annotate = menu->addMenu(tr("Annotate as"));
        annotate->setObjectName(u"annotateAsMenu"_s);
        for (qsizetype i = 0; i < m_codes.size(); ++i) {
            const Code &code = m_codes.at(i);
            const QString label = QString(code.depth * 2, u' ') + code.name;
            QAction *action = annotate->addAction(i < 9 ? tr("&%1 %2").arg(i + 1).arg(label) : label);
            action->setData(code.id);
            connect(action, &QAction::triggered, this,
                    [this, start, end, id = code.id] { Q_EMIT annotateRequested(start, end, id); });
        }
        if (!m_codes.isEmpty()) {
            annotate->addSeparator();
        }
        QAction *choose = annotate->addAction(tr("Choose or Create a Code…"));
        choose->setObjectName(u"annotateWithCode"_s);
        connect(choose, &QAction::triggered, this, [this, start, end] { Q_EMIT annotateRequested(start, end, 0); });
    }
    if (annotation != 0) {
        QAction *note = menu->addAction(tr("Edit Note of Annotation"));
        note->setObjectName(u"editAnnotationNote"_s);
        connect(note, &QAction::triggered, this, [this, annotation] { Q_EMIT annotationNoteRequested(annotation); });
        QMenu *recode = menu->addMenu(tr("Change Code of Annotation"));
        recode->setObjectName(u"changeAnnotationCode"_s);
        for (const Code &code : std::as_const(m_codes)) {
            QAction *action = recode->addAction(QString(code.depth * 2, u' ') + code.name);
            action->setData(code.id);
            connect(action, &QAction::triggered, this,
                    [this, annotation, id = code.id] { Q_EMIT annotationCodeChangeRequested(annotation, id); });
        }
        QAction *remove = menu->addAction(tr("Remove Annotation"));
        remove->setObjectName(u"removeAnnotation"_s);
        connect(remove, &QAction::triggered, this, [this, annotation] { Q_EMIT annotationRemovalRequested(annotation); });
    }
}

} // namespace Gloss
