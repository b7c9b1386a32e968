// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookpanel.h"

#include "edit/codebookeditor.h"
#include "model/codebookmodel.h"
#include "removecodedialog.h"

#include <QAction>
#include <QColorDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gloss {

namespace {

// Colours for new codes, told apart easily and readable under text (Tableau 10).
const QStringList NewCodeColours{u"#4e79a7"_s, u"#f28e2b"_s, u"#e15759"_s, u"#76b7b2"_s, u"#59a14f"_s,
                                 u"#edc948"_s, u"#b07aa1"_s, u"#ff9da7"_s, u"#9c755f"_s, u"#bab0ac"_s};

// Every code of the model except `skip` and the codes below it, in tree order.
QList<RemoveCodeDialog::Target> codesOutside(const CodeBookModel &model, qint64 skip)
{
    QList<RemoveCodeDialog::Target> codes;
    const auto visit = [&](const auto &self, const QModelIndex &parent) -> void {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, CodeBookModel::NameColumn, parent);
            const qint64 id = model.codeId(index);
            if (id == skip) {
                continue;
            }
            codes.append({id, index.data(CodeBookModel::FullPathRole).toString(),
                          index.data(CodeBookModel::ColourRole).toString()});
            self(self, index);
        }
    };
    visit(visit, {});
    return codes;
}

} // namespace

