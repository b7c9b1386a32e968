// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "highlightspan.h"
#include "model/annotationlayout.h"
#include "spanhighlighter.h"
#include "store/codebook.h"
#include "store/document.h"

#include <QWidget>

#include <optional>

class QLabel;
class QMenu;
class QPlainTextEdit;
class QShortcut;

namespace Gloss {

class AnnotationMargin;
class EntityLegend;
class FindBar;

// One article as plain text (never rich text or HTML from the article) under a header with its
// title, date and source, its entity mentions highlighted in layers over the text, a legend to
// hide kinds, and a find bar (Ctrl+F).
class ReaderView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)

public:
    explicit ReaderView(QWidget *parent = nullptr);
    ~ReaderView() override;

    void showDocument(const Document &document, const QList<HighlightSpan> &spans = {});
    void clear();
    qint64 documentId() const { return m_documentId; }
    QPlainTextEdit *textView() const { return m_text; }
    QString titleText() const;

    // Re-highlights without reloading the text. Spans outside the text are ignored.
    void setHighlights(const QList<HighlightSpan> &spans);
    // The spans shown, sorted by start (then longest first).
    QList<HighlightSpan> highlights() const { return m_spans; }
    void setKindVisible(EntityKind kind, bool visible);
    bool isKindVisible(EntityKind kind) const;
    // Also bound to QKeySequence::Find inside the reader.
    // Selects [start, end) of the article's text and scrolls it into the middle of the view
    // (a date or an event sentence clicked in the timeline).
    void revealSpan(qsizetype start, qsizetype end);
    void showFindBar();
    void hideFindBar();

    EntityLegend *legend() const { return m_legend; }
    FindBar *findBar() const { return m_findBar; }
    SpanHighlighter *highlighter() const { return m_highlighter; }

    // The document position of the character under a point of the text's viewport, or -1
    // (past the end of a line, between paragraphs, below the text).
    qsizetype characterAt(QPoint viewportPos) const;
    // The index in highlights() of the innermost visible span under that point, or -1.
    qsizetype spanAt(QPoint viewportPos) const;
    // What the tooltip says over that point: canonical name and kind; empty off spans.
    QString toolTipAt(QPoint viewportPos) const;

    // The reader's context menu at a point of the text's viewport: the text edit's own actions,
    // "Annotate" and "Mark as" with a selection, "Reject" and "Rename" on an entity, and the
    // annotation's own actions on one. The caller owns it.
    QMenu *createContextMenu(QPoint viewportPos);

    // The user's annotations of this article, drawn over the text and in the margin.
    void setAnnotations(const QList<AnnotationMark> &marks);
    const AnnotationLayout &annotationLayout() const { return m_annotations; }
    // Emphasises one annotation (0: none) and, with `reveal`, selects its passage.
    void setSelectedAnnotation(qint64 annotationId, bool reveal = false);
    qint64 selectedAnnotation() const { return m_selectedAnnotation; }
    // The innermost annotation at a point of the text's viewport, or 0.
    qint64 annotationAt(QPoint viewportPos) const;
    AnnotationMargin *annotationMargin() const { return m_margin; }
    // The codes offered by the context menu, in code-book order (the first nine by number).
    void setCodes(const QList<Code> &codes);
    // The selected passage without the white space around it; empty when nothing is selected.
    std::optional<std::pair<qsizetype, qsizetype>> selectedPassage() const;

    qsizetype findMatchCount() const { return m_matches.size(); }
    // 0-based, -1 when there is none.
    qsizetype currentFindMatch() const { return m_currentMatch; }

Q_SIGNALS:
    // A left click (not a selection) on a highlighted span.
    void entityActivated(qint64 entityId, const QString &canonical, Gloss::EntityKind kind);
    // Corrections asked for in the context menu; [start, end) is the selection without the
    // white space around it, `text` its words.
    void markRequested(qsizetype start, qsizetype end, Gloss::EntityKind kind, const QString &text);
    void rejectRequested(qint64 entityId, const QString &canonical);
    void renameRequested(qint64 entityId, const QString &currentName);
    // The selection [start, end) is to be annotated with a code; 0 asks which.
    void annotateRequested(qsizetype start, qsizetype end, qint64 codeId);
    // A click on an annotation (its passage or its margin bar).
    void annotationActivated(qint64 annotationId);
    void annotationCodeChangeRequested(qint64 annotationId, qint64 codeId);
    void annotationNoteRequested(qint64 annotationId);
    void annotationRemovalRequested(qint64 annotationId);
    // Whether a passage is selected changed.
    void passageSelectionChanged(bool selected);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyTheme();
    void applyEntityFormats();
    void applyAnnotationFormats();
    void addAnnotationActions(QMenu *menu, QPoint viewportPos);
    QString annotationToolTip(qint64 annotationId) const;
    void updateLegend();
    static QList<HighlightSpan> sortedSpans(const QList<HighlightSpan> &spans);
    QList<SpanHighlighter::Range> entityRanges() const;
    void search(const QString &text);
    void stepMatch(int direction);
    void selectCurrentMatch();
    void setPointing(bool pointing);
    bool handleViewportEvent(QEvent *event);
    struct Hit;
    std::optional<Hit> hitTest(QPoint viewportPos) const;

    QLabel *m_title = nullptr;
    QLabel *m_meta = nullptr;
    EntityLegend *m_legend = nullptr;
    QPlainTextEdit *m_text = nullptr;
    FindBar *m_findBar = nullptr;
    QShortcut *m_escape = nullptr;
    SpanHighlighter *m_highlighter = nullptr;
    int m_entityLayer = 0;
    int m_findLayer = 0;
    int m_annotationLayer = 0;
    AnnotationMargin *m_margin = nullptr;
    AnnotationLayout m_annotations;
    qint64 m_selectedAnnotation = 0;
    qint64 m_pressedAnnotation = 0;
    QList<Code> m_codes;
    qint64 m_documentId = 0;

    QString m_body;
    QList<HighlightSpan> m_spans;
    QList<EntityKind> m_hiddenKinds;

    QList<qsizetype> m_matches;
    qsizetype m_needleLength = 0;
    qsizetype m_currentMatch = -1;

    QPoint m_pressPos;
    qsizetype m_pressedSpan = -1;
    bool m_pointing = false;
};

} // namespace Gloss
