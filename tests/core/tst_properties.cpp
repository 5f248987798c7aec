// Properties over 10,000 random valid scenarios, and the time simulation's
// agreement with the static model when growth and trends are zero.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate.h"
#include "parameter_registry.h"
#include "scenario_io.h"
#include "schedule.h"
#include "serving_setup.h"

#include "random_scenarios.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace mlimpact;

namespace {

using test::randomScenario;
using test::randomValue;

bool finiteNonNegative(const Impacts &i)
{
    for (double v :
         {i.energy_kwh, i.operational_kgco2e, i.embodied_kgco2e, i.water_onsite_l, i.water_offsite_l,
          i.water_manufacturing_l, i.ewaste_kg, i.ewaste_unrecycled_kg, i.adpe_kg_sb_eq, i.primary_energy_mj}) {
        if (!std::isfinite(v) || v < 0)
            return false;
    }
    return true;
}

bool finiteNonNegative(double v)
{
    return std::isfinite(v) && v >= 0;
}

bool close(double a, double b, double rel = 1e-9)
{
    return std::fabs(a - b) <= rel * std::max({std::fabs(a), std::fabs(b), 1e-9});
}

/// Every number a result holds that must be finite and non-negative: phases, totals, the
/// per-query figure and every month of the timeline.
bool resultsAreSound(const Results &r)
{
    bool ok = finiteNonNegative(r.totals) && finiteNonNegative(r.timeline.totals) &&
              finiteNonNegative(r.perQuery.lifecycle_carbon_g) && finiteNonNegative(r.queries_to_parity_energy) &&
              finiteNonNegative(r.queries_to_parity_carbon);
    for (const auto &p : r.phases)
        ok = ok && finiteNonNegative(p);
    for (const auto &month : r.timeline.monthly) {
        for (const auto &p : month)
            ok = ok && finiteNonNegative(p);
    }
    for (double v : r.timeline.queries)
        ok = ok && finiteNonNegative(v);
    for (double v : r.timeline.edgeDevicesInService)
        ok = ok && finiteNonNegative(v);
    // Idle and infrastructure energy (docs/model.md §17): each part finite and non-negative, the three
    // adding up to the phase's IT energy, the shares between 0 and 1.
    for (Phase phase : kDataCentrePhases) {
        const PhaseChain &c = r.chain(phase);
        ok = ok && finiteNonNegative(c.dynamic_energy_kwh) && finiteNonNegative(c.idle_energy_kwh) &&
             finiteNonNegative(c.infrastructure_energy_kwh) &&
             close(c.dynamic_energy_kwh + c.idle_energy_kwh + c.infrastructure_energy_kwh, c.it_energy_kwh, 1e-9);
    }
    for (const EnergyPart *p : {&r.energySplit.dynamic, &r.energySplit.idle, &r.energySplit.infrastructure})
        ok = ok && finiteNonNegative(p->energy_kwh) && finiteNonNegative(p->operational_kgco2e) && p->share <= 1;
    return ok;
}

bool impactsClose(const Impacts &a, const Impacts &b)
{
    return close(a.energy_kwh, b.energy_kwh) && close(a.operational_kgco2e, b.operational_kgco2e) &&
           close(a.embodied_kgco2e, b.embodied_kgco2e) && close(a.water_l(), b.water_l()) &&
           close(a.ewaste_kg, b.ewaste_kg) && close(a.ewaste_unrecycled_kg, b.ewaste_unrecycled_kg) &&
           close(a.adpe_kg_sb_eq, b.adpe_kg_sb_eq) && close(a.primary_energy_mj, b.primary_energy_mj);
}

/// Host servers (docs/model.md §20): the accelerator / server split adds up to the data-centre phases'
/// embodied carbon and retired mass, and naming servers never changes energy or operational carbon.
bool serverSplitIsSound(const Scenario &s, const Results &r, const Catalog &catalog)
{
    double embodied = 0, retired = 0;
    for (Phase p : kDataCentrePhases) {
        if (r.chain(p).enabled) {
            embodied += r.phase(p).embodied_kgco2e;
            retired += r.chain(p).ewaste_source_kg;
        }
    }
    const EmbodiedSplit &split = r.embodiedSplit;
    if (!(split.server_kgco2e >= 0 && split.server_ewaste_kg >= 0 && split.accelerator_kgco2e >= -1e-9 * embodied &&
          split.accelerator_ewaste_kg >= -1e-9 * retired))
        return false;
    if (!close(split.accelerator_kgco2e + split.server_kgco2e, embodied) ||
        !close(split.accelerator_ewaste_kg + split.server_ewaste_kg, retired))
        return false;
    Scenario none = s;
    for (Phase p : kDataCentrePhases)
        phaseSite(none, p)->server.clear();
    if (none == s)
        return split.server_kgco2e == 0;
    const Results without = evaluate(none, catalog);
    return without.totals.energy_kwh == r.totals.energy_kwh &&
           without.totals.operational_kgco2e == r.totals.operational_kgco2e &&
           without.totals.water_onsite_l == r.totals.water_onsite_l && !without.embodiedSplit.anyServer;
}

Scenario withoutTrends(Scenario s)
{
    s.trends.grid_decarbonization_per_year = 0;
    s.trends.edge_initial_share = 1;
    s.refresh.interval_years = 0;
    return s;
}

/// Devices per replica of a roofline deployment, as the model sizes them.
double replicaDevices(const Scenario &s, const Catalog &catalog)
{
    static const RealizationClass neutral;
    const Accelerator &acc = *catalog.accelerator(s.deployment.site.hardware);
    const RealizationClass *rc = catalog.realization(acc.hardwareClass);
    const double nasKeep = s.nas.enabled ? 1.0 - s.nas.inference_compute_saving : 1.0;
    return devicesPerReplica(*servingSetupFor(s, acc, rc ? *rc : neutral, nasKeep, ServedAs::Served));
}

/// Elasticity 1 takes the whole saving back (docs/model.md §11). In the single-utilization modes the
/// energy is proportional to demand, so the fleet's energy equals the plain model's. The roofline
/// fleet is whole replicas kept full at the maximum batch (replicas sized by the load, no headroom):
/// its energy is demand x the energy per request of a full replica, plus at most one replica's
/// energy for the last, partly used replica. The technique factor is taken at a full replica, so
/// elasticity 1 returns the energy to the plain model's within one replica of either fleet.
void fullRebound(const Scenario &s, const Catalog &catalog, const QByteArray &where, int &fleetsChecked)
{
    Scenario e1 = s, e1Plain = s;
    e1.rebound.deployment_elasticity = 1;
    e1Plain.rebound.deployment_elasticity = 1;
    e1Plain.efficiency.sparsity = 0;
    e1Plain.efficiency.distillation_ratio = 1;
    e1Plain.deployment.precision = Precision::Fp16;
    e1Plain.nas.enabled = false;
    const bool roofline = s.deployment.mode == InferenceMode::Roofline;
    if (roofline) {
        for (Scenario *v : {&e1, &e1Plain}) {
            v->deployment.replicas = 0;
            v->deployment.provisioning_factor = 1;
        }
    }
    const Results r1 = evaluate(e1, catalog);
    const Results rPlain = evaluate(e1Plain, catalog);
    QVERIFY2(std::fabs(r1.deploymentRebound.realizedSaving) < 1e-9, where.constData());
    const PhaseChain &c1 = r1.chain(Phase::Deployment), &cPlain = rPlain.chain(Phase::Deployment);
    if (!roofline) {
        QVERIFY2(close(c1.it_energy_kwh, cPlain.it_energy_kwh, 1e-6), where.constData());
        return;
    }
    if (!c1.enabled || !cPlain.enabled)
        return; // the accelerator lacks a roofline figure: both skip the phase
    const auto replicas = [&](const Scenario &v, const PhaseChain &c) {
        return c.provisioned_device_hours / (c.wall_clock_hours * replicaDevices(v, catalog));
    };
    const double n1 = replicas(e1, c1), nPlain = replicas(e1Plain, cPlain);
    const double oneReplica = std::max(c1.it_energy_kwh / n1, cPlain.it_energy_kwh / nPlain);
    // Rounding of sums over up to 1e17 replicas: a relative 1e-9 on top of the one replica.
    const double rounding = 1e-9 * std::max(c1.it_energy_kwh, cPlain.it_energy_kwh);
    QVERIFY2(std::fabs(c1.it_energy_kwh - cPlain.it_energy_kwh) <= oneReplica * (1 + 1e-6) + rounding,
             where.constData());
    fleetsChecked += n1 >= 10 && nPlain >= 10 ? 1 : 0;
}

} // namespace

