// Idle and infrastructure energy in every data-centre phase (docs/model.md §17): hand-computed
// cases for training, development, NAS and deployment, the edges of the new inputs' ranges, the
// split in the report, and every preset unchanged while none of the inputs is used.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate.h"
#include "insights.h"
#include "parameter_registry.h"
#include "report.h"
#include "scenario_io.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace mlimpact;
using mlimpact::test::readFile;
using mlimpact::test::sourcePath;

namespace {

bool near(double a, double b, double rel = 1e-12)
{
    return std::fabs(a - b) <= rel * std::max({std::fabs(a), std::fabs(b), 1e-300});
}

/// Only the phases a case switches on; every site at a measured power, PUE and intensity.
Scenario nothingButSites()
{
    Scenario s;
    s.development.enabled = false;
    s.nas.enabled = false;
    s.training.enabled = false;
    s.deployment.enabled = false;
    s.edge.enabled = false;
    s.disposal.enabled = false;
    s.training.retrains_per_year = 0;
    for (Site *site : {&s.training.site, &s.nas.site, &s.deployment.site}) {
        site->avg_power_w = 500;
        site->pue = 1.25;
        site->intensity_g_per_kwh = 400;
        site->embodied_kgco2e = 1000;
        site->lifetime_years = 1;
        site->use_rate = 1;
    }
    return s;
}

/// Training of 1,000 accelerator-hours at 500 W, PUE 1.25, 400 g/kWh (docs/model.md §17).
Scenario training(double provisioning, double idle, double infrastructure)
{
    Scenario s = nothingButSites();
    s.training.enabled = true;
    s.training.workload.mode = ComputeMode::AcceleratorHours;
    s.training.workload.accelerator_hours = 1000;
    s.training.provisioning_factor = provisioning;
    s.training.idle_power_fraction = idle;
    s.training.infrastructure_power_fraction = infrastructure;
    return s;
}

Results run(const Scenario &s)
{
    return evaluate(s, builtinCatalog());
}

QJsonObject reportOf(const Scenario &s, const Results &r)
{
    return QJsonDocument::fromJson(
               QByteArray::fromStdString(reportJson(s, r, computeInsights(builtinCatalog(), r, Analyses{}))))
        .object();
}

/// True for the break-even timings: they are roots found to the solver's resolution (a year's line
/// since docs/performance.md's second round, before that 60 halvings), so a change of solver moves
/// their last digits (at most 3.7e-14 relative) while every other number stays exact.
bool isSolvedRoot(const QString &where)
{
    return where.contains(QLatin1String("/break_even/")) && (where.endsWith(QLatin1String("days_to_break_even")) ||
                                                             where.endsWith(QLatin1String("queries_to_break_even")));
}

bool sameNumber(double before, double now, const QString &where)
{
    if (isSolvedRoot(where))
        return std::abs(now - before) <= 1e-12 * std::abs(before);
    return before == now;
}

/// Every number in `before` equals the one at the same place in `now` (objects key by key, arrays
/// element by element), exactly, except the break-even roots (within 1e-12 relative).
void compareNumbers(const QJsonValue &before, const QJsonValue &now, const QString &where)
{
    if (before.isObject()) {
        const QJsonObject b = before.toObject(), n = now.toObject();
        for (auto it = b.begin(); it != b.end(); ++it)
            compareNumbers(it.value(), n.value(it.key()), where + QLatin1Char('/') + it.key());
    } else if (before.isArray()) {
        const QJsonArray b = before.toArray(), n = now.toArray();
        QVERIFY2(b.size() == n.size(), qPrintable(where));
        for (qsizetype i = 0; i < b.size(); ++i)
            compareNumbers(b.at(i), n.at(i), where + QLatin1Char('/') + QString::number(i));
    } else if (before.isDouble()) {
        QVERIFY2(
            now.isDouble() && sameNumber(before.toDouble(), now.toDouble(), where),
            qPrintable(
                where +
                QStringLiteral(": was %1, now %2").arg(before.toDouble(), 0, 'g', 17).arg(now.toDouble(), 0, 'g', 17)));
    } else {
        QVERIFY2(before == now, qPrintable(where));
    }
}

void verifySplitSound(const Results &r, const char *where)
{
    for (Phase p : kDataCentrePhases) {
        const PhaseChain &c = r.chain(p);
        for (double v : {c.dynamic_energy_kwh, c.idle_energy_kwh, c.infrastructure_energy_kwh})
            QVERIFY2(std::isfinite(v) && v >= 0, where);
        QVERIFY2(near(c.dynamic_energy_kwh + c.idle_energy_kwh + c.infrastructure_energy_kwh, c.it_energy_kwh, 1e-9),
                 where);
    }
    const EnergySplit &e = r.energySplit;
    for (const EnergyPart *part : {&e.dynamic, &e.idle, &e.infrastructure})
        QVERIFY2(std::isfinite(part->energy_kwh) && part->energy_kwh >= 0 && part->share >= 0 && part->share <= 1,
                 where);
}

} // namespace

