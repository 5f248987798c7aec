// `import-runs`: measured runs (CodeCarbon's emissions.csv) into a scenario file's phase.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mlimpact::cli {

int runImportRunsCommand(const QStringList &args);

} // namespace mlimpact::cli
