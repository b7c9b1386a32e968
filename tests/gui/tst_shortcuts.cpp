// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard: no two shortcuts of the main window collide, every menu entry has its own
// mnemonic, Help › Keyboard Shortcuts lists them all, and Tab moves through the panels in order.
#include "documentlistpanel.h"
#include "entitiespanel.h"
#include "mainwindow.h"
#include "paths.h"
#include "readerview.h"
#include "shortcutsdialog.h"
#include "settings/translations.h"
#include "testsupport.h"
#include "timelinewidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QShortcut>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

// A key binding and where it is live: the whole window, or a widget (and its children).
struct Binding {
    QKeySequence key;
    QString owner;
    const QWidget *scope = nullptr; // null: the window
};

const QWidget *scopeOf(Qt::ShortcutContext context, const QObject *parent)
{
    if (context == Qt::WindowShortcut || context == Qt::ApplicationShortcut) {
        return nullptr;
    }
    for (const QObject *object = parent; object; object = object->parent()) {
        if (const auto *widget = qobject_cast<const QWidget *>(object)) {
            return widget;
        }
    }
    return nullptr;
}

QString describe(const QObject *object)
{
    if (const auto *action = qobject_cast<const QAction *>(object)) {
        return u"action “%1” (%2)"_s.arg(action->text(), action->objectName());
    }
    return u"shortcut of %1"_s.arg(object->parent() ? object->parent()->objectName() : u"?"_s);
}

// Two bindings of a key clash when both can be live at once: either is window-wide, or one's
// widget contains the other's.
bool overlap(const Binding &a, const Binding &b)
{
    if (!a.scope || !b.scope) {
        return true;
    }
    return a.scope == b.scope || a.scope->isAncestorOf(b.scope) || b.scope->isAncestorOf(a.scope);
}

QList<Binding> bindingsOf(QWidget *window)
{
    QList<Binding> bindings;
    for (const QAction *action : window->findChildren<QAction *>()) {
        const QWidget *scope = nullptr;
        if (action->shortcutContext() == Qt::WidgetShortcut || action->shortcutContext() == Qt::WidgetWithChildrenShortcut) {
            for (const QObject *object : action->associatedObjects()) {
                if (const auto *widget = qobject_cast<const QWidget *>(object); widget && !qobject_cast<const QMenu *>(widget)) {
                    scope = widget;
                }
            }
            if (!scope) {
                scope = scopeOf(action->shortcutContext(), action->parent());
            }
        }
        for (const QKeySequence &key : action->shortcuts()) {
            bindings.append({key, describe(action), scope});
        }
    }
    for (const QShortcut *shortcut : window->findChildren<QShortcut *>()) {
        for (const QKeySequence &key : shortcut->keys()) {
            bindings.append({key, describe(shortcut), scopeOf(shortcut->context(), shortcut->parent())});
        }
    }
    return bindings;
}

QString mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

void checkMnemonics(const QMenu *menu, const QString &path, QStringList &problems)
{
    QHash<QString, QString> taken;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible() || action->text().isEmpty() || !action->isEnabled()) {
            continue;
        }
        // Lists made from data (the colour themes) are walked with the arrow keys.
        if (action->actionGroup() && action->actionGroup()->isExclusive()) {
            continue;
        }
        const QString key = mnemonicOf(action->text());
        const QString where = path + u" › "_s + action->text();
        if (key.isEmpty()) {
            problems << where + u": no mnemonic"_s;
        } else if (taken.contains(key)) {
            problems << where + u": mnemonic also used by "_s + taken.value(key);
        } else {
            taken.insert(key, action->text());
        }
        if (action->menu()) {
            checkMnemonics(action->menu(), where, problems);
        }
    }
}

} // namespace