CodeBookPanel::CodeBookPanel(CodeBookModel *model, CodeBookEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_editor(editor)
    , m_toolBar(new QToolBar(this))
    , m_view(new QTreeView(this))
    , m_installButton(new QPushButton(tr("Install the Default Code Book"), this))
    , m_summary(new QLabel(this))
    , m_menu(new QMenu(this))
{
    setObjectName(u"codeBookPanel"_s);
    setWindowTitle(tr("Code Book"));

    // In Action order. The shortcuts work while the focus is in the panel, so they do not take
    // the window's own; Ctrl+N is the window's New Corpus, so a new code is Insert, as in KDE lists.
    makeAction(tr("&New Code"), u"list-add"_s, QKeySequence(Qt::Key_Insert), &CodeBookPanel::newCode);
    // No Ctrl+Shift+N: the window gives it to the note of an annotation.
    makeAction(tr("New C&hild Code"), u"list-add"_s, {}, &CodeBookPanel::newChildCode);
    makeAction(tr("&Rename"), u"edit-rename"_s, QKeySequence(Qt::Key_F2), &CodeBookPanel::renameCurrent);
    makeAction(tr("&Colour…"), u"color-picker"_s, {}, &CodeBookPanel::chooseColour);
    makeAction(tr("&Description…"), u"document-edit"_s, {}, &CodeBookPanel::editDescription);
    makeAction(tr("Move &Up"), u"go-up"_s, QKeySequence(Qt::ALT | Qt::Key_Up), &CodeBookPanel::moveUp);
    makeAction(tr("Move Do&wn"), u"go-down"_s, QKeySequence(Qt::ALT | Qt::Key_Down), &CodeBookPanel::moveDown);
    makeAction(tr("&Indent"), u"format-indent-more"_s, QKeySequence(Qt::ALT | Qt::Key_Right), &CodeBookPanel::indent);
    makeAction(tr("&Outdent"), u"format-indent-less"_s, QKeySequence(Qt::ALT | Qt::Key_Left), &CodeBookPanel::outdent);
    makeAction(tr("&Merge Into…"), u"merge"_s, {}, &CodeBookPanel::mergeCurrent);
    makeAction(tr("De&lete…"), u"edit-delete"_s, QKeySequence(QKeySequence::Delete), &CodeBookPanel::deleteCurrent);
    makeAction(tr("&Load Code Book…"), u"document-open"_s, {}, &CodeBookPanel::chooseCodeBookFile);
    makeAction(tr("Install De&fault Code Book"), {}, {}, &CodeBookPanel::installDefault);
    // Short words on the tool bar, for themes without icons and narrow docks.
    action(Action::NewCode)->setIconText(tr("New"));
    action(Action::NewChildCode)->setIconText(tr("Child"));
    action(Action::Delete)->setIconText(tr("Delete"));
    action(Action::MoveUp)->setIconText(tr("Up"));
    action(Action::MoveDown)->setIconText(tr("Down"));
    action(Action::NewCode)->setToolTip(tr("New code at the top level (Insert)"));
    action(Action::NewChildCode)->setToolTip(tr("New code below the selected one"));
    action(Action::Delete)->setToolTip(tr("Delete the selected code (Del)"));
    action(Action::MoveUp)->setToolTip(tr("Move the selected code up (Alt+Up)"));
    action(Action::MoveDown)->setToolTip(tr("Move the selected code down (Alt+Down)"));

    m_menu->addAction(action(Action::NewCode));
    m_menu->addAction(action(Action::NewChildCode));
    m_menu->addSeparator();
    m_menu->addAction(action(Action::Rename));
    m_menu->addAction(action(Action::Colour));
    m_menu->addAction(action(Action::Description));
    m_menu->addSeparator();
    m_menu->addAction(action(Action::MoveUp));
    m_menu->addAction(action(Action::MoveDown));
    m_menu->addAction(action(Action::Indent));
    m_menu->addAction(action(Action::Outdent));
    m_menu->addSeparator();
    m_menu->addAction(action(Action::MergeInto));
    m_menu->addAction(action(Action::Delete));
    m_menu->addSeparator();
    m_menu->addAction(action(Action::LoadCodeBook));
    m_menu->addAction(action(Action::InstallDefault));

    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonFollowStyle);
    m_toolBar->setAccessibleName(tr("Code book tools"));
    m_toolBar->addAction(action(Action::NewCode));
    m_toolBar->addAction(action(Action::NewChildCode));
    m_toolBar->addAction(action(Action::Delete));
    m_toolBar->addSeparator();
    m_toolBar->addAction(action(Action::MoveUp));
    m_toolBar->addAction(action(Action::MoveDown));
    auto *more = new QToolButton(m_toolBar);
    more->setText(tr("More"));
    more->setIcon(QIcon::fromTheme(u"application-menu"_s));
    more->setToolTip(tr("All code book actions"));
    more->setMenu(m_menu);
    more->setPopupMode(QToolButton::InstantPopup);
    m_toolBar->addWidget(more);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Codes"));
    m_view->setUniformRowHeights(true);
    // The colour swatch: a little smaller than the text, so it reads as a mark, not a block.
    const int swatch = fontMetrics().height() * 2 / 3;
    m_view->setIconSize(QSize(swatch, swatch));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CodeBookModel::NameColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(CodeBookModel::AnnotationsColumn, QHeaderView::ResizeToContents);
    m_view->expandAll();

    m_installButton->setObjectName(u"installDefaultButton"_s);
    m_installButton->setToolTip(tr("Claim, Quote, Figure, Event, Question and Important, for news analysis"));
    connect(m_installButton, &QPushButton::clicked, this, &CodeBookPanel::installDefault);
    m_summary->setObjectName(u"codeBookSummary"_s);
    m_summary->setEnabled(false); // a quiet line, in the disabled text colour

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_installButton);
    layout->addWidget(m_summary);
    setFocusProxy(m_view);

    connect(m_view, &QTreeView::customContextMenuRequested, this,
            [this](const QPoint &at) { m_menu->popup(m_view->viewport()->mapToGlobal(at)); });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->codeId(index); id > 0) {
            Q_EMIT codeActivated(id);
        }
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &CodeBookPanel::currentChanged);
    // The view resets itself first (it connected first); then the current code, and which codes
    // were folded, are put back.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &CodeBookPanel::rememberState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CodeBookPanel::restoreState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateSummary();
    });
    connect(m_model, &CodeBookModel::failed, this, &CodeBookPanel::showError);
    connect(m_view, &QTreeView::collapsed, this, [this](const QModelIndex &index) {
        if (!m_restoring) {
            m_collapsed.insert(m_model->codeId(index));
        }
    });
    connect(m_view, &QTreeView::expanded, this, [this](const QModelIndex &index) {
        if (!m_restoring) {
            m_collapsed.remove(m_model->codeId(index));
        }
    });

    updateActions();
    updateSummary();
}

CodeBookPanel::~CodeBookPanel() = default;

