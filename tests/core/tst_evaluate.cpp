// Tests for evaluate(): each formula of docs/model.md checked by hand on
// small scenarios, the allocation rules, and whole-result invariants.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "evaluate.h"
#include "scenario_io.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace mlimpact;

namespace {

/// A scenario with only the training phase, fully overridden so numbers are hand-checkable.
Scenario trainingOnly()
{
    Scenario s;
    s.development.enabled = false;
    s.nas.enabled = false;
    s.deployment.enabled = false;
    s.edge.enabled = false;
    s.disposal.enabled = true;
    s.training.retrains_per_year = 0;
    s.training.site.hardware = "nvidia-v100-sxm2";
    s.training.site.pue = 1.5;
    s.training.site.intensity_g_per_kwh = 400;
    s.training.site.wue_l_per_kwh = 0.5;
    s.training.site.ewif_l_per_kwh = 3;
    s.training.site.embodied_kgco2e = 1000;
    s.training.site.lifetime_years = 4;
    s.training.site.use_rate = 0.5;
    s.training.site.avg_power_w = 500;
    return s;
}

bool near(double a, double b, double rel = 1e-9)
{
    return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b)) + 1e-12;
}

} // namespace

class TestEvaluate : public QObject
{
    Q_OBJECT
private slots:
    void strubellTransformerBigChain();
    void flopModeUsesPeakAndUtilization();
    void embodiedIsAllocatedByUse();
    void waterOnSiteAndOffSite();
    void measuredEnergyMode();
    void retrainingAndDevelopmentMultiply();
    void deploymentProvisioningAndIdle();
    void deploymentEnergyPerQueryMode();
    void queryGrowth();
    void nasCostAndSavings();
    void precisionFallsBackWithCaveat();
    void edgeCohortsAndShare();
    void disposalCollectsEwaste();
    void disabledPhasesContributeNothing();
    void totalsAreSumsAndDeterministic();
    void ratiosAndPerQuery();
    void resourcesFromElectricityAndManufacturing();
    void edgeResourcesPerDeviceBought();
};

void TestEvaluate::strubellTransformerBigChain()
{
    // Strubell et al. 2019 Table 3: 8 P100 for 84 h at 1515.43 W whole machine,
    // PUE 1.58, 0.954 lb/kWh -> 201 kWh, 192 lbs CO2e.
    Scenario s = trainingOnly();
    s.training.site.hardware = "nvidia-p100-pcie";
    s.training.workload.mode = ComputeMode::AcceleratorHours;
    s.training.workload.accelerator_hours = 84.0 * 8;
    s.training.site.avg_power_w = 1515.43 / 8;
    s.training.site.pue = 1.58;
    s.training.site.intensity_g_per_kwh = 0.954 * 453.59237;
    const Results r = evaluate(s, builtinCatalog());
    QVERIFY(near(r.phase(Phase::Training).energy_kwh, 84 * 1.51543 * 1.58));
    QVERIFY(std::fabs(r.phase(Phase::Training).energy_kwh - 201.0) < 0.5);
    QVERIFY(std::fabs(r.phase(Phase::Training).operational_kgco2e / 0.45359237 - 192.0) < 0.5);
}

void TestEvaluate::flopModeUsesPeakAndUtilization()
{
    Scenario s = trainingOnly();
    s.training.workload.mode = ComputeMode::ParametersTokens;
    s.training.workload.active_parameters = 1e9;
    s.training.workload.tokens = 1e11;
    s.training.workload.flop_per_parameter_token = 6;
    s.training.workload.mfu = 0.4;
    s.training.workload.devices = 10;
    s.training.workload.precision = Precision::Fp16; // V100: 125 TFLOP/s
    const Results r = evaluate(s, builtinCatalog());
    const double flop = 6e20;
    const double hours = flop / (125e12 * 0.4) / 3600;
    const auto &c = r.chain(Phase::Training);
    QVERIFY(near(c.flop, flop));
    QVERIFY(near(c.busy_device_hours, hours));
    QVERIFY(near(c.wall_clock_hours, hours / 10));
    QVERIFY(near(c.it_energy_kwh, hours * 0.5));
    QVERIFY(near(r.phase(Phase::Training).energy_kwh, hours * 0.5 * 1.5));
    QVERIFY(near(r.phase(Phase::Training).operational_kgco2e, hours * 0.5 * 1.5 * 0.4));
    QVERIFY(near(c.peak_tflops, 125));
}

