// SPDX-License-Identifier: GPL-3.0-or-later
#include "changecodecommand.h"

#include "store/codebook.h"

namespace Gloss {

namespace {

QString textFor(ChangeCodeCommand::Field field, const QString &name)
{
    switch (field) {
    case ChangeCodeCommand::Field::Name:
        return ChangeCodeCommand::tr("Rename Code “%1”").arg(name);
    case ChangeCodeCommand::Field::Colour:
        return ChangeCodeCommand::tr("Change Colour of “%1”").arg(name);
    case ChangeCodeCommand::Field::Description:
        return ChangeCodeCommand::tr("Change Description of “%1”").arg(name);
    }
    return {};
}

} // namespace

ChangeCodeCommand::ChangeCodeCommand(CodeBookEditor &editor, qint64 codeId, const QString &name, Field field,
                                     const QString &value)
    : CodeBookCommand(editor, textFor(field, name))
    , m_codeId(codeId)
    , m_field(field)
    , m_new(value)
{
}

QString ChangeCodeCommand::valueNow() const
{
    const std::optional<Code> code = codeBook().find(m_codeId);
    if (!code) {
        return {};
    }
    switch (m_field) {
    case Field::Name:
        return code->name;
    case Field::Colour:
        return code->colour;
    case Field::Description:
        return code->description;
    }
    return {};
}

Result<void> ChangeCodeCommand::apply()
{
    if (!codeBook().find(m_codeId)) {
        return badInput(tr("There is no code %1.").arg(m_codeId));
    }
    m_old = valueNow();
    if (Result<void> written = write(m_new); !written) {
        return written;
    }
    m_new = valueNow();
    return {};
}

Result<void> ChangeCodeCommand::write(const QString &value)
{
    switch (m_field) {
    case Field::Name:
        return codeBook().rename(m_codeId, value);
    case Field::Colour:
        return codeBook().recolour(m_codeId, value);
    case Field::Description:
        return codeBook().describe(m_codeId, value);
    }
    return {};
}

} // namespace Gloss