class TestProperties : public QObject
{
    Q_OBJECT
private slots:
    void randomScenarios();
    void extremeScenarios_data();
    void extremeScenarios();
    void everyNumberAtItsEdges_data();
    void everyNumberAtItsEdges();
    void timelineMatchesStatic_data();
    void timelineMatchesStatic();
    void trendsChangeTheTimeline();
};

void TestProperties::randomScenarios()
{
    std::mt19937_64 rng(20261126);
    const Catalog &catalog = builtinCatalog();
    int fleetsChecked = 0; // roofline cases with at least ten replicas on both sides
    int withServers = 0;   // scenarios whose included data-centre phases name a host server
    for (int i = 0; i < 10000; ++i) {
        const Scenario s = randomScenario(rng);
        const Results r = evaluate(s, catalog);
        const QByteArray where =
            "scenario #" + QByteArray::number(i) + ":\n" + QByteArray::fromStdString(scenarioToJsonText(s));
        QVERIFY2(resultsAreSound(r), where.constData());
        QVERIFY2(serverSplitIsSound(s, r, catalog), where.constData());
        withServers += r.embodiedSplit.anyServer ? 1 : 0;

        // More queries never lower the deployment impact.
        Scenario more = s;
        more.deployment.queries_per_day = std::min(s.deployment.queries_per_day * 1.5, 1e13);
        const Results rMore = evaluate(more, catalog);
        QVERIFY2(rMore.phase(Phase::Deployment).carbon_kgco2e() >=
                     r.phase(Phase::Deployment).carbon_kgco2e() * (1 - 1e-12),
                 where.constData());
        // ... nor its resource depletion or primary energy (more energy and more device-hours).
        QVERIFY2(rMore.phase(Phase::Deployment).adpe_kg_sb_eq >=
                         r.phase(Phase::Deployment).adpe_kg_sb_eq * (1 - 1e-12) &&
                     rMore.phase(Phase::Deployment).primary_energy_mj >=
                         r.phase(Phase::Deployment).primary_energy_mj * (1 - 1e-12),
                 where.constData());

        // Measured at the facility's wall (PUE >= 1 already in) never counts more energy than at the servers.
        Scenario wall = s, servers = s;
        for (Scenario *x : {&wall, &servers}) {
            const bool on = x == &wall;
            x->training.workload.measured_energy_includes_pue = on;
            x->nas.workload.measured_energy_includes_pue = on;
            x->development.measured_energy_includes_pue = on;
            x->deployment.energy_per_query_includes_pue = on;
        }
        QVERIFY2(evaluate(wall, catalog).totals.energy_kwh <=
                     evaluate(servers, catalog).totals.energy_kwh * (1 + 1e-12) + 1e-12,
                 where.constData());

        // Elasticity 0: no rebound. Elasticity 1: the saving is fully taken back.
        Scenario e0 = s;
        e0.rebound.deployment_elasticity = 0;
        const Results r0 = evaluate(e0, catalog);
        QVERIFY2(r0.deploymentRebound.demandMultiplier == 1.0, where.constData());
        QVERIFY2(close(r0.deploymentRebound.realizedSaving, r0.deploymentRebound.expectedSaving), where.constData());
        if (s.deployment.enabled)
            fullRebound(s, catalog, where, fleetsChecked);
        if (QTest::currentTestFailed())
            return;

        // Scheduling: pause-and-resume <= flexible start <= run now, on the region's profile.
        const GridRegion *g = catalog.gridRegion(s.training.site.region);
        const HourlyFactors &f =
            hourlyFactors(i % 2 ? *g : *catalog.gridRegion("us-california"), s.training.schedule.season);
        std::uniform_real_distribution<double> hours(0.1, 200);
        const double duration = hours(rng), window = duration + hours(rng);
        const int start = static_cast<int>(rng() % 24);
        const double now = scheduleJob(f, duration, start, window, ScheduleMode::RunNow).usedFactor;
        const double flexible = scheduleJob(f, duration, start, window, ScheduleMode::FlexibleStart).usedFactor;
        const double pause = scheduleJob(f, duration, start, window, ScheduleMode::PauseResume).usedFactor;
        QVERIFY2(pause <= flexible + 1e-12 && flexible <= now + 1e-12, where.constData());
    }
    QVERIFY(fleetsChecked > 100);
    QVERIFY2(withServers > 1000, QByteArray::number(withServers).constData());
}

