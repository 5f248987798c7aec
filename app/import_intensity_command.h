// `import-intensity`: a year of hourly carbon intensity (CSV) into a grid region of a user catalog.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mlimpact::cli {

int runImportIntensityCommand(const QStringList &args);

} // namespace mlimpact::cli
