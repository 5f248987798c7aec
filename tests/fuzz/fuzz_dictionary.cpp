// Writes the libFuzzer dictionary (tests/fuzz/json.dict): JSON syntax, every key of
// the scenario format (from the parameter registry), enumeration names, the catalog
// format's keys and the built-in catalog ids. Run by the `fuzz-dict` target.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"
#include "parameter_registry.h"

#include <cstdio>
#include <fstream>
#include <set>
#include <string>

using namespace mlimpact;

namespace {

/// A dictionary entry: the text in double quotes, with quotes and backslashes escaped.
std::string entry(const std::string &text)
{
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_dictionary OUTPUT\n");
        return 2;
    }
    std::set<std::string> keys{"format_version",
                               "format",
                               "version",
                               "sources",
                               "id",
                               "name",
                               "note",
                               "class",
                               "hourly_profile",
                               "accelerators",
                               "edge_devices",
                               "grid_regions",
                               "datacenter_types",
                               "realization",
                               "servers",
                               "ml-impact-explorer/catalog",
                               "variants", // format version 2 (core/io/variants_io.cpp)
                               "changes",
                               "uncertainty", // core/io/sampling_spec_io.cpp
                               "ranges",
                               "uncertain_choices",
                               "low",
                               "high",
                               "distribution"};
    // The catalog format's fields (catalog_entry_readers.cpp and catalog_grid_reader.cpp read them;
    // docs/scenario-format.md lists them).
    for (const char *field : {"year",
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
                              "lifetime_years",
                              "use_rate",
                              "board_embodied_kgco2e",
                              "board_mass_kg",
                              "accelerators_per_server",
                              "avg_power_w",
                              "peak_tops",
                              "country",
                              "data_year",
                              "intensity_g_per_kwh",
                              "ewif_l_per_kwh",
                              "adpe_kg_sb_eq_per_kwh",
                              "primary_energy_mj_per_kwh",
                              "decarbonization_per_year",
                              "pue",
                              "wue_l_per_kwh",
                              "annual",
                              "spring",
                              "summer",
                              "autumn",
                              "winter",
                              "hour_of_year", // a year of hourly intensity (import-intensity)
                              "g_per_kwh",
                              "average",
                              "marginal",
                              "unstructured_sparse_kernel_efficiency",
                              "unstructured_time_floor",
                              "masked_dense_default",
                              "structured_2to4_speedup",
                              "unsupported_precision_time_factor",
                              "quantized_power_factor",
                              "fp32",
                              "fp16",
                              "int8",
                              "int4"})
        keys.insert(field);
    std::set<std::string> values;
    for (const Parameter &p : parameterRegistry()) {
        keys.insert(p.path); // a variant's changes are keyed by dotted path
        std::size_t start = 0;
        while (start <= p.path.size()) {
            const std::size_t dot = p.path.find('.', start);
            keys.insert(p.path.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
            if (dot == std::string::npos)
                break;
            start = dot + 1;
        }
        for (const auto &v : p.enumValues)
            values.insert(v);
    }
    for (const char *distribution : {"uniform", "log_uniform", "triangular", "log_triangular"})
        values.insert(distribution);
    const Catalog &catalog = builtinCatalog();
    for (CatalogSection section :
         {CatalogSection::Accelerators, CatalogSection::EdgeDevices, CatalogSection::GridRegions,
          CatalogSection::DatacenterTypes, CatalogSection::Realization, CatalogSection::Servers})
        for (const auto &id : catalog.ids(section))
            values.insert(id);

    std::ofstream out(argv[1], std::ios::binary);
    out << "# libFuzzer dictionary for the scenario and catalog fuzz targets.\n"
           "# Generated by `cmake --build build-fuzz --target fuzz-dict` (tests/fuzz/fuzz_dictionary.cpp).\n"
           "# SPDX-License-Identifier: GPL-3.0-or-later\n\n";
    for (const char *token : {"{", "}", "[", "]", ":", ",", "null", "true", "false", "0", "1", "-1", "0.5", "1e308",
                              "-0", "1e-300", "\\u0000", "\\\""})
        out << entry(token) << "\n";
    out << "\n# keys\n";
    for (const auto &k : keys)
        out << entry("\"" + k + "\"") << "\n";
    out << "\n# enumeration names and catalog ids\n";
    for (const auto &v : values)
        if (!keys.count(v))
            out << entry("\"" + v + "\"") << "\n";
    return out ? 0 : 1;
}
