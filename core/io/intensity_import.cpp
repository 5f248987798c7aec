// SPDX-License-Identifier: GPL-3.0-or-later
#include "intensity_import.h"

#include "csv_table.h"
#include "embedded_data.h"
#include "file_io.h"
#include "format.h"
#include "json_reader.h"
#include "json_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <map>

namespace mlimpact {

using nlohmann::ordered_json;

std::string_view intensityLayoutName(IntensityLayout layout)
{
    switch (layout) {
    case IntensityLayout::ElectricityMaps:
        return "Electricity Maps";
    case IntensityLayout::WattTime:
        return "WattTime";
    case IntensityLayout::Plain:
        return "plain";
    }
    return "plain";
}

namespace {

std::string lowered(std::string_view s)
{
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string trimmedText(std::string_view s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
long long daysFromCivil(long long y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long long>(doe) - 719468;
}

/// Reads `count` digits at `pos` into `value`; false if they are not all digits.
bool digits(std::string_view s, std::size_t pos, std::size_t count, int &value)
{
    if (pos + count > s.size())
        return false;
    const auto [end, ec] = std::from_chars(s.data() + pos, s.data() + pos + count, value);
    return ec == std::errc() && end == s.data() + pos + count;
}

/// "+01:00", "-0500", "Z" or "" (UTC) -> minutes east of UTC; nullopt otherwise.
std::optional<int> utcOffsetMinutes(std::string_view zone)
{
    if (zone.empty() || zone == "Z" || zone == "z" || zone == " UTC" || zone == "UTC")
        return 0;
    int h = 0, m = 0;
    const bool colon = zone.size() == 6 && zone[3] == ':';
    if ((zone[0] != '+' && zone[0] != '-') || !(colon || zone.size() == 5) || !digits(zone, 1, 2, h) ||
        !digits(zone, colon ? 4 : 3, 2, m) || h > 23 || m > 59)
        return std::nullopt;
    return (zone[0] == '-' ? -1 : 1) * (h * 60 + m);
}

struct UtcTime
{
    int year = 0;
    long long minute = 0; ///< minutes since 1970-01-01 00:00 UTC
};

/// ISO 8601 date and time "2023-01-31T05:00[:00[.000]][Z|+hh:mm]" (or a space for the T).
std::optional<UtcTime> parseUtcTime(std::string_view s)
{
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    if (!digits(s, 0, 4, y) || s.size() < 16 || s[4] != '-' || !digits(s, 5, 2, mo) || s[7] != '-' ||
        !digits(s, 8, 2, d) || (s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, h) || s[13] != ':' ||
        !digits(s, 14, 2, mi))
        return std::nullopt;
    std::size_t pos = 16;
    if (pos < s.size() && s[pos] == ':') {
        if (!digits(s, pos + 1, 2, sec))
            return std::nullopt;
        pos += 3;
        while (pos < s.size() && (s[pos] == '.' || std::isdigit(static_cast<unsigned char>(s[pos]))))
            ++pos; // fractions of a second do not move a row to another hour
    }
    const auto offset = utcOffsetMinutes(s.substr(pos));
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (!offset || mo < 1 || mo > 12 || d < 1 || d > kDays[mo - 1] + (mo == 2 && leap ? 1 : 0) || h > 23 || mi > 59 ||
        sec > 60)
        return std::nullopt;
    const long long minute =
        daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d)) * 1440 + 60LL * h + mi - *offset;
    // The year after the offset is applied: 2023-01-01T00:30+01:00 is still 2022 in UTC.
    const long long day = minute >= 0 ? minute / 1440 : (minute - 1439) / 1440;
    const int utcYear = day < daysFromCivil(y, 1, 1) ? y - 1 : (day >= daysFromCivil(y + 1, 1, 1) ? y + 1 : y);
    return UtcTime{utcYear, minute};
}

/// "2023-03-12 02:00 UTC" for an hour of a year.
std::string hourText(int year, std::size_t hourOfYear)
{
    long long days = daysFromCivil(year, 1, 1) + static_cast<long long>(hourOfYear / 24);
    // civil_from_days, the inverse of daysFromCivil.
    days += 719468;
    const long long era = (days >= 0 ? days : days - 146096) / 146097;
    const auto doe = static_cast<unsigned>(days - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u %02zu:00 UTC", year, m, d, hourOfYear % 24);
    return text;
}

/// Where the time and the value are, and what the values mean.
struct Columns
{
    IntensityLayout layout = IntensityLayout::Plain;
    std::size_t time = 0, value = 0;
    double toGPerKwh = 1;
    IntensityKind kind = IntensityKind::Average;
};

/// The first column whose lower-cased header is one of `names`.
std::optional<std::size_t> findColumn(const CsvTable &t, std::initializer_list<std::string_view> names)
{
    for (std::size_t i = 0; i < t.header.size(); ++i) {
        const std::string h = lowered(trimmedText(t.header[i]));
        if (std::find(names.begin(), names.end(), h) != names.end())
            return i;
    }
    return std::nullopt;
}

std::optional<Columns> detectColumns(const CsvTable &t, const IntensityImportOptions &options)
{
    if (const auto time = findColumn(t, {"datetime (utc)"})) {
        // Electricity Maps has written "(LCA)" and, in later exports, "(Life cycle)".
        const auto value =
            options.scope == EmissionScope::Direct
                ? findColumn(t, {"carbon intensity gco₂eq/kwh (direct)"})
                : findColumn(t, {"carbon intensity gco₂eq/kwh (lca)", "carbon intensity gco₂eq/kwh (life cycle)"});
        if (value)
            return Columns{IntensityLayout::ElectricityMaps, *time, *value, 1, IntensityKind::Average};
    }
    if (const auto time = findColumn(t, {"point_time"})) {
        if (const auto value = findColumn(t, {"value"}))
            return Columns{IntensityLayout::WattTime, *time, *value, kGramsPerKwhPerLbPerMwh, IntensityKind::Marginal};
    }
    if (const auto time = findColumn(t, {"datetime"})) {
        if (const auto value = findColumn(t, {"gco2_per_kwh"}))
            return Columns{IntensityLayout::Plain, *time, *value, 1, options.plainKind};
    }
    return std::nullopt;
}

std::string expectedHeader(const IntensityImportOptions &options)
{
    return std::string("expected the header of Electricity Maps' hourly export (\"Datetime (UTC)\" and "
                       "\"Carbon Intensity gCO₂eq/kWh ") +
           (options.scope == EmissionScope::Direct ? "(direct)" : "(LCA)") +
           "\"), of WattTime's historical data (\"point_time\", \"value\" in lbs CO2/MWh) or "
           "\"datetime,gco2_per_kwh\"";
}

/// One row read: its UTC time and value in gCO2e/kWh.
struct Row
{
    UtcTime time;
    double g_per_kwh = 0;
    int line = 0;
};

/// The rows of the table; nullopt (and one error per bad field, at most 20) on bad text.
std::optional<std::vector<Row>> readRows(const CsvTable &t, const Columns &c, const std::string &file,
                                         Diagnostics &diagnostics)
{
    std::vector<Row> rows;
    rows.reserve(t.rows.size());
    int errors = 0;
    auto fail = [&](int line, std::size_t column, const std::string &message) {
        if (++errors <= 20)
            diagnostics.push_back(csvError(file, line, static_cast<int>(column) + 1, message));
    };
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const int line = t.rowLines[i];
        const std::string timeText = trimmedText(t.rows[i][c.time]);
        const std::string valueText = trimmedText(t.rows[i][c.value]);
        const auto time = parseUtcTime(timeText);
        if (!time)
            fail(line, c.time,
                 "time is '" + timeText + "'; expected an ISO 8601 date and time such as 2023-01-31T05:00:00Z");
        double v = 0;
        const auto [end, ec] = std::from_chars(valueText.data(), valueText.data() + valueText.size(), v);
        const bool number =
            !valueText.empty() && ec == std::errc() && end == valueText.data() + valueText.size() && std::isfinite(v);
        if (!number)
            fail(line, c.value, "intensity is '" + valueText + "'; expected a number");
        else if (v < 0 || v * c.toGPerKwh > 5000)
            fail(line, c.value, "intensity is " + valueText + "; expected a value from 0 to 5000 gCO2e/kWh");
        if (time && number)
            rows.push_back({*time, v * c.toGPerKwh, line});
    }
    if (errors > 20)
        diagnostics.push_back(
            csvError(file, t.rowLines.back(), 1, std::to_string(errors - 20) + " more errors not shown"));
    return errors > 0 ? std::nullopt : std::optional(std::move(rows));
}

/// Rows grouped into the hours of one year: a repeated time, a row of another year or a missing
/// hour is an error.
std::optional<HourOfYearSeries> hoursOf(const std::vector<Row> &rows, const std::string &file, Diagnostics &diagnostics)
{
    const int year = rows.front().time.year;
    const long long yearStart = daysFromCivil(year, 1, 1) * 1440;
    const std::size_t hours = hoursInYear(year);
    std::vector<double> sum(hours, 0.0);
    std::vector<int> count(hours, 0), lineOf(hours, 0);
    std::map<long long, int> seen; // minute -> line
    for (const Row &r : rows) {
        if (r.time.year != year) {
            diagnostics.push_back(csvError(file, r.line, 1,
                                           "this row is in " + std::to_string(r.time.year) +
                                               " (UTC); expected every row in " + std::to_string(year) +
                                               ", the year of the first row (one year per file)"));
            return std::nullopt;
        }
        if (const auto [it, fresh] = seen.emplace(r.time.minute, r.line); !fresh) {
            diagnostics.push_back(csvError(file, r.line, 1,
                                           "the time of this row repeats line " + std::to_string(it->second) +
                                               "; expected each time once"));
            return std::nullopt;
        }
        const auto h = static_cast<std::size_t>((r.time.minute - yearStart) / 60);
        sum[h] += r.g_per_kwh;
        ++count[h];
        lineOf[h] = r.line;
    }
    const auto missing = static_cast<std::size_t>(std::count(count.begin(), count.end(), 0));
    if (missing > 0) {
        const auto first = static_cast<std::size_t>(std::find(count.begin(), count.end(), 0) - count.begin());
        const int near = first > 0 ? lineOf[first - 1] : rows.front().line;
        diagnostics.push_back(csvError(file, near, 1,
                                       "no row for " + hourText(year, first) +
                                           (first > 0 ? ", the hour after this row's" : "") + " (" +
                                           std::to_string(missing) + " of the " + std::to_string(hours) + " hours of " +
                                           std::to_string(year) + " missing); expected every hour"));
        return std::nullopt;
    }
    HourOfYearSeries series;
    series.year = year;
    series.g_per_kwh.resize(hours);
    for (std::size_t h = 0; h < hours; ++h)
        series.g_per_kwh[h] = sum[h] / count[h];
    return series;
}

} // namespace

std::optional<ImportedIntensity> readHourlyIntensity(std::string_view csvText, const std::string &fileName,
                                                     const IntensityImportOptions &options, Diagnostics &diagnostics)
{
    const auto table = parseCsv(csvText, fileName, diagnostics);
    if (!table)
        return std::nullopt;
    const auto columns = detectColumns(*table, options);
    if (!columns) {
        diagnostics.push_back(csvError(fileName, 1, 1, expectedHeader(options)));
        return std::nullopt;
    }
    if (table->rows.empty()) {
        diagnostics.push_back(
            csvError(fileName, 2, 1, "no rows; expected one row per hour of a year after the header"));
        return std::nullopt;
    }
    const auto rows = readRows(*table, *columns, fileName, diagnostics);
    auto series = rows ? hoursOf(*rows, fileName, diagnostics) : std::nullopt;
    if (!series)
        return std::nullopt;
    ImportedIntensity out;
    out.layout = columns->layout;
    out.kind = columns->kind;
    out.column = trimmedText(table->header[columns->value]);
    out.rows = static_cast<int>(rows->size());
    out.series = std::move(*series);
    out.lines.push_back("Read " + std::string(intensityLayoutName(out.layout)) + " layout, column \"" + out.column +
                        "\": " + std::to_string(out.rows) + " rows, " + std::to_string(out.series.g_per_kwh.size()) +
                        " hours of " + std::to_string(out.series.year) + " (UTC), " +
                        std::string(intensityKindKey(out.kind)) + " intensity");
    if (out.layout == IntensityLayout::WattTime)
        out.lines.push_back("Converted lbs CO2/MWh to gCO2/kWh (x 0.45359237)");
    if (out.rows > static_cast<int>(out.series.g_per_kwh.size()))
        out.lines.push_back("Averaged the rows within each hour");
    return out;
}

namespace {

/// The raw JSON of a region's entry in the file it came from (built-in or a user catalog), or null.
ordered_json sourceEntry(const GridRegion &region)
{
    std::string text;
    const std::string builtin = "<built-in>/";
    if (region.origin.starts_with(builtin)) {
        const auto embedded = data::embeddedFile(region.origin.substr(builtin.size()));
        text = embedded ? std::string(*embedded) : std::string();
    } else if (!readTextFile(region.origin, text).empty()) {
        return nullptr;
    }
    const auto doc = ordered_json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.contains("grid_regions") || !doc["grid_regions"].is_array())
        return nullptr;
    for (const auto &e : doc["grid_regions"])
        if (e.is_object() && e.value("id", "") == region.id)
            return e;
    return nullptr;
}

std::string citationOf(const ImportedIntensity &imported, const std::string &csvFile)
{
    const std::string file =
        csvFile.substr(csvFile.find_last_of('/') == std::string::npos ? 0 : csvFile.find_last_of('/') + 1);
    switch (imported.layout) {
    case IntensityLayout::ElectricityMaps:
        return "Electricity Maps hourly export " + file + ", column \"" + imported.column + "\" (" +
               std::to_string(imported.series.year) + ", UTC)";
    case IntensityLayout::WattTime:
        return "WattTime historical MOER " + file + " (" + std::to_string(imported.series.year) +
               ", UTC; lbs CO2/MWh x 0.45359237 = gCO2/kWh)";
    case IntensityLayout::Plain:
        break;
    }
    return "imported from " + file + " (" + std::to_string(imported.series.year) + ", UTC)";
}

/// A new region for an id no catalog has: its annual intensity is the series' mean.
ordered_json newRegion(const std::string &id, const ImportedIntensity &imported, const std::string &citation)
{
    double sum = 0;
    for (double v : imported.series.g_per_kwh)
        sum += v;
    const double mean = std::round(sum / static_cast<double>(imported.series.g_per_kwh.size()) * 1000) / 1000;
    ordered_json e;
    e["id"] = id;
    e["name"] = id;
    e["data_year"] = imported.series.year;
    e["intensity_g_per_kwh"] = mean;
    e["sources"]["data_year"] = citation;
    e["sources"]["intensity_g_per_kwh"] = "mean of the hourly series, " + citation;
    e["note"] = "Created by import-intensity: the annual intensity is the mean of the " +
                std::string(intensityKindKey(imported.kind)) + " hourly series.";
    return e;
}

} // namespace

