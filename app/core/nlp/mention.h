// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitykind.h"

#include <QString>

namespace Gloss {

// A recognised name in a text: where, what kind, and the one name it stands for.
struct Mention {
    qsizetype start = 0;
    qsizetype end = 0;
    EntityKind kind = EntityKind::Person;
    QString canonical;

    friend bool operator==(const Mention &, const Mention &) = default;
};

} // namespace Gloss
