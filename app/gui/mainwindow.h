// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitycorrectioncommand.h"
#include "result.h"
#include "store/codebook.h"

#include <QFont>
#include <QMainWindow>
#include <QSet>

#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QMimeData;
class QThread;
class QTimer;
class QToolBar;

class QMenu;
class QUndoStack;

namespace Gloss {

class AnnotationEditor;
class ChangeWatcher;
class AnnotationListModel;
class AnnotationsPanel;
class CodeBookEditor;
class CodeBookModel;
class CodeBookPanel;
class Database;
class ImportController;
struct ImportSummary;
class DocumentListModel;
class DocumentListPanel;
class EntitiesPanel;
class ReaderView;
class SettingsDialog;
class TimelineWidget;

// The workbench: the document list on the left, the reader in the centre, the timeline below.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a corpus; the default one is given the bundled sample articles when it is new.
    Result<void> openDatabase(const QString &path, bool isDefault);
    Database *database() const { return m_database.get(); }

    DocumentListModel *documentModel() const { return m_documentModel; }
    DocumentListPanel *documentList() const { return m_documentList; }
    ReaderView *reader() const { return m_reader; }
    TimelineWidget *timeline() const { return m_timeline; }
    QUndoStack *undoStack() const { return m_undoStack; }
    EntitiesPanel *entities() const { return m_entities; }
    AnnotationsPanel *annotations() const { return m_annotations; }
    AnnotationListModel *annotationModel() const { return m_annotationModel; }
    AnnotationEditor *annotationEditor() const { return m_annotationEditor.get(); }
    CodeBookEditor *codeBookEditor() const { return m_codeBookEditor.get(); }
    CodeBookPanel *codeBook() const { return m_codeBookPanel; }

    // Annotates the reader's selection with a code; 0 opens the code picker.
    void annotateSelection(qint64 codeId);

    void showDocument(qint64 documentId);
    // Imports files and folders in the background; false when an import is already running.
    bool importPaths(const QStringList &paths);
    ImportController *importController() const { return m_importer; }

