// The headline tiles (totals, per query, deployment : development, the embodied share, resources)
// and the texts they share with the life-cycle chart: parity, e-waste origins, the splits.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "insight_parts.h"

#include "equivalents.h"
#include "text_translation.h"

#include <algorithm>
#include <cmath>

namespace mlimpact {
namespace insight {

namespace {

std::string equivalentText(EquivalentQuantity quantity, double amount, std::string *source)
{
    const auto e = describeEquivalent(quantity, amount);
    if (source)
        *source = e ? e->source : std::string();
    return e ? e->text : std::string();
}

HeadlineFigure figure(std::string id, std::string caption, double value, std::string unit, std::string text)
{
    HeadlineFigure f;
    f.id = std::move(id);
    f.caption = std::move(caption);
    f.value = value;
    f.unit = std::move(unit);
    f.text = std::move(text);
    return f;
}

/// A total with its unit, formatted, and its equivalent.
HeadlineFigure total(std::string id, std::string caption, double value, Quantity quantity, std::string unit,
                     EquivalentQuantity equivalent)
{
    HeadlineFigure f =
        figure(std::move(id), std::move(caption), value, std::move(unit), formatQuantity(value, quantity));
    f.detail = equivalentText(equivalent, value, &f.source);
    return f;
}

HeadlineFigure unavailable(std::string id, std::string caption, std::string unit, std::string text, std::string why)
{
    HeadlineFigure f = figure(std::move(id), std::move(caption), 0, std::move(unit), std::move(text));
    f.available = false;
    f.detail = std::move(why);
    return f;
}

/// The per-use tile's caption: carbon per cloud query, per on-device inference, or per either.
/// The window translates captions through coreText() (context "mlimpact"); they are marked here
/// because no preset serves both, so translations/core_texts.cpp never lists the mixed one.
const char *perUseCaption(const Results &r)
{
    const bool cloud = r.perQuery.queries > 0, edge = r.edge_inferences > 0;
    return cloud && edge ? MLI_TR("mlimpact", "Carbon per query or inference")
           : edge        ? MLI_TR("mlimpact", "Carbon per inference")
                         : MLI_TR("mlimpact", "Carbon per query");
}

/// Resource depletion and primary energy, split into electricity and manufacturing (docs/model.md §19).
void resourceFigures(const Results &r, std::vector<HeadlineFigure> &out)
{
    double adpeElectricity = 0, peElectricity = 0;
    for (const PhaseChain &c : r.chains) {
        if (!c.enabled)
            continue;
        adpeElectricity += c.facility_energy_kwh * c.adpe_kg_sb_eq_per_kwh;
        peElectricity += c.facility_energy_kwh * c.primary_energy_mj_per_kwh;
    }
    const Impacts &t = r.totals;
    const auto split = [](double electricity, double total, Quantity q) {
        return phrased(MLI_TR("insights", "Electricity %1, manufacturing %2"),
                       {formatQuantity(electricity, q), formatQuantity(std::max(0.0, total - electricity), q)});
    };
    out.push_back(figure("adpe", "Resource depletion", t.adpe_kg_sb_eq, "kg Sb-eq",
                         formatQuantity(t.adpe_kg_sb_eq, Quantity::AdpeKgSbEq)));
    out.back().detail = phrased(MLI_TR("insights", "minerals and metals mined (ADPe)"));
    out.back().breakdown = split(adpeElectricity, t.adpe_kg_sb_eq, Quantity::AdpeKgSbEq);
    out.push_back(figure("primary_energy", "Primary energy", t.primary_energy_mj, "MJ",
                         formatQuantity(t.primary_energy_mj, Quantity::PrimaryEnergyMj)));
    out.back().detail = phrased(MLI_TR("insights", "energy taken from nature"));
    out.back().breakdown = split(peElectricity, t.primary_energy_mj, Quantity::PrimaryEnergyMj);
}

/// The per-use tile's line when no equivalent pictures the figure: one whole phrase per noun.
std::string lifeCyclePerUse(const Results &r)
{
    const bool cloud = r.perQuery.queries > 0, edge = r.edge_inferences > 0;
    if (cloud && edge)
        return phrased(MLI_TR("insights", "life cycle, per query or inference"));
    return edge ? phrased(MLI_TR("insights", "life cycle, per inference"))
                : phrased(MLI_TR("insights", "life cycle, per query"));
}

/// What the per-use figure is spread over: one whole sentence for each mix of uses served
/// (uses > 0, so there are queries, inferences or both).
std::string perUseBreakdown(const Results &r)
{
    const std::string queries = formatQuantity(r.perQuery.queries, Quantity::Plain);
    const std::string inferences = formatQuantity(r.edge_inferences, Quantity::Plain);
    if (r.perQuery.queries > 0 && r.edge_inferences > 0)
        return phrased(MLI_TR("insights", "All phases, development to disposal, over %1 cloud queries and %2 "
                                          "on-device inferences"),
                       {queries, inferences});
    if (r.edge_inferences > 0)
        return phrased(MLI_TR("insights", "All phases, development to disposal, over %1 on-device inferences"),
                       {inferences});
    return phrased(MLI_TR("insights", "All phases, development to disposal, over %1 cloud queries"), {queries});
}

/// Life-cycle carbon per use: every phase, development to disposal, over the cloud queries and
/// on-device inferences served (docs/model.md §8).
HeadlineFigure perQueryFigure(const Results &r)
{
    if (r.perQuery.uses <= 0)
        return unavailable("carbon_per_query", "Carbon per query", "kgCO2e", phrased(MLI_TR("insights", "no queries")),
                           phrased(MLI_TR("insights", "no cloud deployment or edge fleet serves the model")));
    const double kg = r.perQuery.lifecycle_carbon_g_per_use / 1000.0;
    HeadlineFigure f =
        total("carbon_per_query", perUseCaption(r), kg, Quantity::CarbonKg, "kgCO2e", EquivalentQuantity::Carbon);
    if (f.detail.empty())
        f.detail = lifeCyclePerUse(r);
    if (r.perQuery.queries > 0)
        f.detail += " · " + phrased(MLI_TR("insights", "%1 per query served"),
                                    {formatQuantity(r.perQuery.energy_wh / 1000.0, Quantity::EnergyKwh)});
    if (r.edge_inferences > 0)
        f.detail +=
            " · " + phrased(MLI_TR("insights", "%1 of device energy per inference"),
                            {formatQuantity(r.perQuery.edge_energy_wh_per_inference / 1000.0, Quantity::EnergyKwh)});
    f.breakdown = perUseBreakdown(r);
    return f;
}

/// "3.44 : 1", "639k : 1", or for a small ratio the other way round ("1 : 133k", not "0.0000075 : 1").
std::string ratioText(double ratio)
{
    if (!(ratio > 0))
        return "0 : 1";
    if (ratio >= 1)
        return (ratio >= 1000 ? formatQuantity(ratio, Quantity::Plain) : formatSignificant(ratio)) + " : 1";
    return "1 : " + formatQuantity(1.0 / ratio, Quantity::Plain);
}

/// In use (cloud deployment + edge fleet) against before launch (development, NAS, training).
HeadlineFigure deploymentRatioFigure(const Results &r)
{
    if (r.in_use_to_development_carbon <= 0)
        return unavailable(
            "deployment_to_development", "Deployment : development", "ratio", "–",
            phrased(MLI_TR("insights", "needs a cloud deployment or edge fleet, and development or training")));
    HeadlineFigure f = figure("deployment_to_development", "Deployment : development", r.in_use_to_development_carbon,
                              "ratio", ratioText(r.in_use_to_development_carbon));
    f.detail = phrased(MLI_TR("insights", "carbon; energy %1. Inference is 80-90% of ML compute (NVIDIA, AWS)"),
                       {ratioText(r.in_use_to_development_energy)});
    f.source = phrased(MLI_TR("insights", "Patterson et al. 2021, quoting NVIDIA and AWS"));
    std::vector<std::string> use, before;
    for (Phase p : kInUsePhases) {
        if (r.chain(p).enabled)
            use.push_back(coreName(phaseLabel(p)));
    }
    for (Phase p : kBeforeLaunchPhases) {
        if (r.chain(p).enabled)
            before.push_back(coreName(phaseLabel(p)));
    }
    auto list = [](const std::vector<std::string> &names) {
        std::string out;
        for (const auto &n : names)
            out += (out.empty() ? "" : " + ") + n;
        return out;
    };
    f.breakdown = phrased(MLI_TR("insights", "Deployment = the model in use (%1); development = before launch (%2). "
                                             "Disposal is in neither."),
                          {list(use), list(before)});
    if (const std::string parity = parityText(r); !parity.empty())
        f.breakdown += " " + phrased(MLI_TR("insights", "Inference-training parity, the cloud queries whose own cost "
                                                        "equals everything before launch: %1."),
                                     {parity});
    return f;
}

} // namespace

std::vector<HeadlineFigure> headlineFigures(const Results &r)
{
    const Impacts &t = r.totals;
    const double carbon = t.carbon_kgco2e();
    std::vector<HeadlineFigure> out;
    out.push_back(
        total("total_carbon", "Total carbon", carbon, Quantity::CarbonKg, "kgCO2e", EquivalentQuantity::Carbon));
    out.back().breakdown = phrased(MLI_TR("insights", "Operational %1, embodied %2"),
                                   {formatQuantity(t.operational_kgco2e, Quantity::CarbonKg),
                                    formatQuantity(t.embodied_kgco2e, Quantity::CarbonKg)});
    out.push_back(total("energy", "Energy", t.energy_kwh, Quantity::EnergyKwh, "kWh", EquivalentQuantity::Energy));
    out.back().breakdown = energySplitText(r);
    out.push_back(total("water", "Water", t.water_l(), Quantity::WaterL, "L", EquivalentQuantity::Water));
    out.back().breakdown = phrased(MLI_TR("insights", "On-site %1, off-site %2, manufacturing %3"),
                                   {formatQuantity(t.water_onsite_l, Quantity::WaterL),
                                    formatQuantity(t.water_offsite_l, Quantity::WaterL),
                                    formatQuantity(t.water_manufacturing_l, Quantity::WaterL)});
    out.push_back(total("ewaste", "E-waste", t.ewaste_kg, Quantity::MassKg, "kg", EquivalentQuantity::Ewaste));
    const std::string unrecycled = formatQuantity(t.ewaste_unrecycled_kg, Quantity::MassKg);
    if (const std::string origin = ewasteOriginText(r); !origin.empty())
        out.back().breakdown =
            phrased(MLI_TR("insights", "%1 not formally recycled; counted at disposal, from %2"), {unrecycled, origin});
    else
        out.back().breakdown = phrased(MLI_TR("insights", "%1 not formally recycled"), {unrecycled});
    out.push_back(perQueryFigure(r));
    out.push_back(deploymentRatioFigure(r));
    const double embodiedShare = carbon > 0 ? t.embodied_kgco2e / carbon : 0;
    out.push_back(figure("embodied_share", "Embodied share of carbon", embodiedShare, "fraction",
                         formatPercent(embodiedShare, 2)));
    out.back().detail = phrased(MLI_TR("insights", "manufacturing, allocated by use"));
    if (const EmbodiedSplit &split = r.embodiedSplit; split.anyServer) {
        const double dc = split.accelerator_kgco2e + split.server_kgco2e;
        out.back().detail =
            phrased(MLI_TR("insights", "manufacturing, allocated by use; host servers %1 of the data centres'"),
                    {formatPercent(dc > 0 ? split.server_kgco2e / dc : 0.0, 2)});
        out.back().breakdown = phrased(MLI_TR("insights", "Data centres: %1"), {embodiedSplitText(r)});
    }
    resourceFigures(r, out); // after the embodied share's lines: it appends figures of its own
    return out;
}

} // namespace insight

using namespace insight;

std::string parityText(const Results &r)
{
    if (!(r.queries_to_parity_carbon > 0) && !(r.queries_to_parity_energy > 0))
        return "";
    auto after = [](double queries) {
        return queries > 0 ? translatedPattern("insights", MLI_TR("insights", "after %1 queries"),
                                               {formatQuantity(queries, Quantity::Plain)})
                           : translatedText("insights", MLI_TR("insights", "never"));
    };
    std::string out = translatedPattern("insights", MLI_TR("insights", "%1 for carbon (energy: %2)"),
                                        {after(r.queries_to_parity_carbon), after(r.queries_to_parity_energy)});
    if (r.queries_to_parity_carbon > 0 && r.perQuery.queries > 0)
        out = translatedPattern("insights", MLI_TR("insights", "%1, %2 of the %3 served"),
                                {out, formatPercent(r.queries_to_parity_carbon / r.perQuery.queries, 2),
                                 formatQuantity(r.perQuery.queries, Quantity::Plain)});
    return out;
}

std::string ewasteOriginText(const Results &r)
{
    const double total = r.phase(Phase::Disposal).ewaste_kg;
    if (!(total > 0))
        return {};
    std::vector<std::pair<double, Phase>> parts;
    for (Phase p : kAllPhases) {
        const PhaseChain &chain = r.chain(p);
        if (p != Phase::Disposal && chain.enabled && chain.ewaste_source_kg > 0)
            parts.push_back({chain.ewaste_source_kg, p});
    }
    std::sort(parts.begin(), parts.end(), [](const auto &x, const auto &y) { return x.first > y.first; });
    std::string out;
    for (const auto &[kg, p] : parts) {
        const std::string name = nameInSentence(phaseLabel(p));
        const double share = kg / total;
        out += (out.empty() ? "" : ", ") + name + " " + formatQuantity(kg, Quantity::MassKg) + " (" +
               (share < 0.01                       ? std::string("<1%")
                : share > 0.99 && parts.size() > 1 ? std::string(">99%")
                                                   : formatPercent(share, 2)) +
               ")";
    }
    return out;
}

std::string energySplitText(const Results &r)
{
    const EnergySplit &e = r.energySplit;
    if (!(e.dynamic.energy_kwh + e.idle.energy_kwh + e.infrastructure.energy_kwh > 0))
        return {};
    const auto part = [](const EnergyPart &p) {
        return formatQuantity(p.energy_kwh, Quantity::EnergyKwh) + " (" + formatPercent(p.share, 2) + ")";
    };
    // The life-cycle chart breaks the lines at " · ": the translation keeps them.
    return translatedPattern(
        "insights",
        MLI_TR("insights", "Data-centre energy: at work %1 · allocated but idle %2 · shared infrastructure %3"),
        {part(e.dynamic), part(e.idle), part(e.infrastructure)});
}

std::string embodiedSplitText(const Results &r)
{
    const EmbodiedSplit &s = r.embodiedSplit;
    if (!s.anyServer)
        return {};
    const auto part = [](double value, double total, Quantity q) {
        return formatQuantity(value, q) + (total > 0 ? " (" + formatPercent(value / total, 2) + ")" : std::string());
    };
    const double carbon = s.accelerator_kgco2e + s.server_kgco2e;
    const double mass = s.accelerator_ewaste_kg + s.server_ewaste_kg;
    return translatedPattern(
        "insights",
        MLI_TR("insights", "accelerators %1, servers %2 of the data centres' embodied carbon; "
                           "retired mass: accelerators %3, servers %4"),
        {part(s.accelerator_kgco2e, carbon, Quantity::CarbonKg), part(s.server_kgco2e, carbon, Quantity::CarbonKg),
         part(s.accelerator_ewaste_kg, mass, Quantity::MassKg), part(s.server_ewaste_kg, mass, Quantity::MassKg)});
}

} // namespace mlimpact
