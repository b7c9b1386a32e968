// SPDX-License-Identifier: GPL-3.0-or-later
// File › New Corpus, Open Recent, corpora dropped on the window, the toolbar and the About dialog.
#include "aboutdialog.h"
#include "icons.h"
#include "importcontroller.h"
#include "mainwindow.h"
#include "model/documentlistmodel.h"
#include "paths.h"
#include "settings/recentdatabases.h"
#include "settings/settings.h"
#include "settings/translations.h"
#include "testsupport.h"
#include "version.h"

#include <QAction>
#include <QLabel>
#include <QDragEnterEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Gloss;

namespace {

// Closes the message box that is about to open (a modal one runs its own event loop).
void closeNextMessageBox()
{
    QTimer::singleShot(0, [] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *box = qobject_cast<QMessageBox *>(widget); box && box->isVisible()) {
                box->close();
            }
        }
    });
}

QStringList recentEntries(QMenu *menu)
{
    Q_EMIT menu->aboutToShow();
    QStringList paths;
    for (QAction *action : menu->actions()) {
        if (!action->data().toString().isEmpty()) {
            paths << action->data().toString();
        }
    }
    return paths;
}

} // namespace

class TestFileMenu final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Translations::install({}); // as main() does: English plural forms at least
        QFile::remove(Paths::defaultDatabase());
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void newCorpusIsEmptyAndRemembered()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        QCOMPARE(window.documentModel()->totalCount(), 5);
        const QString path = m_dir.filePath(u"fresh.gloss"_s);
        Result<void> created = window.createDatabase(path);
        QVERIFY2(created, qPrintable(created.errorString()));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(window.database()->path(), path);
        QCOMPARE(window.documentModel()->totalCount(), 0); // no sample in a corpus of one's own
        QCOMPARE(Settings::lastDatabase().get(), path);
        QCOMPARE(RecentDatabases::paths().value(0), path);
        QVERIFY(window.windowTitle().startsWith(u"fresh"_s));

        // An existing file is never replaced.
        const QString taken = m_dir.filePath(u"taken.gloss"_s);
        QVERIFY(Test::writeFile(taken, "keep me"));
        created = window.createDatabase(taken);
        QVERIFY(!created);
        QVERIFY2(created.errorString().contains(u"taken.gloss"_s), qPrintable(created.errorString()));
        QCOMPARE(Test::readFile(taken), QByteArray("keep me"));
        QCOMPARE(window.database()->path(), path);
    }

    void openRecentListsAndOpensCorpora()
    {
        const QString first = m_dir.filePath(u"first.gloss"_s);
        const QString second = m_dir.filePath(u"second.gloss"_s);
        MainWindow window;
        QVERIFY(window.createDatabase(first));
        QVERIFY(window.createDatabase(second));
        QMenu *recent = window.recentMenu();
        QVERIFY(recent);
        QCOMPARE(recentEntries(recent).mid(0, 2), QStringList({second, first}));
        // The entries are numbered for the keyboard, and name the file.
        const QList<QAction *> actions = recent->actions();
        QVERIFY(actions.constFirst()->text().startsWith(u"&1 second.gloss"_s));

        actions.at(1)->trigger();
        QCOMPARE(window.database()->path(), first);
        QCOMPARE(recentEntries(recent).value(0), first);
    }

    // A corpus deleted since is taken off the list, and the user is told.
    void missingCorporaArePruned()
    {
        const QString kept = m_dir.filePath(u"kept.gloss"_s);
        const QString gone = m_dir.filePath(u"gone.gloss"_s);
        MainWindow window;
        QVERIFY(window.createDatabase(gone));
        QVERIFY(window.createDatabase(kept));
        QVERIFY(QFile::remove(gone));
        QVERIFY(recentEntries(window.recentMenu()).contains(gone) == false);
        QVERIFY2(window.statusBar()->currentMessage().contains(u"gone.gloss"_s),
                 qPrintable(window.statusBar()->currentMessage()));

        // Chosen while it still shows (removed between showing the menu and clicking it):
        RecentDatabases::add(gone);
        closeNextMessageBox();
        window.openDatabaseFile(gone);
        QVERIFY(!RecentDatabases::paths().contains(gone));
        QCOMPARE(window.database()->path(), kept);
    }

    void clearListEmptiesIt()
    {
        MainWindow window;
        QVERIFY(window.createDatabase(m_dir.filePath(u"listed.gloss"_s)));
        QMenu *recent = window.recentMenu();
        QVERIFY(!recentEntries(recent).isEmpty());
        auto *clear = recent->findChild<QAction *>(u"clearRecent"_s);
        QVERIFY(clear);
        QVERIFY(clear->isEnabled());
        clear->trigger();
        QVERIFY(RecentDatabases::paths().isEmpty());
        QVERIFY(recentEntries(recent).isEmpty());
        clear = recent->findChild<QAction *>(u"clearRecent"_s);
        QVERIFY(clear && !clear->isEnabled());
    }

    // Dropping a corpus on the window opens it (other files are imported, see tst_mainwindow).
    void droppedCorpusOpens()
    {
        const QString other = m_dir.filePath(u"dropped.gloss"_s);
        {
            MainWindow maker;
            QVERIFY(maker.createDatabase(other));
        }
        // A Gloss database is recognised by its header whatever its name.
        const QString renamed = m_dir.filePath(u"dropped-copy.db"_s);
        QVERIFY(QFile::copy(other, renamed));

        MainWindow window;
        QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        window.show();
        for (const QString &path : {other, renamed}) {
            auto *mime = new QMimeData;
            mime->setUrls({QUrl::fromLocalFile(path)});
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &enter);
            QVERIFY(enter.isAccepted());
            QDropEvent drop(QPointF(10, 10), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&window, &drop);
            QCOMPARE(window.database()->path(), path);
            QVERIFY(!window.importController()->isRunning());
            delete mime;
            QVERIFY(window.openDatabase(Paths::defaultDatabase(), true));
        }
    }

    void toolbarHasTheMainActionsWithIcons()
    {
        MainWindow window;
        QToolBar *toolbar = window.mainToolBar();
        QVERIFY(toolbar);
        QStringList names;
        for (QAction *action : toolbar->actions()) {
            if (!action->isSeparator()) {
                names << action->objectName();
                QVERIFY2(!action->icon().isNull(), qPrintable(action->objectName()));
                // The tooltip names the shortcut, as the button shows no text.
                if (!action->shortcut().isEmpty()) {
                    QVERIFY(action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)));
                }
            }
        }
        QCOMPARE(names, QStringList({u"newCorpus"_s, u"openCorpus"_s, u"importFiles"_s, u"importFolder"_s, u"undo"_s,
                                     u"redo"_s, u"searchArticles"_s, u"findInArticle"_s, u"fitTimeline"_s}));
        auto *show = window.findChild<QAction *>(u"showToolBar"_s);
        QVERIFY(show && show->isCheckable());
    }

    // Gloss's own drawings stand in for missing theme icons, crisp at 1× and 2×, in the
    // palette's text colour.
    void bundledIconsRenderAtAnyScale()
    {
        const QStringList names = Icons::bundledNames();
        QVERIFY(names.size() >= 15);
        for (const QString &name : names) {
            const QIcon icon = Icons::bundled(name);
            QVERIFY2(!icon.isNull(), qPrintable(name));
            for (const qreal scale : {1.0, 2.0}) {
                const QPixmap pixmap = icon.pixmap(QSize(16, 16), scale);
                QCOMPARE(pixmap.size(), QSize(16, 16) * scale);
                QCOMPARE(pixmap.devicePixelRatio(), scale);
                const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
                int solid = 0;
                QColor ink(Qt::transparent);
                for (int y = 0; y < image.height(); ++y) {
                    for (int x = 0; x < image.width(); ++x) {
                        const QColor pixel = image.pixelColor(x, y);
                        solid += pixel.alpha() >= 192 ? 1 : 0;
                        if (pixel.alpha() > ink.alpha()) {
                            ink = pixel;
                        }
                    }
                }
                // Strokes on whole pixels, not smeared over two: some pixels are (nearly) opaque.
                QVERIFY2(solid > 2, qPrintable(u"%1 at %2×: %3 solid pixels"_s.arg(name).arg(scale).arg(solid)));
                const QColor text = QGuiApplication::palette().color(QPalette::ButtonText);
                QVERIFY2(std::abs(ink.red() - text.red()) <= 3 && std::abs(ink.green() - text.green()) <= 3
                             && std::abs(ink.blue() - text.blue()) <= 3,
                         qPrintable(name + u": "_s + ink.name()));
            }
        }
        QVERIFY(!Icons::application().isNull());
        QVERIFY(!Icons::application().pixmap(QSize(64, 64)).isNull());
        // Undo and redo turn round in a right-to-left layout, other drawings do not.
        const auto leftHalfInk = [](const QIcon &icon) {
            const QImage image = icon.pixmap(QSize(16, 16), 1.0).toImage();
            int left = 0;
            int right = 0;
            for (int y = 0; y < 16; ++y) {
                for (int x = 0; x < 16; ++x) {
                    (x < 8 ? left : right) += qAlpha(image.pixel(x, y));
                }
            }
            return left - right;
        };
        const int undoLtr = leftHalfInk(Icons::bundled(u"edit-undo"_s));
        const int exitLtr = leftHalfInk(Icons::bundled(u"application-exit"_s));
        QGuiApplication::setLayoutDirection(Qt::RightToLeft);
        const int undoRtl = leftHalfInk(Icons::bundled(u"edit-undo"_s));
        QVERIFY2(undoLtr != 0 && (undoLtr > 0) != (undoRtl > 0), qPrintable(u"%1 %2"_s.arg(undoLtr).arg(undoRtl)));
        QCOMPARE(leftHalfInk(Icons::bundled(u"application-exit"_s)), exitLtr);
        QGuiApplication::setLayoutDirection(Qt::LeftToRight);
        // A name the theme lacks falls back to the drawing; an unknown one gives nothing.
        QVERIFY(!Icons::themed({u"gloss-no-such-icon"_s}, u"edit-find"_s).isNull());
        QVERIFY(Icons::themed({u"gloss-no-such-icon"_s}).isNull());
    }

    void aboutListsTheVersions()
    {
        AboutDialog dialog;
        QTreeWidget *components = dialog.components();
        const auto version = [components](const QString &name) {
            const QList<QTreeWidgetItem *> rows = components->findItems(name, Qt::MatchExactly);
            return rows.isEmpty() ? QString() : rows.constFirst()->text(1);
        };
        QCOMPARE(version(u"Gloss"_s), QLatin1StringView(Version));
        QCOMPARE(version(u"Qt"_s), QString::fromLatin1(qVersion()));
        QVERIFY(QRegularExpression(u"^6\\.\\d+\\.\\d+$"_s).match(version(u"KSyntaxHighlighting"_s)).hasMatch());
        QCOMPARE(version(u"SQLite"_s), AboutDialog::sqliteVersion());
        QVERIFY(version(u"SQLite"_s).startsWith(u"3."_s));
        // The gazetteers' licences come from the files themselves.
        QTreeWidget *sources = dialog.dataSources();
        QVERIFY(sources->topLevelItemCount() >= 5);
        for (int i = 0; i < sources->topLevelItemCount(); ++i) {
            QVERIFY2(!sources->topLevelItem(i)->text(1).isEmpty(), qPrintable(sources->topLevelItem(i)->text(0)));
        }
        const QList<QTreeWidgetItem *> locations = sources->findItems(u"locations.tsv"_s, Qt::MatchExactly);
        QCOMPARE(locations.size(), 1);
        QVERIFY(locations.constFirst()->text(1).contains(u"ODbL"_s));
        QVERIFY(locations.constFirst()->text(2).contains(u"iso-codes"_s));
    }

    void aboutOpensFromTheHelpMenu()
    {
        MainWindow window;
        auto *about = window.findChild<QAction *>(u"about"_s);
        QVERIFY(about);
        about->trigger();
        auto *dialog = window.findChild<AboutDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->close();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestFileMenu)
#include "tst_filemenu.moc"
