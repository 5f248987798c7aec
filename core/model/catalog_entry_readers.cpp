// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog's entries read from JSON: the fields every entry has, and the hardware, data-centre
// and realization sections (the grid regions are in catalog_grid_reader.cpp).
#include "catalog_readers.h"

#include "format.h"

namespace mlimpact::catalog_json {

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

} // namespace mlimpact::catalog_json