QAction *CodeBookPanel::makeAction(const QString &text, const QString &icon, const QKeySequence &shortcut,
                                   void (CodeBookPanel::*slot)())
{
    auto *created = new QAction(text, this);
    if (!icon.isEmpty()) {
        created->setIcon(QIcon::fromTheme(icon));
    }
    if (!shortcut.isEmpty()) {
        created->setShortcut(shortcut);
        created->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    connect(created, &QAction::triggered, this, slot);
    QWidget::addAction(created);
    m_actions.append(created);
    return created;
}

QAction *CodeBookPanel::action(Action which) const
{
    return m_actions.value(int(which));
}

void CodeBookPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    m_view->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                     : QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->setDragDropMode(readOnly ? QAbstractItemView::NoDragDrop : QAbstractItemView::InternalMove);
    updateActions();
}

qint64 CodeBookPanel::currentCode() const
{
    return m_model->codeId(m_view->currentIndex());
}

void CodeBookPanel::setCurrentCode(qint64 codeId)
{
    const QModelIndex index = m_model->indexOf(codeId);
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_view->setCurrentIndex({});
    }
}

void CodeBookPanel::currentChanged()
{
    updateActions();
    if (m_restoring) {
        return;
    }
    const qint64 id = currentCode();
    if (id != m_current) {
        m_current = id;
        Q_EMIT currentCodeChanged(id);
    }
}

void CodeBookPanel::rememberState()
{
    m_currentBeforeReset = currentCode();
    m_restoring = true;
}

void CodeBookPanel::restoreState()
{
    m_view->expandAll();
    // The current code first: making an item current unfolds its parents.
    m_view->setCurrentIndex(m_model->indexOf(m_currentBeforeReset));
    const QSet<qint64> collapsed = m_collapsed;
    for (qint64 id : collapsed) {
        const QModelIndex index = m_model->indexOf(id);
        if (index.isValid()) {
            m_view->collapse(index);
        }
    }
    m_restoring = false;
    currentChanged();
    updateSummary();
}

void CodeBookPanel::updateActions()
{
    const QModelIndex current = m_view->currentIndex().siblingAtColumn(CodeBookModel::NameColumn);
    const bool has = m_model->codeId(current) > 0;
    const bool editable = !m_readOnly && m_editor;
    const int row = current.row();
    const int siblings = m_model->rowCount(current.parent());
    const bool empty = m_model->rowCount() == 0;
    action(Action::NewCode)->setEnabled(editable);
    action(Action::NewChildCode)->setEnabled(editable && has);
    action(Action::Rename)->setEnabled(editable && has);
    action(Action::Colour)->setEnabled(editable && has);
    action(Action::Description)->setEnabled(editable && has);
    action(Action::MoveUp)->setEnabled(editable && has && row > 0);
    action(Action::MoveDown)->setEnabled(editable && has && row < siblings - 1);
    action(Action::Indent)->setEnabled(editable && has && row > 0);
    action(Action::Outdent)->setEnabled(editable && has && current.parent().isValid());
    action(Action::MergeInto)->setEnabled(editable && has && m_model->codeCount() > 1);
    action(Action::Delete)->setEnabled(editable && has);
    action(Action::LoadCodeBook)->setEnabled(editable);
    action(Action::InstallDefault)->setEnabled(editable && empty);
    m_installButton->setVisible(editable && empty);
}

void CodeBookPanel::updateSummary()
{
    QString text = tr("%n code(s)", nullptr, int(m_model->codeCount())) + u" · "_s
        + tr("%n annotation(s)", nullptr, int(m_model->annotationCount()));
    if (m_model->uncodedAnnotationCount() > 0) {
        text = tr("%1, %n without a code", nullptr, int(m_model->uncodedAnnotationCount())).arg(text);
    }
    m_summary->setText(text);
    updateActions();
}

bool CodeBookPanel::report(const Result<void> &result)
{
    if (!result) {
        showError(result.errorString());
    }
    return result.ok();
}