void TestEvaluate::embodiedIsAllocatedByUse()
{
    // 8,760 device-hours of a device living 4 years at 50% use: 8760 / (4*8760*0.5) = 0.5 device-lifetimes.
    Scenario s = trainingOnly();
    s.training.workload.mode = ComputeMode::AcceleratorHours;
    s.training.workload.accelerator_hours = 8760;
    const Results r = evaluate(s, builtinCatalog());
    QVERIFY(near(r.chain(Phase::Training).allocation_share, 0.5));
    QVERIFY(near(r.phase(Phase::Training).embodied_kgco2e, 500));
    // E-waste follows the same share of the device's mass (catalog mass of a V100 incl. server share).
    const double mass = *builtinCatalog().accelerator("nvidia-v100-sxm2")->mass_kg;
    QVERIFY(near(r.chain(Phase::Training).ewaste_source_kg, 0.5 * mass));
    QVERIFY(near(r.phase(Phase::Disposal).ewaste_kg, 0.5 * mass));
}

void TestEvaluate::waterOnSiteAndOffSite()
{
    // Li et al.: on-site = IT energy x WUE; off-site = IT energy x PUE x EWIF.
    Scenario s = trainingOnly();
    s.training.workload.mode = ComputeMode::MeasuredEnergy;
    s.training.workload.measured_energy_kwh = 1000;
    const Results r = evaluate(s, builtinCatalog());
    QVERIFY(near(r.phase(Phase::Training).water_onsite_l, 1000 * 0.5));
    QVERIFY(near(r.phase(Phase::Training).water_offsite_l, 1000 * 1.5 * 3));
}

void TestEvaluate::measuredEnergyMode()
{
    Scenario s = trainingOnly();
    s.training.workload.mode = ComputeMode::MeasuredEnergy;
    s.training.workload.measured_energy_kwh = 1000;
    const Results r = evaluate(s, builtinCatalog());
    QVERIFY(near(r.chain(Phase::Training).it_energy_kwh, 1000));
    QVERIFY(near(r.chain(Phase::Training).busy_device_hours, 1000 / 0.5)); // 500 W per device
}

void TestEvaluate::retrainingAndDevelopmentMultiply()
{
    Scenario s = trainingOnly();
    s.training.workload.mode = ComputeMode::MeasuredEnergy;
    s.training.workload.measured_energy_kwh = 1000;
    s.system.service_years = 2;
    s.training.retrains_per_year = 3;
    s.training.retrain_fraction = 0.5;
    s.development.enabled = true;
    s.development.experiments = 40;
    s.development.fraction_of_training_run = 0.25;
    const Results r = evaluate(s, builtinCatalog());
    QVERIFY(near(r.chain(Phase::Training).run_equivalents, 1 + 3 * 2 * 0.5));
    QVERIFY(near(r.chain(Phase::Training).it_energy_kwh, 4000));
    QVERIFY(near(r.chain(Phase::Development).run_equivalents, 10));
    QVERIFY(near(r.chain(Phase::Development).it_energy_kwh, 10000));
}

void TestEvaluate::deploymentProvisioningAndIdle()
{
    Scenario s = trainingOnly();
    s.training.enabled = false;
    s.deployment.enabled = true;
    s.system.service_years = 1;
    auto &d = s.deployment;
    d.mode = InferenceMode::ModelFlop;
    d.queries_per_day = 1e6;
    d.query_growth_per_year = 0;
    d.active_parameters = 1e9;
    d.tokens_per_query = 500;
    d.flop_per_parameter_token = 2;
    d.mfu = 0.1;
    d.precision = Precision::Fp16;
    d.provisioning_factor = 2;
    d.idle_power_fraction = 0.25;
    d.site.hardware = "nvidia-v100-sxm2";
    d.site.avg_power_w = 400;
    d.site.pue = 1.2;
    const Results r = evaluate(s, builtinCatalog());
    const double queries = 1e6 * 365;
    const double busy = queries * 1e12 / (125e12 * 0.1) / 3600;
    const double it = busy * 0.4 + busy * (2 - 1) * 0.4 * 0.25;
    const auto &c = r.chain(Phase::Deployment);
    QVERIFY(near(c.busy_device_hours, busy));
    QVERIFY(near(c.provisioned_device_hours, 2 * busy));
    QVERIFY(near(c.it_energy_kwh, it));
    QVERIFY(near(r.phase(Phase::Deployment).energy_kwh, it * 1.2));
    QVERIFY(near(r.perQuery.flop, 1e12));
    QVERIFY(near(r.perQuery.energy_wh, it * 1.2 * 1000 / queries));
}

