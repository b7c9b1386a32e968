// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Gloss {

// What a recognised span names. Stored by name in the `entity.kind` column.
enum class EntityKind { Person, Organisation, Location, Group, Date, Quantity };

inline constexpr EntityKind AllEntityKinds[] = {EntityKind::Person, EntityKind::Organisation, EntityKind::Location,
                                                EntityKind::Group,  EntityKind::Date,         EntityKind::Quantity};

// PERSON, ORG, LOC, NORP, DATE, QUANTITY: the names the CLI and exports use.
QString entityKindName(EntityKind kind);
// The inverse of entityKindName(); false when `name` is none of them.
bool entityKindFromName(const QString &name, EntityKind *kind);

} // namespace Gloss