void CodeBookPanel::showError(const QString &message)
{
    // Not blocking: the panel goes on, the box names the reason.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Code Book"), message, QMessageBox::Ok, this);
    box->setObjectName(u"codeBookError"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString CodeBookPanel::freeName(qint64 parentId) const
{
    const QModelIndex parent = m_model->indexOf(parentId);
    QStringList taken;
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        taken << m_model->index(row, 0, parent).data().toString().toCaseFolded();
    }
    const QString base = tr("New Code");
    QString name = base;
    for (int k = 2; taken.contains(name.toCaseFolded()); ++k) {
        name = base + u' ' + QString::number(k);
    }
    return name;
}

QString CodeBookPanel::freeColour() const
{
    QStringList used;
    for (const RemoveCodeDialog::Target &code : codesOutside(*m_model, 0)) {
        used << code.colour.toLower();
    }
    for (const QString &colour : NewCodeColours) {
        if (!used.contains(colour)) {
            return colour;
        }
    }
    return NewCodeColours.at(int(m_model->codeCount() % NewCodeColours.size()));
}

void CodeBookPanel::createCode(qint64 parentId)
{
    if (m_readOnly || !m_editor) {
        return;
    }
    Result<qint64> created = m_editor->createCode(freeName(parentId), freeColour(), parentId);
    if (!created) {
        showError(created.errorString());
        return;
    }
    if (parentId > 0) {
        m_view->expand(m_model->indexOf(parentId));
    }
    setCurrentCode(*created);
    // Named in place; Escape keeps the name it has.
    m_view->edit(m_model->indexOf(*created));
}

void CodeBookPanel::newCode()
{
    createCode(0);
}

void CodeBookPanel::newChildCode()
{
    if (const qint64 parent = currentCode(); parent > 0) {
        createCode(parent);
    }
}

void CodeBookPanel::renameCurrent()
{
    const QModelIndex current = m_model->indexOf(currentCode());
    if (current.isValid() && !m_readOnly) {
        m_view->edit(current);
    }
}

void CodeBookPanel::chooseColour()
{
    const Code code = m_model->code(m_model->indexOf(currentCode()));
    if (code.id <= 0 || m_readOnly || !m_editor) {
        return;
    }
    const QColor chosen = QColorDialog::getColor(QColor::fromString(code.colour), this, tr("Colour of “%1”").arg(code.name));
    if (chosen.isValid()) {
        report(m_editor->recolourCode(code.id, chosen.name(QColor::HexRgb)));
    }
}

void CodeBookPanel::editDescription()
{
    const Code code = m_model->code(m_model->indexOf(currentCode()));
    if (code.id <= 0 || m_readOnly || !m_editor) {
        return;
    }
    bool ok = false;
    const QString description = QInputDialog::getMultiLineText(
        this, tr("Description"), tr("What “%1” is for:").arg(code.name), code.description, &ok);
    if (ok) {
        report(m_editor->describeCode(code.id, description));
    }
}

void CodeBookPanel::moveCurrent(qint64 parentId, int position)
{
    const qint64 id = currentCode();
    if (id <= 0 || m_readOnly || !m_editor) {
        return;
    }
    if (report(m_editor->moveCode(id, parentId, position))) {
        if (parentId > 0) {
            m_view->expand(m_model->indexOf(parentId));
        }
        setCurrentCode(id);
    }
}

void CodeBookPanel::moveUp()
{
    const QModelIndex current = m_model->indexOf(currentCode());
    if (current.isValid() && current.row() > 0) {
        moveCurrent(m_model->code(current).parentId, current.row() - 1);
    }
}

void CodeBookPanel::moveDown()
{
    const QModelIndex current = m_model->indexOf(currentCode());
    if (current.isValid() && current.row() < m_model->rowCount(current.parent()) - 1) {
        // Among the siblings without it, one further down.
        moveCurrent(m_model->code(current).parentId, current.row() + 1);
    }
}

void CodeBookPanel::indent()
{
    const QModelIndex current = m_model->indexOf(currentCode());
    if (current.isValid() && current.row() > 0) {
        moveCurrent(m_model->codeId(current.siblingAtRow(current.row() - 1)), -1);
    }
}

void CodeBookPanel::outdent()
{
    const QModelIndex current = m_model->indexOf(currentCode());
    const QModelIndex parent = current.parent();
    if (current.isValid() && parent.isValid()) {
        // Right after its old parent.
        moveCurrent(m_model->code(parent).parentId, parent.row() + 1);
    }
}

void CodeBookPanel::mergeCurrent()
{
    const QModelIndex current = m_model->indexOf(currentCode());
    const Code code = m_model->code(current);
    if (code.id <= 0 || m_readOnly || !m_editor) {
        return;
    }
    const QList<RemoveCodeDialog::Target> targets = codesOutside(*m_model, code.id);
    if (targets.isEmpty()) {
        showError(tr("There is no other code to merge “%1” into.").arg(code.name));
        return;
    }
    QStringList paths;
    for (const RemoveCodeDialog::Target &target : targets) {
        paths << target.path;
    }
    bool ok = false;
    const QString path = current.data(CodeBookModel::FullPathRole).toString();
    const QString chosen = QInputDialog::getItem(this, tr("Merge Code"),
                                                 tr("Merge “%1” into (its annotations and the codes below it go there):").arg(path),
                                                 paths, 0, false, &ok);
    if (!ok) {
        return;
    }
    const qsizetype at = paths.indexOf(chosen);
    if (at < 0) {
        return;
    }
    const qint64 into = targets.at(at).id;
    if (report(m_editor->mergeCodes(code.id, into))) {
        setCurrentCode(into);
    }
}

void CodeBookPanel::deleteCurrent()
{
    const QModelIndex current = m_model->indexOf(currentCode());
    const Code code = m_model->code(current);
    if (code.id <= 0 || m_readOnly || !m_editor) {
        return;
    }
    // Where the selection goes afterwards: the next code, else the one before, else the parent.
    const QModelIndex next = current.siblingAtRow(current.row() + 1).isValid() ? current.siblingAtRow(current.row() + 1)
                                                                              : current.siblingAtRow(current.row() - 1);
    const qint64 then = next.isValid() ? m_model->codeId(next) : code.parentId;

    CodeBook::RemovedAnnotations choice = CodeBook::RemovedAnnotations::KeepUncoded;
    qint64 target = 0;
    const qint64 annotations = current.data(CodeBookModel::TotalAnnotationCountRole).toLongLong();
    if (annotations > 0) {
        int below = 0;
        const auto count = [&](const auto &self, const QModelIndex &parent) -> void {
            for (int row = 0; row < m_model->rowCount(parent); ++row) {
                ++below;
                self(self, m_model->index(row, 0, parent));
            }
        };
        count(count, current);
        RemoveCodeDialog dialog(current.data(CodeBookModel::FullPathRole).toString(), below, annotations,
                                codesOutside(*m_model, code.id), this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        choice = dialog.choice();
        target = dialog.target();
    }
    if (report(m_editor->removeCode(code.id, choice, target))) {
        setCurrentCode(then);
    }
}

void CodeBookPanel::chooseCodeBookFile()
{
    if (m_readOnly || !m_editor) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Code Book"), QString(),
                                                      tr("Code books (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        loadCodeBook(path);
    }
}

void CodeBookPanel::loadCodeBook(const QString &path)
{
    if (m_readOnly || !m_editor) {
        return;
    }
    if (m_model->codeCount() > 0) {
        QMessageBox question(QMessageBox::Question, tr("Load Code Book"),
                             tr("Replace the %n code(s) of this corpus with those of “%1”?", nullptr, int(m_model->codeCount()))
                                 .arg(QFileInfo(path).fileName()),
                             QMessageBox::Cancel, this);
        question.setObjectName(u"replaceCodeBookQuestion"_s);
        question.setInformativeText(tr("Annotations keep their code where the new code book has a code of the same path; "
                                       "the others are kept without a code. Edit › Undo brings the old code book back."));
        QPushButton *replace = question.addButton(tr("Replace"), QMessageBox::AcceptRole);
        question.setDefaultButton(replace);
        question.exec();
        if (question.clickedButton() != replace) {
            return;
        }
    }
    report(m_editor->replaceCodeBook(path));
}

void CodeBookPanel::installDefault()
{
    if (m_readOnly || !m_editor) {
        return;
    }
    if (report(m_editor->installDefaultCodeBook()) && m_model->rowCount() > 0) {
        setCurrentCode(m_model->codeId(m_model->index(0, 0)));
    }
}

} // namespace Gloss
