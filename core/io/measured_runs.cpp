// SPDX-License-Identifier: GPL-3.0-or-later
#include "measured_runs.h"

#include "csv_table.h"
#include "format.h"
#include "parameter_registry.h"
#include "scenario_io.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <map>
#include <utility>

namespace mlimpact {

namespace {

/// ISO 3166-1 alpha-3 -> alpha-2 for the countries of the built-in grid catalog (CodeCarbon writes
/// alpha-3, the catalog alpha-2). Source: ISO 3166-1 country codes.
constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kIso3To2{{
    {"USA", "US"}, {"CAN", "CA"}, {"FRA", "FR"}, {"SWE", "SE"}, {"NOR", "NO"}, {"DEU", "DE"}, {"POL", "PL"},
    {"GBR", "GB"}, {"IRL", "IE"}, {"FIN", "FI"}, {"NLD", "NL"}, {"IND", "IN"}, {"CHN", "CN"}, {"AUS", "AU"},
    {"BRA", "BR"}, {"SGP", "SG"}, {"JPN", "JP"}, {"TWN", "TW"}, {"KOR", "KR"}, {"ISL", "IS"},
}};

std::string lower(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return c == ' ' || c == '_' ? '-' : static_cast<char>(std::tolower(c)); });
    return out;
}

std::string trimmed(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

/// Reads the columns of one row; an error names the line, the column and what was expected.
class RowReader
{
public:
    RowReader(const CsvTable &table, const std::string &file, Diagnostics &diagnostics)
        : m_table(table)
        , m_file(file)
        , m_diagnostics(diagnostics)
    {}

    /// The number in `name` (`fallback` if the column is absent or the field empty); nullopt on bad text.
    std::optional<double> number(std::size_t row, std::string_view name, double fallback, const char *expected)
    {
        const auto col = m_table.column(name);
        if (!col)
            return fallback;
        const std::string text = trimmed(m_table.rows[row][*col]);
        if (text.empty())
            return fallback;
        double value = 0;
        const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (ec != std::errc() || end != text.data() + text.size() || !(value >= 0) || value > 1e15) {
            m_diagnostics.push_back(csvError(m_file, m_table.rowLines[row], static_cast<int>(*col) + 1,
                                             std::string(name) + " is '" + text + "'; expected " + expected));
            return std::nullopt;
        }
        return value;
    }
    std::string text(std::size_t row, std::string_view name) const
    {
        const auto col = m_table.column(name);
        return col ? trimmed(m_table.rows[row][*col]) : std::string();
    }

private:
    const CsvTable &m_table;
    const std::string &m_file;
    Diagnostics &m_diagnostics;
};

struct PlaceEnergy
{
    double kwh = 0;
    int runs = 0;
};

void chooseRegion(const Catalog &catalog, const std::map<std::string, PlaceEnergy> &byRegion,
                  const std::map<std::string, PlaceEnergy> &unmapped, MeasuredRuns &out)
{
    double total = 0, best = -1;
    for (const auto &[id, e] : byRegion) {
        total += e.kwh;
        if (e.kwh > best) {
            best = e.kwh;
            out.region = id;
        }
    }
    for (const auto &[place, e] : unmapped)
        out.unmapped.push_back(place + ": " + std::to_string(e.runs) + " run" + (e.runs == 1 ? "" : "s") + ", " +
                               formatQuantity(e.kwh, Quantity::EnergyKwh) + " (counted, but no grid region)");
    if (byRegion.size() > 1) {
        std::string shares;
        for (const auto &[id, e] : byRegion)
            shares += (shares.empty() ? "" : ", ") + catalog.gridRegion(id)->name + " " +
                      formatPercent(total > 0 ? e.kwh / total : 0, 2);
        out.notes.push_back("runs in several regions (" + shares + "); the phase takes the one with the most energy");
    }
}

} // namespace

std::optional<MeasuredPhase> measuredPhaseFromKey(std::string_view key)
{
    if (key == "development")
        return MeasuredPhase::Development;
    if (key == "training")
        return MeasuredPhase::Training;
    return std::nullopt;
}

std::string gridRegionFor(const Catalog &catalog, std::string_view countryIso3, std::string_view region)
{
    std::string iso3(countryIso3);
    std::transform(iso3.begin(), iso3.end(), iso3.begin(), [](unsigned char c) { return std::toupper(c); });
    const auto it = std::find_if(kIso3To2.begin(), kIso3To2.end(), [&](const auto &p) { return p.first == iso3; });
    if (it == kIso3To2.end())
        return {};
    const std::string wanted = lower(region);
    std::string countryLevel;
    for (const GridRegion &g : catalog.gridRegions()) {
        if (g.country != it->second)
            continue;
        // A sub-national entry ("US - Virginia", id us-virginia) matches CodeCarbon's region ("virginia").
        if (!wanted.empty() && g.id.ends_with("-" + wanted))
            return g.id;
        if (countryLevel.empty() && g.name.find(" - ") == std::string::npos)
            countryLevel = g.id;
    }
    return countryLevel;
}

