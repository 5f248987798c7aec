// Fuzz target: scenario text -> loadScenarioFromText and loadDocumentFromText (format
// versions 1 and 2, variants included) with the built-in catalog.
// Beyond not crashing: a scenario (a document) is returned exactly when there are no errors,
// a loaded one saves to text that loads back to the same text, and a document's variants
// compare: every total finite, every bridge summing to its change.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"
#include "scenario_io.h"
#include "variants_io.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

using namespace mlimpact;

namespace {

[[noreturn]] void fail(const char *what, const std::string &text)
{
    std::fprintf(stderr, "fuzz check failed: %s\n%s\n", what, text.c_str());
    std::abort();
}

void checkScenario(std::string_view text, const Catalog &catalog)
{
    Diagnostics diagnostics;
    const auto scenario = loadScenarioFromText(text, "fuzz.json", catalog, diagnostics);
    for (const auto &d : diagnostics)
        (void)d.toString();
    if (scenario.has_value() == hasErrors(diagnostics))
        fail(scenario ? "a scenario loaded with errors" : "no scenario and no error", std::string(text));
    if (!scenario)
        return;
    const std::string saved = scenarioToJsonText(*scenario);
    Diagnostics again;
    const auto reloaded = loadScenarioFromText(saved, "saved.json", catalog, again);
    if (!reloaded)
        fail("the saved form does not load", saved);
    if (scenarioToJsonText(*reloaded) != saved)
        fail("save -> load -> save changes the text", saved + "\n---\n" + scenarioToJsonText(*reloaded));
}

/// Every bridge term and total finite; the terms sum to the change (relative to the totals).
void checkComparison(const Comparison &comparison, const std::string &saved)
{
    for (const auto &v : comparison.variants) {
        for (const auto &c : criteria()) {
            const auto k = static_cast<std::size_t>(c.criterion);
            double sum = 0;
            for (const auto &cause : causes())
                sum += v.bridge->term(cause.cause, c.criterion);
            const double scale = std::max({std::fabs(v.bridge->baseline[k]), std::fabs(v.bridge->variant[k]), 1e-300});
            if (!std::isfinite(v.totals[k]) || !std::isfinite(sum) ||
                std::fabs(sum - v.bridge->change(c.criterion)) > 1e-9 * scale)
                fail("a bridge does not sum to its change", v.name + " / " + std::string(c.id) + "\n" + saved);
        }
    }
}

void checkDocument(std::string_view text, const Catalog &catalog)
{
    Diagnostics diagnostics;
    const auto document = loadDocumentFromText(text, "fuzz.json", catalog, diagnostics);
    if (document.has_value() == hasErrors(diagnostics))
        fail(document ? "a document loaded with errors" : "no document and no error", std::string(text));
    if (!document)
        return;
    if (!validateDocument(*document, catalog).empty())
        fail("a loaded document does not validate", std::string(text));
    const std::string saved = documentToJsonText(*document);
    Diagnostics again;
    const auto reloaded = loadDocumentFromText(saved, "saved.json", catalog, again);
    if (!reloaded || !(*reloaded == *document))
        fail("the saved document does not load back the same", saved);
    if (documentToJsonText(*reloaded) != saved)
        fail("save -> load -> save changes the document's text", saved);
    if (!document->variants.empty())
        checkComparison(compareDocument(*document, catalog), saved);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Catalog &catalog = builtinCatalog();
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    checkScenario(text, catalog);
    checkDocument(text, catalog);
    return 0;
}