void TestProperties::extremeScenarios_data()
{
    QTest::addColumn<QString>("json");
    // Each accepted by validate; each once crashed or gave non-finite numbers.
    QTest::newRow("one retraining in a billion years")
        << R"({"format_version": 1, "training": {"retrains_per_year": 1e-9}})";
    QTest::newRow("a training run of 1e17 hours")
        << R"({"format_version": 1, "development": {"enabled": false}, "training": {"site": {"hardware": "nvidia-t4"},
              "workload": {"mode": "parameters_tokens", "devices": 1, "active_parameters": 1e14, "tokens": 8.1e15,
              "mfu": 0.001}}})";
    QTest::newRow("the same run, scheduled")
        << R"({"format_version": 1, "training": {"site": {"hardware": "nvidia-t4"}, "schedule":
              {"mode": "pause_resume", "window_hours": 8760}, "workload": {"mode": "parameters_tokens", "devices": 1,
              "active_parameters": 1e14, "tokens": 1e16, "mfu": 0.001}}})";
    QTest::newRow("refresh every month") << R"({"format_version": 1, "refresh": {"interval_years": 0.0834}})";
}

void TestProperties::extremeScenarios()
{
    QFETCH(QString, json);
    Diagnostics d;
    const auto s = loadScenarioFromText(json.toStdString(), "extreme.json", builtinCatalog(), d);
    for (const auto &diag : d) {
        if (diag.severity == Severity::Error)
            qWarning("%s", diag.toString().c_str());
    }
    QVERIFY(s);
    QVERIFY(resultsAreSound(evaluate(*s, builtinCatalog())));
}

