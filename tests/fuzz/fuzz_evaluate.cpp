// Fuzz target: load a scenario from the input and, if it loads without errors,
// evaluate it as the window and the command line do (results, time simulation,
// break-even, sweep, region comparison, reports). Any non-finite or negative
// quantity aborts with the field's name.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzz_checks.h"
#include "scenario_io.h"

#include <cstdint>
#include <string_view>

using namespace mlimpact;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Catalog &catalog = builtinCatalog();
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    Diagnostics diagnostics;
    const auto scenario = loadScenarioFromText(text, "fuzz.json", catalog, diagnostics);
    if (!scenario || hasErrors(diagnostics))
        return 0;
    fuzz::evaluateAndCheck(*scenario, catalog, fuzz::inputHash(data, size));
    return 0;
}