    // Around the workbench: the main toolbar, the settings and the recent corpora.
    QToolBar *mainToolBar() const { return m_toolBar; }
    QMenu *recentMenu() const { return m_recentMenu; }
    // Opens Settings › Configure Gloss (window-modal, not blocking); the dialog deletes itself.
    SettingsDialog *showSettings();
    // Applies the stored appearance settings: the colour theme and the reader's font.
    void applySettings();
    // Settings › "Colour the whole window with the theme": gives the application the chosen
    // theme's palette, or the desktop's back. main() calls it before any widget exists, as
    // widgets built before the event loop runs keep the palette they were made with.
    // True when the palette changed.
    static bool applyWindowColours();
    // Opens a corpus the user named (Open Recent, a dropped file), saying why when it cannot;
    // a file that is gone is taken off the recent list.
    void openDatabaseFile(const QString &path);
    // Creates an empty corpus at `path` (refusing an existing file) and opens it.
    Result<void> createDatabase(const QString &path);

Q_SIGNALS:
    void importFinished(const Gloss::ImportSummary &summary);
    void integrityChecked(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QMenu *createThemeMenu(QWidget *parent);
    EntityCorrectionCallbacks correctionCallbacks();
    bool canCorrectEntities();
    void markEntity(qsizetype start, qsizetype end, EntityKind kind, const QString &text);
    void rejectEntity(qint64 entityId, const QString &canonical);
    void renameEntity(qint64 entityId, const QString &currentName);
    void reloadTimeline();
    void setTimelineLane(qint64 entityId, bool shown);
    void showMark(qint64 documentId, qsizetype start, qsizetype end);
    void createActions();
    void restoreLayout();
    void saveLayout();
    void refreshCorpusViews();
    void updateStatus();
    void openDatabaseDialog();
    void openSharedCorpusDialog();
    void startIntegrityCheck();
    void recogniseAgain();
    void importFilesDialog();
    void importFolderDialog();
    void exportDialog();
    void onImportFinished(const ImportSummary &summary);
    void showAbout();
    void createAnnotateMenu();
    void updateAnnotateActions();
    void annotate(qsizetype start, qsizetype end, qint64 codeId);
    std::optional<qint64> pickCode();
    void codesChanged();
    void scheduleAnnotationReload();
    void onChangedElsewhere(const QString &table, qint64 documentId);
    void applyChangesElsewhere();
    void applyChangeElsewhere(const QString &table, const QSet<qint64> &notes, bool unknown);
    void reloadAnnotations();
    void showAnnotation(qint64 annotationId, qint64 documentId, qsizetype start, qsizetype end);
    void reportEditFailure(const QString &message);
    void createCodeBookPanel();
    bool canAnnotate();

    // Menus, toolbar, status bar and dialogs around the workbench (settings, recent corpora).
    void decorate(QAction *action, const QString &name, const QStringList &iconNames);
    void addNewCorpusAction(QMenu *file);
    QMenu *createRecentMenu(QWidget *parent);
    void updateRecentMenu();
    void createSettingsMenu();
    void addHelpActions(QMenu *help);
    void createMainToolBar();
    void createStatusWidgets();
    void newDatabaseDialog();
    void onDatabaseOpened(bool isDefault);
    void updateCorpusStatus();
    void showShortcuts();
    void setUpFocusOrder();
    void mirrorDockAreas();
    // The one Gloss corpus among dropped files, else empty (other files are imported).
    static QString droppedCorpus(const QMimeData *mime);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<EntityCorrections> m_corrections; // on m_database
    DocumentListModel *m_documentModel = nullptr;
    DocumentListPanel *m_documentList = nullptr;
    ReaderView *m_reader = nullptr;
    TimelineWidget *m_timeline = nullptr;
    QSet<qint64> m_timelineEntities; // entities with a lane of their own
    QDockWidget *m_documentDock = nullptr;
    QDockWidget *m_timelineDock = nullptr;
    QDockWidget *m_entitiesDock = nullptr;
    EntitiesPanel *m_entities = nullptr;
    QLabel *m_statusCounts = nullptr;
    ImportController *m_importer = nullptr;
    QUndoStack *m_undoStack = nullptr; // every edit of the corpus: annotations, notes, codes, corrections
    std::unique_ptr<AnnotationEditor> m_annotationEditor; // on m_database
    std::unique_ptr<ChangeWatcher> m_changeWatcher;       // on m_database: other users' changes
    QTimer *m_changesElsewhere = nullptr;                 // gathers them (an import sends many)
    QSet<QString> m_changedTables;                        // "" when SQLite cannot tell
    QSet<qint64> m_changedNotes;                          // documents whose note changed
    std::unique_ptr<CodeBookEditor> m_codeBookEditor;     // on m_database
    AnnotationListModel *m_annotationModel = nullptr;
    CodeBookModel *m_codeBookModel = nullptr; // on m_codeBookEditor, made again with it
    CodeBookPanel *m_codeBookPanel = nullptr;
    QDockWidget *m_codeBookDock = nullptr;
    AnnotationsPanel *m_annotations = nullptr;
    QDockWidget *m_annotationsDock = nullptr;
    QMenu *m_annotateMenu = nullptr;
    QAction *m_annotateWithCode = nullptr;
    QAction *m_removeAnnotation = nullptr;
    QAction *m_editNote = nullptr;
    QList<QAction *> m_annotateAsActions; // 1–9: the first nine codes
    QList<Code> m_codes;                  // code-book order
    QTimer *m_annotationReload = nullptr;
    QList<QAction *> m_importActions;
    QThread *m_integrityThread = nullptr;
    QToolBar *m_toolBar = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusFilter = nullptr;
    QLabel *m_statusAnnotations = nullptr;
    std::optional<QFont> m_defaultReaderFont; // the reader's own font, for "Use the system font"
};

} // namespace Gloss
