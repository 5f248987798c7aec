// `ml-impact-explorer export`: charts and slide decks without a display.
// Needs a QApplication (main() creates one on the offscreen platform).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mlimpact::cli {

int runExport(const QStringList &args);

} // namespace mlimpact::cli
