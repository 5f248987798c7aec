// SPDX-License-Identifier: GPL-3.0-or-later
// Which unpublished catalog values a scenario's numbers rest on (docs/model.md §8).
#include "missing_data.h"

#include "evaluate_phases.h"
#include "text_translation.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>

namespace mlimpact {

namespace {

using enum Criterion;

/// What a resolved value feeds: its catalog key, its name in a sentence and the criteria it
/// enters. `retires`: the value only matters where retired hardware is counted (disposal).
template <class Resolved> struct FieldUse
{
    ResolvedValue Resolved::*value;
    std::string_view field;
    std::string_view label;
    std::vector<Criterion> criteria;
    bool retires = false;
};

const std::vector<FieldUse<ResolvedSite>> &siteFields()
{
    static const std::vector<FieldUse<ResolvedSite>> fields{
        {&ResolvedSite::avg_power_w, "tdp_w", MLI_TR("insights", "power"), {Energy, Carbon, Water}},
        {&ResolvedSite::pue, "pue", MLI_TR("insights", "PUE"), {Energy, Carbon, Water}},
        {&ResolvedSite::wue_l_per_kwh, "wue_l_per_kwh", MLI_TR("insights", "on-site water use (WUE)"), {Water}},
        {&ResolvedSite::intensity_g_per_kwh, "intensity_g_per_kwh", MLI_TR("insights", "carbon intensity"), {Carbon}},
        {&ResolvedSite::ewif_l_per_kwh,
         "ewif_l_per_kwh",
         MLI_TR("insights", "off-site water intensity (EWIF)"),
         {Water}},
        {&ResolvedSite::embodied_kgco2e, "embodied_kgco2e", MLI_TR("insights", "embodied carbon"), {Carbon}},
        {&ResolvedSite::lifetime_years, "lifetime_years", MLI_TR("insights", "lifetime"), {Carbon, Water, Ewaste}},
        {&ResolvedSite::use_rate, "use_rate", MLI_TR("insights", "use rate"), {Carbon, Water, Ewaste}},
        {&ResolvedSite::mass_kg, "mass_kg", MLI_TR("insights", "mass"), {Ewaste, Carbon}, true},
        {&ResolvedSite::manufacturing_water_l,
         "manufacturing_water_l",
         MLI_TR("insights", "manufacturing water"),
         {Water}},
        {&ResolvedSite::adpe_kg_sb_eq_per_kwh,
         "adpe_kg_sb_eq_per_kwh",
         MLI_TR("insights", "electricity's resource depletion (ADPe)"),
         {Adpe}},
        {&ResolvedSite::primary_energy_mj_per_kwh,
         "primary_energy_mj_per_kwh",
         MLI_TR("insights", "electricity's primary energy"),
         {PrimaryEnergy}},
        {&ResolvedSite::manufacturing_adpe_kg_sb_eq,
         "manufacturing_adpe_kg_sb_eq",
         MLI_TR("insights", "manufacturing resource depletion (ADPe)"),
         {Adpe}},
        {&ResolvedSite::manufacturing_primary_energy_mj,
         "manufacturing_primary_energy_mj",
         MLI_TR("insights", "manufacturing primary energy"),
         {PrimaryEnergy}},
        {&ResolvedSite::server_embodied_kgco2e, "embodied_kgco2e", MLI_TR("insights", "embodied carbon"), {Carbon}},
        {&ResolvedSite::server_mass_kg, "mass_kg", MLI_TR("insights", "mass"), {Ewaste, Carbon}, true},
        {&ResolvedSite::server_manufacturing_water_l,
         "manufacturing_water_l",
         MLI_TR("insights", "manufacturing water"),
         {Water}},
    };
    return fields;
}

const std::vector<FieldUse<ResolvedEdge>> &edgeFields()
{
    static const std::vector<FieldUse<ResolvedEdge>> fields{
        {&ResolvedEdge::avg_power_w, "avg_power_w", MLI_TR("insights", "power"), {Energy, Carbon, Water}},
        {&ResolvedEdge::embodied_kgco2e, "embodied_kgco2e", MLI_TR("insights", "embodied carbon"), {Carbon}},
        {&ResolvedEdge::lifetime_years, "lifetime_years", MLI_TR("insights", "lifetime"), {Carbon, Water, Ewaste}},
        {&ResolvedEdge::intensity_g_per_kwh, "intensity_g_per_kwh", MLI_TR("insights", "carbon intensity"), {Carbon}},
        {&ResolvedEdge::ewif_l_per_kwh,
         "ewif_l_per_kwh",
         MLI_TR("insights", "off-site water intensity (EWIF)"),
         {Water}},
        {&ResolvedEdge::mass_kg, "mass_kg", MLI_TR("insights", "mass"), {Ewaste, Carbon}, true},
        {&ResolvedEdge::manufacturing_water_l,
         "manufacturing_water_l",
         MLI_TR("insights", "manufacturing water"),
         {Water}},
        {&ResolvedEdge::adpe_kg_sb_eq_per_kwh,
         "adpe_kg_sb_eq_per_kwh",
         MLI_TR("insights", "electricity's resource depletion (ADPe)"),
         {Adpe}},
        {&ResolvedEdge::primary_energy_mj_per_kwh,
         "primary_energy_mj_per_kwh",
         MLI_TR("insights", "electricity's primary energy"),
         {PrimaryEnergy}},
        {&ResolvedEdge::manufacturing_adpe_kg_sb_eq,
         "manufacturing_adpe_kg_sb_eq",
         MLI_TR("insights", "manufacturing resource depletion (ADPe)"),
         {Adpe}},
        {&ResolvedEdge::manufacturing_primary_energy_mj,
         "manufacturing_primary_energy_mj",
         MLI_TR("insights", "manufacturing primary energy"),
         {PrimaryEnergy}},
    };
    return fields;
}

const CatalogEntryBase *entryOf(const Catalog &catalog, CatalogSection section, std::string_view id)
{
    switch (section) {
    case CatalogSection::Accelerators:
        return catalog.accelerator(id);
    case CatalogSection::EdgeDevices:
        return catalog.edgeDevice(id);
    case CatalogSection::GridRegions:
        return catalog.gridRegion(id);
    case CatalogSection::DatacenterTypes:
        return catalog.datacenterType(id);
    case CatalogSection::Realization:
        return catalog.realization(id);
    case CatalogSection::Servers:
        return catalog.server(id);
    }
    return nullptr;
}

/// The record of this value in `out`, created on first sight.
MissingValue *recordOf(std::vector<MissingValue> &out, const CatalogEntryBase &entry, CatalogSection section,
                       std::string_view field, std::string_view label, std::span<const Criterion> criteria)
{
    for (MissingValue &m : out) {
        if (m.section == section && m.field == field && m.entryId == entry.id)
            return &m;
    }
    MissingValue &m = out.emplace_back();
    m.section = section;
    m.entryId = entry.id;
    m.entryName = entry.name;
    m.field = field;
    m.label = label;
    m.reason = entry.sourceOf(field);
    m.criteria.assign(criteria.begin(), criteria.end());
    return &m;
}

/// Adds `phase` to the record's phases, kept in phase order without duplicates.
void addPhase(MissingValue &m, Phase phase)
{
    const auto at = std::lower_bound(m.phases.begin(), m.phases.end(), phase);
    if (at == m.phases.end() || *at != phase)
        m.phases.insert(at, phase);
}

/// Notes every missing value of one resolved site or device. The catalog entry is looked up once
/// per value and the phase list is never copied: this runs on every model evaluation.
template <class Resolved>
void noteAll(std::vector<MissingValue> &out, const Catalog &catalog, const Resolved &resolved,
             const std::vector<FieldUse<Resolved>> &fields, std::span<const Phase> phases, bool disposal)
{
    for (const auto &use : fields) {
        const ResolvedValue &v = resolved.*use.value;
        if (v.origin != ValueOrigin::Missing || (use.retires && !disposal))
            continue;
        const CatalogEntryBase *entry = entryOf(catalog, v.section, v.entryId);
        if (!entry)
            continue; // an unknown id: the phase is skipped, with its own caveat
        // A site with a server reads the accelerator's board figures (board_mass_kg, ...).
        const std::string_view field = v.catalogField.empty() ? use.field : v.catalogField;
        MissingValue *m = recordOf(out, *entry, v.section, field, use.label, use.criteria);
        for (Phase p : phases)
            addPhase(*m, p);
        if (use.retires)
            addPhase(*m, Phase::Disposal);
    }
}

/// "a", "a and b", "a, b and c": the words of `items` in order, "and" in the window's language.
template <class T, class Word> std::string joined(const std::vector<T> &items, Word word)
{
    std::string head;
    for (std::size_t i = 0; i + 1 < items.size(); ++i)
        head += (i == 0 ? "" : ", ") + std::string(word(items[i]));
    if (items.empty())
        return head;
    const std::string last(word(items.back()));
    return head.empty() ? last : translatedPattern("insights", MLI_TR("insights", "%1 and %2"), {head, last});
}

/// A criterion in the sentence of a missing value ("energy, carbon and water of ...").
std::string criterionWord(Criterion c)
{
    switch (c) {
    case Ewaste:
        return translatedText("insights", MLI_TR("insights", "e-waste"));
    case Adpe:
        return translatedText("insights", MLI_TR("insights", "resource depletion (ADPe)"));
    case PrimaryEnergy:
        return translatedText("insights", MLI_TR("insights", "primary energy"));
    case Energy:
        return translatedText("insights", MLI_TR("insights", "energy"));
    case Carbon:
        return translatedText("insights", MLI_TR("insights", "carbon"));
    case Water:
        return translatedText("insights", MLI_TR("insights", "water"));
    default:
        return std::string(criterionKey(c)); // compute and the carbon parts: never a missing value's
    }
}

} // namespace

std::string_view criterionKey(Criterion criterion)
{
    switch (criterion) {
    case Compute:
        return "compute";
    case OperationalCarbon:
        return "operational";
    case EmbodiedCarbon:
        return "embodied";
    case Energy:
        return "energy";
    case Carbon:
        return "carbon";
    case Water:
        return "water";
    case Ewaste:
        return "ewaste";
    case Adpe:
        return "adpe";
    case PrimaryEnergy:
        return "primary_energy";
    }
    return "carbon";
}

bool undercounts(const std::vector<MissingValue> &missing, Phase phase, Criterion criterion)
{
    return std::any_of(missing.begin(), missing.end(),
                       [&](const MissingValue &m) { return m.affects(criterion) && m.enters(phase); });
}

bool undercounts(const std::vector<MissingValue> &missing, Criterion criterion)
{
    return std::any_of(missing.begin(), missing.end(), [&](const MissingValue &m) { return m.affects(criterion); });
}

bool MissingValue::affects(Criterion criterion) const
{
    return std::find(criteria.begin(), criteria.end(), criterion) != criteria.end();
}

bool MissingValue::enters(Phase phase) const
{
    return std::find(phases.begin(), phases.end(), phase) != phases.end();
}

std::string MissingValue::text() const
{
    // The catalog's reason is data (its sources), shown as written.
    const std::string because =
        reason.empty() ? translatedText("insights", MLI_TR("insights", "not in the catalog")) : reason;
    const std::string what = joined(criteria, criterionWord);
    const std::string where =
        joined(phases, [](Phase p) { return translatedText("mlimpact", std::string(phaseLabel(p))); });
    const char *pattern = criteria.size() > 1
                              ? MLI_TR("insights", "%1 of %2: %3; counted as 0, so the %4 of %5 are undercounted")
                              : MLI_TR("insights", "%1 of %2: %3; counted as 0, so the %4 of %5 is undercounted");
    std::string out =
        translatedPattern("insights", pattern, {translatedText("insights", label), entryName, because, what, where});
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

std::vector<std::string> caveatsOf(const Results &results)
{
    std::vector<std::string> out = results.caveats;
    out.reserve(out.size() + results.missing.size());
    for (const MissingValue &m : results.missing)
        out.push_back(m.text());
    return out;
}

namespace detail {

void collectMissingValues(const Scenario &s, const Catalog &catalog, Results &r)
{
    const bool disposal = r.chain(Phase::Disposal).enabled;
    // Development runs on the training site: one record names both phases. Fixed arrays: at most
    // one site per data-centre phase.
    std::array<const Site *, kDataCentrePhases.size()> sites{};
    std::array<std::array<Phase, kDataCentrePhases.size()>, kDataCentrePhases.size()> phasesOf{};
    std::array<std::size_t, kDataCentrePhases.size()> phaseCount{};
    std::size_t siteCount = 0;
    for (Phase p : kDataCentrePhases) {
        if (!r.chain(p).enabled)
            continue;
        const Site *site = phaseSite(s, p);
        std::size_t i = 0;
        while (i < siteCount && sites[i] != site)
            ++i;
        if (i == siteCount)
            sites[siteCount++] = site;
        phasesOf[i][phaseCount[i]++] = p;
    }
    for (std::size_t i = 0; i < siteCount; ++i)
        noteAll(r.missing, catalog, resolveSite(*sites[i], catalog), siteFields(),
                std::span<const Phase>(phasesOf[i].data(), phaseCount[i]), disposal);
    if (r.chain(Phase::Edge).enabled) {
        constexpr Phase edge[] = {Phase::Edge};
        noteAll(r.missing, catalog, resolveEdge(s.edge, catalog), edgeFields(), edge, disposal);
    }
}

} // namespace detail
} // namespace mlimpact
