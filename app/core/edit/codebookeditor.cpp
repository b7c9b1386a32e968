// SPDX-License-Identifier: GPL-3.0-or-later
#include "codebookeditor.h"

#include "changecodecommand.h"
#include "createcodecommand.h"
#include "mergecodescommand.h"
#include "movecodecommand.h"
#include "removecodecommand.h"
#include "replacecodebookcommand.h"

#include <QUndoStack>

namespace Gloss {

namespace {

QString nameOf(const CodeBook &book, qint64 id)
{
    const std::optional<Code> code = book.find(id);
    return code ? code->name : QString();
}

} // namespace

CodeBookEditor::CodeBookEditor(Database &database, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_codeBook(database)
    , m_undoStack(undoStack)
{
}

CodeBookEditor::~CodeBookEditor() = default;

void CodeBookEditor::notifyChanged(bool annotationsToo)
{
    Q_EMIT codesChanged();
    if (annotationsToo) {
        Q_EMIT annotationsChanged();
    }
}

Result<void> CodeBookEditor::run(std::unique_ptr<CodeBookCommand> command)
{
    if (Result<void> done = command->firstRedo(); !done) {
        return done;
    }
    keep(std::move(command));
    return {};
}

void CodeBookEditor::keep(std::unique_ptr<CodeBookCommand> command)
{
    if (command->changedNothing()) {
        return;
    }
    if (m_undoStack) {
        // push() calls redo(), which only reports the change firstRedo() made.
        m_undoStack->push(command.release());
    } else {
        command->redo();
    }
}

Result<qint64> CodeBookEditor::createCode(const QString &name, const QString &colour, qint64 parentId,
                                          const QString &description)
{
    auto command = std::make_unique<CreateCodeCommand>(*this, name, colour, parentId, description);
    if (Result<void> done = command->firstRedo(); !done) {
        return done.error();
    }
    const qint64 id = command->codeId();
    keep(std::move(command));
    return id;
}

Result<void> CodeBookEditor::renameCode(qint64 id, const QString &name)
{
    return run(std::make_unique<ChangeCodeCommand>(*this, id, nameOf(m_codeBook, id), ChangeCodeCommand::Field::Name, name));
}

Result<void> CodeBookEditor::recolourCode(qint64 id, const QString &colour)
{
    return run(
        std::make_unique<ChangeCodeCommand>(*this, id, nameOf(m_codeBook, id), ChangeCodeCommand::Field::Colour, colour));
}

Result<void> CodeBookEditor::describeCode(qint64 id, const QString &description)
{
    return run(std::make_unique<ChangeCodeCommand>(*this, id, nameOf(m_codeBook, id),
                                                   ChangeCodeCommand::Field::Description, description));
}

Result<void> CodeBookEditor::moveCode(qint64 id, qint64 parentId, int position)
{
    return run(std::make_unique<MoveCodeCommand>(*this, id, nameOf(m_codeBook, id), parentId, position));
}

Result<void> CodeBookEditor::mergeCodes(qint64 from, qint64 into)
{
    return run(std::make_unique<MergeCodesCommand>(*this, from, nameOf(m_codeBook, from), into, nameOf(m_codeBook, into)));
}

Result<void> CodeBookEditor::removeCode(qint64 id, CodeBook::RemovedAnnotations annotations, qint64 target)
{
    return run(std::make_unique<RemoveCodeCommand>(*this, id, nameOf(m_codeBook, id), annotations, target));
}

Result<void> CodeBookEditor::installDefaultCodeBook()
{
    return run(std::make_unique<ReplaceCodeBookCommand>(*this));
}

Result<void> CodeBookEditor::replaceCodeBook(const QString &path)
{
    return run(std::make_unique<ReplaceCodeBookCommand>(*this, path));
}

} // namespace Gloss
