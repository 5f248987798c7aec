// Fuzz target: scenario text -> loadScenarioFromText with the built-in catalog.
// Beyond not crashing: a scenario is returned exactly when there are no errors,
// and a loaded scenario saves to text that loads back to the same text.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario_io.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

using namespace mlimpact;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Catalog &catalog = builtinCatalog();
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    Diagnostics diagnostics;
    const auto scenario = loadScenarioFromText(text, "fuzz.json", catalog, diagnostics);
    for (const auto &d : diagnostics)
        (void)d.toString();
    if (scenario.has_value() == hasErrors(diagnostics)) {
        std::fprintf(stderr, "fuzz check failed: loaded=%d but hasErrors=%d\n", scenario.has_value(),
                     hasErrors(diagnostics));
        std::abort();
    }
    if (!scenario)
        return 0;

    const std::string saved = scenarioToJsonText(*scenario);
    Diagnostics again;
    const auto reloaded = loadScenarioFromText(saved, "saved.json", catalog, again);
    if (!reloaded) {
        std::fprintf(stderr, "fuzz check failed: the saved form does not load:\n%s\n", saved.c_str());
        for (const auto &d : again)
            std::fprintf(stderr, "%s\n", d.toString().c_str());
        std::abort();
    }
    if (scenarioToJsonText(*reloaded) != saved) {
        std::fprintf(stderr, "fuzz check failed: save -> load -> save changes the text:\n%s\n---\n%s\n", saved.c_str(),
                     scenarioToJsonText(*reloaded).c_str());
        std::abort();
    }
    return 0;
}
