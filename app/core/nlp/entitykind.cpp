// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitykind.h"

using namespace Qt::StringLiterals;

namespace Gloss {

QString entityKindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Person:
        return u"PERSON"_s;
    case EntityKind::Organisation:
        return u"ORG"_s;
    case EntityKind::Location:
        return u"LOC"_s;
    case EntityKind::Group:
        return u"NORP"_s;
    case EntityKind::Date:
        return u"DATE"_s;
    case EntityKind::Quantity:
        return u"QUANTITY"_s;
    }
    return u"PERSON"_s;
}

bool entityKindFromName(const QString &name, EntityKind *kind)
{
    for (EntityKind candidate : AllEntityKinds) {
        if (entityKindName(candidate).compare(name, Qt::CaseInsensitive) == 0) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

} // namespace Gloss
