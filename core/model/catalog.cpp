// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include "embedded_data.h"
#include "file_io.h"
#include "format.h"
#include "json_reader.h"
#include "text_translation.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <set>

namespace mlimpact {

using nlohmann::json;

std::string CatalogEntryBase::sourceOf(std::string_view field) const
{
    const auto it = sources.find(field);
    return it == sources.end() ? std::string() : it->second;
}

std::string_view sectionKey(CatalogSection section)
{
    switch (section) {
    case CatalogSection::Accelerators:
        return "accelerators";
    case CatalogSection::EdgeDevices:
        return "edge_devices";
    case CatalogSection::GridRegions:
        return "grid_regions";
    case CatalogSection::DatacenterTypes:
        return "datacenter_types";
    case CatalogSection::Realization:
        return "realization";
    case CatalogSection::Servers:
        return "servers";
    }
    return "accelerators";
}

std::string_view precisionKey(Precision precision)
{
    switch (precision) {
    case Precision::Fp32:
        return "fp32";
    case Precision::Fp16:
        return "fp16";
    case Precision::Int8:
        return "int8";
    case Precision::Int4:
        return "int4";
    }
    return "fp16";
}

std::size_t hoursInYear(int year)
{
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 8784 : 8760;
}

std::string_view intensityKindKey(IntensityKind kind)
{
    return kind == IntensityKind::Marginal ? "marginal" : "average";
}

namespace {

/// The smallest annual profile mean accepted (gCO2e/kWh); far below any real grid's.
constexpr double kMinProfileMeanGPerKwh = 0.01;

/// Reads the fields every entry has and reports keys the section does not know.
bool readBase(JsonReader &reader, const json &entry, const std::string &path, const std::set<std::string> &known,
              CatalogEntryBase &out)
{
    bool ok = true;
    auto id = reader.string(entry, "id", path);
    auto name = reader.string(entry, "name", path);
    if (!id || !name)
        ok = false;
    if (id && id->empty()) {
        reader.error(path + "/id", "expected a non-empty id");
        ok = false;
    }
    out.id = id.value_or("");
    out.name = name.value_or("");
    out.note = reader.string(entry, "note", path, false).value_or("");
    if (const auto it = entry.find("sources"); it != entry.end()) {
        if (!it->is_object()) {
            reader.error(path + "/sources",
                         "expected an object mapping field names to citations, found " + jsonTypeName(*it));
            ok = false;
        } else {
            for (const auto &[field, citation] : it->items()) {
                if (!citation.is_string()) {
                    reader.error(path + "/sources/" + jsonPointerEscape(field),
                                 "expected a citation string, found " + jsonTypeName(citation));
                    ok = false;
                } else {
                    out.sources[field] = citation.get<std::string>();
                }
            }
        }
    }
    for (const auto &[key, value] : entry.items()) {
        if (key == "id" || key == "name" || key == "note" || key == "sources")
            continue;
        if (!known.count(key)) {
            reader.warning(path + "/" + jsonPointerEscape(key), "unknown key \"" + key + "\" is ignored");
            continue;
        }
        // Every number a user sees must say where it comes from. Nested values
        // (peak_tflops) may be cited per member as "peak_tflops.fp16".
        if (value.is_object()) {
            for (const auto &[member, inner] : value.items()) {
                (void)inner;
                if (!out.sources.count(key) && !out.sources.count(key + "." + member))
                    reader.warning(path + "/" + jsonPointerEscape(key) + "/" + jsonPointerEscape(member),
                                   "no source given (add \"" + key + "." + member + "\" to \"sources\")");
            }
        } else if (!value.is_string() && !out.sources.count(key))
            reader.warning(path + "/" + jsonPointerEscape(key),
                           "no source given for \"" + key + "\" (add it to \"sources\")");
    }
    return ok;
}

bool readAccelerator(JsonReader &r, const json &e, const std::string &p, Accelerator &a)
{
    static const std::set<std::string> known{"class",
                                             "year",
                                             "tdp_w",
                                             "host_power_w",
                                             "memory_bandwidth_gbps",
                                             "memory_gb",
                                             "idle_power_w",
                                             "node_host_power_w",
                                             "peak_tflops",
                                             "embodied_kgco2e",
                                             "manufacturing_water_l",
                                             "manufacturing_adpe_kg_sb_eq",
                                             "manufacturing_primary_energy_mj",
                                             "mass_kg",
                                             "board_embodied_kgco2e",
                                             "board_mass_kg",
                                             "lifetime_years",
                                             "use_rate"};
    bool ok = readBase(r, e, p, known, a);
    auto cls = r.string(e, "class", p);
    static const std::set<std::string> classes{"dense_gpu", "gpu_2to4", "tpu", "cpu", "sparse_accelerator"};
    if (cls && !classes.count(*cls)) {
        r.error(p + "/class", "unknown hardware class \"" + *cls +
                                  "\": expected one of dense_gpu, gpu_2to4, tpu, cpu, sparse_accelerator");
        ok = false;
    }
    a.hardwareClass = cls.value_or("");
    std::optional<int> year = 0; // null: a generic archetype with no release year
    if (const auto it = e.find("year"); it == e.end() || !it->is_null())
        year = r.integer(e, "year", p, 1990, 2100);
    const auto tdp = r.number(e, "tdp_w", p, 0.1, 1e5);
    const auto host = r.number(e, "host_power_w", p, 0, 1e5);
    const auto life = r.number(e, "lifetime_years", p, 0.1, 50);
    const auto use = r.number(e, "use_rate", p, 0.01, 1);
    ok = ok && year && tdp && host && life && use && cls;
    a.year = year.value_or(0);
    a.tdp_w = tdp.value_or(0);
    a.host_power_w = host.value_or(0);
    a.lifetime_years = life.value_or(1);
    a.use_rate = use.value_or(1);
    a.embodied_kgco2e = r.optionalNumber(e, "embodied_kgco2e", p, 0, 1e7, ok);
    a.manufacturing_water_l = r.optionalNumber(e, "manufacturing_water_l", p, 0, 1e9, ok);
    a.mass_kg = r.optionalNumber(e, "mass_kg", p, 0, 1e5, ok);
    a.manufacturing_adpe_kg_sb_eq = r.optionalNumber(e, "manufacturing_adpe_kg_sb_eq", p, 0, 1e3, ok);
    a.manufacturing_primary_energy_mj = r.optionalNumber(e, "manufacturing_primary_energy_mj", p, 0, 1e8, ok);
    a.board_embodied_kgco2e = r.optionalNumber(e, "board_embodied_kgco2e", p, 0, 1e7, ok);
    a.board_mass_kg = r.optionalNumber(e, "board_mass_kg", p, 0, 1e5, ok);
    a.memory_bandwidth_gbps = r.optionalNumber(e, "memory_bandwidth_gbps", p, 1e-3, 1e7, ok);
    a.memory_gb = r.optionalNumber(e, "memory_gb", p, 1e-3, 1e6, ok);
    a.idle_power_w = r.optionalNumber(e, "idle_power_w", p, 0, 1e5, ok);
    a.node_host_power_w = r.optionalNumber(e, "node_host_power_w", p, 0, 1e5, ok);
    if (a.idle_power_w && tdp && *a.idle_power_w > *tdp) {
        r.error(p + "/idle_power_w", "expected idle power at most tdp_w (" + formatNumber(*tdp) + " W)");
        ok = false;
    }
    const auto peaks = e.find("peak_tflops");
    if (peaks == e.end() || !peaks->is_object()) {
        r.error(p + "/peak_tflops",
                "expected an object {\"fp32\": ..., \"fp16\": ..., \"int8\": ..., \"int4\": ...}" +
                    std::string(peaks == e.end() ? ", it is missing" : ", found " + jsonTypeName(*peaks)));
        return false;
    }
    // All null is allowed (e.g. a CPU server): FLOP-based modes then need accelerator-hours or energy.
    for (int i = 0; i < kPrecisionCount; ++i) {
        const auto key = precisionKey(static_cast<Precision>(i));
        a.peak_tflops[i] = r.optionalNumber(*peaks, key, p + "/peak_tflops", 1e-6, 1e6, ok);
    }
    for (const auto &[key, value] : peaks->items()) {
        if (key != "fp32" && key != "fp16" && key != "int8" && key != "int4")
            r.warning(p + "/peak_tflops/" + jsonPointerEscape(key), "unknown precision \"" + key + "\" is ignored");
    }
    return ok;
}

bool readEdgeDevice(JsonReader &r, const json &e, const std::string &p, EdgeDevice &d)
{
    static const std::set<std::string> known{"class",
                                             "avg_power_w",
                                             "peak_tops",
                                             "embodied_kgco2e",
                                             "manufacturing_water_l",
                                             "manufacturing_adpe_kg_sb_eq",
                                             "manufacturing_primary_energy_mj",
                                             "mass_kg",
                                             "lifetime_years"};
    bool ok = readBase(r, e, p, known, d);
    auto cls = r.string(e, "class", p);
    static const std::set<std::string> classes{"phone", "laptop", "tablet", "sbc", "edge_gpu", "mcu"};
    if (cls && !classes.count(*cls)) {
        r.error(p + "/class",
                "unknown device class \"" + *cls + "\": expected one of phone, laptop, tablet, sbc, edge_gpu, mcu");
        ok = false;
    }
    d.deviceClass = cls.value_or("");
    const auto life = r.number(e, "lifetime_years", p, 0.1, 50);
    ok = ok && cls && life;
    d.avg_power_w = r.optionalNumber(e, "avg_power_w", p, 0, 1e4, ok);
    d.lifetime_years = life.value_or(1);
    d.peak_tops = r.optionalNumber(e, "peak_tops", p, 0, 1e6, ok);
    d.embodied_kgco2e = r.optionalNumber(e, "embodied_kgco2e", p, 0, 1e6, ok);
    d.manufacturing_water_l = r.optionalNumber(e, "manufacturing_water_l", p, 0, 1e8, ok);
    d.mass_kg = r.optionalNumber(e, "mass_kg", p, 0, 1e4, ok);
    d.manufacturing_adpe_kg_sb_eq = r.optionalNumber(e, "manufacturing_adpe_kg_sb_eq", p, 0, 1e2, ok);
    d.manufacturing_primary_energy_mj = r.optionalNumber(e, "manufacturing_primary_energy_mj", p, 0, 1e7, ok);
    return ok;
}

bool readServer(JsonReader &r, const json &e, const std::string &p, Server &s)
{
    static const std::set<std::string> known{"embodied_kgco2e", "accelerators_per_server", "lifetime_years", "use_rate",
                                             "mass_kg",         "manufacturing_water_l"};
    bool ok = readBase(r, e, p, known, s);
    const auto embodied = r.number(e, "embodied_kgco2e", p, 0, 1e7);
    // Whole accelerators: a server hosts at least one (the model divides by this count).
    const auto perServer = r.integer(e, "accelerators_per_server", p, 1, 1024);
    const auto life = r.number(e, "lifetime_years", p, 0.1, 50);
    const auto use = r.number(e, "use_rate", p, 0.01, 1);
    ok = ok && embodied && perServer && life && use;
    s.embodied_kgco2e = embodied.value_or(0);
    s.accelerators_per_server = static_cast<double>(perServer.value_or(1));
    s.lifetime_years = life.value_or(1);
    s.use_rate = use.value_or(1);
    s.mass_kg = r.optionalNumber(e, "mass_kg", p, 0, 1e5, ok);
    s.manufacturing_water_l = r.optionalNumber(e, "manufacturing_water_l", p, 0, 1e9, ok);
    return ok;
}

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

bool readDatacenterType(JsonReader &r, const json &e, const std::string &p, DatacenterType &d)
{
    static const std::set<std::string> known{"pue", "wue_l_per_kwh"};
    bool ok = readBase(r, e, p, known, d);
    const auto pue = r.number(e, "pue", p, 1.0, 5.0);
    const auto wue = r.number(e, "wue_l_per_kwh", p, 0, 100);
    ok = ok && pue && wue;
    d.pue = pue.value_or(1);
    d.wue_l_per_kwh = wue.value_or(0);
    return ok;
}

bool readRealization(JsonReader &r, const json &e, const std::string &p, RealizationClass &c)
{
    static const std::set<std::string> known{"unstructured_sparse_kernel_efficiency",
                                             "unstructured_time_floor",
                                             "masked_dense_default",
                                             "structured_2to4_speedup",
                                             "unsupported_precision_time_factor",
                                             "quantized_power_factor"};
    bool ok = readBase(r, e, p, known, c);
    static const std::set<std::string> classes{"dense_gpu", "gpu_2to4", "tpu", "cpu", "sparse_accelerator", "edge_npu"};
    if (!c.id.empty() && !classes.count(c.id)) {
        r.error(p + "/id", "unknown hardware class \"" + c.id +
                               "\": expected dense_gpu, gpu_2to4, tpu, cpu, sparse_accelerator or edge_npu");
        ok = false;
    }
    const auto eta = r.number(e, "unstructured_sparse_kernel_efficiency", p, 1e-3, 1);
    const auto floor = r.number(e, "unstructured_time_floor", p, 1e-3, 1);
    const auto overhead = r.number(e, "unsupported_precision_time_factor", p, 1, 10);
    const auto power = r.number(e, "quantized_power_factor", p, 0.1, 1.5);
    ok = ok && eta && floor && overhead && power;
    c.unstructured_sparse_kernel_efficiency = eta.value_or(1);
    c.unstructured_time_floor = floor.value_or(1);
    c.unsupported_precision_time_factor = overhead.value_or(1);
    c.quantized_power_factor = power.value_or(1);
    c.structured_2to4_speedup = r.optionalNumber(e, "structured_2to4_speedup", p, 1, 4, ok);
    if (const auto it = e.find("masked_dense_default"); it != e.end()) {
        if (!it->is_boolean()) {
            r.error(p + "/masked_dense_default", "expected true or false, found " + jsonTypeName(*it));
            ok = false;
        } else {
            c.masked_dense_default = it->get<bool>();
        }
    }
    return ok;
}

template <class T, class Reader>
void readSection(JsonReader &reader, const json &doc, CatalogSection section, std::vector<T> &into, Reader readOne)
{
    const std::string key(sectionKey(section));
    const auto it = doc.find(key);
    if (it == doc.end())
        return;
    const std::string path = "/" + key;
    if (!it->is_array()) {
        reader.error(path, "expected an array of entries, found " + jsonTypeName(*it));
        return;
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json &entry = (*it)[i];
        const std::string p = path + "/" + std::to_string(i);
        if (!entry.is_object()) {
            reader.error(p, "expected an entry object, found " + jsonTypeName(entry));
            continue;
        }
        T value;
        value.origin = reader.file();
        if (!readOne(reader, entry, p, value))
            continue;
        if (!seen.insert(value.id).second)
            reader.warning(p + "/id", "duplicate id \"" + value.id + "\" in this file; the later entry wins");
        // Override in place so the built-in order (used by pickers) is kept.
        auto existing = std::find_if(into.begin(), into.end(), [&](const T &x) { return x.id == value.id; });
        if (existing != into.end())
            *existing = std::move(value);
        else
            into.push_back(std::move(value));
    }
}

template <class T> const T *findById(const std::vector<T> &entries, std::string_view id)
{
    for (const auto &e : entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

} // namespace

void Catalog::addFromJson(std::string_view jsonText, const std::string &fileLabel, Diagnostics &diagnostics)
{
    const auto doc = parseJsonText(jsonText, fileLabel, diagnostics);
    if (!doc)
        return;
    JsonReader reader(fileLabel, diagnostics);
    if (!doc->is_object()) {
        reader.error("", "expected a catalog object with \"format\": \"ml-impact-explorer/catalog\", found " +
                             jsonTypeName(*doc));
        return;
    }
    const auto format = reader.string(*doc, "format", "");
    if (format && *format != "ml-impact-explorer/catalog") {
        reader.error("/format", "expected \"ml-impact-explorer/catalog\", found \"" + *format + "\"");
        return;
    }
    const auto version = reader.integer(*doc, "version", "", 1, 1000);
    if (!format || !version)
        return;
    if (*version != 1) {
        reader.error("/version",
                     "this build reads catalog version 1, the file has version " + std::to_string(*version));
        return;
    }
    for (const auto &[key, value] : doc->items()) {
        if (key != "format" && key != "version" && key != "accelerators" && key != "edge_devices" &&
            key != "grid_regions" && key != "datacenter_types" && key != "realization" && key != "servers")
            reader.warning("/" + jsonPointerEscape(key), "unknown key \"" + key + "\" is ignored");
    }
    readSection(reader, *doc, CatalogSection::Accelerators, m_accelerators, readAccelerator);
    readSection(reader, *doc, CatalogSection::EdgeDevices, m_edgeDevices, readEdgeDevice);
    readSection(reader, *doc, CatalogSection::GridRegions, m_gridRegions, readGridRegion);
    readSection(reader, *doc, CatalogSection::DatacenterTypes, m_datacenterTypes, readDatacenterType);
    readSection(reader, *doc, CatalogSection::Realization, m_realizations, readRealization);
    readSection(reader, *doc, CatalogSection::Servers, m_servers, readServer);
}

const Accelerator *Catalog::accelerator(std::string_view id) const
{
    return findById(m_accelerators, id);
}
const EdgeDevice *Catalog::edgeDevice(std::string_view id) const
{
    return findById(m_edgeDevices, id);
}
const GridRegion *Catalog::gridRegion(std::string_view id) const
{
    return findById(m_gridRegions, id);
}
const DatacenterType *Catalog::datacenterType(std::string_view id) const
{
    return findById(m_datacenterTypes, id);
}
const RealizationClass *Catalog::realization(std::string_view id) const
{
    return findById(m_realizations, id);
}
const Server *Catalog::server(std::string_view id) const
{
    return findById(m_servers, id);
}

std::string_view edgeRealizationClass(std::string_view deviceClass)
{
    if (deviceClass == "phone" || deviceClass == "tablet" || deviceClass == "edge_gpu")
        return "edge_npu";
    return "cpu";
}

std::vector<std::string> Catalog::ids(CatalogSection section) const
{
    std::vector<std::string> out;
    auto collect = [&out](const auto &entries) {
        for (const auto &e : entries)
            out.push_back(e.id);
    };
    switch (section) {
    case CatalogSection::Accelerators:
        collect(m_accelerators);
        break;
    case CatalogSection::EdgeDevices:
        collect(m_edgeDevices);
        break;
    case CatalogSection::GridRegions:
        collect(m_gridRegions);
        break;
    case CatalogSection::DatacenterTypes:
        collect(m_datacenterTypes);
        break;
    case CatalogSection::Realization:
        collect(m_realizations);
        break;
    case CatalogSection::Servers:
        collect(m_servers);
        break;
    }
    return out;
}

std::string Catalog::nameOf(CatalogSection section, std::string_view id) const
{
    const CatalogEntryBase *entry = nullptr;
    switch (section) {
    case CatalogSection::Accelerators:
        entry = accelerator(id);
        break;
    case CatalogSection::EdgeDevices:
        entry = edgeDevice(id);
        break;
    case CatalogSection::GridRegions:
        entry = gridRegion(id);
        break;
    case CatalogSection::DatacenterTypes:
        entry = datacenterType(id);
        break;
    case CatalogSection::Realization:
        entry = realization(id);
        break;
    case CatalogSection::Servers:
        entry = server(id);
        break;
    }
    if (id.empty() && choiceMayBeNone(section))
        return "none";
    return entry && !entry->name.empty() ? entry->name : std::string(id);
}

bool Catalog::contains(CatalogSection section, std::string_view id) const
{
    switch (section) {
    case CatalogSection::Accelerators:
        return accelerator(id) != nullptr;
    case CatalogSection::EdgeDevices:
        return edgeDevice(id) != nullptr;
    case CatalogSection::GridRegions:
        return gridRegion(id) != nullptr;
    case CatalogSection::DatacenterTypes:
        return datacenterType(id) != nullptr;
    case CatalogSection::Realization:
        return realization(id) != nullptr;
    case CatalogSection::Servers:
        return server(id) != nullptr;
    }
    return false;
}

namespace {

template <class Entry> void translateNamesOf(std::vector<Entry> &entries)
{
    for (Entry &e : entries)
        e.name = translatedText("mlimpact", e.name);
}

} // namespace

void Catalog::translateNames()
{
    translateNamesOf(m_accelerators);
    translateNamesOf(m_edgeDevices);
    translateNamesOf(m_gridRegions);
    translateNamesOf(m_datacenterTypes);
    translateNamesOf(m_realizations);
    translateNamesOf(m_servers);
}

const Catalog &builtinCatalog()
{
    static const Catalog catalog = [] {
        Catalog c;
        Diagnostics diagnostics;
        for (const auto &file : data::embeddedFiles()) {
            if (file.path.starts_with("catalog/"))
                c.addFromJson(file.text, "<built-in>/" + std::string(file.path), diagnostics);
        }
        if (hasErrors(diagnostics)) {
            for (const auto &d : diagnostics)
                std::fprintf(stderr, "%s\n", d.toString().c_str());
            std::fprintf(stderr, "internal error: the built-in catalog is invalid\n");
            std::abort();
        }
        // The names in the window's language: it installs its translator before the first call
        // (app/main.cpp); without one (the CLI, JSON, Python) they stay as the files write them.
        // The first call decides for the life of the process: a language installed later does
        // not rename them (the window sets its language once, at start-up).
        c.translateNames();
        return c;
    }();
    return catalog;
}

Catalog catalogWithUserFiles(const std::vector<std::string> &paths, Diagnostics &diagnostics)
{
    Catalog catalog = builtinCatalog();
    for (const auto &path : paths) {
        std::string text;
        if (auto problems = readTextFile(path, text); !problems.empty()) {
            diagnostics.insert(diagnostics.end(), problems.begin(), problems.end());
            continue;
        }
        catalog.addFromJson(text, path, diagnostics);
    }
    return catalog;
}

} // namespace mlimpact