void TestEvaluate::deploymentEnergyPerQueryMode()
{
    // Li et al.: 0.004 kWh server energy per medium request.
    Scenario s = trainingOnly();
    s.training.enabled = false;
    s.deployment.enabled = true;
    s.system.service_years = 1;
    s.deployment.mode = InferenceMode::EnergyPerQuery;
    s.deployment.energy_per_query_wh = 4;
    s.deployment.queries_per_day = 1000;
    s.deployment.provisioning_factor = 1;
    s.deployment.site.pue = 1.17;
    s.deployment.site.wue_l_per_kwh = 0.55;
    s.deployment.site.ewif_l_per_kwh = 3.142;
    const Results r = evaluate(s, builtinCatalog());
    const double q = 365000;
    QVERIFY(near(r.chain(Phase::Deployment).it_energy_kwh, q * 0.004));
    // Li et al. Table 1, US average: 2.2 mL on-site + 14.7 mL off-site per request.
    QVERIFY(std::fabs(r.phase(Phase::Deployment).water_onsite_l / q * 1000 - 2.200) < 0.001);
    QVERIFY(std::fabs(r.phase(Phase::Deployment).water_offsite_l / q * 1000 - 14.704) < 0.001);
}

void TestEvaluate::queryGrowth()
{
    QVERIFY(near(totalQueries(100, 0, 3), 100 * 365 * 3));
    QVERIFY(near(totalQueries(100, 0.5, 2), 100 * 365 * (1 + 1.5)));
    QVERIFY(near(totalQueries(100, 0.5, 2.5), 100 * 365 * (1 + 1.5 + 0.5 * 2.25)));
    QVERIFY(near(totalQueries(100, -0.5, 2), 100 * 365 * 1.5));
}

void TestEvaluate::nasCostAndSavings()
{
    Scenario s = trainingOnly();
    s.training.workload.mode = ComputeMode::TotalFlop;
    s.training.workload.total_flop = 1e20;
    s.deployment.enabled = true;
    s.deployment.site.hardware = "nvidia-v100-sxm2";
    const Results without = evaluate(s, builtinCatalog());

    s.nas.enabled = true;
    s.nas.workload.mode = ComputeMode::TrainingMultiple;
    s.nas.training_multiple = 10;
    s.nas.workload.mfu = s.training.workload.mfu;
    s.nas.site = s.training.site;
    s.nas.inference_compute_saving = 0.25;
    s.nas.training_compute_saving = 0.1;
    const Results with = evaluate(s, builtinCatalog());
    QVERIFY(near(with.chain(Phase::Nas).flop, 10 * 1e20)); // multiple of the run before its own saving
    QVERIFY(near(with.chain(Phase::Nas).it_energy_kwh, 10 * without.chain(Phase::Training).it_energy_kwh));
    QVERIFY(near(with.chain(Phase::Training).flop, 0.9 * 1e20));
    QVERIFY(near(with.perQuery.flop, 0.75 * without.perQuery.flop));
    QVERIFY(near(with.chain(Phase::Deployment).busy_device_hours,
                 0.75 * without.chain(Phase::Deployment).busy_device_hours));
}

void TestEvaluate::precisionFallsBackWithCaveat()
{
    Scenario s = trainingOnly();
    s.training.workload.mode = ComputeMode::TotalFlop;
    s.training.workload.precision = Precision::Int8; // V100 has no native INT8 in the catalog
    const Results r = evaluate(s, builtinCatalog());
    QVERIFY(near(r.chain(Phase::Training).peak_tflops, 125));
    bool caveat = false;
    for (const auto &c : r.caveats)
        caveat = caveat || c.find("no native int8") != std::string::npos;
    QVERIFY(caveat);
}

