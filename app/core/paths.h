// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Gloss::Paths {

// The corpus the window and the CLI use when no other is named: under the user's data location.
QString defaultDatabase();
// The file name suffix of Gloss databases.
inline constexpr auto DatabaseSuffix = "gloss";

} // namespace Gloss::Paths