void TestProperties::everyNumberAtItsEdges_data()
{
    QTest::addColumn<QString>("preset");
    for (const auto &id : presetIds())
        QTest::newRow(id.c_str()) << QString::fromStdString(id);
}

void TestProperties::everyNumberAtItsEdges()
{
    // One parameter at a time at its minimum, its maximum and (where 0 is allowed) a tiny
    // positive value, the rest as in the preset: what validate accepts, evaluate must handle.
    QFETCH(QString, preset);
    Diagnostics d;
    const Scenario base = *loadPreset(preset.toStdString(), builtinCatalog(), d);
    for (const auto &p : parameterRegistry()) {
        if (p.kind != ParameterKind::Number && p.kind != ParameterKind::OptionalNumber)
            continue;
        for (double v : {p.min, p.max, 1e-300, 1e-9}) {
            if (v < p.min || v > p.max)
                continue;
            Scenario s = base;
            p.set(s, v);
            if (!consistencyProblems(s, builtinCatalog()).empty())
                continue; // refused by validate (e.g. a refresh more often than monthly)
            const QByteArray where = QByteArray::fromStdString(p.path) + " = " + QByteArray::number(v);
            QVERIFY2(resultsAreSound(evaluate(s, builtinCatalog())), where.constData());
        }
    }
}

void TestProperties::timelineMatchesStatic_data()
{
    QTest::addColumn<int>("seed");
    for (int i = 0; i < 200; ++i)
        QTest::addRow("random %d", i) << i;
}

