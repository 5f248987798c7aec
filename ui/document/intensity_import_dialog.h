// File > Import Hourly Intensity: a year of hourly carbon intensity (CSV) into a region of a user
// catalog, which is then added to the open document (the same core import as `import-intensity`).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace mlimpact::ui {

class ScenarioDocument;

/// Asks for the CSV, the region and the catalog file to write, imports, adds the catalog, and shows
/// what was read (or the problems, with nothing written).
void importHourlyIntensityInteractively(QWidget *parent, ScenarioDocument &document);

} // namespace mlimpact::ui
