// SPDX-License-Identifier: GPL-3.0-or-later
// Annotating as a user does it: select text with keys or the mouse, apply a code with a number
// key, the context menu or the code picker, write a note, undo and redo, in the real window.
#include "annotationmargin.h"
#include "annotationspanel.h"
#include "codebookpanel.h"
#include "codepicker.h"
#include "documentlistpanel.h"
#include "edit/annotationeditor.h"
#include "edit/codebookeditor.h"
#include "mainwindow.h"
#include "model/annotationlistmodel.h"
#include "model/codebookmodel.h"
#include "model/documentlistmodel.h"
#include "noteeditor.h"
#include "readerview.h"
#include "settings/settings.h"
#include "store/annotationrepository.h"
#include "testsupport.h"

#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestAnnotating final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        Settings::authorName().set(u"Tester"_s);
    }

    void init()
    {
        m_dir.emplace();
        m_window = std::make_unique<MainWindow>();
        Result<void> opened = m_window->openDatabase(m_dir->filePath(u"corpus.gloss"_s), true);
        QVERIFY2(opened, qPrintable(opened.errorString()));
        QVERIFY(m_window->codeBookEditor()->installDefaultCodeBook());
        m_window->undoStack()->clear(); // the tests count the steps that follow
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->reader()->documentId() != 0);
        m_window->findChild<QDockWidget *>(u"annotationsDock"_s)->show();
        m_window->findChild<QDockWidget *>(u"annotationsDock"_s)->raise();
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void numberKeyAnnotatesTheSelectionAndUndoRedoes()
    {
        QPlainTextEdit *text = m_window->reader()->textView();
        text->setFocus();
        QTest::keyClick(text, Qt::Key_Home, Qt::ControlModifier);
        for (int i = 0; i < 3; ++i) {
            QTest::keyClick(text, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        }
        QVERIFY(text->textCursor().hasSelection());
        const QString selected = text->textCursor().selectedText().trimmed();
        QTest::keyClick(text, Qt::Key_1);

        QList<Annotation> stored = annotations();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().quote, selected);
        QCOMPARE(stored.first().author, u"Tester"_s);
        QCOMPARE(m_window->annotationModel()->index(0, AnnotationListModel::CodeColumn).data().toString(), u"Claim"_s);
        QCOMPARE(m_window->reader()->annotationLayout().marks().size(), 1);
        QCOMPARE(m_window->reader()->selectedAnnotation(), stored.first().id);
        QCOMPARE(m_window->annotations()->currentAnnotation(), stored.first().id);

        // The note: Ctrl+Shift+N goes to the note editor; what is typed is stored a moment later.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        QPlainTextEdit *note = m_window->annotations()->noteEditor()->editor();
        QTRY_VERIFY(note->hasFocus());
        QTest::keyClicks(note, u"Check **who** said it"_s);
        QTRY_COMPARE(annotations().first().note, u"Check **who** said it"_s);
        QCOMPARE(m_window->undoStack()->count(), 2); // typing is one undo step

        // Edit › Undo twice: the note, then the annotation; Redo brings both back.
        m_window->reader()->textView()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(annotations().first().note, QString());
        QTRY_COMPARE(note->toPlainText(), QString());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(annotations().isEmpty());
        QTRY_COMPARE(m_window->annotationModel()->rowCount(), 0);
        QTRY_VERIFY(m_window->reader()->annotationLayout().marks().isEmpty());
        m_window->undoStack()->redo();
        m_window->undoStack()->redo();
        QCOMPARE(annotations().size(), 1);
        QCOMPARE(annotations().first().note, u"Check **who** said it"_s);
        QTRY_COMPARE(m_window->reader()->annotationLayout().marks().size(), 1);
    }

    void mouseSelectionAndTheContextMenu()
    {
        QPlainTextEdit *text = m_window->reader()->textView();
        const QTextBlock block = text->document()->findBlockByNumber(2);
        QVERIFY(block.isValid() && block.length() > 20);
        QTextCursor from(block);
        QTextCursor to(block);
        to.setPosition(block.position() + 12);
        const QPoint start = text->cursorRect(from).center();
        const QPoint end = text->cursorRect(to).center();
        QTest::mousePress(text->viewport(), Qt::LeftButton, {}, start);
        QTest::mouseMove(text->viewport(), end);
        QTest::mouseRelease(text->viewport(), Qt::LeftButton, {}, end);
        QVERIFY(text->textCursor().hasSelection());

        std::unique_ptr<QMenu> menu(m_window->reader()->createContextMenu(end));
        auto *annotateAs = menu->findChild<QMenu *>(u"annotateAsMenu"_s);
        QVERIFY(annotateAs);
        QAction *quote = nullptr;
        for (QAction *action : annotateAs->actions()) {
            if (action->text().contains(u"Quote"_s)) {
                quote = action;
            }
        }
        QVERIFY(quote);
        quote->trigger();
        QCOMPARE(annotations().size(), 1);
        QCOMPARE(annotations().first().start, qsizetype(block.position()));
        QCOMPARE(m_window->annotationModel()->index(0, AnnotationListModel::CodeColumn).data().toString(), u"Quote"_s);

        // On the annotation the menu offers its own actions; Remove takes it away, undoably.
        text->setTextCursor(QTextCursor(text->document()));
        const QPoint on = text->cursorRect(QTextCursor(block)).center() + QPoint(8, 0);
        std::unique_ptr<QMenu> second(m_window->reader()->createContextMenu(on));
        QAction *remove = second->findChild<QAction *>(u"removeAnnotation"_s);
        QVERIFY(remove);
        remove->trigger();
        QVERIFY(annotations().isEmpty());
        m_window->undoStack()->undo();
        QCOMPARE(annotations().size(), 1);
    }

    void pickerCreatesACodeByName()
    {
        select(0, 8);
        QTimer::singleShot(0, this, [] {
            auto *picker = qobject_cast<CodePicker *>(QApplication::activePopupWidget());
            if (!picker) {
                for (QWidget *widget : QApplication::topLevelWidgets()) {
                    picker = picker ? picker : qobject_cast<CodePicker *>(widget);
                }
            }
            QVERIFY(picker);
            QTest::keyClicks(picker->searchField(), u"Denial"_s);
            QCOMPARE(picker->list()->count(), 1);
            QVERIFY(picker->list()->item(0)->text().contains(u"Create code"_s));
            QTest::keyClick(picker->searchField(), Qt::Key_Return);
        });
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(annotations().size(), 1);
        QCOMPARE(m_window->codeBookEditor()->codeBook().fullPath(annotations().first().codeId), u"Denial"_s);
        // Undo takes back the annotation, then the new code.
        m_window->undoStack()->undo();
        m_window->undoStack()->undo();
        QVERIFY(annotations().isEmpty());
        QVERIFY(!m_window->codeBookEditor()->codeBook().findByName(u"Denial"_s));
    }

    void pickerFindsACodeByTyping()
    {
        select(0, 8);
        QTimer::singleShot(0, this, [] {
            CodePicker *picker = nullptr;
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                picker = picker ? picker : qobject_cast<CodePicker *>(widget);
            }
            QVERIFY(picker);
            QTest::keyClicks(picker->searchField(), u"quest"_s);
            QVERIFY(picker->list()->currentItem()->text().endsWith(u"Question"_s));
            QTest::keyClick(picker->searchField(), Qt::Key_Return);
        });
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(annotations().size(), 1);
        QCOMPARE(m_window->codeBookEditor()->codeBook().fullPath(annotations().first().codeId), u"Question"_s);
    }

    void overlappingAnnotationsStayApart()
    {
        select(0, 30);
        QTest::keyClick(m_window->reader()->textView(), Qt::Key_1);
        select(10, 50);
        QTest::keyClick(m_window->reader()->textView(), Qt::Key_2);
        QCOMPARE(annotations().size(), 2);
        const AnnotationLayout &layout = m_window->reader()->annotationLayout();
        QCOMPARE(layout.marks().size(), 2);
        QCOMPARE(layout.columnCount(), 2); // two bars side by side in the margin
        QCOMPARE(layout.segments().size(), 3);
        QCOMPARE(layout.segments().at(1).marks.size(), 2);
        // Each annotation's bar is in view and clicking it selects that annotation.
        AnnotationMargin *margin = m_window->reader()->annotationMargin();
        const QRect first = margin->barRect(0);
        const QRect second = margin->barRect(1);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QVERIFY(first.left() != second.left());
        QTest::mouseClick(margin, Qt::LeftButton, {}, first.center());
        QCOMPARE(m_window->annotations()->currentAnnotation(), layout.marks().at(0).annotationId);
        QTest::mouseClick(margin, Qt::LeftButton, {}, second.center());
        QCOMPARE(m_window->annotations()->currentAnnotation(), layout.marks().at(1).annotationId);
        QCOMPARE(m_window->reader()->selectedAnnotation(), layout.marks().at(1).annotationId);
    }

    void clickingAnnotatedTextSelectsTheAnnotation()
    {
        select(40, 60);
        QTest::keyClick(m_window->reader()->textView(), Qt::Key_3);
        const qint64 id = annotations().first().id;
        m_window->annotations()->selectAnnotation(0);
        QPlainTextEdit *text = m_window->reader()->textView();
        QTextCursor inside(text->document());
        inside.setPosition(45);
        text->setTextCursor(QTextCursor(text->document()));
        const QPoint pos = text->cursorRect(inside).center() + QPoint(2, 0);
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, pos);
        QCOMPARE(m_window->reader()->selectedAnnotation(), id);
        QCOMPARE(m_window->annotations()->currentAnnotation(), id);
    }

    void articleNoteIsKeptPerArticle()
    {
        NoteEditor *note = m_window->annotations()->articleNoteEditor();
        QTest::keyClicks(note->editor(), u"# Summary"_s);
        note->flush();
        const qint64 article = m_window->reader()->documentId();
        QCOMPARE(AnnotationRepository(*m_window->database()).note(article)->note, u"# Summary"_s);
        m_window->documentList()->view()->setCurrentIndex(m_window->documentModel()->index(1, 0));
        QVERIFY(m_window->reader()->documentId() != article);
        QCOMPARE(note->note(), QString());
        m_window->showDocument(article);
        QCOMPARE(note->note(), u"# Summary"_s);
        // Rendered as Markdown, a heading, never as raw HTML.
        note->showPreview(true);
        QCOMPARE(note->preview()->document()->toPlainText(), u"Summary"_s);
    }

    void panelJumpsToAnAnnotationOfAnotherArticle()
    {
        select(5, 25);
        QTest::keyClick(m_window->reader()->textView(), Qt::Key_1);
        const qint64 article = m_window->reader()->documentId();
        const qint64 id = annotations().first().id;
        m_window->documentList()->view()->setCurrentIndex(m_window->documentModel()->index(1, 0));
        QVERIFY(m_window->reader()->documentId() != article);
        m_window->annotations()->setScope(AnnotationsPanel::Scope::Corpus);
        QTRY_COMPARE(m_window->annotations()->view()->model()->rowCount(), 1);
        QTreeView *view = m_window->annotations()->view();
        view->setCurrentIndex(view->model()->index(0, 0));
        Q_EMIT view->activated(view->currentIndex());
        QCOMPARE(m_window->reader()->documentId(), article);
        QCOMPARE(m_window->reader()->selectedAnnotation(), id);
        QCOMPARE(m_window->reader()->textView()->textCursor().selectionStart(), 5);
    }

    void codeBookShowsCountsAndOpensACodesAnnotations()
    {
        select(0, 12);
        QTest::keyClick(m_window->reader()->textView(), Qt::Key_2); // Quote
        CodeBookPanel *book = m_window->codeBook();
        QVERIFY(book);
        QVERIFY(m_window->findChild<QDockWidget *>(u"codeBookDock"_s)->isVisible());
        QAbstractItemModel *codes = book->view()->model();
        QTRY_COMPARE(codes->index(1, CodeBookModel::AnnotationsColumn).data().toString(), u"1"_s);
        // Opening a code lists its annotations across the corpus.
        m_window->annotations()->setScope(AnnotationsPanel::Scope::Article);
        book->setCurrentCode(codes->index(0, 0).data(CodeBookModel::CodeIdRole).toLongLong()); // Claim: none
        Q_EMIT book->codeActivated(book->currentCode());
        QCOMPARE(m_window->annotations()->scope(), AnnotationsPanel::Scope::Corpus);
        QCOMPARE(m_window->annotations()->view()->model()->rowCount(), 0);
        Q_EMIT book->codeActivated(codes->index(1, 0).data(CodeBookModel::CodeIdRole).toLongLong());
        QCOMPARE(m_window->annotations()->view()->model()->rowCount(), 1);
        // Renaming the code in the book renames it in the list and the reader at once.
        QVERIFY(m_window->codeBookEditor()->renameCode(codes->index(1, 0).data(CodeBookModel::CodeIdRole).toLongLong(),
                                                       u"Direct quote"_s));
        QTRY_COMPARE(m_window->annotationModel()->index(0, AnnotationListModel::CodeColumn).data().toString(),
                     u"Direct quote"_s);
        QCOMPARE(m_window->reader()->annotationLayout().marks().first().code, u"Direct quote"_s);
        m_window->undoStack()->undo();
        QTRY_COMPARE(m_window->annotationModel()->index(0, AnnotationListModel::CodeColumn).data().toString(), u"Quote"_s);
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("GLOSS_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            QSKIP("GLOSS_SCREENSHOT_DIR is not set");
        }
        m_window->resize(1280, 800);
        QPlainTextEdit *text = m_window->reader()->textView();
        const QString body = text->toPlainText();
        const auto annotateWords = [&](const QString &words, int key, const QString &note) {
            const qsizetype at = body.indexOf(words);
            QVERIFY2(at >= 0, qPrintable(words));
            select(int(at), int(at + words.size()));
            QTest::keyClick(text, Qt::Key(Qt::Key_0 + key));
            if (!note.isEmpty()) {
                QVERIFY(m_window->annotationEditor()->setNote(m_window->reader()->selectedAnnotation(), note));
            }
        };
        const QString sentence = body.section(u'.', 1, 1).trimmed();
        annotateWords(sentence, 1, u"Check **who** said it — the *White House* readout?"_s);
        annotateWords(sentence.section(u' ', 2, 6), 2, u"Exact words"_s);
        annotateWords(body.section(u'.', 3, 3).trimmed(), 4, {});
        QTRY_COMPARE(m_window->reader()->annotationLayout().marks().size(), 3);
        m_window->annotations()->selectAnnotation(annotations().first().id);
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(dir + u"/annotating.png"_s));
        m_window->annotations()->noteEditor()->showPreview(true);
        QCoreApplication::processEvents();
        QVERIFY(m_window->grab().save(dir + u"/annotating-preview.png"_s));
        qInfo("saved %s/annotating.png", qPrintable(dir));
    }

private:
    QList<Annotation> annotations() const
    {
        return AnnotationRepository(*m_window->database()).list().value();
    }

    void select(int start, int end)
    {
        QPlainTextEdit *text = m_window->reader()->textView();
        QTextCursor cursor(text->document());
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        text->setTextCursor(cursor);
        text->setFocus();
    }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestAnnotating)
#include "tst_annotating.moc"