void TestProperties::timelineMatchesStatic()
{
    QFETCH(int, seed);
    std::mt19937_64 rng(static_cast<unsigned>(seed));
    const Scenario s = withoutTrends(randomScenario(rng));
    const Results r = evaluate(s, builtinCatalog());
    for (Phase p : kAllPhases) {
        const Impacts &t = r.timeline.phaseTotals[static_cast<int>(p)];
        const Impacts &st = r.phase(p);
        if (!impactsClose(t, st))
            qWarning("%s: timeline energy %g op %g emb %g water %g ewaste %g; static %g %g %g %g %g\n%s",
                     std::string(phaseKey(p)).c_str(), t.energy_kwh, t.operational_kgco2e, t.embodied_kgco2e,
                     t.water_l(), t.ewaste_kg, st.energy_kwh, st.operational_kgco2e, st.embodied_kgco2e, st.water_l(),
                     st.ewaste_kg, scenarioToJsonText(s).c_str());
        QVERIFY(impactsClose(t, st));
    }
    QVERIFY(impactsClose(r.timeline.totals, r.totals));
    // The fewest whole months that cover the service life (not timeline.cpp's expression restated).
    const double span = s.system.service_years * 12;
    QVERIFY(r.timeline.months >= 1);
    QVERIFY(r.timeline.months >= span - 1e-6);
    QVERIFY(r.timeline.months - 1 < span);
}

void TestProperties::trendsChangeTheTimeline()
{
    Diagnostics d;
    Scenario s = withoutTrends(*loadPreset("edge-vision-phones", builtinCatalog(), d));
    const Results base = evaluate(s, builtinCatalog());
    s.trends.grid_decarbonization_per_year = 0.05;
    const Results decarb = evaluate(s, builtinCatalog());
    QVERIFY(decarb.timeline.totals.operational_kgco2e < base.timeline.totals.operational_kgco2e);
    QCOMPARE(decarb.timeline.totals.energy_kwh, base.timeline.totals.energy_kwh);
    // Adoption over two years: fewer device-months in service, same fleet at the end.
    s.trends.grid_decarbonization_per_year = 0;
    s.trends.edge_initial_share = 0.05;
    const Results adopt = evaluate(s, builtinCatalog());
    QVERIFY(adopt.timeline.phaseTotals[static_cast<int>(Phase::Edge)].energy_kwh <
            base.timeline.phaseTotals[static_cast<int>(Phase::Edge)].energy_kwh);
    QVERIFY(std::fabs(adopt.timeline.edgeDevicesInService.back() / s.edge.devices - 1) < 0.06);
    QVERIFY(adopt.timeline.edgeDevicesInService.front() < 0.1 * s.edge.devices);
    // Retirements produce e-waste in the month they happen: phones last 3 years, the span is 3 years.
    s = withoutTrends(*loadPreset("edge-vision-phones", builtinCatalog(), d));
    s.system.service_years = 5;
    const Results five = evaluate(s, builtinCatalog());
    const double ewasteAt36 = five.timeline.monthly[36][static_cast<int>(Phase::Disposal)].ewaste_kg;
    QVERIFY(ewasteAt36 > 0);
    QCOMPARE(five.timeline.monthly[20][static_cast<int>(Phase::Disposal)].ewaste_kg, 0.0);
    // Refreshing every 2 years with 4-year hardware strands half its life: more embodied, more e-waste.
    Scenario llm = withoutTrends(*loadPreset("llm-chat-service", builtinCatalog(), d));
    const Results keep = evaluate(llm, builtinCatalog());
    llm.refresh.interval_years = 2;
    llm.system.service_years = 3;
    const Results refreshed = evaluate(llm, builtinCatalog());
    QVERIFY(refreshed.timeline.phaseTotals[static_cast<int>(Phase::Deployment)].embodied_kgco2e >
            keep.timeline.phaseTotals[static_cast<int>(Phase::Deployment)].embodied_kgco2e);
    // From the refresh on, each query takes less energy.
    const auto &tl = refreshed.timeline;
    QVERIFY(tl.monthly[24][static_cast<int>(Phase::Deployment)].energy_kwh / tl.queries[24] <
            0.75 * tl.monthly[23][static_cast<int>(Phase::Deployment)].energy_kwh / tl.queries[23]);
}

QTEST_APPLESS_MAIN(TestProperties)
#include "tst_properties.moc"
