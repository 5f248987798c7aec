// Unpublished catalog values are never a silent zero: each one a scenario uses becomes a
// MissingValue (and a caveat), lands on the headline figures and charts it undercounts,
// and reaches both reports. Values the scenario does not use say nothing.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate.h"
#include "insights.h"
#include "report.h"
#include "scenario_io.h"

#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

using namespace mlimpact;

namespace {

Scenario preset(const char *id)
{
    Diagnostics d;
    return *loadPreset(id, builtinCatalog(), d);
}

/// The LLM service served from NVIDIA L4s, whose manufacturing water nobody publishes.
Scenario onL4()
{
    Scenario s = preset("llm-chat-service");
    s.deployment.site.hardware = "nvidia-l4";
    return s;
}

Insights insightsOf(const Catalog &catalog, const Scenario &s, const Results &r)
{
    return computeInsights(catalog, r, computeAnalyses(s, catalog, r, {}));
}

const MissingValue *find(const Results &r, std::string_view entry, std::string_view field)
{
    const auto it = std::find_if(r.missing.begin(), r.missing.end(),
                                 [&](const MissingValue &m) { return m.entryId == entry && m.field == field; });
    return it == r.missing.end() ? nullptr : &*it;
}

bool mentions(const std::vector<std::string> &texts, std::string_view what)
{
    return std::any_of(texts.begin(), texts.end(), [&](const auto &t) { return t.find(what) != std::string::npos; });
}

} // namespace

class TestMissingData : public QObject
{
    Q_OBJECT
private slots:
    void l4ManufacturingWaterIsACaveat();
    void l4CaveatReachesFiguresChartsAndReports();
    void fullyPublishedHardwareHasNone();
    void aPublishedValueRemovesTheCaveat();
    void onlyValuesInUseCount();
    void trainingSiteIsNamedOnceForBothPhases();
    void aRegionWithoutPrimaryEnergySaysSo();
};

void TestMissingData::l4ManufacturingWaterIsACaveat()
{
    const Results r = evaluate(onL4(), builtinCatalog());
    const MissingValue *m = find(r, "nvidia-l4", "manufacturing_water_l");
    QVERIFY(m);
    QCOMPARE(m->section, CatalogSection::Accelerators);
    QCOMPARE(m->reason, std::string("not published")); // the catalog's own words
    QCOMPARE(m->phases, std::vector<Phase>{Phase::Deployment});
    QCOMPARE(m->criteria, std::vector<Criterion>{Criterion::Water});
    QVERIFY(mentions(caveatsOf(r), m->text()));
    QVERIFY2(m->text().find("NVIDIA L4") != std::string::npos, m->text().c_str());
}

void TestMissingData::l4CaveatReachesFiguresChartsAndReports()
{
    const Scenario s = onL4();
    const Results r = evaluate(s, builtinCatalog());
    const Insights insights = insightsOf(builtinCatalog(), s, r);
    const MissingValue *water = find(r, "nvidia-l4", "manufacturing_water_l");
    QVERIFY(water);
    const std::string text = water->text();
    QVERIFY(mentions(insights.headline("water")->missingData, text));
    for (const char *unaffected : {"total_carbon", "energy", "ewaste", "carbon_per_query"})
        QVERIFY2(insights.headline(unaffected)->missingData.empty(), unaffected); // water only
    QVERIFY(mentions(insights.chart("lifecycle")->missingData, text));
    QVERIFY(mentions(insights.chart("timeline")->missingData, text));
    QVERIFY(insights.chart("time-place")->missingData.empty()); // training carbon: not affected

    const auto json = nlohmann::json::parse(reportJson(s, r, insights));
    QCOMPARE(json["missing_data"].size(), std::size_t(1));
    QCOMPARE(json["missing_data"][0]["entry"].get<std::string>(), std::string("nvidia-l4"));
    QCOMPARE(json["missing_data"][0]["field"].get<std::string>(), std::string("manufacturing_water_l"));
    QCOMPARE(json["missing_data"][0]["counted_as"].get<int>(), 0);
    QCOMPARE(json["insights"]["headlines"]["water"]["missing_data"][0].get<std::string>(), text);
    const std::string report = reportText(s, r, insights);
    QVERIFY(report.find("[counts 1 unpublished value as 0") != std::string::npos);
    QVERIFY(report.find(text) != std::string::npos);
}

void TestMissingData::fullyPublishedHardwareHasNone()
{
    // H100s in California and Virginia: every value the scenario uses is published.
    const Scenario s = preset("llm-chat-service");
    QCOMPARE(s.deployment.site.hardware, std::string("nvidia-h100-sxm"));
    const Results r = evaluate(s, builtinCatalog());
    QVERIFY(r.missing.empty());
    const Insights insights = insightsOf(builtinCatalog(), s, r);
    for (const auto &h : insights.headlines)
        QVERIFY2(h.missingData.empty(), h.id.c_str());
    for (const auto &c : insights.charts)
        QVERIFY2(c.missingData.empty(), c.chartId.c_str());
    QVERIFY(nlohmann::json::parse(reportJson(s, r, insights))["missing_data"].empty());
}