std::optional<MeasuredRuns> readCodeCarbonRuns(std::string_view text, const std::string &fileName,
                                               const Catalog &catalog, Diagnostics &diagnostics)
{
    const auto table = parseCsv(text, fileName, diagnostics);
    if (!table)
        return std::nullopt;
    for (const char *required : {"duration", "energy_consumed"}) {
        if (!table->column(required)) {
            diagnostics.push_back(csvError(fileName, 1, 1,
                                           std::string("no column '") + required +
                                               "'; expected CodeCarbon's emissions.csv header (duration in s, "
                                               "energy_consumed in kWh)"));
            return std::nullopt;
        }
    }
    if (table->rows.empty()) {
        diagnostics.push_back(csvError(fileName, 2, 1, "no runs; expected one line per run after the header"));
        return std::nullopt;
    }
    RowReader read(*table, fileName, diagnostics);
    MeasuredRuns out;
    std::map<std::string, PlaceEnergy> byRegion, unmapped;
    for (std::size_t i = 0; i < table->rows.size(); ++i) {
        const auto duration = read.number(i, "duration", 0, "a duration in seconds (>= 0)");
        const auto energy = read.number(i, "energy_consumed", 0, "energy in kWh (>= 0)");
        const auto pue = read.number(i, "pue", 1, "a PUE (>= 1)");
        const auto gpus = read.number(i, "gpu_count", 0, "a number of GPUs (>= 0)");
        const auto emissions = read.number(i, "emissions", 0, "emissions in kg CO2eq (>= 0)");
        if (!duration || !energy || !pue || !gpus || !emissions)
            return std::nullopt;
        if (*pue < 1) {
            diagnostics.push_back(csvError(fileName, table->rowLines[i], static_cast<int>(*table->column("pue")) + 1,
                                           "pue is " + formatNumber(*pue) + "; expected 1 or more"));
            return std::nullopt;
        }
        const double itKwh = *energy / *pue; // CodeCarbon multiplies the metered energy by its pue
        ++out.runs;
        out.it_energy_kwh += itKwh;
        out.duration_hours += *duration / 3600.0;
        out.device_hours += *duration / 3600.0 * std::max(1.0, *gpus);
        out.max_gpus = std::max(out.max_gpus, *gpus);
        out.emissions_kgco2e += *emissions;
        const std::string country = read.text(i, "country_iso_code");
        const std::string region = read.text(i, "region");
        const std::string id = gridRegionFor(catalog, country, region);
        PlaceEnergy &e = id.empty() ? unmapped["country '" + country + "', region '" + region + "'"] : byRegion[id];
        e.kwh += itKwh;
        ++e.runs;
    }
    chooseRegion(catalog, byRegion, unmapped, out);
    return out;
}

std::vector<std::string> applyMeasuredRuns(Scenario &s, MeasuredPhase phase, const MeasuredRuns &runs)
{
    std::vector<std::string> lines;
    const std::string energy = formatQuantity(runs.it_energy_kwh, Quantity::EnergyKwh);
    const double powerW = runs.device_hours > 0 ? runs.it_energy_kwh * 1000.0 / runs.device_hours : 0.0;
    if (phase == MeasuredPhase::Development) {
        s.development.enabled = true;
        s.development.measured = true;
        s.development.measured_energy_kwh = runs.it_energy_kwh;
        s.development.measured_energy_includes_pue = false;
        lines.push_back("development: measured energy " + energy + " at the IT equipment from " +
                        std::to_string(runs.runs) + " runs");
        lines.push_back("development: not applied: " + formatQuantity(runs.device_hours, Quantity::Hours) +
                        " of device time and the region (development runs on the training site)");
        return lines;
    }
    TrainingPhase &t = s.training;
    t.enabled = true;
    t.workload.mode = ComputeMode::MeasuredEnergy;
    t.workload.measured_energy_kwh = runs.it_energy_kwh;
    t.workload.measured_energy_includes_pue = false;
    lines.push_back("training: measured energy " + energy + " at the IT equipment from " + std::to_string(runs.runs) +
                    " runs");
    if (powerW > 0) {
        t.site.avg_power_w = powerW;
        lines.push_back("training: measured power " + formatSignificant(powerW) + " W per device over " +
                        formatQuantity(runs.device_hours, Quantity::Hours) + " of device time");
    }
    if (runs.max_gpus > 0) {
        t.workload.devices = runs.max_gpus;
        lines.push_back("training: " + formatNumber(runs.max_gpus) + " devices in parallel");
    }
    if (!runs.region.empty()) {
        t.site.region = runs.region;
        lines.push_back("training: region " + runs.region);
    }
    return lines;
}

std::optional<MeasuredRunsImport> importMeasuredRuns(std::string_view csvText, const std::string &csvFile,
                                                     MeasuredPhase phase, const Scenario &scenario,
                                                     const Catalog &catalog, Diagnostics &diagnostics)
{
    auto runs = readCodeCarbonRuns(csvText, csvFile, catalog, diagnostics);
    if (!runs)
        return std::nullopt;
    MeasuredRunsImport out{scenario, *runs, {}};
    out.lines = applyMeasuredRuns(out.scenario, phase, *runs);
    for (const auto &note : runs->notes)
        out.lines.push_back("note: " + note);
    for (const auto &place : runs->unmapped)
        out.lines.push_back("not mapped to a grid region: " + place);
    // A measured value outside a parameter's range (a run of a few joules) is refused, not clamped.
    Diagnostics problems;
    for (const Parameter &p : parameterRegistry()) {
        for (Diagnostic d : validateValue(p, p.get(out.scenario), catalog)) {
            d.file = csvFile;
            d.message = "imported " + p.path + ": " + d.message;
            problems.push_back(std::move(d));
        }
    }
    for (Diagnostic d : consistencyProblems(out.scenario, catalog)) {
        d.file = csvFile;
        problems.push_back(std::move(d));
    }
    if (hasErrors(problems)) {
        diagnostics.insert(diagnostics.end(), problems.begin(), problems.end());
        return std::nullopt;
    }
    return out;
}

} // namespace mlimpact
