// Tests for the phase table and the site resolver: the table names every phase once,
// and the value a form shows for an override (catalogValueOf / resolvedValueOf) is the
// value the model used, for every preset and every override parameter.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate.h"
#include "parameter_registry.h"
#include "phases.h"
#include "resolved_site.h"
#include "scenario_io.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <set>

using namespace mlimpact;

namespace {

/// The presets as shipped, and each with every phase switched on (so every site is used).
std::vector<std::pair<std::string, Scenario>> scenarios()
{
    std::vector<std::pair<std::string, Scenario>> out;
    for (const auto &id : presetIds()) {
        Diagnostics d;
        const Scenario s = *loadPreset(id, builtinCatalog(), d);
        out.emplace_back(id, s);
        Scenario all = s;
        all.development.enabled = all.nas.enabled = all.training.enabled = true;
        all.deployment.enabled = all.edge.enabled = all.disposal.enabled = true;
        out.emplace_back(id + " (all phases)", all);
    }
    return out;
}

/// The phase whose key starts a parameter's path ("nas.site.pue" -> NAS), if any.
std::optional<Phase> phaseOfPath(const std::string &path)
{
    const std::string owner = path.substr(0, path.find('.'));
    for (const PhaseInfo &p : kPhases) {
        if (p.key == owner)
            return p.phase;
    }
    return std::nullopt;
}

/// The model's chain value of an override field of a phase, or nullopt if the chain has none.
std::optional<double> chainValue(const PhaseChain &c, const std::string &field)
{
    if (field == "avg_power_w")
        return c.avg_power_w;
    if (field == "pue")
        return c.pue;
    if (field == "wue_l_per_kwh")
        return c.wue_l_per_kwh;
    if (field == "intensity_g_per_kwh")
        return c.intensity_g_per_kwh;
    if (field == "ewif_l_per_kwh")
        return c.ewif_l_per_kwh;
    if (field == "embodied_kgco2e")
        return c.embodied_per_device_kgco2e;
    if (field == "lifetime_years")
        return c.lifetime_years;
    if (field == "use_rate")
        return c.use_rate;
    return std::nullopt;
}

/// How the model scales a resolved value before the chain shows it: serving power by the
/// techniques' power factor, the training run's intensity by its schedule.
double chainScale(const Results &r, Phase phase, const std::string &field)
{
    if (phase == Phase::Deployment && field == "avg_power_w")
        return r.technique.power_factor;
    if (phase == Phase::Training && field == "intensity_g_per_kwh")
        return r.schedule.usedFactor;
    return 1.0;
}

/// The model used `value` for parameter `p` (if its phase ran).
bool modelUsed(const Results &r, const Parameter &p, double value)
{
    const Phase phase = *phaseOfPath(p.path);
    if (!r.chain(phase).enabled)
        return true;
    const std::string field = p.path.substr(p.path.rfind('.') + 1);
    const std::optional<double> shown = chainValue(r.chain(phase), field);
    if (!shown)
        return false;
    const double expected = value * chainScale(r, phase, field);
    return std::fabs(*shown - expected) <= 1e-12 * std::fabs(expected);
}

} // namespace

class TestResolvedSite : public QObject
{
    Q_OBJECT
private slots:
    void phaseTableCoversEveryPhaseOnce();
    void everyOverrideHasAResolver();
    void formsShowTheValuesTheModelUsed();
    void overridesAreReportedAsSuch();
    void missingFiguresAreCountedAsZero();
    void rooflineFormShowsTheNodeHostShare();
    void rooflineEnergyStaysWithinTheFormsPower();
};

void TestResolvedSite::phaseTableCoversEveryPhaseOnce()
{
    QCOMPARE(static_cast<int>(kPhases.size()), kPhaseCount);
    std::set<int> phases;
    std::set<std::string_view> keys, labels;
    for (const PhaseInfo &p : kPhases) {
        phases.insert(static_cast<int>(p.phase));
        keys.insert(p.key);
        labels.insert(p.label);
        QCOMPARE(phaseInfo(p.phase).key, p.key);
        QVERIFY(!p.key.empty() && !p.label.empty());
        // A data-centre phase runs on a site; the others have none.
        QCOMPARE(p.site != nullptr, p.dataCentre);
        QVERIFY(!p.beforeLaunch || p.dataCentre);
    }
    QCOMPARE(static_cast<int>(phases.size()), kPhaseCount);
    QCOMPARE(*phases.begin(), 0);
    QCOMPARE(*phases.rbegin(), kPhaseCount - 1);
    QCOMPARE(static_cast<int>(keys.size()), kPhaseCount);
    QCOMPARE(static_cast<int>(labels.size()), kPhaseCount);
    for (int i = 0; i < kPhaseCount; ++i)
        QCOMPARE(static_cast<int>(kAllPhases[static_cast<std::size_t>(i)]), i);
    QCOMPARE(kDataCentrePhases.size(), std::size_t{4});
    QCOMPARE(kBeforeLaunchPhases.size(), std::size_t{3});

    // Development shares the training site (and schedule).
    Scenario s;
    QCOMPARE(phaseSite(s, Phase::Development), &s.training.site);
    QCOMPARE(phaseSite(s, Phase::Nas), &s.nas.site);
    QCOMPARE(phaseSite(s, Phase::Deployment), &s.deployment.site);
    QVERIFY(!phaseSite(s, Phase::Edge) && !phaseSite(s, Phase::Disposal));
}