void TestMissingData::aPublishedValueRemovesTheCaveat()
{
    // The caveat follows the data: a user catalog that publishes the figure silences it.
    Catalog catalog = builtinCatalog();
    nlohmann::json l4 = nlohmann::json::parse(R"({"format": "ml-impact-explorer/catalog", "version": 1})");
    nlohmann::json entry = {{"id", "nvidia-l4"},
                            {"name", "NVIDIA L4 (measured)"},
                            {"class", "gpu_2to4"},
                            {"year", 2023},
                            {"tdp_w", 72},
                            {"host_power_w", 150},
                            {"peak_tflops", {{"fp32", 31.33}, {"fp16", 121}, {"int8", 242.5}, {"int4", nullptr}}},
                            {"embodied_kgco2e", 462.5},
                            {"manufacturing_water_l", 60},
                            {"mass_kg", 13.957},
                            {"lifetime_years", 4},
                            {"use_rate", 0.85},
                            {"sources", {{"manufacturing_water_l", "test: a measured value"}}}};
    l4["accelerators"] = nlohmann::json::array({entry});
    Diagnostics d;
    catalog.addFromJson(l4.dump(), "user.json", d);
    QVERIFY(!hasErrors(d));
    QVERIFY(!find(evaluate(onL4(), catalog), "nvidia-l4", "manufacturing_water_l"));
}

void TestMissingData::onlyValuesInUseCount()
{
    // A laptop has no published mass: it matters for e-waste only while disposal is included.
    Scenario s = preset("edge-vision-phones");
    s.edge.device = "laptop-generic";
    const Results laptops = evaluate(s, builtinCatalog());
    const MissingValue *mass = find(laptops, "laptop-generic", "mass_kg");
    QVERIFY(mass && mass->enters(Phase::Disposal) && mass->affects(Criterion::Ewaste));
    s.disposal.enabled = false;
    QVERIFY(!find(evaluate(s, builtinCatalog()), "laptop-generic", "mass_kg"));
    // The T4 serving the academic demo has no published water; without deployment it is not used.
    Scenario academic = preset("academic-research");
    QVERIFY(find(evaluate(academic, builtinCatalog()), "nvidia-t4", "manufacturing_water_l"));
    academic.deployment.enabled = false;
    QVERIFY(!find(evaluate(academic, builtinCatalog()), "nvidia-t4", "manufacturing_water_l"));
}

void TestMissingData::trainingSiteIsNamedOnceForBothPhases()
{
    const Results r = evaluate(preset("edge-vision-phones"), builtinCatalog());
    const auto count = std::count_if(r.missing.begin(), r.missing.end(), [](const MissingValue &m) {
        return m.entryId == "nvidia-a100-40gb-pcie" && m.field == "manufacturing_water_l";
    });
    QCOMPARE(count, std::ptrdiff_t(1));
    const MissingValue *a100 = find(r, "nvidia-a100-40gb-pcie", "manufacturing_water_l");
    QVERIFY(a100);
    QCOMPARE(a100->phases, (std::vector<Phase>{Phase::Development, Phase::Nas, Phase::Training}));
    QVERIFY(find(r, "smartphone-generic", "manufacturing_water_l")); // phones keep theirs
}

void TestMissingData::aRegionWithoutPrimaryEnergySaysSo()
{
    // EcoLogits has no Singapore mix: its ADPe comes from BoaviztAPI (same ADEME series), its primary
    // energy is unpublished. Serving the LLM from there undercounts primary energy (and water: no
    // Singapore EWIF either), not ADPe, carbon or energy.
    Scenario s = preset("llm-chat-service");
    s.deployment.site.region = "singapore";
    const Results r = evaluate(s, builtinCatalog());
    const MissingValue *pe = find(r, "singapore", "primary_energy_mj_per_kwh");
    QVERIFY(pe);
    QCOMPARE(pe->section, CatalogSection::GridRegions);
    QCOMPARE(pe->phases, std::vector<Phase>{Phase::Deployment});
    QCOMPARE(pe->criteria, std::vector<Criterion>{Criterion::PrimaryEnergy});
    QVERIFY2(pe->reason.find("not published") == 0, pe->reason.c_str());
    QVERIFY(!find(r, "singapore", "adpe_kg_sb_eq_per_kwh"));
    QCOMPARE(std::count_if(r.missing.begin(), r.missing.end(),
                           [](const MissingValue &m) { return m.affects(Criterion::PrimaryEnergy); }),
             std::ptrdiff_t(1));
    QVERIFY(find(r, "singapore", "ewif_l_per_kwh")); // the other one
    QVERIFY(undercounts(r.missing, Phase::Deployment, Criterion::PrimaryEnergy));
    QVERIFY(!undercounts(r.missing, Phase::Training, Criterion::PrimaryEnergy));
    QVERIFY(!undercounts(r.missing, Criterion::Carbon));
    // Deployment's primary energy is then its manufacturing share alone.
    const PhaseChain &c = r.chain(Phase::Deployment);
    QVERIFY(std::fabs(r.phase(Phase::Deployment).primary_energy_mj - c.allocation_share * 10578) <=
            1e-9 * r.phase(Phase::Deployment).primary_energy_mj);

    const Insights insights = insightsOf(builtinCatalog(), s, r);
    for (const char *unaffected : {"total_carbon", "energy", "ewaste", "carbon_per_query", "adpe"})
        QVERIFY2(insights.headline(unaffected)->missingData.empty(), unaffected);
    QVERIFY(mentions(insights.headline("primary_energy")->missingData, pe->text()));
    QVERIFY(mentions(insights.chart("lifecycle")->missingData, pe->text()));
    const auto json = nlohmann::json::parse(reportJson(s, r, insights));
    QCOMPARE(json["missing_data"].size(), std::size_t(2));
    QCOMPARE(json["missing_data"][1]["field"].get<std::string>(), std::string("primary_energy_mj_per_kwh"));
    QCOMPARE(json["missing_data"][1]["criteria"][0].get<std::string>(), std::string("primary_energy"));
    const std::string report = reportText(s, r, insights);
    QVERIFY(report.find("* counts an unpublished catalog value as 0") != std::string::npos);
    QVERIFY2(pe->text().find("Electricity's primary energy of Singapore") == 0, pe->text().c_str());
}

QTEST_APPLESS_MAIN(TestMissingData)
#include "tst_missing_data.moc"