void TestEvaluate::edgeCohortsAndShare()
{
    Scenario s = trainingOnly();
    s.training.enabled = false;
    s.edge.enabled = true;
    s.system.service_years = 5;
    s.edge.device = "smartphone-generic";
    s.edge.devices = 1000;
    s.edge.lifetime_years = 2;
    s.edge.embodied_kgco2e = 50;
    s.edge.avg_power_w = 1;
    s.edge.ml_share = 0.1;
    s.edge.inferences_per_device_per_day = 100;
    s.edge.energy_per_inference_j = 36; // 100 x 36 J = 1 Wh per day
    s.edge.intensity_g_per_kwh = 500;
    const Results r = evaluate(s, builtinCatalog());
    const auto &c = r.chain(Phase::Edge);
    QVERIFY(near(c.units, 3000)); // ceil(5 / 2) = 3 cohorts
    QVERIFY(near(r.phase(Phase::Edge).embodied_kgco2e, 3000 * 50 * 0.1));
    // Inference energy is the model's; the rest of the device's 24 Wh/day is shared by ML share.
    const double kwh = 1000 * 5 * 365 * (0.001 + 0.1 * (1 * 24 / 1000.0 - 0.001));
    QVERIFY(near(r.phase(Phase::Edge).energy_kwh, kwh));
    QVERIFY(near(r.phase(Phase::Edge).operational_kgco2e, kwh * 0.5));
    const double mass = *builtinCatalog().edgeDevice("smartphone-generic")->mass_kg;
    QVERIFY(near(c.ewaste_source_kg, 3000 * mass * 0.1));
    s.disposal.retire_at_end = false; // only the 2 cohorts that reached end of life
    QVERIFY(near(evaluate(s, builtinCatalog()).chain(Phase::Edge).ewaste_source_kg, 2000 * mass * 0.1));
    QVERIFY(near(r.edge_carbon_per_device_year_kg, r.phase(Phase::Edge).carbon_kgco2e() / (1000 * 5)));
}

void TestEvaluate::disposalCollectsEwaste()
{
    Scenario s = trainingOnly();
    s.training.workload.mode = ComputeMode::AcceleratorHours;
    s.training.workload.accelerator_hours = 8760;
    s.disposal.formal_recycling_rate = 0.25;
    s.disposal.eol_kgco2e_per_kg = 0.1;
    const Results r = evaluate(s, builtinCatalog());
    const double ewaste = r.chain(Phase::Training).ewaste_source_kg;
    QVERIFY(ewaste > 0);
    QVERIFY(near(r.phase(Phase::Disposal).ewaste_kg, ewaste));
    QVERIFY(near(r.phase(Phase::Disposal).ewaste_unrecycled_kg, 0.75 * ewaste));
    QVERIFY(near(r.phase(Phase::Disposal).embodied_kgco2e, 0.1 * ewaste));
    s.disposal.enabled = false;
    const Results off = evaluate(s, builtinCatalog());
    QCOMPARE(off.totals.ewaste_kg, 0.0);
    QVERIFY(!off.caveats.empty());
}

void TestEvaluate::disabledPhasesContributeNothing()
{
    Diagnostics d;
    Scenario s = *loadPreset("llm-chat-service", builtinCatalog(), d);
    s.development.enabled = s.nas.enabled = s.training.enabled = s.deployment.enabled = s.edge.enabled = false;
    s.disposal.enabled = false;
    const Results r = evaluate(s, builtinCatalog());
    QCOMPARE(r.totals.carbon_kgco2e(), 0.0);
    QCOMPARE(r.totals.energy_kwh, 0.0);
    QCOMPARE(r.totals.water_l(), 0.0);
}

void TestEvaluate::totalsAreSumsAndDeterministic()
{
    for (const auto &id : presetIds()) {
        Diagnostics d;
        const Scenario s = *loadPreset(id, builtinCatalog(), d);
        const Results r = evaluate(s, builtinCatalog());
        // Field by field, not through Impacts::operator+= (which is how evaluate() sums them), so a
        // criterion that the production sum forgets shows up here.
        const auto sumOf = [&r](double Impacts::*field) {
            double sum = 0;
            for (const auto &p : r.phases)
                sum += p.*field;
            return sum;
        };
        for (double Impacts::*field :
             {&Impacts::energy_kwh, &Impacts::operational_kgco2e, &Impacts::embodied_kgco2e, &Impacts::water_onsite_l,
              &Impacts::water_offsite_l, &Impacts::water_manufacturing_l, &Impacts::ewaste_kg,
              &Impacts::ewaste_unrecycled_kg, &Impacts::adpe_kg_sb_eq, &Impacts::primary_energy_mj})
            QVERIFY(near(sumOf(field), r.totals.*field));
        // Every preset runs on hardware and grids with published factors: both criteria are positive.
        QVERIFY2(std::isfinite(r.totals.adpe_kg_sb_eq) && r.totals.adpe_kg_sb_eq > 0, id.c_str());
        QVERIFY2(std::isfinite(r.totals.primary_energy_mj) && r.totals.primary_energy_mj > 0, id.c_str());
        QVERIFY(r.totals.carbon_kgco2e() > 0);
        const Results again = evaluate(s, builtinCatalog());
        QCOMPARE(again.totals.carbon_kgco2e(), r.totals.carbon_kgco2e());
        for (const auto &p : r.phases) {
            QVERIFY(std::isfinite(p.carbon_kgco2e()) && p.carbon_kgco2e() >= 0);
            QVERIFY(std::isfinite(p.water_l()) && p.water_l() >= 0);
        }
    }
}

