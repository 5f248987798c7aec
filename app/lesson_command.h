// `ml-impact-explorer lessons`: the built-in lessons (and lesson files given), one per claim,
// with their title and claim; --check evaluates every step as the tests do.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mlimpact::cli {

int runLessons(const QStringList &args);

} // namespace mlimpact::cli
