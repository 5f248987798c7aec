// Diagnostics, the one problem type of core, ui and cli, worded for dialogs.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics.h"

#include <QString>

namespace mlimpact::ui {

/// One "file: /json/path: error: message" line (Diagnostic::toString) per problem, joined by
/// newlines; with `errorsOnly`, warnings and notes are left out. At most `maxLines` lines
/// (0: all), then "… and N more".
QString problemText(const Diagnostics &diagnostics, bool errorsOnly = true, int maxLines = 0);

/// An error about `file` (a path or a label) with `message`, for problems found in the interface.
Diagnostics problem(const QString &file, const QString &message);

} // namespace mlimpact::ui
