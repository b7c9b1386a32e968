// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "annotationspanel.h"
#include "codebookpanel.h"
#include "codepicker.h"
#include "aboutdialog.h"
#include "documentlistpanel.h"
#include "edit/annotationeditor.h"
#include "edit/codebookeditor.h"
#include "model/annotationlistmodel.h"
#include "model/codebookmodel.h"
#include "noteeditor.h"
#include "entitiespanel.h"
#include "exportdialog.h"
#include "icons.h"
#include "settings/recentdatabases.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "store/annotationrepository.h"
#include "store/changewatcher.h"
#include "store/databaseheader.h"
#include "themechoice.h"
#include "themepalette.h"
#include "highlightspan.h"
#include "nlp/recognitionrun.h"
#include "store/entityrepository.h"
#include "importcontroller.h"
#include "import/importer.h"
#include "import/samplecorpus.h"
#include "model/documentlistmodel.h"
#include "paths.h"
#include "readerview.h"
#include "settings/settings.h"
#include "store/database.h"
#include "store/documentrepository.h"
#include "themeprovider.h"
#include "timelinewidget.h"
#include "markentitycommand.h"
#include "rejectentitycommand.h"
#include "renameentitycommand.h"
#include "store/timelinerepository.h"
#include "version.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QActionGroup>
#include <QMenu>
#include <QInputDialog>
#include <QUndoStack>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QDir>
#include <QPlainTextEdit>
#include <QRegularExpression>

#include <atomic>
#include <memory>
#include <utility>


using namespace Qt::StringLiterals;

