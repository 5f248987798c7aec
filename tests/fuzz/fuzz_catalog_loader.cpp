// Fuzz target: a user catalog file's text merged over the built-in catalog, as
// `--catalog FILE` and the window's "Add catalog file" do. If it loads without
// errors (the only case either keeps it), every entry is found by its id and the
// built-in presets, loaded and evaluated against it, give finite, non-negative numbers.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"
#include "fuzz_checks.h"
#include "scenario_io.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

using namespace mlimpact;

namespace {

template <typename Entry, typename Lookup>
void checkLookup(const std::vector<Entry> &entries, Lookup lookup, const char *section)
{
    for (const auto &entry : entries) {
        if (lookup(entry.id) == nullptr) {
            std::fprintf(stderr, "fuzz check failed: %s entry \"%s\" is not found by its id\n", section,
                         entry.id.c_str());
            std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    Catalog catalog = builtinCatalog();
    Diagnostics diagnostics;
    catalog.addFromJson(text, "fuzz-catalog.json", diagnostics);
    for (const auto &d : diagnostics)
        (void)d.toString();
    if (hasErrors(diagnostics))
        return 0;

    checkLookup(
        catalog.accelerators(), [&](const std::string &id) { return catalog.accelerator(id); }, "accelerators");
    checkLookup(
        catalog.edgeDevices(), [&](const std::string &id) { return catalog.edgeDevice(id); }, "edge_devices");
    checkLookup(
        catalog.gridRegions(), [&](const std::string &id) { return catalog.gridRegion(id); }, "grid_regions");
    checkLookup(
        catalog.datacenterTypes(), [&](const std::string &id) { return catalog.datacenterType(id); },
        "datacenter_types");
    checkLookup(
        catalog.realizations(), [&](const std::string &id) { return catalog.realization(id); }, "realization");

    const std::uint64_t seed = fuzz::inputHash(data, size);
    for (const auto &id : presetIds()) {
        Diagnostics presetDiagnostics;
        if (const auto scenario = loadPreset(id, catalog, presetDiagnostics))
            fuzz::evaluateAndCheck(*scenario, catalog, seed);
    }
    return 0;
}
