// `export --lesson ID --out deck.pdf`: a lesson's slides without a display.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mlimpact::cli {

/// Writes the deck of the lesson `idOrFile` to `out` (a .pdf); returns the exit code.
int runLessonExport(const QString &idOrFile, const QString &out);

} // namespace mlimpact::cli