namespace Gloss {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_documentModel(new DocumentListModel(this))
    , m_reader(new ReaderView(this))
    , m_timeline(new TimelineWidget(this))
    , m_statusCounts(new QLabel(this))
    , m_importer(new ImportController(this))
    , m_undoStack(new QUndoStack(this))
    , m_annotationModel(new AnnotationListModel(this))
    , m_annotationReload(new QTimer(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Gloss"));
    setDockNestingEnabled(true);

    m_documentList = new DocumentListPanel(m_documentModel, this);
    m_documentDock = new QDockWidget(tr("Articles"), this);
    m_documentDock->setObjectName(u"documentDock"_s);
    m_documentDock->setWidget(m_documentList);
    addDockWidget(Qt::LeftDockWidgetArea, m_documentDock);

    m_timelineDock = new QDockWidget(tr("Timeline"), this);
    m_timelineDock->setObjectName(u"timelineDock"_s);
    m_timelineDock->setWidget(m_timeline);
    addDockWidget(Qt::BottomDockWidgetArea, m_timelineDock);

    m_entities = new EntitiesPanel(this);
    m_entitiesDock = new QDockWidget(tr("Entities"), this);
    m_entitiesDock->setObjectName(u"entitiesDock"_s);
    m_entitiesDock->setWidget(m_entities);
    addDockWidget(Qt::RightDockWidgetArea, m_entitiesDock);

    m_annotations = new AnnotationsPanel(m_annotationModel, this);
    m_annotationsDock = new QDockWidget(tr("Annotations"), this);
    m_annotationsDock->setObjectName(u"annotationsDock"_s);
    m_annotationsDock->setWidget(m_annotations);
    addDockWidget(Qt::RightDockWidgetArea, m_annotationsDock);
    tabifyDockWidget(m_entitiesDock, m_annotationsDock);
    m_codeBookDock = new QDockWidget(tr("Code Book"), this);
    m_codeBookDock->setObjectName(u"codeBookDock"_s);
    addDockWidget(Qt::LeftDockWidgetArea, m_codeBookDock);
    splitDockWidget(m_documentDock, m_codeBookDock, Qt::Vertical);

    setCentralWidget(m_reader);
    statusBar()->addPermanentWidget(m_statusCounts);
    createStatusWidgets();

    connect(m_documentList, &DocumentListPanel::documentSelected, this, &MainWindow::showDocument);
    connect(m_timeline, &TimelineWidget::markActivated, this, &MainWindow::showMark);
    connect(m_timeline, &TimelineWidget::rangeSelected, m_documentList, &DocumentListPanel::setPublishedRange);
    connect(m_timeline, &TimelineWidget::rangeCleared, this, [this] { m_documentList->setPublishedRange({}, {}); });
    connect(m_documentList, &DocumentListPanel::publishedRangeChanged, this, [this](QDate first, QDate last) {
        // An open end of the list's filter is a band running off that side of the timeline.
        if (!first.isValid() && !last.isValid()) {
            m_timeline->setRange({}, {});
        } else {
            m_timeline->setRange(first.isValid() ? first : QDate(1800, 1, 1), last.isValid() ? last : QDate(2999, 12, 31));
        }
    });
    connect(m_entities, &EntitiesPanel::timelineLaneToggled, this, &MainWindow::setTimelineLane);
    connect(m_reader, &ReaderView::markRequested, this, &MainWindow::markEntity);
    connect(m_reader, &ReaderView::rejectRequested, this, &MainWindow::rejectEntity);
    connect(m_reader, &ReaderView::renameRequested, this, &MainWindow::renameEntity);
    connect(m_reader, &ReaderView::entityActivated, this,
            [this](qint64, const QString &canonical, EntityKind) { m_documentList->setEntityFilter(canonical); });
    connect(m_entities, &EntitiesPanel::entityActivated, m_documentList, &DocumentListPanel::setEntityFilter);
    connect(m_documentModel, &DocumentListModel::totalCountChanged, this, &MainWindow::updateStatus);
    connect(m_documentModel, &DocumentListModel::queryFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    // Annotating: the reader's gestures, the panel's list and notes, all through the editors.
    m_annotationReload->setSingleShot(true);
    m_annotationReload->setInterval(0);
    connect(m_annotationReload, &QTimer::timeout, this, &MainWindow::reloadAnnotations);
    connect(m_reader, &ReaderView::annotateRequested, this, &MainWindow::annotate);
    connect(m_reader, &ReaderView::passageSelectionChanged, this, &MainWindow::updateAnnotateActions);
    connect(m_reader, &ReaderView::annotationActivated, this, [this](qint64 id) {
        m_reader->setSelectedAnnotation(id);
        m_annotations->selectAnnotation(id);
        updateAnnotateActions();
    });
    connect(m_reader, &ReaderView::annotationCodeChangeRequested, this, [this](qint64 id, qint64 codeId) {
        if (canAnnotate()) {
            if (Result<void> changed = m_annotationEditor->setCode(id, codeId); !changed) {
                reportEditFailure(changed.errorString());
            }
        }
    });
    connect(m_reader, &ReaderView::annotationNoteRequested, this, [this](qint64 id) {
        m_annotationsDock->show();
        m_annotationsDock->raise();
        m_annotations->selectAnnotation(id);
        m_annotations->editNote();
    });
    connect(m_reader, &ReaderView::annotationRemovalRequested, this, [this](qint64 id) {
        if (canAnnotate()) {
            if (Result<void> removed = m_annotationEditor->remove(id); !removed) {
                reportEditFailure(removed.errorString());
            }
        }
    });
    connect(m_annotations, &AnnotationsPanel::currentAnnotationChanged, this, [this](qint64 id) {
        m_reader->setSelectedAnnotation(id);
        updateAnnotateActions();
    });
    connect(m_annotations, &AnnotationsPanel::annotationActivated, this, &MainWindow::showAnnotation);
    connect(m_annotations, &AnnotationsPanel::noteEdited, this, [this](qint64 id, const QString &markdown) {
        if (canAnnotate()) {
            if (Result<void> edited = m_annotationEditor->setNote(id, markdown); !edited) {
                reportEditFailure(edited.errorString());
            }
        }
    });
    connect(m_annotations, &AnnotationsPanel::articleNoteEdited, this, [this](qint64 documentId, const QString &markdown) {
        if (canAnnotate()) {
            if (Result<void> edited = m_annotationEditor->setDocumentNote(documentId, markdown); !edited) {
                reportEditFailure(edited.errorString());
            }
        }
    });
    connect(m_annotations, &AnnotationsPanel::removeRequested, m_reader, &ReaderView::annotationRemovalRequested);

    connect(m_importer, &ImportController::finished, this, &MainWindow::onImportFinished);
    setAcceptDrops(true);

    createActions();
    restoreLayout();
    mirrorDockAreas();
    applySettings();
    setUpFocusOrder();
}

MainWindow::~MainWindow()
{
    m_undoStack->clear(); // its commands refer to m_corrections and the editors
    delete std::exchange(m_codeBookPanel, nullptr);
    delete std::exchange(m_codeBookModel, nullptr);
    for (QThread *thread : findChildren<QThread *>()) {
        thread->wait();
    }
    m_importer->cancel();
    m_importer->waitForFinished();
    // The model must stop reading before the database closes.
    m_documentModel->setDatabase(nullptr);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    addNewCorpusAction(file);
    QAction *open = file->addAction(tr("&Open Corpus…"), this, &MainWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    decorate(open, u"openCorpus"_s, {u"document-open"_s});
    QAction *openShared = file->addAction(tr("Open &Shared Corpus…"), this, &MainWindow::openSharedCorpusDialog);
    decorate(openShared, u"openSharedCorpus"_s, {u"network-server-database"_s, u"network-server"_s, u"document-open"_s});
    file->addMenu(createRecentMenu(file));
    file->addSeparator();
    QAction *importFiles = file->addAction(tr("&Import Files…"), this, &MainWindow::importFilesDialog);
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    decorate(importFiles, u"importFiles"_s, {u"document-import"_s});
    QAction *importFolder = file->addAction(tr("Import &Folder…"), this, &MainWindow::importFolderDialog);
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    decorate(importFolder, u"importFolder"_s, {u"folder-open"_s});
    m_importActions = {importFiles, importFolder};
    QAction *exportAction = file->addAction(tr("&Export…"), this, &MainWindow::exportDialog);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    decorate(quit, u"quit"_s, {u"application-exit"_s});

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    decorate(undo, u"undo"_s, {u"edit-undo"_s});
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    decorate(redo, u"redo"_s, {u"edit-redo"_s});
    edit->addAction(undo);
    edit->addAction(redo);

    createAnnotateMenu();

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_documentDock->toggleViewAction());
    view->addAction(m_timelineDock->toggleViewAction());
    view->addAction(m_entitiesDock->toggleViewAction());
    view->addAction(m_annotationsDock->toggleViewAction());
    view->addAction(m_codeBookDock->toggleViewAction());
    // Ctrl+F itself is the reader's own shortcut; a second one here would make it ambiguous.
    QAction *findInArticle = view->addAction(tr("&Find in Article…"), m_reader, &ReaderView::showFindBar);
    decorate(findInArticle, u"findInArticle"_s, {u"edit-find"_s});
    view->addSeparator();
    QAction *recognise = view->addAction(tr("&Recognise Entities Again"), this, &MainWindow::recogniseAgain);
    m_importActions.append(recognise); // like imports, it writes to the corpus
    decorate(recognise, u"recogniseAgain"_s, {u"view-refresh"_s});
    view->addSeparator();
    view->addMenu(createThemeMenu(view));
    view->addSeparator();
    QAction *fit = view->addAction(tr("F&it Timeline"), m_timeline, &TimelineWidget::fitAll);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    decorate(fit, u"fitTimeline"_s, {u"zoom-fit-best"_s});
    QAction *search = view->addAction(tr("&Search Articles"), this, [this] {
        m_documentDock->show();
        m_documentList->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_documentList->searchField()->selectAll();
    });
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    decorate(search, u"searchArticles"_s, {u"system-search"_s});

    createSettingsMenu();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    addHelpActions(help);
    QAction *about = help->addAction(tr("&About Gloss"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    decorate(about, u"about"_s, {u"help-about"_s});
    createMainToolBar();
}

Result<void> MainWindow::openDatabase(const QString &path, bool isDefault)
{
    Database::Options options;
    options.integrityCheck = Database::IntegrityCheck::Deferred;
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    if (!opened) {
        return opened.error();
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    if (isDefault && database->wasCreated()) {
        if (Result<ImportSummary> sample = SampleCorpus::installOnce(*database); !sample) {
            return sample.error();
        }
    }
    m_documentModel->setDatabase(nullptr);
    m_reader->clear();
    m_undoStack->clear(); // the edits belonged to the corpus being closed
    m_corrections.reset();
    // The code-book panel and model hold the editor being replaced.
    delete std::exchange(m_codeBookPanel, nullptr);
    delete std::exchange(m_codeBookModel, nullptr);
    m_changeWatcher.reset();
    m_annotationEditor.reset();
    m_codeBookEditor.reset();
    m_database = std::move(database);
    m_corrections = std::make_unique<EntityCorrections>(*m_database);
    m_annotationEditor = std::make_unique<AnnotationEditor>(*m_database, m_undoStack);
    m_annotationEditor->setAuthor(Settings::authorName().get());
    m_codeBookEditor = std::make_unique<CodeBookEditor>(*m_database, m_undoStack);
    connect(m_annotationEditor.get(), &AnnotationEditor::annotationsChanged, this, &MainWindow::scheduleAnnotationReload);
    connect(m_annotationEditor.get(), &AnnotationEditor::documentNoteChanged, this, [this](qint64 documentId) {
        if (documentId == m_reader->documentId() && m_database) {
            if (Result<DocumentNote> note = AnnotationRepository(*m_database).note(documentId)) {
                m_annotations->setArticleNote(note->note);
            }
        }
    });
    connect(m_annotationEditor.get(), &AnnotationEditor::failed, this, &MainWindow::reportEditFailure);
    connect(m_codeBookEditor.get(), &CodeBookEditor::codesChanged, this, &MainWindow::codesChanged);
    connect(m_codeBookEditor.get(), &CodeBookEditor::annotationsChanged, this, &MainWindow::scheduleAnnotationReload);
    connect(m_codeBookEditor.get(), &CodeBookEditor::failed, this, &MainWindow::reportEditFailure);
    // Other users' new and changed annotations appear without a restart.
    m_changeWatcher = std::make_unique<ChangeWatcher>(*m_database);
    connect(m_changeWatcher.get(), &ChangeWatcher::changedElsewhere, this, &MainWindow::onChangedElsewhere);
    createCodeBookPanel();
    m_timelineEntities.clear(); // entity ids belong to the corpus they came from
    m_entities->setTimelineEntities({});
    setWindowFilePath(m_database->path());
    const QString corpusName = m_database->isServer() ? m_database->connection().databaseName()
                                                      : QFileInfo(m_database->path()).completeBaseName();
    setWindowTitle(tr("%1 — Gloss").arg(corpusName)
                   + (m_database->isReadOnly() ? tr(" (read-only)") : QString()));
    Settings::lastDatabase().set(isDefault ? QString() : m_database->path());
    onDatabaseOpened(isDefault);
    startIntegrityCheck();
    for (QAction *action : std::as_const(m_importActions)) {
        action->setEnabled(!m_database->isReadOnly());
    }
    m_annotations->setReadOnly(m_database->isReadOnly());
    m_annotationModel->setDatabase(m_database.get());
    codesChanged();
    refreshCorpusViews();

    const qint64 last = Settings::lastDocument().get();
    if (last != 0 && DocumentRepository(*m_database).find(last)) {
        m_documentList->selectDocument(last);
    } else if (m_documentModel->rowCount() > 0) {
        m_documentList->view()->setCurrentIndex(m_documentModel->index(0, 0));
    }
    return {};
}

void MainWindow::refreshCorpusViews()
{
    m_documentModel->setDatabase(m_database.get());
    m_entities->setDatabase(m_database.get());
    updateStatus();
    // The list comes first; the timeline's counts follow right after the window has painted.
    QTimer::singleShot(0, this, [this, database = m_database.get()] {
        if (!m_database || m_database.get() != database) {
            return;
        }
        reloadTimeline();
    });
}

// Any installed KSyntaxHighlighting theme colours the reader, its entities and the timeline;
// "Follow System" picks the light or dark one matching the palette.
QMenu *MainWindow::createThemeMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Colour Theme"), parent);
    auto *group = new QActionGroup(menu);
    ThemeProvider &provider = ThemeProvider::instance();
    const auto addTheme = [&](const QString &label, const QString &name) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setChecked(provider.themeName() == name);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] {
            Settings::theme().set(name);
            applySettings(); // the window's colours first, when the theme gives them
        });
    };
    const QList<ThemeChoice> choices = ThemeChoice::all();
    for (const ThemeChoice &choice : choices) {
        addTheme(choice.label, choice.name);
        if (choice.name.isEmpty()) {
            menu->addSeparator();
        }
    }
    // The Settings dialog picks themes too: the check mark follows the theme in use.
    connect(menu, &QMenu::aboutToShow, menu, [menu, choices] {
        const QString current = ThemeProvider::instance().themeName();
        const QList<QAction *> actions = menu->actions();
        qsizetype choice = 0;
        for (QAction *action : actions) {
            if (!action->isSeparator() && choice < choices.size()) {
                action->setChecked(choices.at(choice++).name == current);
            }
        }
    });
    return menu;
}

EntityCorrectionCallbacks MainWindow::correctionCallbacks()
{
    return {
        [this] {
            m_entities->reload();
            reloadTimeline();
            showDocument(m_reader->documentId());
        },
        [this](const QString &message) { statusBar()->showMessage(message, 10000); },
    };
}

bool MainWindow::canCorrectEntities()
{
    if (!m_database || !m_corrections) {
        return false;
    }
    if (m_database->isReadOnly()) {
        statusBar()->showMessage(tr("This corpus is read-only; its entities cannot be corrected."), 8000);
        return false;
    }
    return true;
}

void MainWindow::markEntity(qsizetype start, qsizetype end, EntityKind kind, const QString &text)
{
    if (!canCorrectEntities() || m_reader->documentId() == 0) {
        return;
    }
    m_undoStack->push(new MarkEntityCommand(*m_corrections, m_reader->documentId(), start, end, kind, text.simplified(),
                                            correctionCallbacks()));
}

void MainWindow::rejectEntity(qint64 entityId, const QString &canonical)
{
    if (!canCorrectEntities()) {
        return;
    }
    m_undoStack->push(new RejectEntityCommand(*m_corrections, entityId, canonical, correctionCallbacks()));
}

void MainWindow::renameEntity(qint64 entityId, const QString &currentName)
{
    if (!canCorrectEntities()) {
        return;
    }
    bool accepted = false;
    const QString newName = QInputDialog::getText(this, tr("Rename Entity"),
                                                  tr("New name for “%1” (an existing name merges the two):").arg(currentName),
                                                  QLineEdit::Normal, currentName, &accepted)
                                .simplified();
    if (!accepted || newName.isEmpty() || newName == currentName) {
        return;
    }
    m_undoStack->push(new RenameEntityCommand(*m_corrections, entityId, currentName, newName, correctionCallbacks()));
}

void MainWindow::reloadTimeline()
{
    if (!m_database) {
        m_timeline->setData({});
        return;
    }
    Result<TimelineData> lanes = TimelineRepository(*m_database).timeline(m_timelineEntities.values());
    if (!lanes) {
        statusBar()->showMessage(lanes.errorString(), 8000);
        m_timeline->setData({});
        return;
    }
    m_timeline->setData(*lanes);
}

void MainWindow::setTimelineLane(qint64 entityId, bool shown)
{
    if (shown) {
        m_timelineEntities.insert(entityId);
    } else {
        m_timelineEntities.remove(entityId);
    }
    m_entities->setTimelineEntities(m_timelineEntities);
    reloadTimeline();
    if (shown) {
        m_timelineDock->show();
    }
}

// A mark of the timeline: its article, scrolled to the date or the sentence it stands for.
void MainWindow::showMark(qint64 documentId, qsizetype start, qsizetype end)
{
    m_documentList->selectDocument(documentId);
    if (m_reader->documentId() != documentId) {
        showDocument(documentId); // filtered out of the list: shown all the same
    }
    if (start >= 0 && m_reader->documentId() == documentId) {
        m_reader->revealSpan(start, end);
    }
}

void MainWindow::showDocument(qint64 documentId)
{
    m_timeline->setSelectedDocument(0, {});
    if (!m_database || documentId == 0) {
        m_reader->clear();
        m_annotations->setDocument(0, {});
        return;
    }
    const std::optional<Document> document = DocumentRepository(*m_database).find(documentId);
    if (!document) {
        m_reader->clear();
        m_annotations->setDocument(0, {});
        return;
    }
    QList<HighlightSpan> spans;
    if (Result<QList<StoredMention>> mentions = EntityRepository(*m_database).mentions(documentId)) {
        spans.reserve(mentions->size());
        for (const StoredMention &mention : std::as_const(*mentions)) {
            spans.append({mention.start, mention.end, mention.kind, mention.canonical, mention.entityId});
        }
    }
    m_reader->showDocument(*document, spans);
    const Result<DocumentNote> note = AnnotationRepository(*m_database).note(documentId);
    m_annotations->setDocument(documentId, note ? note->note : QString());
    reloadAnnotations();
    m_entities->setDocument(documentId);
    m_timeline->setSelectedDocument(documentId, publicationStart(document->published));
    if (Result<QList<TimelineDay>> marks = TimelineRepository(*m_database).mentionedDays(documentId)) {
        m_timeline->setSelectedDocumentMarks(*marks);
    }
    Settings::lastDocument().set(documentId);
}

void MainWindow::updateStatus()
{
    if (!m_database) {
        m_statusCounts->setText(tr("No corpus open"));
        return;
    }
    const qint64 shown = m_documentModel->totalCount();
    qint64 all = shown;
    if (!m_documentModel->filter().isEmpty()) {
        const Result<qint64> total = DocumentRepository(*m_database).countAll();
        all = total ? *total : shown;
    }
    m_statusCounts->setText(shown == all ? tr("%n article(s)", nullptr, int(all))
                                         : tr("%1 of %n article(s)", nullptr, int(all)).arg(shown));
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Corpus"), QFileInfo(Paths::defaultDatabase()).absolutePath(),
                                                      tr("Gloss corpora (*.gloss);;All files (*)"));
    if (path.isEmpty()) {
        return;
    }
    if (Result<void> opened = openDatabase(path, false); !opened) {
        QMessageBox::critical(this, tr("Cannot Open Corpus"), opened.errorString());
    }
}

void MainWindow::openSharedCorpusDialog()
{
    bool ok = false;
    const QString url = QInputDialog::getText(
        this, tr("Open Shared Corpus"),
        tr("Address of the corpus on a PostgreSQL server, for example\n"
           "postgresql://name@server:5432/corpus?sslmode=verify-full\n\n"
           "The password is read from ~/.pgpass or PGPASSWORD; Gloss never stores it."),
        QLineEdit::Normal, m_database && m_database->isServer() ? m_database->path() : u"postgresql://"_s, &ok);
    if (!ok || url.trimmed().isEmpty()) {
        return;
    }
    if (!Database::isServerAddress(url.trimmed())) {
        QMessageBox::critical(this, tr("Cannot Open Shared Corpus"),
                              tr("%1 is not a PostgreSQL address: it starts with postgresql://.").arg(url.trimmed()));
        return;
    }
    if (Result<void> opened = openDatabase(url.trimmed(), false); !opened) {
        QMessageBox::critical(this, tr("Cannot Open Shared Corpus"), opened.errorString());
    }
}

void MainWindow::startIntegrityCheck()
{
    // PRAGMA quick_check reads the whole file (seconds on a large corpus), so the window opens at
    // once and the check runs beside it; damage found makes the corpus read-only before more is
    // written to it.
    auto result = std::make_shared<Result<void>>();
    QThread *thread = QThread::create([path = m_database->path(), result] { *result = Database::quickCheck(path); });
    thread->setParent(this);
    connect(thread, &QThread::finished, this, [this, thread, result, database = m_database.get()] {
        thread->deleteLater();
        m_integrityThread = nullptr;
        Q_EMIT integrityChecked(result->ok());
        if (result->ok() || database != m_database.get()) {
            return;
        }
        (void)m_database->makeQueryOnly();
        setWindowTitle(windowTitle() + tr(" (read-only)"));
        for (QAction *action : std::as_const(m_importActions)) {
            action->setEnabled(false);
        }
        m_annotations->setReadOnly(true);
        m_codeBookPanel->setReadOnly(true);
        updateAnnotateActions();
        auto *box = new QMessageBox(QMessageBox::Critical, tr("Corpus Damaged"),
                                    tr("%1\n\nGloss opened it read-only so nothing more is written to it.")
                                        .arg(result->errorString()),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    m_integrityThread = thread;
    thread->start(QThread::LowPriority);
}

void MainWindow::recogniseAgain()
{
    if (!m_database || m_database->isReadOnly()) {
        return;
    }
    // Window-modal: the corpus's entities change under the views while it runs.
    auto *dialog = new QProgressDialog(tr("Recognising the entities of every article…"), tr("Stop"), 0, 0, this);
    dialog->setWindowTitle(tr("Recognising Entities"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(200);
    auto stop = std::make_shared<std::atomic<bool>>(false);
    auto outcome = std::make_shared<Result<RecognitionRun::Outcome>>(Error{});
    connect(dialog, &QProgressDialog::canceled, this, [stop] { *stop = true; });
    QPointer<QProgressDialog> progress(dialog);
    QThread *thread = QThread::create([path = m_database->address(), stop, outcome, progress] {
        Database::Options options;
        options.integrityCheck = Database::IntegrityCheck::Deferred;
        Result<std::unique_ptr<Database>> database = Database::open(path, options);
        if (!database) {
            *outcome = database.error();
            return;
        }
        *outcome = RecognitionRun::run(**database, 0, [stop, progress](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(progress, [progress, done, total] {
                if (progress) {
                    progress->setMaximum(int(total));
                    progress->setValue(int(done));
                }
            });
            return !stop->load();
        });
    });
    thread->setParent(this);
    connect(thread, &QThread::finished, this, [this, thread, dialog, outcome] {
        thread->deleteLater();
        dialog->deleteLater();
        if (!*outcome) {
            QMessageBox::warning(this, tr("Recognising Entities"), outcome->errorString());
            return;
        }
        m_entities->reload();
        reloadTimeline();
        showDocument(m_reader->documentId());
        statusBar()->showMessage(tr("Entities recognised again in %n article(s).", nullptr, int((*outcome)->documents)),
                                 10000);
    });
    thread->start();
}

bool MainWindow::importPaths(const QStringList &paths)
{
    if (!m_database || paths.isEmpty()) {
        return false;
    }
    if (m_database->isReadOnly()) {
        statusBar()->showMessage(tr("This corpus is read-only; nothing can be imported into it."), 8000);
        return false;
    }
    if (!m_importer->start(m_database->address(), paths)) {
        statusBar()->showMessage(tr("An import is already running."), 5000);
        return false;
    }
    statusBar()->showMessage(tr("Importing…"));
    return true;
}

void MainWindow::importFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), QString(),
        tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml *.csv *.tsv *.jsonl *.ndjson);;All files (*)"));
    importPaths(files);
}

void MainWindow::importFolderDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Articles"));
    if (!folder.isEmpty()) {
        importPaths({folder});
    }
}

void MainWindow::exportDialog()
{
    if (m_database) {
        ExportDialog::exportFrom(this, *m_database, m_reader->documentId());
    }
}

void MainWindow::onImportFinished(const ImportSummary &summary)
{
    const qint64 current = m_reader->documentId();
    refreshCorpusViews();
    if (current != 0) {
        m_documentList->selectDocument(current);
    } else if (!summary.documentIds.isEmpty()) {
        m_documentList->selectDocument(summary.documentIds.constFirst());
    }
    QString message = tr("Imported %n article(s)", nullptr, summary.imported);
    if (summary.duplicates > 0) {
        message += tr(", %n already in the corpus", nullptr, summary.duplicates);
    }
    if (!summary.failed.isEmpty()) {
        message += tr(", %n file(s) failed", nullptr, int(summary.failed.size()));
    }
    if (summary.cancelled) {
        message += tr(" (stopped)");
    }
    statusBar()->showMessage(message + u'.', 15000);
    if (!summary.failed.isEmpty()) {
        QStringList lines;
        for (const ImportSummary::Failure &failure : summary.failed) {
            lines << failure.error;
        }
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Some Files Were Not Imported"), message + u'.',
                                    QMessageBox::Ok, this);
        box->setInformativeText(tr("The other files were imported. Nothing was stored from the files below."));
        box->setDetailedText(lines.join(u'\n'));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    Q_EMIT importFinished(summary);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedCorpus(event->mimeData()).isEmpty()) {
        event->acceptProposedAction(); // a corpus dropped on the window opens
        return;
    }
    if (event->mimeData()->hasUrls() && m_database && !m_database->isReadOnly()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    if (const QString corpus = droppedCorpus(event->mimeData()); !corpus.isEmpty()) {
        event->acceptProposedAction();
        openDatabaseFile(corpus);
        return;
    }
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
        }
    }
    if (!paths.isEmpty() && importPaths(paths)) {
        event->acceptProposedAction();
    }
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreLayout()
{
    if (!restoreGeometry(Settings::mainWindowGeometry().get())) {
        resize(1200, 800);
    }
    if (!restoreState(Settings::mainWindowState().get())) {
        resizeDocks({m_documentDock, m_entitiesDock}, {420, 300}, Qt::Horizontal);
        resizeDocks({m_timelineDock}, {130}, Qt::Vertical);
    }
}

void MainWindow::saveLayout()
{
    mirrorDockAreas(); // the state is stored left to right
    Settings::mainWindowGeometry().set(saveGeometry());
    Settings::mainWindowState().set(saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_importer->cancel();
    m_importer->waitForFinished();
    saveLayout();
    event->accept();
}

void MainWindow::createAnnotateMenu()
{
    m_annotateMenu = menuBar()->addMenu(tr("&Annotate"));
    m_annotateWithCode = m_annotateMenu->addAction(tr("Annotate with &Code…"), this, [this] { annotateSelection(0); });
    m_annotateWithCode->setObjectName(u"annotateWithCodeAction"_s);
    m_annotateWithCode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_annotateWithCode->setToolTip(tr("Annotate the selected passage with a code (type to find or create one)"));
    m_annotateMenu->addSeparator();
    // Filled by codesChanged(): "Annotate as <code>" for the first nine codes, keys 1–9.
    m_annotateMenu->addSeparator();
    m_editNote = m_annotateMenu->addAction(tr("Edit &Note of Annotation"), this, [this] {
        if (m_reader->selectedAnnotation() != 0) {
            Q_EMIT m_reader->annotationNoteRequested(m_reader->selectedAnnotation());
        }
    });
    m_editNote->setObjectName(u"editNoteAction"_s);
    m_editNote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_removeAnnotation = m_annotateMenu->addAction(tr("&Remove Annotation"), this, [this] {
        if (m_reader->selectedAnnotation() != 0) {
            Q_EMIT m_reader->annotationRemovalRequested(m_reader->selectedAnnotation());
        }
    });
    m_removeAnnotation->setObjectName(u"removeAnnotationAction"_s);
    m_removeAnnotation->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_annotateMenu->addSeparator();
    QAction *notes = m_annotateMenu->addAction(tr("Show &Annotations"), this, [this] {
        m_annotationsDock->show();
        m_annotationsDock->raise();
        m_annotations->view()->setFocus(Qt::ShortcutFocusReason);
    });
    notes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    updateAnnotateActions();
}

void MainWindow::createCodeBookPanel()
{
    m_codeBookModel = new CodeBookModel(m_codeBookEditor.get(), this);
    m_codeBookPanel = new CodeBookPanel(m_codeBookModel, m_codeBookEditor.get(), m_codeBookDock);
    m_codeBookPanel->setReadOnly(m_database->isReadOnly());
    m_codeBookDock->setWidget(m_codeBookPanel);
    connect(m_codeBookModel, &CodeBookModel::failed, this, &MainWindow::reportEditFailure);
    // A code opened in the code book: its annotations (and those below it) across the corpus.
    connect(m_codeBookPanel, &CodeBookPanel::codeActivated, this, [this](qint64 codeId) {
        m_annotations->setScope(AnnotationsPanel::Scope::Corpus);
        m_annotations->setCodeFilter(codeId);
        m_annotationsDock->show();
        m_annotationsDock->raise();
    });
}

void MainWindow::codesChanged()
{
    m_codes.clear();
    if (m_codeBookEditor) {
        if (Result<QList<Code>> codes = m_codeBookEditor->codeBook().list()) {
            m_codes = std::move(codes).value();
        } else {
            reportEditFailure(codes.errorString());
        }
    }
    m_reader->setCodes(m_codes);
    m_annotations->setCodes(m_codes);
    qDeleteAll(m_annotateAsActions);
    m_annotateAsActions.clear();
    const QList<QAction *> actions = m_annotateMenu->actions();
    QAction *before = actions.at(actions.indexOf(m_annotateWithCode) + 2); // after the first separator
    for (qsizetype i = 0; i < std::min<qsizetype>(9, m_codes.size()); ++i) {
        const Code &code = m_codes.at(i);
        auto *action = new QAction(tr("Annotate as %1").arg(code.name), this);
        action->setObjectName(u"annotateAs%1"_s.arg(i + 1));
        action->setShortcut(QKeySequence(Qt::Key_1 + int(i)));
        connect(action, &QAction::triggered, this, [this, id = code.id] { annotateSelection(id); });
        m_annotateMenu->insertAction(before, action);
        addAction(action); // active wherever the focus is in the window
        m_annotateAsActions.append(action);
    }
    updateAnnotateActions();
    scheduleAnnotationReload();
}

bool MainWindow::canAnnotate()
{
    if (!m_database || !m_annotationEditor) {
        return false;
    }
    if (m_database->isReadOnly()) {
        statusBar()->showMessage(tr("This corpus is read-only; nothing can be annotated in it."), 8000);
        return false;
    }
    return true;
}

void MainWindow::updateAnnotateActions()
{
    const bool writable = m_database && !m_database->isReadOnly();
    const bool passage = writable && m_reader->selectedPassage().has_value();
    m_annotateWithCode->setEnabled(passage);
    for (QAction *action : std::as_const(m_annotateAsActions)) {
        action->setEnabled(passage);
    }
    const bool annotation = writable && m_reader->selectedAnnotation() != 0;
    m_editNote->setEnabled(annotation);
    m_removeAnnotation->setEnabled(annotation);
}

void MainWindow::annotateSelection(qint64 codeId)
{
    if (const auto passage = m_reader->selectedPassage()) {
        annotate(passage->first, passage->second, codeId);
    }
}

// The code picker under the reader's selection: a code's id, a new code's, or nothing.
std::optional<qint64> MainWindow::pickCode()
{
    CodePicker picker(m_codes, this);
    const QRect selection = m_reader->textView()->cursorRect();
    picker.move(m_reader->textView()->viewport()->mapToGlobal(selection.bottomLeft() + QPoint(0, 4)));
    if (picker.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    if (picker.chosenCode() > 0) {
        return picker.chosenCode();
    }
    // A new code takes the next colour of a palette that stays apart on light and dark text.
    static const QStringList palette{u"#d64545"_s, u"#2f7fd8"_s, u"#2e9e5b"_s, u"#c9891a"_s,
                                     u"#8e5bd6"_s, u"#d6589a"_s, u"#1c9aa3"_s, u"#7a7f2a"_s};
    Result<qint64> created = m_codeBookEditor->createCode(picker.newCodeName(), palette.at(m_codes.size() % palette.size()));
    if (!created) {
        reportEditFailure(created.errorString());
        return std::nullopt;
    }
    return *created;
}

void MainWindow::annotate(qsizetype start, qsizetype end, qint64 codeId)
{
    if (!canAnnotate() || m_reader->documentId() == 0) {
        return;
    }
    if (codeId == 0) {
        const std::optional<qint64> picked = pickCode();
        if (!picked) {
            return;
        }
        codeId = *picked;
    }
    Result<Annotation> created = m_annotationEditor->annotate(m_reader->documentId(), start, end, codeId);
    if (!created) {
        reportEditFailure(created.errorString());
        return;
    }
    reloadAnnotations(); // at once, so the new annotation can be selected
    m_reader->setSelectedAnnotation(created->id);
    m_annotations->selectAnnotation(created->id);
    updateAnnotateActions();
}

void MainWindow::scheduleAnnotationReload()
{
    m_annotationReload->start();
}

void MainWindow::onChangedElsewhere(const QString &table, qint64 documentId)
{
    m_changedTables.insert(table);
    if (table == u"document_note"_s) {
        m_changedNotes.insert(documentId);
    }
    if (!m_changesElsewhere) {
        m_changesElsewhere = new QTimer(this);
        m_changesElsewhere->setSingleShot(true);
        m_changesElsewhere->setInterval(200);
        connect(m_changesElsewhere, &QTimer::timeout, this, &MainWindow::applyChangesElsewhere);
    }
    if (!m_changesElsewhere->isActive()) {
        m_changesElsewhere->start();
    }
}

void MainWindow::applyChangesElsewhere()
{
    const QSet<QString> tables = std::exchange(m_changedTables, {});
    const QSet<qint64> notes = std::exchange(m_changedNotes, {});
    if (!m_database) {
        return;
    }
    const bool unknown = tables.contains(QString()); // SQLite says only that something changed
    for (const QString &table : tables) {
        if (!table.isEmpty()) {
            applyChangeElsewhere(table, notes, unknown);
        }
    }
    if (unknown) {
        applyChangeElsewhere(QString(), notes, true);
    }
}

void MainWindow::applyChangeElsewhere(const QString &table, const QSet<qint64> &notes, bool unknown)
{
    const qint64 documentId = notes.contains(m_reader->documentId()) ? m_reader->documentId() : -1;
    if (unknown || table == u"code"_s) {
        codesChanged();
    }
    if (unknown || table == u"annotation"_s || table == u"code"_s) {
        scheduleAnnotationReload();
        updateCorpusStatus(); // the corpus's count of annotations
    }
    if ((unknown || (table == u"document_note"_s && documentId > 0)) && m_reader->documentId() != 0) {
        if (Result<DocumentNote> note = AnnotationRepository(*m_database).note(m_reader->documentId())) {
            m_annotations->setArticleNote(note->note);
        }
    }
    if (table == u"document"_s) {
        refreshCorpusViews(); // another user imported articles
    }
}

void MainWindow::reloadAnnotations()
{
    m_annotationReload->stop();
    m_annotationModel->reload();
    if (m_codeBookModel) {
        m_codeBookModel->reload(); // the counts of annotations per code
    }
    if (m_annotationEditor) {
        // What the user sees now is what an edit changes: another user's later change is refused.
        QList<Annotation> shown;
        shown.reserve(m_annotationModel->rowCount());
        for (int row = 0; row < m_annotationModel->rowCount(); ++row) {
            shown.append(m_annotationModel->annotationAt(row));
        }
        m_annotationEditor->setShown(shown);
    }
    QList<AnnotationMark> marks;
    if (m_database && m_reader->documentId() != 0) {
        if (Result<QList<Annotation>> annotations = AnnotationRepository(*m_database).forDocument(m_reader->documentId())) {
            if (m_annotationEditor) {
                m_annotationEditor->setShown(*annotations);
            }
            for (const Annotation &a : std::as_const(*annotations)) {
                if (a.anchorState != u"orphaned"_s) {
                    marks.append({a.id, a.start, a.end, m_annotationModel->codeColour(a.codeId),
                                  m_annotationModel->codePath(a.codeId), a.note});
                }
            }
        }
    }
    m_reader->setAnnotations(marks);
    updateAnnotateActions();
}

void MainWindow::showAnnotation(qint64 annotationId, qint64 documentId, qsizetype start, qsizetype end)
{
    Q_UNUSED(start)
    Q_UNUSED(end)
    if (m_reader->documentId() != documentId) {
        m_documentList->selectDocument(documentId);
        if (m_reader->documentId() != documentId) {
            showDocument(documentId); // filtered out of the list: shown all the same
        }
    }
    m_reader->setSelectedAnnotation(annotationId, true);
    m_annotations->selectAnnotation(annotationId);
    m_reader->textView()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::reportEditFailure(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Not Saved"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// --- Menus, toolbar, status bar and dialogs around the workbench -----------------------------

void MainWindow::decorate(QAction *action, const QString &name, const QStringList &iconNames)
{
    action->setObjectName(name);
    action->setIcon(Icons::themed(iconNames));
}

void MainWindow::addNewCorpusAction(QMenu *file)
{
    QAction *create = file->addAction(tr("&New Corpus…"), this, &MainWindow::newDatabaseDialog);
    create->setShortcut(QKeySequence::New);
    decorate(create, u"newCorpus"_s, {u"document-new"_s});
}

QMenu *MainWindow::createRecentMenu(QWidget *parent)
{
    m_recentMenu = new QMenu(tr("Open &Recent"), parent);
    m_recentMenu->setObjectName(u"recentMenu"_s);
    m_recentMenu->setIcon(Icons::themed({u"document-open-recent"_s}));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    return m_recentMenu;
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu) {
        return;
    }
    const QStringList gone = RecentDatabases::prune();
    if (!gone.isEmpty()) {
        QStringList names;
        for (const QString &path : gone) {
            names << QDir::toNativeSeparators(path);
        }
        statusBar()->showMessage(
            tr("Taken off the recent list, no longer found: %1").arg(QLocale().createSeparatedList(names)), 15000);
    }
    m_recentMenu->clear();
    const QStringList paths = RecentDatabases::paths();
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QString &path = paths.at(i);
        const QFileInfo info(path);
        QString name = info.fileName();
        name.replace(u'&', u"&&"_s);
        const QString number = i < 9 ? u"&%1"_s.arg(i + 1) : u"1&0"_s;
        QAction *action = m_recentMenu->addAction(
            tr("%1 %2  [%3]").arg(number, name, QDir::toNativeSeparators(info.absolutePath()).replace(u'&', u"&&"_s)));
        action->setData(path);
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openDatabaseFile(path); });
    }
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No Recent Corpora"))->setEnabled(false);
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"), this, [this] {
        RecentDatabases::clear();
        updateRecentMenu();
    });
    clear->setObjectName(u"clearRecent"_s);
    clear->setEnabled(!paths.isEmpty());
}

