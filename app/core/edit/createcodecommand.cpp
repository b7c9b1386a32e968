// SPDX-License-Identifier: GPL-3.0-or-later
#include "createcodecommand.h"

#include "store/codebook.h"

namespace Gloss {

CreateCodeCommand::CreateCodeCommand(CodeBookEditor &editor, const QString &name, const QString &colour,
                                     qint64 parentId, const QString &description)
    : SnapshotCommand(editor, tr("New Code “%1”").arg(name.trimmed()))
    , m_name(name)
    , m_colour(colour)
    , m_parentId(parentId)
    , m_description(description)
{
}

Result<void> CreateCodeCommand::change()
{
    Result<qint64> created = codeBook().create(m_name, m_colour, m_description, m_parentId);
    if (!created) {
        return created.error();
    }
    m_codeId = *created;
    return {};
}

} // namespace Gloss