void TestResolvedSite::everyOverrideHasAResolver()
{
    const Scenario s;
    int overrides = 0;
    for (const Parameter &p : parameterRegistry()) {
        if (p.kind != ParameterKind::OptionalNumber) {
            QVERIFY2(!resolvedValueOf(p, s, builtinCatalog()), p.path.c_str());
            continue;
        }
        ++overrides;
        QVERIFY2(resolvedValueOf(p, s, builtinCatalog()).has_value(), p.path.c_str());
        QVERIFY2(phaseOfPath(p.path).has_value(), p.path.c_str());
    }
    QCOMPARE(overrides, 3 * 8 + 4); // three sites x 8 overrides, 4 edge overrides
}

void TestResolvedSite::formsShowTheValuesTheModelUsed()
{
    const Catalog &catalog = builtinCatalog();
    int compared = 0;
    for (const auto &[name, s] : scenarios()) {
        const Results r = evaluate(s, catalog);
        for (const Parameter &p : parameterRegistry()) {
            if (p.kind != ParameterKind::OptionalNumber)
                continue;
            const std::string where = name + ": " + p.path;
            const std::optional<ResolvedValue> v = resolvedValueOf(p, s, catalog);
            QVERIFY2(v.has_value(), where.c_str());
            QVERIFY2(catalogValueOf(p, s, catalog) == v->catalogValue, where.c_str());
            const bool set = std::holds_alternative<double>(p.get(s));
            if (set) {
                QVERIFY2(v->origin == ValueOrigin::Override, where.c_str());
                QCOMPARE(v->value, std::get<double>(p.get(s)));
            } else {
                // What the form shows for an unset override is the value the model uses.
                QVERIFY2(v->origin != ValueOrigin::Override, where.c_str());
                QCOMPARE(v->value, v->catalogValue.value_or(0.0));
            }
            if (v->origin == ValueOrigin::Catalog)
                QVERIFY2(catalog.contains(v->section, v->entryId), where.c_str());

            QVERIFY2(modelUsed(r, p, v->value), where.c_str());
            compared += r.chain(*phaseOfPath(p.path)).enabled ? 1 : 0;
        }
    }
    QVERIFY(compared > 100);
}

void TestResolvedSite::overridesAreReportedAsSuch()
{
    const Catalog &catalog = builtinCatalog();
    for (const auto &[name, preset] : scenarios()) {
        Scenario s = preset;
        for (const Parameter &p : parameterRegistry()) {
            if (p.kind == ParameterKind::OptionalNumber)
                p.set(s, std::clamp(resolvedValueOf(p, s, catalog)->value * 0.9, p.min, p.max));
        }
        const Results r = evaluate(s, catalog);
        for (const Parameter &p : parameterRegistry()) {
            if (p.kind != ParameterKind::OptionalNumber)
                continue;
            const std::string where = name + ": " + p.path;
            const ResolvedValue v = *resolvedValueOf(p, s, catalog);
            QVERIFY2(v.origin == ValueOrigin::Override, where.c_str());
            QCOMPARE(v.value, std::get<double>(p.get(s)));
            QVERIFY2(catalogValueOf(p, s, catalog) == v.catalogValue, where.c_str());
            QVERIFY2(modelUsed(r, p, v.value), where.c_str());
        }
    }
}

