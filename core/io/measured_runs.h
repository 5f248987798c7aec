// Measured runs from CodeCarbon's emissions.csv, aggregated and applied to a phase of a scenario
// (docs/model.md §2, "Measured runs"). CodeCarbon meters the IT equipment (CPU, GPU and RAM) and
// multiplies by the `pue` it was given (1 by default); the import divides that back out.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "diagnostics.h"
#include "mlimpact_core_export.h"
#include "scenario.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlimpact {

/// The phase a file of measured runs goes into.
enum class MeasuredPhase { Development, Training };

/// "development" / "training" -> phase; nullopt for anything else.
MLIMPACT_CORE_EXPORT std::optional<MeasuredPhase> measuredPhaseFromKey(std::string_view key);

/// Many runs, summed.
struct MeasuredRuns
{
    int runs = 0;
    double it_energy_kwh = 0;          ///< sum of energy_consumed / pue: at the IT equipment
    double duration_hours = 0;         ///< sum of duration
    double device_hours = 0;           ///< sum of duration x GPUs (1 for a run without GPUs)
    double max_gpus = 0;               ///< most GPUs one run used (0: none reported)
    double emissions_kgco2e = 0;       ///< CodeCarbon's own figure, for comparison only
    std::string region;                ///< grid region id the most energy ran in; "" if none could be mapped
    std::vector<std::string> unmapped; ///< what could not be mapped, in words
    std::vector<std::string> notes;    ///< how the region was chosen
};

/// Reads CodeCarbon's emissions.csv (columns in any order; `duration` in s and `energy_consumed` in
/// kWh required). On a malformed file: nullopt and errors naming the file, line and column.
MLIMPACT_CORE_EXPORT std::optional<MeasuredRuns> readCodeCarbonRuns(std::string_view text, const std::string &fileName,
                                                                    const Catalog &catalog, Diagnostics &diagnostics);

/// The grid region a CodeCarbon country (ISO 3166-1 alpha-3) and region name map to; "" if none.
MLIMPACT_CORE_EXPORT std::string gridRegionFor(const Catalog &catalog, std::string_view countryIso3,
                                               std::string_view region);

/// Fills the phase's measured energy (IT equipment), power per device, devices and region; returns one
/// line per change and per input it did not apply.
MLIMPACT_CORE_EXPORT std::vector<std::string> applyMeasuredRuns(Scenario &scenario, MeasuredPhase phase,
                                                                const MeasuredRuns &runs);

/// What an import did: the scenario with the runs applied, and one line per change or input left out.
struct MeasuredRunsImport
{
    Scenario scenario;
    MeasuredRuns runs;
    std::vector<std::string> lines;
};

/// Reads the CSV text, applies it to `scenario` and checks every value of the result against the
/// registry and catalog. On any error: nullopt (the caller changes nothing) and the problems.
MLIMPACT_CORE_EXPORT std::optional<MeasuredRunsImport>
importMeasuredRuns(std::string_view csvText, const std::string &csvFile, MeasuredPhase phase, const Scenario &scenario,
                   const Catalog &catalog, Diagnostics &diagnostics);

} // namespace mlimpact
