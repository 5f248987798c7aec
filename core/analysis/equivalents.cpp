// SPDX-License-Identifier: GPL-3.0-or-later
#include "equivalents.h"

#include "embedded_data.h"
#include "format.h"
#include "json_reader.h"
#include "text_translation.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace mlimpact {

std::vector<Equivalent> parseEquivalents(std::string_view jsonText, const std::string &fileLabel,
                                         Diagnostics &diagnostics)
{
    std::vector<Equivalent> out;
    const auto doc = parseJsonText(jsonText, fileLabel, diagnostics);
    if (!doc)
        return out;
    JsonReader r(fileLabel, diagnostics);
    const auto list = doc->find("equivalents");
    if (!doc->is_object() || list == doc->end() || !list->is_array()) {
        r.error("/equivalents", "expected an array of equivalents");
        return out;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto &e = (*list)[i];
        const std::string p = "/equivalents/" + std::to_string(i);
        if (!e.is_object()) {
            r.error(p, "expected an object");
            continue;
        }
        Equivalent q;
        const auto id = r.string(e, "id", p);
        const auto quantity = r.string(e, "quantity", p);
        const auto amount = r.number(e, "unit_amount", p, 1e-12, 1e15);
        const auto singular = r.string(e, "singular", p);
        const auto plural = r.string(e, "plural", p);
        const auto source = r.string(e, "source", p);
        if (!id || !quantity || !amount || !singular || !plural || !source)
            continue;
        if (*quantity == "carbon")
            q.quantity = EquivalentQuantity::Carbon;
        else if (*quantity == "energy")
            q.quantity = EquivalentQuantity::Energy;
        else if (*quantity == "water")
            q.quantity = EquivalentQuantity::Water;
        else if (*quantity == "ewaste")
            q.quantity = EquivalentQuantity::Ewaste;
        else {
            r.error(p + "/quantity", "expected carbon, energy, water or ewaste, found \"" + *quantity + "\"");
            continue;
        }
        q.id = *id;
        q.unitAmount = *amount;
        q.singular = *singular;
        q.plural = *plural;
        q.source = *source;
        out.push_back(std::move(q));
    }
    return out;
}

const std::vector<Equivalent> &builtinEquivalents()
{
    static const std::vector<Equivalent> table = [] {
        Diagnostics diagnostics;
        const auto text = data::embeddedFile("equivalents.json");
        auto parsed =
            text ? parseEquivalents(*text, "<built-in>/equivalents.json", diagnostics) : std::vector<Equivalent>{};
        if (!text || hasErrors(diagnostics)) {
            for (const auto &d : diagnostics)
                std::fprintf(stderr, "%s\n", d.toString().c_str());
            std::fprintf(stderr, "internal error: the built-in equivalents table is invalid\n");
            std::abort();
        }
        return parsed;
    }();
    return table;
}

std::optional<EquivalentText> describeEquivalent(EquivalentQuantity quantity, double amount)
{
    if (!(amount > 0) || !std::isfinite(amount))
        return std::nullopt;
    const Equivalent *best = nullptr;
    double bestScore = 0;
    for (const auto &e : builtinEquivalents()) {
        if (e.quantity != quantity)
            continue;
        const double count = amount / e.unitAmount;
        // Prefer counts a person can picture (1 to 100,000); otherwise the closest to that band.
        const double score = count >= 1 && count <= 1e5 ? 0 : std::fabs(std::log10(count < 1 ? count : count / 1e5));
        if (!best || score < bestScore - 1e-12) {
            best = &e;
            bestScore = score;
        }
    }
    if (!best)
        return std::nullopt;
    const double count = amount / best->unitAmount;
    // Below a tenth of the smallest thing in the table there is nothing to picture
    // ("≈ 0.000047 smartphone charges" explains nothing): no equivalent.
    if (count < kSmallestEquivalentCount)
        return std::nullopt;
    const std::string number = count >= 1000 ? formatQuantity(count, Quantity::Plain) : formatSignificant(count, 2);
    // The names come from the built-in table; the window's list of them is in context "mlimpact"
    // (translations/core_texts.cpp), like core's other data-built names.
    const std::string &name = std::fabs(count - 1) < 0.05 ? best->singular : best->plural;
    return EquivalentText{
        translatedPattern("insights", MLI_TR("insights", "≈ %1 %2"), {number, translatedText("mlimpact", name)}),
        best->source};
}

} // namespace mlimpact