std::optional<std::string> addHourlyIntensityToCatalog(const std::string &catalogText, const std::string &catalogFile,
                                                       const std::string &regionId, const ImportedIntensity &imported,
                                                       const std::string &csvFile, const Catalog &catalog,
                                                       Diagnostics &diagnostics, std::vector<std::string> *lines)
{
    ordered_json doc = catalogText.empty() ? ordered_json{{"format", "ml-impact-explorer/catalog"}, {"version", 1}}
                                           : ordered_json::parse(catalogText, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        Diagnostics parseProblems;
        parseJsonText(catalogText, catalogFile, parseProblems);
        if (parseProblems.empty())
            parseProblems.push_back({Severity::Error, catalogFile, "", "expected a catalog object"});
        diagnostics.insert(diagnostics.end(), parseProblems.begin(), parseProblems.end());
        return std::nullopt;
    }
    ordered_json &regions = doc["grid_regions"];
    if (!regions.is_array())
        regions = ordered_json::array();
    auto it = std::find_if(regions.begin(), regions.end(),
                           [&](const ordered_json &e) { return e.is_object() && e.value("id", "") == regionId; });
    const std::string citation = citationOf(imported, csvFile);
    if (it == regions.end()) {
        const GridRegion *known = catalog.gridRegion(regionId);
        ordered_json entry = known ? sourceEntry(*known) : nullptr;
        if (entry.is_null())
            entry = newRegion(regionId, imported, citation);
        if (lines)
            lines->push_back(known ? "Copied region " + regionId + " from " + known->origin
                                   : "New region " + regionId + " (annual intensity: the series' mean)");
        regions.push_back(std::move(entry));
        it = regions.end() - 1;
    }
    const std::string kind(intensityKindKey(imported.kind));
    ordered_json values = ordered_json::array();
    for (double v : imported.series.g_per_kwh)
        values.push_back(std::round(v * 1000) / 1000); // a milligram per kWh is far below any source's precision
    (*it)["hour_of_year"][kind] = {{"year", imported.series.year}, {"g_per_kwh", std::move(values)}};
    (*it)["sources"]["hour_of_year." + kind] = citation;
    std::string text = writeJson(doc) + "\n";
    Catalog check;
    Diagnostics problems;
    check.addFromJson(text, catalogFile, problems);
    if (hasErrors(problems)) {
        diagnostics.insert(diagnostics.end(), problems.begin(), problems.end());
        return std::nullopt;
    }
    return text;
}

std::optional<std::vector<std::string>>
importHourlyIntensityFile(const std::string &csvFile, const std::string &regionId, const std::string &outFile,
                          const IntensityImportOptions &options, const Catalog &catalog, Diagnostics &diagnostics)
{
    std::string csv, existing;
    Diagnostics problems = readTextFile(csvFile, csv);
    std::error_code ec;
    if (problems.empty() && std::filesystem::exists(outFile, ec))
        problems = readTextFile(outFile, existing);
    const auto imported = problems.empty() ? readHourlyIntensity(csv, csvFile, options, problems) : std::nullopt;
    std::vector<std::string> lines = imported ? imported->lines : std::vector<std::string>{};
    const auto text = imported ? addHourlyIntensityToCatalog(existing, outFile, regionId, *imported, csvFile, catalog,
                                                             problems, &lines)
                               : std::nullopt;
    if (text)
        problems = writeTextFileAtomically(outFile, *text);
    diagnostics.insert(diagnostics.end(), problems.begin(), problems.end());
    if (!text || hasErrors(problems))
        return std::nullopt;
    lines.push_back("Wrote " + outFile);
    return lines;
}

} // namespace mlimpact