void MainWindow::createSettingsMenu()
{
    m_toolBar = new QToolBar(tr("Main Toolbar"), this);
    m_toolBar->setObjectName(u"mainToolBar"_s);
    addToolBar(Qt::TopToolBarArea, m_toolBar);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *showToolBar = m_toolBar->toggleViewAction();
    showToolBar->setText(tr("Show &Toolbar"));
    showToolBar->setObjectName(u"showToolBar"_s);
    settings->addAction(showToolBar);
    settings->addSeparator();
    QAction *configure = settings->addAction(tr("&Configure Gloss…"), this, &MainWindow::showSettings);
    configure->setMenuRole(QAction::PreferencesRole);
    // The platform's Preferences key where it has one (Ctrl+, on macOS), else KDE's Ctrl+Shift+,.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (keys.isEmpty()) {
        keys = {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma)};
    }
    configure->setShortcuts(keys);
    decorate(configure, u"configure"_s, {u"configure"_s, u"preferences-system"_s});
}

void MainWindow::addHelpActions(QMenu *help)
{
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    decorate(keys, u"keyboardShortcuts"_s, {u"help-keyboard-shortcuts"_s, u"help-keybord-shortcuts"_s});
    help->addSeparator();
}

void MainWindow::createMainToolBar()
{
    const auto add = [this](const QString &name) {
        if (auto *action = findChild<QAction *>(name)) {
            m_toolBar->addAction(action);
            // The toolbar shows icons only: its tooltips name the action and its key.
            const QString text = action->text().remove(QRegularExpression(u"&(?!&)"_s)).remove(u'…');
            action->setToolTip(action->shortcut().isEmpty()
                                   ? text
                                   : tr("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText)));
        }
    };
    add(u"newCorpus"_s);
    add(u"openCorpus"_s);
    m_toolBar->addSeparator();
    add(u"importFiles"_s);
    add(u"importFolder"_s);
    m_toolBar->addSeparator();
    add(u"undo"_s);
    add(u"redo"_s);
    m_toolBar->addSeparator();
    add(u"searchArticles"_s);
    add(u"findInArticle"_s);
    add(u"fitTimeline"_s);

    // The View menu's panel toggles carry the panels' titles; they get mnemonics of their own.
    m_documentDock->toggleViewAction()->setText(tr("&Articles"));
    m_timelineDock->toggleViewAction()->setText(tr("&Timeline"));
    m_entitiesDock->toggleViewAction()->setText(tr("&Entities"));
    m_annotationsDock->toggleViewAction()->setText(tr("A&nnotations"));
    m_codeBookDock->toggleViewAction()->setText(tr("Code &Book"));
}

void MainWindow::createStatusWidgets()
{
    m_statusFilter = new QLabel(this);
    m_statusFilter->setObjectName(u"statusFilter"_s);
    m_statusFilter->setTextFormat(Qt::PlainText);
    m_statusFilter->hide();
    m_statusAnnotations = new QLabel(this);
    m_statusAnnotations->setObjectName(u"statusAnnotations"_s);
    m_statusCounts->setObjectName(u"statusDocuments"_s);
    statusBar()->insertPermanentWidget(0, m_statusFilter);
    statusBar()->addPermanentWidget(m_statusAnnotations);
    connect(m_documentModel, &DocumentListModel::totalCountChanged, this, &MainWindow::updateCorpusStatus);
    // Annotations are made and removed through the undo stack.
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateCorpusStatus);
}

void MainWindow::updateCorpusStatus()
{
    if (!m_database) {
        m_statusFilter->hide();
        m_statusAnnotations->clear();
        return;
    }
    const DocumentFilter filter = m_documentModel->filter();
    const QLocale locale;
    QStringList parts;
    if (const QString text = filter.text.trimmed(); !text.isEmpty()) {
        parts << tr("“%1”").arg(text);
    }
    if (filter.from.isValid() && filter.to.isValid()) {
        parts << tr("%1 to %2").arg(locale.toString(filter.from, QLocale::ShortFormat),
                                    locale.toString(filter.to, QLocale::ShortFormat));
    } else if (filter.from.isValid()) {
        parts << tr("from %1").arg(locale.toString(filter.from, QLocale::ShortFormat));
    } else if (filter.to.isValid()) {
        parts << tr("until %1").arg(locale.toString(filter.to, QLocale::ShortFormat));
    }
    if (!filter.entity.isEmpty()) {
        parts << tr("mentioning %1").arg(filter.entity);
    }
    if (!filter.code.isEmpty()) {
        parts << tr("coded %1").arg(filter.code);
    }
    m_statusFilter->setText(tr("Filter: %1").arg(parts.join(u" · "_s)));
    m_statusFilter->setVisible(!parts.isEmpty());

    const Result<qint64> annotations = AnnotationRepository(*m_database).count();
    m_statusAnnotations->setText(annotations ? tr("%n annotation(s)", nullptr, int(*annotations)) : QString());
    m_statusAnnotations->setToolTip(annotations ? QString() : annotations.errorString());
}

void MainWindow::onDatabaseOpened(bool isDefault)
{
    Q_UNUSED(isDefault)
    RecentDatabases::add(m_database->path());
    updateRecentMenu();
    updateCorpusStatus();
}

void MainWindow::newDatabaseDialog()
{
    const QString folder = m_database && !m_database->isServer() ? QFileInfo(m_database->path()).absolutePath()
                                      : QFileInfo(Paths::defaultDatabase()).absolutePath();
    QString path = QFileDialog::getSaveFileName(this, tr("New Corpus"), QDir(folder).filePath(tr("corpus.gloss")),
                                                tr("Gloss corpora (*.gloss)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().compare(QLatin1StringView(Paths::DatabaseSuffix), Qt::CaseInsensitive) != 0) {
        path += u'.' + QLatin1StringView(Paths::DatabaseSuffix);
    }
    if (Result<void> created = createDatabase(path); !created) {
        QMessageBox::critical(this, tr("Cannot Create Corpus"), created.errorString());
    }
}

Result<void> MainWindow::createDatabase(const QString &path)
{
    if (QFileInfo::exists(path)) {
        return Error{ErrorKind::BadInput, tr("%1 exists already; Gloss does not overwrite it. Choose another name.")
                                              .arg(QDir::toNativeSeparators(path))};
    }
    if (Result<void> opened = openDatabase(path, false); !opened) {
        return opened;
    }
    statusBar()->showMessage(tr("Created the empty corpus %1. Import articles with File › Import.")
                                 .arg(QDir::toNativeSeparators(path)),
                             15000);
    return {};
}

void MainWindow::openDatabaseFile(const QString &path)
{
    if (Database::isServerAddress(path)) {
        if (Result<void> opened = openDatabase(path, false); !opened) {
            QMessageBox::critical(this, tr("Cannot Open Shared Corpus"), opened.errorString());
        }
        return;
    }
    if (!QFileInfo(path).isFile()) {
        RecentDatabases::remove(path);
        updateRecentMenu();
        QMessageBox::warning(this, tr("Cannot Open Corpus"),
                             tr("%1 no longer exists; it has been taken off the recent list.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    const bool isDefault = QFileInfo(path).canonicalFilePath() == QFileInfo(Paths::defaultDatabase()).canonicalFilePath();
    if (Result<void> opened = openDatabase(path, isDefault); !opened) {
        QMessageBox::critical(this, tr("Cannot Open Corpus"), opened.errorString());
    }
}

QString MainWindow::droppedCorpus(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile()) {
        return {};
    }
    const QString path = mime->urls().constFirst().toLocalFile();
    const QFileInfo info(path);
    if (!info.isFile()) {
        return {};
    }
    if (info.suffix().compare(QLatin1StringView(Paths::DatabaseSuffix), Qt::CaseInsensitive) == 0) {
        return path;
    }
    const DatabaseHeader header = DatabaseHeader::read(path);
    return header.kind == DatabaseHeader::Kind::Sqlite && header.applicationId == Database::ApplicationId ? path
                                                                                                          : QString();
}

SettingsDialog *MainWindow::showSettings()
{
    if (auto *open = findChild<SettingsDialog *>()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new SettingsDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::applied, this, &MainWindow::applySettings);
    dialog->open();
    return dialog;
}

void MainWindow::applySettings()
{
    // The window's palette before the theme: the reader takes some colours from the palette
    // when the theme changes; with the same theme and a new palette, everything painted in the
    // theme's colours is told to look again.
    const bool paletteChanged = applyWindowColours();
    const QString before = ThemeProvider::instance().theme().name();
    ThemeProvider::instance().setThemeName(Settings::theme().get());
    if (paletteChanged && ThemeProvider::instance().theme().name() == before) {
        Q_EMIT ThemeProvider::instance().themeChanged();
    }
    if (!m_defaultReaderFont) {
        m_defaultReaderFont = m_reader->textView()->font();
    }
    QFont font = *m_defaultReaderFont;
    if (const QString family = Settings::readerFont().get(); !family.isEmpty()) {
        font.setFamilies({family});
    }
    if (const int size = Settings::readerFontSize().get(); size > 0) {
        font.setPointSize(size);
    }
    m_reader->textView()->setFont(font);
}

// With Settings › "Colour the whole window with the theme", a chosen theme (not Follow System)
// gives the window its palette too (the View menu's theme list goes through applySettings()).
bool MainWindow::applyWindowColours()
{
    const QString name = Settings::theme().get();
    const KSyntaxHighlighting::Theme theme = ThemeProvider::instance().repository().theme(name);
    const bool themed = Settings::windowColours().get() && !name.isEmpty() && theme.isValid();
    return ThemePalette::applyToApplication(themed ? &theme : nullptr);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

// Tab moves through the panels as they are read: the article list (search, dates, list), the
// reader, the entities, the timeline; each panel keeps its own order inside.
void MainWindow::setUpFocusOrder()
{
    QList<QWidget *> chain;
    for (QWidget *part : {static_cast<QWidget *>(m_documentList), static_cast<QWidget *>(m_reader),
                          static_cast<QWidget *>(m_entities), static_cast<QWidget *>(m_timeline)}) {
        QWidget *widget = this;
        do {
            widget = widget->nextInFocusChain();
            // A widget that hands its focus on (a panel to its list) is no tab stop of its own.
            if ((part == widget || part->isAncestorOf(widget)) && !widget->focusProxy()
                && (widget->focusPolicy() & Qt::TabFocus) && !chain.contains(widget)) {
                chain.append(widget);
            }
        } while (widget != this);
    }
    for (qsizetype i = 0; i + 1 < chain.size(); ++i) {
        QWidget::setTabOrder(chain.at(i), chain.at(i + 1));
    }
}

// Qt lays dock areas out left to right whatever the language: in a right-to-left one the panels
// of the left side go to the right and the other way round, as the rest of the window is mirrored.
void MainWindow::mirrorDockAreas()
{
    if (layoutDirection() != Qt::RightToLeft) {
        return;
    }
    for (QDockWidget *dock : findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        const Qt::DockWidgetArea area = dockWidgetArea(dock);
        if (area == Qt::LeftDockWidgetArea || area == Qt::RightDockWidgetArea) {
            const bool visible = !dock->isHidden();
            addDockWidget(area == Qt::LeftDockWidgetArea ? Qt::RightDockWidgetArea : Qt::LeftDockWidgetArea, dock);
            dock->setVisible(visible);
        }
    }
}

} // namespace Gloss