class TestShortcuts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install({}); // as main() does: English plural forms at least
        QFile::remove(Paths::defaultDatabase());
        QSettings().clear();
    }

    void noTwoBindingsShareAKey()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.show();
        const QList<Binding> bindings = bindingsOf(&window);
        QVERIFY(bindings.size() > 10);
        QStringList clashes;
        for (qsizetype i = 0; i < bindings.size(); ++i) {
            for (qsizetype j = i + 1; j < bindings.size(); ++j) {
                const Binding &a = bindings.at(i);
                const Binding &b = bindings.at(j);
                if (a.key == b.key && a.owner != b.owner && overlap(a, b)) {
                    clashes << u"%1: %2 and %3"_s.arg(a.key.toString(), a.owner, b.owner);
                }
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"\n"_s)));
    }

    // The checker itself: a second window-wide Ctrl+O is reported.
    void aClashIsFound()
    {
        MainWindow window;
        auto *extra = new QAction(u"Another Open"_s, &window);
        extra->setShortcut(QKeySequence::Open);
        window.addAction(extra);
        const QList<Binding> bindings = bindingsOf(&window);
        const auto count = std::count_if(bindings.cbegin(), bindings.cend(),
                                         [](const Binding &b) { return b.key == QKeySequence(QKeySequence::Open); });
        QCOMPARE(count, 2);
        Binding a{QKeySequence::Open, u"a"_s, nullptr};
        Binding b{QKeySequence::Open, u"b"_s, window.reader()};
        Binding c{QKeySequence::Open, u"c"_s, window.timeline()};
        QVERIFY(overlap(a, b));
        QVERIFY(!overlap(b, c));
    }

    // The main actions use the platform's standard keys.
    void standardKeys_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence::StandardKey>("key");
        QTest::newRow("new") << u"newCorpus"_s << QKeySequence::New;
        QTest::newRow("open") << u"openCorpus"_s << QKeySequence::Open;
        QTest::newRow("quit") << u"quit"_s << QKeySequence::Quit;
        QTest::newRow("undo") << u"undo"_s << QKeySequence::Undo;
        QTest::newRow("redo") << u"redo"_s << QKeySequence::Redo;
    }

    void standardKeys()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence::StandardKey, key);
        MainWindow window;
        auto *found = window.findChild<QAction *>(action);
        QVERIFY2(found, qPrintable(action));
        QCOMPARE(found->shortcut(), QKeySequence(key));
    }

    void everyMenuEntryHasItsOwnMnemonic()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        QStringList problems;
        QHash<QString, QString> titles;
        for (const QAction *action : window.menuBar()->actions()) {
            const QString key = mnemonicOf(action->text());
            if (key.isEmpty() || titles.contains(key)) {
                problems << action->text() + u": menu title without a mnemonic of its own"_s;
            }
            titles.insert(key, action->text());
            if (action->menu()) {
                Q_EMIT action->menu()->aboutToShow(); // menus filled when shown (Open Recent)
                checkMnemonics(action->menu(), action->text(), problems);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
    }

    // Help › Keyboard Shortcuts lists every action that has a shortcut.
    void theDialogListsEveryShortcut()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::entries(&window);
        QSet<const QAction *> listed;
        for (const ShortcutsDialog::Entry &entry : entries) {
            QVERIFY(!entry.text.isEmpty());
            QVERIFY(!entry.text.contains(u'&'));
            QVERIFY(!entry.keys.isEmpty());
            listed.insert(entry.action);
        }
        for (const QAction *action : window.findChildren<QAction *>()) {
            if (!action->shortcuts().isEmpty()) {
                QVERIFY2(listed.contains(action), qPrintable(action->text()));
            }
        }
        const auto open = std::find_if(entries.cbegin(), entries.cend(),
                                       [](const ShortcutsDialog::Entry &e) { return e.text == u"Open Corpus"_s; });
        QVERIFY(open != entries.cend());
        QCOMPARE(open->group, u"File"_s);
        const auto lane = std::find_if(entries.cbegin(), entries.cend(),
                                       [](const ShortcutsDialog::Entry &e) { return e.text == u"Show in Timeline"_s; });
        QVERIFY(lane != entries.cend());
        QCOMPARE(lane->keys, QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_T)});

        auto *help = window.findChild<QAction *>(u"keyboardShortcuts"_s);
        QVERIFY(help);
        help->trigger();
        auto *dialog = window.findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->view()->topLevelItemCount() >= 5);
        const QList<QTreeWidgetItem *> openRows = dialog->view()->findItems(u"Open Corpus"_s, Qt::MatchRecursive);
        QCOMPARE(openRows.size(), 1);
        QCOMPARE(openRows.constFirst()->text(1), QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText));
        // The filter narrows the list.
        dialog->filterField()->setText(u"timeline"_s);
        int shown = 0;
        for (int g = 0; g < dialog->view()->topLevelItemCount(); ++g) {
            QTreeWidgetItem *group = dialog->view()->topLevelItem(g);
            for (int i = 0; i < group->childCount(); ++i) {
                shown += group->isHidden() || group->child(i)->isHidden() ? 0 : 1;
            }
        }
        QVERIFY(shown > 0);
        QVERIFY(openRows.constFirst()->isHidden());
        dialog->close();
    }

    // Tab goes search → dates → list → reader → entities → timeline, as the panels are read.
    void tabOrderFollowsThePanels()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QWidget *> expected = {window.documentList()->searchField(), window.documentList()->fromField(),
                                           window.documentList()->toField(), window.documentList()->view(),
                                           window.reader()->textView(), window.entities()->scopeField(),
                                           window.entities()->kindField(), window.entities()->searchField(),
                                           window.entities()->view(), window.timeline()};
        QList<QWidget *> order;
        QWidget *widget = expected.constFirst();
        for (int i = 0; i < 80 && order.size() < expected.size(); ++i) {
            if (expected.contains(widget) && !order.contains(widget)) {
                order << widget;
            }
            widget = widget->nextInFocusChain();
        }
        const auto names = [](const QList<QWidget *> &widgets) {
            QStringList result;
            for (const QWidget *w : widgets) {
                result << QString::fromLatin1(w->metaObject()->className()) + u'/' + w->objectName() + u'/'
                              + w->accessibleName();
            }
            return result;
        };
        QCOMPARE(names(order).join(u"\n"_s), names(expected).join(u"\n"_s));
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