void TestEvaluate::ratiosAndPerQuery()
{
    Diagnostics d;
    const Scenario s = *loadPreset("llm-chat-service", builtinCatalog(), d);
    const Results r = evaluate(s, builtinCatalog());
    const double dev =
        r.phase(Phase::Development).energy_kwh + r.phase(Phase::Nas).energy_kwh + r.phase(Phase::Training).energy_kwh;
    QVERIFY(near(r.deployment_to_development_energy, r.phase(Phase::Deployment).energy_kwh / dev));
    QVERIFY(near(r.perQuery.carbon_g, r.phase(Phase::Deployment).carbon_kgco2e() * 1000 / r.perQuery.queries));
    QVERIFY(r.perQuery.lifecycle_carbon_g > r.perQuery.carbon_g);
}

void TestEvaluate::resourcesFromElectricityAndManufacturing()
{
    // 1,000 kWh measured at 500 W: 2,000 busy hours of a V100 living 4 years at 50% use, so
    // 2000 / 17520 device-lifetimes; 1,500 kWh at the facility (PUE 1.5) on Germany's grid.
    // Factors typed from the sources: EcoLogits electricity_mixes.csv DEU (8.787e-8 kg Sb-eq,
    // 8.7477 MJ per kWh); EcoLogits' per-GPU server share (0.05135 kg Sb-eq, 10,578 MJ per device).
    Scenario s = trainingOnly();
    s.training.site.region = "germany";
    s.training.workload.mode = ComputeMode::MeasuredEnergy;
    s.training.workload.measured_energy_kwh = 1000;
    const Results r = evaluate(s, builtinCatalog());
    const Impacts &t = r.phase(Phase::Training);
    QVERIFY(near(t.adpe_kg_sb_eq, 1500 * 8.787e-8 + 2000.0 / 17520 * 0.05135));
    QVERIFY(near(t.primary_energy_mj, 1500 * 8.7477 + 2000.0 / 17520 * 10578));
    // Disposal retires hardware but counts neither criterion (no end-of-life factor).
    QCOMPARE(r.phase(Phase::Disposal).adpe_kg_sb_eq, 0.0);
    QCOMPARE(r.phase(Phase::Disposal).primary_energy_mj, 0.0);
    QVERIFY(near(r.totals.adpe_kg_sb_eq, t.adpe_kg_sb_eq));
    QVERIFY(!undercounts(r.missing, Criterion::Adpe) && !undercounts(r.missing, Criterion::PrimaryEnergy));
}

void TestEvaluate::edgeResourcesPerDeviceBought()
{
    // 1,000 phones for 5 years at a 2-year life: 3,000 bought, 10% charged to ML, on France's grid.
    Scenario s = trainingOnly();
    s.training.enabled = false;
    s.edge.enabled = true;
    s.system.service_years = 5;
    s.edge.device = "smartphone-generic";
    s.edge.region = "france";
    s.edge.devices = 1000;
    s.edge.lifetime_years = 2;
    s.edge.avg_power_w = 1;
    s.edge.ml_share = 0.1;
    s.edge.inferences_per_device_per_day = 100;
    s.edge.energy_per_inference_j = 36;
    const Results r = evaluate(s, builtinCatalog());
    const double kwh = 1000 * 5 * 365 * (0.001 + 0.1 * (1 * 24 / 1000.0 - 0.001));
    // BoaviztAPI's smartphone (ADEME): 0.00205 kg Sb-eq; France 4.858e-8 kg Sb-eq and 9.3135 MJ per kWh.
    QVERIFY(near(r.phase(Phase::Edge).adpe_kg_sb_eq, kwh * 4.858e-8 + 3000 * 0.00205 * 0.1));
    // No published primary energy for making a phone: electricity only, and the report says it is missing.
    QVERIFY(near(r.phase(Phase::Edge).primary_energy_mj, kwh * 9.3135));
    const auto missing = std::find_if(r.missing.begin(), r.missing.end(), [](const MissingValue &m) {
        return m.entryId == "smartphone-generic" && m.field == "manufacturing_primary_energy_mj";
    });
    QVERIFY(missing != r.missing.end());
    QCOMPARE(missing->criteria, std::vector<Criterion>{Criterion::PrimaryEnergy});
    QVERIFY(undercounts(r.missing, Phase::Edge, Criterion::PrimaryEnergy));
    QVERIFY(!undercounts(r.missing, Phase::Edge, Criterion::Adpe));
}

QTEST_APPLESS_MAIN(TestEvaluate)
#include "tst_evaluate.moc"