void TestResolvedSite::missingFiguresAreCountedAsZero()
{
    Catalog catalog = builtinCatalog();
    // An unknown accelerator leaves the grid's and the data centre's values intact.
    Site site;
    site.hardware = "no-such-accelerator";
    const ResolvedSite unknown = resolveSite(site, catalog);
    QVERIFY(!unknown.complete());
    QVERIFY(unknown.embodied_kgco2e.origin == ValueOrigin::Missing);
    QCOMPARE(unknown.embodied_kgco2e.value, 0.0);
    QVERIFY(unknown.embodied_kgco2e.entryId.empty());
    QVERIFY(unknown.intensity_g_per_kwh.origin == ValueOrigin::Catalog);
    QCOMPARE(unknown.intensity_g_per_kwh.entryId, std::string_view(site.region));
    QVERIFY(unknown.pue.origin == ValueOrigin::Catalog);
    QVERIFY(unknown.pue.section == CatalogSection::DatacenterTypes);
    // The default site's power is the catalog's TDP x load + host share.
    const ResolvedSite known = resolveSite(Site{}, catalog);
    const Accelerator &acc = *catalog.accelerator(Site{}.hardware);
    QCOMPARE(known.avg_power_w.value, acc.tdp_w * Site{}.load_fraction + acc.host_power_w);
    QVERIFY(known.avg_power_w.origin == ValueOrigin::Catalog);
    QCOMPARE(known.avg_power_w.entryId, std::string_view(acc.id));
}

namespace {

/// The LLM preset (roofline serving on an H100) with its deployment site's power as the form shows it.
Scenario llmPreset()
{
    Diagnostics d;
    return *loadPreset("llm-chat-service", builtinCatalog(), d);
}

double shownPower(const Scenario &s, const std::string &path)
{
    return resolvedValueOf(*findParameter(path), s, builtinCatalog())->value;
}

} // namespace

void TestResolvedSite::rooflineFormShowsTheNodeHostShare()
{
    Scenario s = llmPreset();
    QVERIFY(s.deployment.mode == InferenceMode::Roofline && s.deployment.include_host_power);
    QCOMPARE(s.deployment.site.hardware, std::string("nvidia-h100-sxm"));
    const double load = s.deployment.site.load_fraction;
    // DGX H100 datasheet: 10.2 kW for 8 x 700 W boards -> (10,200 - 5,600) / 8 = 575 W host per GPU.
    QCOMPARE(shownPower(s, "deployment.site.avg_power_w"), 700.0 * load + 575.0);
    QCOMPARE(resolvePhaseSite(s, Phase::Deployment, builtinCatalog()).host_power_w.value, 575.0);
    // The same H100 training on the same scenario carries the catalog's 150 W server share.
    s.training.site.hardware = "nvidia-h100-sxm";
    QCOMPARE(shownPower(s, "training.site.avg_power_w"), 700.0 * s.training.site.load_fraction + 150.0);
    // Boards alone (the boundary of GPU-only measurements): no host share.
    s.deployment.include_host_power = false;
    QCOMPARE(shownPower(s, "deployment.site.avg_power_w"), 700.0 * load);
    // The single-utilization modes keep the server share.
    s.deployment.mode = InferenceMode::ModelFlop;
    QCOMPARE(shownPower(s, "deployment.site.avg_power_w"), 700.0 * load + 150.0);
}

void TestResolvedSite::rooflineEnergyStaysWithinTheFormsPower()
{
    // Each provisioned device draws between its idle power and the busy power the form shows, both
    // with the host share the model charges: provisioned hours x those bound the IT energy.
    const Catalog &catalog = builtinCatalog();
    int checked = 0;
    for (const char *hardware : {"nvidia-h100-sxm", "nvidia-a100-80gb-sxm4", "nvidia-l4", "nvidia-t4"}) {
        for (bool host : {true, false}) {
            for (double perDay : {1e3, 1e6, 1e9}) {
                Scenario s = llmPreset();
                s.deployment.site.hardware = hardware;
                s.deployment.include_host_power = host;
                s.deployment.queries_per_day = perDay;
                const Results r = evaluate(s, catalog);
                const PhaseChain &c = r.chain(Phase::Deployment);
                const std::string where = std::string(hardware) + (host ? " with host, " : " boards, ") +
                                          std::to_string(perDay) + " queries/day";
                QVERIFY2(c.enabled, where.c_str());
                const double busyW = shownPower(s, "deployment.site.avg_power_w");
                const double hostW = resolvePhaseSite(s, Phase::Deployment, catalog).host_power_w.value;
                QVERIFY2(host == (hostW > 0), where.c_str());
                QVERIFY2(c.idle_power_w >= hostW, where.c_str());
                const double lowKwh = c.provisioned_device_hours * c.idle_power_w / 1000.0;
                const double highKwh = c.provisioned_device_hours * busyW / 1000.0;
                QVERIFY2(c.it_energy_kwh >= lowKwh * (1 - 1e-9), where.c_str());
                QVERIFY2(c.it_energy_kwh <= highKwh * (1 + 1e-9), where.c_str());
                ++checked;
            }
        }
    }
    QCOMPARE(checked, 24);
}

QTEST_APPLESS_MAIN(TestResolvedSite)
#include "tst_resolved_site.moc"