class TestIdleInfrastructure : public QObject
{
    Q_OBJECT
private slots:
    void trainingHandComputed();
    void developmentAndNasHandComputed();
    void deploymentHandComputed();
    void rooflineInfrastructure();
    void splitInTheReport();
    void edgesOfTheRanges();
    void defaultsAreNeutral();
    void everyPresetUnchanged();
};

void TestIdleInfrastructure::trainingHandComputed()
{
    const Results r = run(training(1.5, 0.3, 0.2));
    const PhaseChain &c = r.chain(Phase::Training);
    // 1,000 h x 500 W = 500 kWh at work; 500 idle hours x 0.3 x 500 W = 75 kWh; 1,500 allocated hours
    // x 0.2 x 500 W = 150 kWh of shared infrastructure.
    QVERIFY(near(c.dynamic_energy_kwh, 500));
    QVERIFY(near(c.idle_energy_kwh, 75));
    QVERIFY(near(c.infrastructure_energy_kwh, 150));
    QVERIFY(near(c.it_energy_kwh, 725));
    QVERIFY(near(c.busy_device_hours, 1000));
    QVERIFY(near(c.provisioned_device_hours, 1500));
    const Impacts &i = r.phase(Phase::Training);
    QVERIFY(near(i.energy_kwh, 906.25));
    QVERIFY(near(i.operational_kgco2e, 362.5));
    // Embodied over the allocated hours: 1,500 / 8,760 of a 1,000 kg device.
    QVERIFY(near(i.embodied_kgco2e, 1500.0 / 8760.0 * 1000.0));
    // The split at the facility: 625 + 93.75 + 187.5 kWh.
    QVERIFY(near(r.energySplit.dynamic.energy_kwh, 625));
    QVERIFY(near(r.energySplit.idle.energy_kwh, 93.75));
    QVERIFY(near(r.energySplit.infrastructure.energy_kwh, 187.5));
    QVERIFY(near(r.energySplit.infrastructure.operational_kgco2e, 75));
    QVERIFY(near(r.energySplit.idle.share, 75.0 / 725.0));
    // The wall-clock time stays that of the busy hours (256 devices by default).
    QVERIFY(near(c.wall_clock_hours, 1000.0 / 256.0));
}

void TestIdleInfrastructure::developmentAndNasHandComputed()
{
    Scenario s = nothingButSites();
    s.development.enabled = true;
    s.development.measured = true;
    s.development.measured_energy_kwh = 100; // 200 h at 500 W
    s.development.provisioning_factor = 2;
    s.development.idle_power_fraction = 0.5;
    s.development.infrastructure_power_fraction = 0.1;
    s.nas.enabled = true;
    s.nas.workload.mode = ComputeMode::AcceleratorHours;
    s.nas.workload.accelerator_hours = 10;
    s.nas.site.avg_power_w = 1000;
    s.nas.provisioning_factor = 3;
    s.nas.idle_power_fraction = 0;
    s.nas.infrastructure_power_fraction = 1;
    const Results r = run(s);
    const PhaseChain &dev = r.chain(Phase::Development);
    // 200 idle hours x 0.5 x 500 W = 50 kWh; 400 allocated hours x 0.1 x 500 W = 20 kWh.
    QVERIFY(near(dev.dynamic_energy_kwh, 100));
    QVERIFY(near(dev.idle_energy_kwh, 50));
    QVERIFY(near(dev.infrastructure_energy_kwh, 20));
    QVERIFY(near(dev.it_energy_kwh, 170));
    QVERIFY(near(dev.provisioned_device_hours, 400));
    const PhaseChain &nas = r.chain(Phase::Nas);
    // 10 h at 1 kW; idle draw 0; 30 allocated hours x 1 x 1 kW = 30 kWh.
    QVERIFY(near(nas.dynamic_energy_kwh, 10));
    QCOMPARE(nas.idle_energy_kwh, 0.0);
    QVERIFY(near(nas.infrastructure_energy_kwh, 30));
    QVERIFY(near(r.phase(Phase::Nas).energy_kwh, 40 * 1.25));
    QVERIFY(near(r.energySplit.infrastructure.energy_kwh, (20 + 30) * 1.25));
}

