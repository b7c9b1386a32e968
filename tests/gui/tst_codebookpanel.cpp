// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookfixture.h"
#include "codebookpanel.h"
#include "edit/codebookeditor.h"
#include "model/codebookmodel.h"
#include "removecodedialog.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Gloss;

class TestCodeBookPanel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir.emplace();
        m_db = Test::openDatabase(m_dir->filePath(u"corpus.gloss"_s));
        QVERIFY(m_db);
        m_f = Test::makeCodeBookFixture(*m_db);
        m_stack.emplace();
        m_editor.emplace(*m_db, &*m_stack);
        m_model.emplace(&*m_editor);
        m_panel.emplace(&*m_model, &*m_editor);
        m_panel->resize(320, 380);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(&*m_panel));
        m_panel->view()->setFocus();
        m_answered = false;
    }

    void cleanup()
    {
        m_panel.reset();
        m_model.reset();
        m_editor.reset();
        m_stack.reset();
        m_db.reset();
        m_dir.reset();
    }

    void looksRight()
    {
        m_panel->setCurrentCode(m_f.people);
        QCOMPARE(m_panel->view()->model()->rowCount(), 3);
        QVERIFY(m_panel->view()->isExpanded(m_model->indexOf(m_f.actors)));
        const QLabel *summary = m_panel->findChild<QLabel *>(u"codeBookSummary"_s);
        QVERIFY(summary);
        QCOMPARE(summary->text(), u"5 code(s) · 6 annotation(s), 1 without a code"_s);
        QVERIFY(!m_panel->findChild<QPushButton *>(u"installDefaultButton"_s)->isVisible());
        // Every action is in the context menu.
        QCOMPARE(m_panel->contextMenu()->actions().size() - 4, 13); // 4 separators
        grab(u"codebookpanel.png"_s);
    }

    // Insert makes a code and opens its name for typing; Return keeps the typed name.
    void createsAndRenamesInPlace()
    {
        QSignalSpy current(&*m_panel, &CodeBookPanel::currentCodeChanged);
        QTest::keyClick(m_panel->view(), Qt::Key_Insert);
        QCOMPARE(m_stack->count(), 1);
        QCOMPARE(m_stack->undoText(), u"New Code “New Code”"_s);
        const qint64 created = m_panel->currentCode();
        QCOMPARE(m_editor->codeBook().find(created)->name, u"New Code"_s);
        QCOMPARE(current.count(), 1);
        QCOMPARE(current.at(0).at(0).toLongLong(), created);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        QCOMPARE(editor->text(), u"New Code"_s);
        grab(u"codebookpanel-new.png"_s);
        editor->selectAll();
        QTest::keyClicks(editor, u"Quotes"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits in a queued call.
        QTRY_COMPARE(m_editor->codeBook().find(created)->name, u"Quotes"_s);
        QCOMPARE(m_stack->count(), 2);
        QCOMPARE(m_panel->currentCode(), created);
        // The colour is one no other code has.
        QCOMPARE(m_editor->codeBook().find(created)->colour, u"#4e79a7"_s);

        // A second new code gets a name of its own.
        QTest::keyClick(m_panel->view(), Qt::Key_Escape);
        m_panel->newCode();
        QVERIFY(QApplication::focusWidget());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(m_editor->codeBook().find(m_panel->currentCode())->name, u"New Code"_s);

        m_stack->undo();
        m_stack->undo();
        QCOMPARE(m_editor->codeBook().find(created)->name, u"New Code"_s);
        m_stack->undo();
        QVERIFY(!m_editor->codeBook().find(created));
    }

    void newChildCodeGoesBelowTheCurrentOne()
    {
        m_panel->setCurrentCode(m_f.places);
        m_panel->action(CodeBookPanel::Action::NewChildCode)->trigger();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(m_editor->codeBook().fullPath(m_panel->currentCode()), u"Places/New Code"_s);
        QVERIFY(m_panel->view()->isExpanded(m_model->indexOf(m_f.places)));
    }

    void renamesWithF2AndTheEditMenuSaysSo()
    {
        m_panel->setCurrentCode(m_f.states);
        QTest::keyClick(m_panel->view(), Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        // Del while typing edits the name; it does not delete the code.
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);
        QCOMPARE(editor->text(), QString());
        QVERIFY(m_editor->codeBook().find(m_f.states));
        QTest::keyClicks(editor, u"Countries"_s);
        QTest::keyClick(editor, Qt::Key_Enter);
        QTRY_COMPARE(m_editor->codeBook().fullPath(m_f.states), u"Actors/Countries"_s);
        QCOMPARE(m_stack->createUndoAction(this)->text(), u"Undo Rename Code “States”"_s);
        m_stack->undo();
        QCOMPARE(m_model->indexOf(m_f.states).data().toString(), u"States"_s);
        QCOMPARE(m_stack->createRedoAction(this)->text(), u"Redo Rename Code “States”"_s);
    }

    void refusedRenameSaysWhy()
    {
        m_panel->setCurrentCode(m_f.states);
        QTest::keyClick(m_panel->view(), Qt::Key_F2);
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, u"People"_s);
        QTest::keyClick(editor, Qt::Key_Return);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_panel->findChild<QMessageBox *>(u"codeBookError"_s)) != nullptr);
        QVERIFY2(box->text().contains(u"already a code 'People' under 'Actors'"_s), qPrintable(box->text()));
        box->close();
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(m_editor->codeBook().find(m_f.states)->name, u"States"_s);
    }

    // Del on a code nobody used deletes it at once; undo brings it back.
    void deletesAnUnusedCodeAtOnce()
    {
        m_panel->setCurrentCode(m_f.dates);
        QTest::keyClick(m_panel->view(), Qt::Key_Delete);
        QVERIFY(!m_editor->codeBook().find(m_f.dates));
        QCOMPARE(m_panel->currentCode(), m_f.places); // the one before it
        m_stack->undo();
        QCOMPARE(m_editor->codeBook().fullPath(m_f.dates), u"Dates"_s);
    }

    // Del on a code whose children have annotations asks what happens to them.
    void deletingACodeInUseAsks_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<QString>("codes");
        QTest::newRow("delete them") << int(CodeBook::RemovedAnnotations::Delete) << u"gone gone gone gone Places -"_s;
        QTest::newRow("keep them uncoded") << int(CodeBook::RemovedAnnotations::KeepUncoded) << u"- - - - Places -"_s;
        QTest::newRow("move them") << int(CodeBook::RemovedAnnotations::MoveTo) << u"Dates Dates Dates Dates Places -"_s;
    }

    void deletingACodeInUseAsks()
    {
        QFETCH(int, choice);
        QFETCH(QString, codes);
        const QStringList before = Test::storedState(*m_db);
        QString question;
        QStringList targets;
        answerDialog([&](QWidget *modal) {
            auto *dialog = qobject_cast<RemoveCodeDialog *>(modal);
            QVERIFY(dialog);
            question = dialog->findChild<QLabel *>(u"question"_s)->text();
            for (int k = 0; k < dialog->targetField()->count(); ++k) {
                targets << dialog->targetField()->itemText(k);
            }
            QVERIFY(!dialog->targetField()->isEnabled());
            QTest::mouseClick(dialog->button(CodeBook::RemovedAnnotations(choice)), Qt::LeftButton, {},
                              QPoint(8, dialog->button(CodeBook::RemovedAnnotations(choice))->height() / 2));
            QCOMPARE(int(dialog->choice()), choice);
            if (CodeBook::RemovedAnnotations(choice) == CodeBook::RemovedAnnotations::MoveTo) {
                QVERIFY(dialog->targetField()->isEnabled());
                dialog->targetField()->setCurrentIndex(dialog->targetField()->findText(u"Dates"_s));
            }
            grab(dialog, u"removecodedialog.png"_s);
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"deleteButton"_s), Qt::LeftButton);
        });
        m_panel->setCurrentCode(m_f.actors);
        QTest::keyClick(m_panel->view(), Qt::Key_Delete);
        QVERIFY(m_answered);
        QCOMPARE(question, u"“Actors” and the 2 code(s) below it have 4 annotation(s). What should happen to them?"_s);
        QCOMPARE(targets, (QStringList{u"Places"_s, u"Dates"_s}));
        QVERIFY(!m_editor->codeBook().find(m_f.actors));
        QCOMPARE(annotationCodes(), codes);
        QCOMPARE(m_panel->currentCode(), m_f.places);
        m_stack->undo();
        QCOMPARE(Test::storedState(*m_db), before);
        QCOMPARE(m_model->indexOf(m_f.actors).data(CodeBookModel::TotalAnnotationCountRole).toLongLong(), 4);
    }

    void cancellingTheDeleteQuestionChangesNothing()
    {
        const QStringList before = Test::storedState(*m_db);
        answerDialog([&](QWidget *modal) {
            auto *dialog = qobject_cast<RemoveCodeDialog *>(modal);
            QVERIFY(dialog);
            QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        });
        m_panel->setCurrentCode(m_f.places);
        m_panel->action(CodeBookPanel::Action::Delete)->trigger();
        QVERIFY(m_answered);
        QCOMPARE(Test::storedState(*m_db), before);
        QCOMPARE(m_stack->count(), 0);
    }

    void movesWithTheKeyboard_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("key");
        QTest::addColumn<QStringList>("paths");
        QTest::newRow("Alt+Up") << u"Dates"_s << int(Qt::Key_Up)
                                << QStringList{u"Actors"_s, u"Actors/States"_s, u"Actors/People"_s, u"Dates"_s, u"Places"_s};
        QTest::newRow("Alt+Down") << u"States"_s << int(Qt::Key_Down)
                                  << QStringList{u"Actors"_s, u"Actors/People"_s, u"Actors/States"_s, u"Places"_s, u"Dates"_s};
        QTest::newRow("Alt+Right (indent)") << u"Dates"_s << int(Qt::Key_Right)
                                            << QStringList{u"Actors"_s, u"Actors/States"_s, u"Actors/People"_s, u"Places"_s,
                                                           u"Places/Dates"_s};
        QTest::newRow("Alt+Left (outdent)") << u"States"_s << int(Qt::Key_Left)
                                            << QStringList{u"Actors"_s, u"Actors/People"_s, u"States"_s, u"Places"_s,
                                                           u"Dates"_s};
    }

    void movesWithTheKeyboard()
    {
        QFETCH(QString, code);
        QFETCH(int, key);
        QFETCH(QStringList, paths);
        const QStringList before = this->paths();
        const qint64 id = m_editor->codeBook().findByName(code)->id;
        m_panel->setCurrentCode(id);
        QTest::keyClick(m_panel->view(), Qt::Key(key), Qt::AltModifier);
        QCOMPARE(this->paths(), paths);
        QCOMPARE(m_panel->currentCode(), id);
        QCOMPARE(m_stack->count(), 1);
        m_stack->undo();
        QCOMPARE(this->paths(), before);
        QCOMPARE(m_panel->currentCode(), id);
    }

    void movingIsOfferedWhereItCanGo()
    {
        m_panel->setCurrentCode(m_f.actors);
        QVERIFY(!m_panel->action(CodeBookPanel::Action::MoveUp)->isEnabled());
        QVERIFY(m_panel->action(CodeBookPanel::Action::MoveDown)->isEnabled());
        QVERIFY(!m_panel->action(CodeBookPanel::Action::Indent)->isEnabled());
        QVERIFY(!m_panel->action(CodeBookPanel::Action::Outdent)->isEnabled());
        m_panel->setCurrentCode(m_f.people);
        QVERIFY(m_panel->action(CodeBookPanel::Action::MoveUp)->isEnabled());
        QVERIFY(!m_panel->action(CodeBookPanel::Action::MoveDown)->isEnabled());
        QVERIFY(m_panel->action(CodeBookPanel::Action::Outdent)->isEnabled());
    }

    void mergesIntoAChosenCode()
    {
        QStringList offered;
        answerDialog([&](QWidget *modal) {
            auto *dialog = qobject_cast<QInputDialog *>(modal);
            QVERIFY(dialog);
            offered = dialog->comboBoxItems();
            dialog->setTextValue(u"Places"_s);
            dialog->accept();
        });
        m_panel->setCurrentCode(m_f.actors);
        m_panel->action(CodeBookPanel::Action::MergeInto)->trigger();
        QVERIFY(m_answered);
        QCOMPARE(offered, (QStringList{u"Places"_s, u"Dates"_s}));
        QCOMPARE(paths(), (QStringList{u"Places"_s, u"Places/States"_s, u"Places/People"_s, u"Dates"_s}));
        QCOMPARE(m_panel->currentCode(), m_f.places);
        QCOMPARE(m_model->indexOf(m_f.places).data(CodeBookModel::AnnotationCountRole).toLongLong(), 3);
        m_stack->undo();
        QCOMPARE(m_model->indexOf(m_f.actors).data(CodeBookModel::AnnotationCountRole).toLongLong(), 2);
    }

    void describesAndRecolours()
    {
        answerDialog([&](QWidget *modal) {
            auto *dialog = qobject_cast<QInputDialog *>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->textValue(), u"Who acts"_s);
            dialog->setTextValue(u"Who acts, and on whose behalf"_s);
            dialog->accept();
        });
        m_panel->setCurrentCode(m_f.actors);
        m_panel->action(CodeBookPanel::Action::Description)->trigger();
        QVERIFY(m_answered);
        QCOMPARE(m_editor->codeBook().find(m_f.actors)->description, u"Who acts, and on whose behalf"_s);

        m_answered = false;
        answerDialog([&](QWidget *modal) {
            auto *dialog = qobject_cast<QColorDialog *>(modal);
            QVERIFY(dialog);
            QCOMPARE(dialog->currentColor(), QColor(0xaa, 0, 0));
            dialog->setCurrentColor(QColor(0x12, 0x34, 0x56));
            dialog->accept();
        });
        m_panel->action(CodeBookPanel::Action::Colour)->trigger();
        QVERIFY(m_answered);
        QCOMPARE(m_editor->codeBook().find(m_f.actors)->colour, u"#123456"_s);
        QCOMPARE(m_model->indexOf(m_f.actors).data(Qt::DecorationRole).value<QColor>(), QColor(0x12, 0x34, 0x56));
        QCOMPARE(m_stack->undoText(), u"Change Colour of “Actors”"_s);
    }

    void loadingACodeBookAsksFirst_data()
    {
        QTest::addColumn<bool>("replace");
        QTest::newRow("replace") << true;
        QTest::newRow("cancel") << false;
    }

    void loadingACodeBookAsksFirst()
    {
        QFETCH(bool, replace);
        const QString path = m_dir->filePath(u"book.json"_s);
        QVERIFY(Test::writeFile(path, "{\"codes\": [{\"name\": \"Places\"}, {\"name\": \"Sources\"}]}"));
        QString question;
        answerDialog([&](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            question = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (button->text() == (replace ? u"Replace"_s : u"Cancel"_s)) {
                    QTest::mouseClick(button, Qt::LeftButton);
                    return;
                }
            }
            QFAIL("no such button");
        });
        m_panel->loadCodeBook(path);
        QVERIFY(m_answered);
        QCOMPARE(question, u"Replace the 5 code(s) of this corpus with those of “book.json”?"_s);
        const QStringList expected = replace ? QStringList{u"Places"_s, u"Sources"_s}
                                             : QStringList{u"Actors"_s, u"Actors/States"_s, u"Actors/People"_s, u"Places"_s,
                                                           u"Dates"_s};
        QCOMPARE(paths(), expected);
        QCOMPARE(m_stack->count(), replace ? 1 : 0);
    }

    void offersTheDefaultBookWhenEmpty()
    {
        for (qint64 id : {m_f.actors, m_f.places, m_f.dates}) {
            QVERIFY(m_editor->removeCode(id, CodeBook::RemovedAnnotations::KeepUncoded));
        }
        auto *install = m_panel->findChild<QPushButton *>(u"installDefaultButton"_s);
        QVERIFY(install->isVisible());
        QVERIFY(m_panel->action(CodeBookPanel::Action::InstallDefault)->isEnabled());
        grab(u"codebookpanel-empty.png"_s);
        QTest::mouseClick(install, Qt::LeftButton);
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(m_model->index(0, 0).data().toString(), u"Claim"_s);
        QVERIFY(!install->isVisible());
        QVERIFY(!m_panel->action(CodeBookPanel::Action::InstallDefault)->isEnabled());
        m_stack->undo();
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(install->isVisible());
    }

    void activatingACodeAsksForItsAnnotations()
    {
        QSignalSpy activated(&*m_panel, &CodeBookPanel::codeActivated);
        m_panel->setCurrentCode(m_f.places);
        QTest::keyClick(m_panel->view(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toLongLong(), m_f.places);
        const QRect people = m_panel->view()->visualRect(m_model->indexOf(m_f.people));
        // A user's double-click: a click, then the double-click event.
        QTest::mouseClick(m_panel->view()->viewport(), Qt::LeftButton, {}, people.center());
        QTest::mouseDClick(m_panel->view()->viewport(), Qt::LeftButton, {}, people.center());
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.at(1).at(0).toLongLong(), m_f.people);
        // The double-click did not also open the name for editing.
        QTest::qWait(QApplication::doubleClickInterval() + 50);
        QVERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QCOMPARE(m_stack->count(), 0);
    }

    // A rename or a change elsewhere keeps the current code; so does a reset of the tree.
    void keepsTheCurrentCodeAcrossReloads()
    {
        m_panel->setCurrentCode(m_f.people);
        m_panel->view()->collapse(m_model->indexOf(m_f.actors));
        QSignalSpy current(&*m_panel, &CodeBookPanel::currentCodeChanged);
        QVERIFY(m_editor->createCode(u"Quotes"_s, u"#101010"_s));
        QVERIFY(m_editor->renameCode(m_f.places, u"Locations"_s));
        QCOMPARE(m_panel->currentCode(), m_f.people);
        QVERIFY(!m_panel->view()->isExpanded(m_model->indexOf(m_f.actors)));
        QCOMPARE(current.count(), 0);
    }

    void readOnlyCorporaCannotBeChanged()
    {
        m_panel->setReadOnly(true);
        m_panel->setCurrentCode(m_f.states);
        for (CodeBookPanel::Action action : {CodeBookPanel::Action::NewCode, CodeBookPanel::Action::Rename,
                                             CodeBookPanel::Action::Delete, CodeBookPanel::Action::MoveUp,
                                             CodeBookPanel::Action::LoadCodeBook, CodeBookPanel::Action::MergeInto}) {
            QVERIFY(!m_panel->action(action)->isEnabled());
        }
        QTest::keyClick(m_panel->view(), Qt::Key_Insert);
        QTest::keyClick(m_panel->view(), Qt::Key_F2);
        QVERIFY(!qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QTest::keyClick(m_panel->view(), Qt::Key_Delete);
        QCOMPARE(m_stack->count(), 0);
        QCOMPARE(m_model->codeCount(), 5);
        m_panel->setReadOnly(false);
        QVERIFY(m_panel->action(CodeBookPanel::Action::Rename)->isEnabled());
    }

private:
    // Runs `answer` on the next modal dialog once it is open (a dialog's exec() blocks the test).
    void answerDialog(std::function<void(QWidget *)> answer)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        auto waited = std::make_shared<int>(0);
        connect(timer, &QTimer::timeout, this, [this, timer, waited, answer = std::move(answer)] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal && ++*waited < 500) {
                return;
            }
            timer->stop();
            timer->deleteLater();
            m_answered = modal != nullptr;
            if (modal) {
                answer(modal);
            }
        });
        timer->start();
    }

    void grab(const QString &name) { grab(&*m_panel, name); }

    static void grab(QWidget *widget, const QString &name)
    {
        const QString dir = Test::binaryDir().isEmpty() ? QDir::tempPath() : Test::binaryDir() + u"/screenshots"_s;
        QDir().mkpath(dir);
        QVERIFY(widget->grab().save(dir + u'/' + name));
    }

    QStringList paths() const
    {
        QStringList paths;
        const QList<Code> codes = m_editor->codeBook().list().value();
        for (const Code &code : codes) {
            paths << m_editor->codeBook().fullPath(code.id);
        }
        return paths;
    }

    QString annotationCodes() const
    {
        QStringList names;
        AnnotationRepository repository(*m_db);
        for (qint64 id : m_f.annotations) {
            const std::optional<Annotation> annotation = repository.find(id);
            names << (!annotation ? u"gone"_s
                                  : annotation->codeId == 0 ? u"-"_s : m_editor->codeBook().find(annotation->codeId)->name);
        }
        return names.join(u' ');
    }

    std::optional<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Test::CodeBookFixture m_f;
    std::optional<QUndoStack> m_stack;
    std::optional<CodeBookEditor> m_editor;
    std::optional<CodeBookModel> m_model;
    std::optional<CodeBookPanel> m_panel;
    bool m_answered = false;
};

QTEST_MAIN(TestCodeBookPanel)
#include "tst_codebookpanel.moc"
