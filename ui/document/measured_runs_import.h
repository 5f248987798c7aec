// File > Import Measured Runs: CodeCarbon's emissions.csv into a phase of the open document,
// as one undoable edit (the same core import as `ml-impact-explorer import-runs`).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "measured_runs.h"

#include <QString>

class QWidget;

namespace mlimpact::ui {

class ScenarioDocument;

/// Imports `path` into `phase` of the document's baseline. Returns what was done (one line per change
/// or input left out), or the problems as text in `error` (the document is then unchanged).
QStringList importMeasuredRunsFile(ScenarioDocument &document, const QString &path, MeasuredPhase phase,
                                   QString *error);

/// Asks for the file and the phase, imports, and shows what was filled and what could not be mapped.
void importMeasuredRunsInteractively(QWidget *parent, ScenarioDocument &document);

} // namespace mlimpact::ui
