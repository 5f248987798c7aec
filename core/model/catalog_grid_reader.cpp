// SPDX-License-Identifier: GPL-3.0-or-later
// Grid regions read from the catalog's JSON: the annual figures, the typical-day hourly profiles
// and the hour-of-year series, each checked for its length and a plausible mean.
#include "catalog_readers.h"

#include "format.h"

#include <algorithm>
#include <iterator>

namespace mlimpact::catalog_json {
namespace {

/// The smallest annual profile mean accepted (gCO2e/kWh); far below any real grid's.
constexpr double kMinProfileMeanGPerKwh = 0.01;

bool readHourlyProfiles(JsonReader &r, const json &e, const std::string &p, GridRegion &g)
{
    const auto it = e.find("hourly_profile");
    if (it == e.end() || it->is_null())
        return true;
    const std::string path = p + "/hourly_profile";
    if (!it->is_object()) {
        r.error(path, "expected an object of 24-value arrays by season (\"annual\", \"spring\", ...), found " +
                          jsonTypeName(*it));
        return false;
    }
    static constexpr std::string_view seasons[] = {"annual", "spring", "summer", "autumn", "winter"};
    static_assert(std::size(seasons) == static_cast<std::size_t>(kSeasonCount), "one key per Season");
    std::array<std::optional<HourlyFactors>, kSeasonCount> raw;
    bool ok = true;
    for (const auto &[key, values] : it->items()) {
        const auto season = std::find(std::begin(seasons), std::end(seasons), key);
        const std::string sp = path + "/" + jsonPointerEscape(key);
        if (season == std::end(seasons)) {
            r.warning(sp,
                      "unknown season \"" + key + "\" is ignored (expected annual, spring, summer, autumn, winter)");
            continue;
        }
        if (!values.is_array() || values.size() != 24) {
            r.error(sp, "expected an array of 24 intensities (gCO2e/kWh), one per hour from 0:00");
            ok = false;
            continue;
        }
        HourlyFactors h{};
        for (std::size_t i = 0; i < 24; ++i) {
            const auto v = r.checkNumber(values[i], sp + "/" + std::to_string(i), 0, 5000);
            if (!v)
                ok = false;
            h[i] = v.value_or(0);
        }
        raw[static_cast<std::size_t>(season - std::begin(seasons))] = h;
    }
    if (!ok)
        return false;
    bool anySeason = false;
    for (const auto &season : raw)
        anySeason = anySeason || season.has_value();
    if (!anySeason)
        return true;
    if (!raw[0]) {
        r.error(path + "/annual", "missing: seasonal profiles need an annual profile to be normalised against");
        return false;
    }
    double mean = 0;
    for (double v : *raw[0])
        mean += v / 24.0;
    // Profiles are shapes normalised by their annual mean: a mean near zero would scale the
    // other seasons by factors beyond a double (a tiny mean against 5000 g/kWh in winter).
    if (mean < kMinProfileMeanGPerKwh) {
        r.error(path + "/annual", "expected a profile whose mean is at least " + formatNumber(kMinProfileMeanGPerKwh) +
                                      " gCO2e/kWh (it sets the shape the other seasons are scaled by), found a mean "
                                      "of " +
                                      formatNumber(mean));
        return false;
    }
    for (int i = 0; i < kSeasonCount; ++i) {
        if (!raw[i])
            continue;
        HourlyFactors f{};
        for (std::size_t h = 0; h < 24; ++h)
            f[h] = (*raw[i])[h] / mean;
        g.hourly[i] = f;
    }
    return true;
}

/// One year of hourly values ("hour_of_year": {"average": {"year": 2023, "g_per_kwh": [...]}}).
std::optional<HourOfYearSeries> readHourOfYearSeries(JsonReader &r, const json &value, const std::string &path)
{
    if (!value.is_object()) {
        r.error(path, "expected an object with \"year\" and \"g_per_kwh\" (8,760 or 8,784 hourly values), found " +
                          jsonTypeName(value));
        return std::nullopt;
    }
    const auto year = r.integer(value, "year", path, 1990, 2100);
    const auto values = value.find("g_per_kwh");
    if (!year)
        return std::nullopt;
    const std::size_t hours = hoursInYear(*year);
    if (values == value.end() || !values->is_array() || values->size() != hours) {
        r.error(path + "/g_per_kwh", "expected an array of " + std::to_string(hours) +
                                         " hourly intensities (gCO2e/kWh) for " + std::to_string(*year) +
                                         ", from 1 January 00:00 UTC");
        return std::nullopt;
    }
    HourOfYearSeries series;
    series.year = *year;
    series.g_per_kwh.reserve(hours);
    bool ok = true;
    for (std::size_t i = 0; i < hours; ++i) {
        const auto v = r.checkNumber((*values)[i], path + "/g_per_kwh/" + std::to_string(i), 0, 5000);
        ok = ok && v;
        series.g_per_kwh.push_back(v.value_or(0));
    }
    double sum = 0;
    for (double v : series.g_per_kwh)
        sum += v;
    // Average series are used as shapes (divided by their mean), as the hour-of-day profiles are.
    if (ok && sum / static_cast<double>(hours) < kMinProfileMeanGPerKwh) {
        r.error(path + "/g_per_kwh", "expected a series whose mean is at least " +
                                         formatNumber(kMinProfileMeanGPerKwh) + " gCO2e/kWh, found a mean of " +
                                         formatNumber(sum / static_cast<double>(hours)));
        ok = false;
    }
    return ok ? std::optional(std::move(series)) : std::nullopt;
}

bool readHourOfYear(JsonReader &r, const json &e, const std::string &p, GridRegion &g)
{
    const auto it = e.find("hour_of_year");
    if (it == e.end() || it->is_null())
        return true;
    const std::string path = p + "/hour_of_year";
    if (!it->is_object()) {
        r.error(path, "expected an object with \"average\" and/or \"marginal\" series, found " + jsonTypeName(*it));
        return false;
    }
    bool ok = true;
    for (const auto &[key, value] : it->items()) {
        const std::string sp = path + "/" + jsonPointerEscape(key);
        if (key != "average" && key != "marginal") {
            r.warning(sp, "unknown intensity kind \"" + key + "\" is ignored (expected average or marginal)");
            continue;
        }
        auto series = readHourOfYearSeries(r, value, sp);
        ok = ok && series;
        g.hourOfYear[key == "marginal" ? 1 : 0] = std::move(series);
    }
    return ok;
}

} // namespace

bool readGridRegion(JsonReader &r, const json &e, const std::string &p, GridRegion &g)
{
    static const std::set<std::string> known{"country",
                                             "data_year",
                                             "intensity_g_per_kwh",
                                             "ewif_l_per_kwh",
                                             "adpe_kg_sb_eq_per_kwh",
                                             "primary_energy_mj_per_kwh",
                                             "hourly_profile",
                                             "decarbonization_per_year",
                                             "hour_of_year"};
    bool ok = readBase(r, e, p, known, g);
    g.decarbonization_per_year = r.optionalNumber(e, "decarbonization_per_year", p, -0.5, 0.5, ok);
    ok = readHourlyProfiles(r, e, p, g) && ok;
    ok = readHourOfYear(r, e, p, g) && ok;
    g.country = r.string(e, "country", p, false).value_or("");
    const auto year = r.integer(e, "data_year", p, 1990, 2100);
    const auto ci = r.number(e, "intensity_g_per_kwh", p, 0, 2000);
    ok = ok && year && ci;
    g.data_year = year.value_or(0);
    g.intensity_g_per_kwh = ci.value_or(0);
    g.ewif_l_per_kwh = r.optionalNumber(e, "ewif_l_per_kwh", p, 0, 1000, ok);
    // Bounds far above any published mix (ADEME: <= 2e-7 kg Sb-eq/kWh, <= 17 MJ/kWh) to catch unit slips.
    g.adpe_kg_sb_eq_per_kwh = r.optionalNumber(e, "adpe_kg_sb_eq_per_kwh", p, 0, 1e-3, ok);
    g.primary_energy_mj_per_kwh = r.optionalNumber(e, "primary_energy_mj_per_kwh", p, 0, 100, ok);
    return ok;
}

} // namespace mlimpact::catalog_json
