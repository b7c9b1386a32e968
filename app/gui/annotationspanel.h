// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/codebook.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTreeView;

namespace Gloss {

class AnnotationFilterModel;
class AnnotationListModel;
class NoteEditor;

// The annotations of the open article or of the whole corpus: filter by code, text and date,
// sort by any column, jump to one; below, the note of the selected annotation. A second tab
// holds the open article's own note.
class AnnotationsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationsPanel)

public:
    enum class Scope { Article, Corpus };

    explicit AnnotationsPanel(AnnotationListModel *model, QWidget *parent = nullptr);
    ~AnnotationsPanel() override;

    void setCodes(const QList<Code> &codes);
    // The open article (0: none): the scope "This Article" and the article note follow it.
    void setDocument(qint64 documentId, const QString &articleNote);
    void setArticleNote(const QString &markdown);
    void setReadOnly(bool readOnly);
    void setScope(Scope scope);
    Scope scope() const;
    // Shows only this code and the codes below it (0: all).
    void setCodeFilter(qint64 codeId);

    void selectAnnotation(qint64 annotationId);
    qint64 currentAnnotation() const;
    // Puts the keyboard focus in the note of the selected annotation.
    void editNote();
    // After the model was re-read: the selection and a note being typed are kept.
    void refresh();

    QTreeView *view() const { return m_view; }
    NoteEditor *noteEditor() const { return m_note; }
    NoteEditor *articleNoteEditor() const { return m_articleNote; }
    QLineEdit *searchField() const { return m_search; }
    AnnotationFilterModel *filterModel() const { return m_filter; }

Q_SIGNALS:
    void currentAnnotationChanged(qint64 annotationId);
    // Enter or a double click: open the article at the annotation.
    void annotationActivated(qint64 annotationId, qint64 documentId, qsizetype start, qsizetype end);
    void noteEdited(qint64 annotationId, const QString &markdown);
    void articleNoteEdited(qint64 documentId, const QString &markdown);
    void removeRequested(qint64 annotationId);

private:
    void applyCodeFilter();
    void applySince();
    void showCurrentNote();
    QModelIndex sourceIndexOf(qint64 annotationId) const;

    AnnotationListModel *m_model;
    AnnotationFilterModel *m_filter;
    QTabWidget *m_tabs = nullptr;
    QComboBox *m_scope = nullptr;
    QComboBox *m_code = nullptr;
    QComboBox *m_since = nullptr;
    QLineEdit *m_search = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_noteLabel = nullptr;
    NoteEditor *m_note = nullptr;
    NoteEditor *m_articleNote = nullptr;
    QList<Code> m_codes;
    qint64 m_documentId = 0;
    qint64 m_noteFor = 0; // the annotation whose note the editor shows
    bool m_readOnly = false;
};

} // namespace Gloss