void TestIdleInfrastructure::deploymentHandComputed()
{
    Scenario s = nothingButSites();
    s.deployment.enabled = true;
    s.deployment.mode = InferenceMode::EnergyPerQuery;
    s.deployment.energy_per_query_wh = 1; // 2 busy device-seconds... 0.002 h at 500 W
    s.deployment.queries_per_day = 1000;
    s.system.service_years = 1;
    s.deployment.provisioning_factor = 2;
    s.deployment.idle_power_fraction = 0.3;
    s.deployment.infrastructure_power_fraction = 0.5;
    const Results r = run(s);
    const PhaseChain &c = r.chain(Phase::Deployment);
    // 365,000 queries x 1 Wh = 365 kWh at work over 730 busy hours; 730 idle hours x 150 W = 109.5 kWh;
    // 1,460 provisioned hours x 0.5 x 500 W = 365 kWh of shared infrastructure.
    QVERIFY(near(c.busy_device_hours, 730));
    QVERIFY(near(c.dynamic_energy_kwh, 365, 1e-9));
    QVERIFY(near(c.idle_energy_kwh, 109.5, 1e-9));
    QVERIFY(near(c.infrastructure_energy_kwh, 365, 1e-9));
    QVERIFY(near(c.it_energy_kwh, 839.5, 1e-9));
    // Infrastructure does not depend on the model served: the technique factor is the devices'.
    QCOMPARE(r.technique.energy_factor, 1.0);
}

void TestIdleInfrastructure::rooflineInfrastructure()
{
    Diagnostics d;
    auto s = loadPreset("llm-chat-service", builtinCatalog(), d);
    QVERIFY(s);
    QCOMPARE(s->deployment.mode, InferenceMode::Roofline);
    const Results before = run(*s);
    s->deployment.infrastructure_power_fraction = 0.1;
    const Results after = run(*s);
    const PhaseChain &b = before.chain(Phase::Deployment), &a = after.chain(Phase::Deployment);
    const double infra = a.provisioned_device_hours * 0.1 * a.avg_power_w / 1000.0;
    QVERIFY(infra > 0);
    QVERIFY(near(a.infrastructure_energy_kwh, infra));
    QVERIFY(near(a.it_energy_kwh, b.it_energy_kwh + infra));
    QCOMPARE(a.idle_energy_kwh, b.idle_energy_kwh);
    // The roofline fleet idles between requests: the provisioned hours not at work, at the idle draw.
    // The preset's fleet runs at full batch: provisioned and busy hours agree but for rounding, and
    // rounding is not reported as idle energy.
    QVERIFY(near(b.provisioned_device_hours, b.busy_device_hours, 1e-9));
    QCOMPARE(b.idle_energy_kwh, 0.0);
    // Pinned to more replicas than the load needs, the fleet idles between requests: the provisioned
    // hours not at work, at the idle draw.
    s->deployment.replicas = 100 * a.provisioned_device_hours / a.wall_clock_hours; // batch 1, idle between requests
    const Results pinned = run(*s);
    const PhaseChain &p = pinned.chain(Phase::Deployment);
    QVERIFY(p.provisioned_device_hours > 1.5 * p.busy_device_hours);
    QVERIFY(near(p.idle_energy_kwh, (p.provisioned_device_hours - p.busy_device_hours) * p.idle_power_w / 1000.0));
    verifySplitSound(pinned, "roofline, pinned replicas");
    verifySplitSound(after, "roofline");
}

void TestIdleInfrastructure::splitInTheReport()
{
    const Scenario s = training(1.5, 0.3, 0.2);
    const Results r = run(s);
    const QJsonObject report = reportOf(s, r);
    const QJsonObject chain = report[QStringLiteral("chains")][QStringLiteral("training")].toObject();
    QVERIFY(near(chain[QStringLiteral("idle_energy_kwh")].toDouble(), 75));
    QVERIFY(near(chain[QStringLiteral("infrastructure_energy_kwh")].toDouble(), 150));
    const QJsonObject split = report[QStringLiteral("energy_split")].toObject();
    QVERIFY(near(split[QStringLiteral("infrastructure")][QStringLiteral("energy_kwh")].toDouble(), 187.5));
    QVERIFY(near(split[QStringLiteral("idle")][QStringLiteral("operational_kgco2e")].toDouble(), 37.5));
    // One wording, in the text report and the Energy tile's breakdown.
    const std::string text = energySplitText(r);
    // 625 of 906.25 kWh at work, 93.75 allocated but idle, 187.5 shared infrastructure.
    QCOMPARE(text, std::string("Data-centre energy: at work 625 kWh (69%) · allocated but idle 93.8 kWh (10%) · "
                               "shared infrastructure 188 kWh (21%)"));
    const Insights insights = computeInsights(builtinCatalog(), r, Analyses{});
    QCOMPARE(insights.headline("energy")->breakdown, text);
    QVERIFY(reportText(s, r, insights).find(text) != std::string::npos);
    // No data-centre energy: nothing to split, nothing said.
    QCOMPARE(energySplitText(run(nothingButSites())), std::string());
}

