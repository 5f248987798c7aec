// A year of hourly carbon intensity from a CSV file (Electricity Maps' hourly export, WattTime's
// historical MOER, or a plain `datetime,gco2_per_kwh` file) into a grid region of a user catalog
// (docs/model.md, "A year of hourly intensity"; the import-intensity command).
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "diagnostics.h"
#include "mlimpact_core_export.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlimpact {

/// The column layouts the importer recognises by their header.
enum class IntensityLayout { ElectricityMaps, WattTime, Plain };

/// Which of Electricity Maps' two intensities to read.
enum class EmissionScope { LifeCycle, Direct };

struct IntensityImportOptions
{
    EmissionScope scope = EmissionScope::LifeCycle;
    /// The kind of a plain file's values (Electricity Maps is always average, WattTime marginal).
    IntensityKind plainKind = IntensityKind::Average;
};

struct ImportedIntensity
{
    IntensityLayout layout = IntensityLayout::Plain;
    IntensityKind kind = IntensityKind::Average;
    HourOfYearSeries series;        ///< gCO2e/kWh, hour 0 = 1 January 00:00 UTC
    std::string column;             ///< the header of the column read
    int rows = 0;                   ///< data rows read (more than the hours where data is sub-hourly)
    std::vector<std::string> lines; ///< what was done, in words (layout, unit conversion, averaging)
};

/// WattTime's MOER unit, lbs CO2 per MWh, in g per kWh: 453.59237 g/lb / 1000 kWh/MWh.
inline constexpr double kGramsPerKwhPerLbPerMwh = 0.45359237;

/// "Electricity Maps", "WattTime", "plain".
MLIMPACT_CORE_EXPORT std::string_view intensityLayoutName(IntensityLayout layout);

/// Reads a year of hourly intensities. Rows may come in any order; rows within one UTC hour are
/// averaged (WattTime's historical data is every 5 minutes). On a malformed file (unknown header, a
/// bad time or number, a negative value, a repeated time, a missing hour, rows from two years):
/// nullopt and errors naming the file, line and column.
MLIMPACT_CORE_EXPORT std::optional<ImportedIntensity> readHourlyIntensity(std::string_view csvText,
                                                                          const std::string &fileName,
                                                                          const IntensityImportOptions &options,
                                                                          Diagnostics &diagnostics);

/// The user catalog `catalogText` (empty: a new one) with `imported` as the hour-of-year series of
/// region `regionId`: an entry already in that file is updated; one from the built-in or another user
/// catalog (`catalog`) is copied first; an unknown id becomes a new region whose annual intensity is
/// the series' mean. Returns the new text, checked by loading it; nullopt and errors otherwise.
MLIMPACT_CORE_EXPORT std::optional<std::string>
addHourlyIntensityToCatalog(const std::string &catalogText, const std::string &catalogFile, const std::string &regionId,
                            const ImportedIntensity &imported, const std::string &csvFile, const Catalog &catalog,
                            Diagnostics &diagnostics, std::vector<std::string> *lines = nullptr);

/// The whole import, as `import-intensity` and File ▸ Import Hourly Intensity run it: reads `csvFile`,
/// adds its series to region `regionId` of the user catalog `outFile` (created or updated) and writes it
/// atomically. Returns what was done, one line each; on any error nullopt, the problems, and nothing written.
MLIMPACT_CORE_EXPORT std::optional<std::vector<std::string>>
importHourlyIntensityFile(const std::string &csvFile, const std::string &regionId, const std::string &outFile,
                          const IntensityImportOptions &options, const Catalog &catalog, Diagnostics &diagnostics);

} // namespace mlimpact
