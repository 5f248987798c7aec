// SPDX-License-Identifier: GPL-3.0-or-later
#include "criteria.h"

#include "evaluate_detail.h"
#include "text_translation.h"
#include "totals_only.h"

namespace mlimpact {

const std::array<CriterionInfo, kCriterionCount> &criteria()
{
    static const std::array<CriterionInfo, kCriterionCount> table{{
        {Criterion::Compute, "compute", "compute_flop", "Compute", "FLOP", Quantity::Flop},
        {Criterion::Energy, "energy", "energy_kwh", "Energy", "kWh", Quantity::EnergyKwh},
        {Criterion::OperationalCarbon, "operational", "operational_kgco2e", "Operational carbon", "kgCO2e",
         Quantity::CarbonKg},
        {Criterion::EmbodiedCarbon, "embodied", "embodied_kgco2e", "Embodied carbon", "kgCO2e", Quantity::CarbonKg},
        {Criterion::Carbon, "carbon", "carbon_kgco2e", "Carbon (operational + embodied)", "kgCO2e", Quantity::CarbonKg},
        {Criterion::Water, "water", "water_l", "Water", "L", Quantity::WaterL},
        {Criterion::Ewaste, "ewaste", "ewaste_kg", "E-waste", "kg", Quantity::MassKg},
        {Criterion::Adpe, "adpe", "adpe_kg_sb_eq", "Resource depletion (ADPe)", "kg Sb-eq", Quantity::AdpeKgSbEq},
        {Criterion::PrimaryEnergy, "primary_energy", "primary_energy_mj", "Primary energy", "MJ",
         Quantity::PrimaryEnergyMj},
    }};
    return table;
}

const CriterionInfo &criterionInfo(Criterion criterion)
{
    return criteria()[static_cast<std::size_t>(criterion)];
}

std::string shortCriterionLabel(Criterion criterion)
{
    const std::string label = translatedText("mlimpact", std::string(criterionInfo(criterion).label));
    return label.substr(0, label.find(" ("));
}

std::optional<Criterion> findCriterion(std::string_view id)
{
    for (const auto &info : criteria()) {
        if (info.id == id)
            return info.criterion;
    }
    return std::nullopt;
}

namespace {

double impactValue(const Impacts &impacts, Criterion criterion)
{
    switch (criterion) {
    case Criterion::Compute:
        return 0;
    case Criterion::Energy:
        return impacts.energy_kwh;
    case Criterion::OperationalCarbon:
        return impacts.operational_kgco2e;
    case Criterion::EmbodiedCarbon:
        return impacts.embodied_kgco2e;
    case Criterion::Carbon:
        return impacts.carbon_kgco2e();
    case Criterion::Water:
        return impacts.water_l();
    case Criterion::Ewaste:
        return impacts.ewaste_kg;
    case Criterion::Adpe:
        return impacts.adpe_kg_sb_eq;
    case Criterion::PrimaryEnergy:
        return impacts.primary_energy_mj;
    }
    return 0;
}

} // namespace

double phaseCriterionValue(const Results &results, Phase phase, Criterion criterion)
{
    if (criterion != Criterion::Compute)
        return impactValue(results.phase(phase), criterion);
    const PhaseChain &chain = results.chain(phase);
    return chain.enabled && phaseInfo(phase).dataCentre ? chain.flop : 0.0;
}

CriterionValues criterionTotals(const Results &results)
{
    CriterionValues values{};
    for (const auto &info : criteria()) {
        double total = 0;
        if (info.criterion == Criterion::Compute) {
            for (int p = 0; p < kPhaseCount; ++p)
                total += phaseCriterionValue(results, static_cast<Phase>(p), info.criterion);
        } else {
            total = impactValue(results.totals, info.criterion);
        }
        values[static_cast<std::size_t>(info.criterion)] = total;
    }
    return values;
}

CriterionValues evaluateCriterionTotals(const Scenario &scenario, const Catalog &catalog)
{
    // Break-even and the timeline fill their own fields only, and missing values add records and
    // caveats: the phases and totals are the same without them.
    constexpr detail::EvaluateOptions kTotalsOnly{false, false, true, {}, false};
    return criterionTotals(detail::evaluateWith(scenario, catalog, kTotalsOnly));
}

} // namespace mlimpact