void TestIdleInfrastructure::edgesOfTheRanges()
{
    // Each new input at both ends of its valid range, alone and together, in every data-centre phase.
    for (const char *path :
         {"development.provisioning_factor", "development.idle_power_fraction",
          "development.infrastructure_power_fraction", "nas.provisioning_factor", "nas.idle_power_fraction",
          "nas.infrastructure_power_fraction", "training.provisioning_factor", "training.idle_power_fraction",
          "training.infrastructure_power_fraction", "deployment.infrastructure_power_fraction"}) {
        const Parameter *p = findParameter(path);
        QVERIFY2(p, path);
        for (double v : {p->min, p->max}) {
            Diagnostics d;
            Scenario s = *loadPreset("llm-chat-service", builtinCatalog(), d);
            s.nas.enabled = true;
            QVERIFY2(validateValue(*p, v, builtinCatalog()).empty(), path);
            p->set(s, v);
            const Results r = run(s);
            QVERIFY2(std::isfinite(r.totals.energy_kwh) && r.totals.energy_kwh > 0, path);
            verifySplitSound(r, path);
        }
    }
    // All at their maxima: 20x allocation, idle at full draw, infrastructure 5x the busy draw.
    const Results most = run(training(20, 1, 5));
    const PhaseChain &c = most.chain(Phase::Training);
    QVERIFY(near(c.idle_energy_kwh, 19000 * 0.5));
    QVERIFY(near(c.infrastructure_energy_kwh, 20000 * 5 * 0.5));
    QVERIFY(near(c.it_energy_kwh, 500 + 9500 + 50000));
    // Allocation 1: no idle time, whatever the idle draw.
    QCOMPARE(run(training(1, 1, 0)).chain(Phase::Training).idle_energy_kwh, 0.0);
}

void TestIdleInfrastructure::defaultsAreNeutral()
{
    // The defaults leave a phase as it was: only the devices' busy draw.
    const Results r = run(training(1, 0.3, 0));
    const PhaseChain &c = r.chain(Phase::Training);
    QCOMPARE(c.it_energy_kwh, 500.0);
    QCOMPARE(c.dynamic_energy_kwh, 500.0);
    QCOMPARE(c.idle_energy_kwh + c.infrastructure_energy_kwh, 0.0);
    QCOMPARE(c.provisioned_device_hours, c.busy_device_hours);
    const Scenario defaults;
    QCOMPARE(defaults.training.provisioning_factor, 1.0);
    QCOMPARE(defaults.development.infrastructure_power_fraction, 0.0);
    QCOMPARE(defaults.nas.infrastructure_power_fraction, 0.0);
    QCOMPARE(defaults.deployment.infrastructure_power_fraction, 0.0);
    // At the defaults the idle draw is unused (greyed out, not sampled by the uncertainty analysis):
    // the devices are never held idle.
    for (const char *path :
         {"development.idle_power_fraction", "nas.idle_power_fraction", "training.idle_power_fraction"}) {
        Scenario s;
        s.nas.enabled = true;
        const Parameter *idle = findParameter(path);
        QVERIFY2(idle && !isParameterUsed(*idle, s), path);
        s.development.provisioning_factor = s.nas.provisioning_factor = s.training.provisioning_factor = 1.2;
        QVERIFY2(isParameterUsed(*idle, s), path);
    }
}

void TestIdleInfrastructure::everyPresetUnchanged()
{
    // Reports written before these inputs existed (commit f49826e): no preset uses them, so every
    // number of the phases, totals, chains, per-unit figures, ratios, break-evens and timeline totals
    // is exactly as it was.
    const QJsonObject before =
        QJsonDocument::fromJson(
            readFile(sourcePath(QStringLiteral("tests/data/presets-before-idle-infrastructure.json"))).toUtf8())
            .object()[QStringLiteral("presets")]
            .toObject();
    QCOMPARE(before.size(), static_cast<qsizetype>(presetIds().size()));
    for (const auto &id : presetIds()) {
        Diagnostics d;
        const auto s = loadPreset(id, builtinCatalog(), d);
        QVERIFY(s);
        QJsonObject now = reportOf(*s, run(*s));
        now[QStringLiteral("timeline_totals")] = now[QStringLiteral("timeline")][QStringLiteral("totals")];
        const QJsonValue was = before.value(QString::fromStdString(id));
        QVERIFY2(was.isObject(), id.c_str());
        compareNumbers(was, now, QString::fromStdString(id));
    }
}

QTEST_GUILESS_MAIN(TestIdleInfrastructure)
#include "tst_idle_infrastructure.moc"
