// Host servers as their own device (docs/model.md §20): hand-computed allocations, the board figures
// that replace the accelerator's server share, the accelerator / server split in the report, catalog
// errors with their JSON pointers, the edges of every server field, and every preset unchanged.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyses.h"
#include "evaluate.h"
#include "insights.h"
#include "report.h"
#include "scenario_io.h"
#include "test_support.h"

#include <nlohmann/json.hpp>

#include <QTest>

#include <cmath>

using namespace mlimpact;

namespace {

bool near(double a, double b, double rel = 1e-9)
{
    return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b));
}

/// Training alone: 64 A100 SXM4 busy for 1,000 hours = 64,000 device-hours, no retraining,
/// nothing else included, so the training chain holds every embodied number.
Scenario sixtyFourGpus(const std::string &server)
{
    Scenario s;
    s.development.enabled = false;
    s.deployment.enabled = false;
    s.training.retrains_per_year = 0;
    s.training.site.hardware = "nvidia-a100-80gb-sxm4";
    s.training.site.server = server;
    s.training.workload.mode = ComputeMode::AcceleratorHours;
    s.training.workload.accelerator_hours = 64000;
    s.training.workload.devices = 64;
    return s;
}

/// A user catalog with one server whose life differs from the accelerators'.
Catalog withOwnLifeServer()
{
    Catalog c = builtinCatalog();
    Diagnostics d;
    c.addFromJson(R"json({"format": "ml-impact-explorer/catalog", "version": 1, "servers": [
        {"id": "test-server", "name": "Test server", "embodied_kgco2e": 3000, "accelerators_per_server": 8,
         "lifetime_years": 5, "use_rate": 0.5, "mass_kg": 100, "manufacturing_water_l": 2000,
         "sources": {"embodied_kgco2e": "test", "accelerators_per_server": "test", "lifetime_years": "test",
                     "use_rate": "test", "mass_kg": "test", "manufacturing_water_l": "test"}}]})json",
                  "user.json", d);
    if (!d.empty())
        qWarning("%s", d.front().toString().c_str());
    return c;
}

const char *kServerHeader = R"({"format": "ml-impact-explorer/catalog", "version": 1, "servers": )";

} // namespace

class TestServers : public QObject
{
    Q_OBJECT
private slots:
    void bloomServerSharesTheGenericFigure();
    void serverWithItsOwnLife();
    void noServerUsesTheFullAcceleratorFigure();
    void everyPresetUnchanged();
    void reportSplitsAcceleratorsAndServers();
    void missingBoardAndServerValuesAreReported();
    void catalogErrors_data();
    void catalogErrors();
    void scenarioNamesAnUnknownServer();
    void serverFieldsAtTheirEdges_data();
    void serverFieldsAtTheirEdges();
    void refreshStrandsTheServersToo();
    void commandLineListsServersAndSplits();
};

void TestServers::bloomServerSharesTheGenericFigure()
{
    // BLOOM's rule, the site kept for BLOOM's 6 years at 85%: 44,676 hours of use per device.
    Scenario s = sixtyFourGpus("hpe-apollo-6500-gen10plus");
    s.training.site.lifetime_years = 6;
    const Results r = evaluate(s, builtinCatalog());
    const PhaseChain &c = r.chain(Phase::Training);
    QCOMPARE(c.server, std::string("hpe-apollo-6500-gen10plus"));
    // 8,000 server-hours / 44,676 h = 0.179067 server-lifetimes x 2,500 kg = 447.668 kg
    QVERIFY2(near(c.server_allocation_share, 8000.0 / 44676.0), qPrintable(QString::number(c.server_allocation_share)));
    QVERIFY(near(c.server_embodied_kgco2e, 447.667651536));
    // Boards: 64,000 / 44,676 x 150 kg = 214.880 kg
    QVERIFY(near(c.embodied_per_device_kgco2e, 150.0));
    QVERIFY(near(r.phase(Phase::Training).embodied_kgco2e - c.server_embodied_kgco2e, 214.880472737));
    // Together: the generic 462.5 kg per GPU over the same life, 662.548 kg.
    QVERIFY(near(r.phase(Phase::Training).embodied_kgco2e, 662.548124273));
    Scenario generic = s;
    generic.training.site.server.clear();
    QVERIFY(near(evaluate(generic, builtinCatalog()).phase(Phase::Training).embodied_kgco2e, 662.548124273));
    // E-waste: boards 64,000 / 44,676 x 1.56 kg = 2.23476 kg; server 0.179067 x 110.52 kg = 19.79049 kg.
    QVERIFY(near(c.server_ewaste_source_kg, 19.790491539));
    QVERIFY(near(c.ewaste_source_kg, 2.234756916 + 19.790491539));
    QVERIFY(near(r.phase(Phase::Disposal).ewaste_kg, c.ewaste_source_kg));
    // Energy is unchanged by the server: the host's power is in each device's host share.
    QCOMPARE(r.phase(Phase::Training).energy_kwh,
             evaluate(generic, builtinCatalog()).phase(Phase::Training).energy_kwh);
}

void TestServers::serverWithItsOwnLife()
{
    const Catalog catalog = withOwnLifeServer();
    const Results r = evaluate(sixtyFourGpus("test-server"), catalog);
    const PhaseChain &c = r.chain(Phase::Training);
    // 64 GPUs, 8 per server, 1,000 h: 8,000 server-hours / (5 years x 8760 x 0.5 = 21,900 h) x 3,000 kg
    QVERIFY(near(c.server_embodied_kgco2e, 1095.890411));
    QVERIFY(near(c.server_ewaste_source_kg, 36.52968037));     // x 100 kg
    QVERIFY(near(c.server_water_manufacturing_l, 730.593607)); // x 2,000 L
    // Boards keep the accelerator's 4 years at 85%: 64,000 / 29,784 x 150 kg = 322.3207 kg
    QVERIFY(near(r.phase(Phase::Training).embodied_kgco2e, 1095.890411 + 322.320709106));
    QVERIFY(near(r.embodiedSplit.server_kgco2e, 1095.890411));
    QVERIFY(near(r.embodiedSplit.accelerator_kgco2e, 322.320709106));
    QVERIFY(near(r.embodiedSplit.server_ewaste_kg, 36.52968037));
    QVERIFY(near(r.embodiedSplit.accelerator_ewaste_kg, 64000.0 / 29784.0 * 1.56));
    QVERIFY(r.embodiedSplit.anyServer);
}

void TestServers::noServerUsesTheFullAcceleratorFigure()
{
    // Without a server the accelerator's figure with its generic server share: 64,000 / 29,784 x 462.5 kg.
    const Results r = evaluate(sixtyFourGpus(""), builtinCatalog());
    QVERIFY(near(r.phase(Phase::Training).embodied_kgco2e, 64000.0 / 29784.0 * 462.5));
    QCOMPARE(r.chain(Phase::Training).server_embodied_kgco2e, 0.0);
    QVERIFY(!r.embodiedSplit.anyServer);
    QCOMPARE(r.embodiedSplit.server_kgco2e, 0.0);
    QVERIFY(near(r.embodiedSplit.accelerator_kgco2e, 64000.0 / 29784.0 * 462.5));
    QVERIFY(embodiedSplitText(r).empty());
}

void TestServers::everyPresetUnchanged()
{
    // No preset names a server: every data-centre phase charges the accelerator's full catalog
    // figure (not its board figure), and nothing is split off.
    const Catalog &catalog = builtinCatalog();
    for (const auto &id : presetIds()) {
        Diagnostics d;
        const auto s = loadPreset(id, catalog, d);
        QVERIFY(s);
        const Results r = evaluate(*s, catalog);
        QVERIFY2(!r.embodiedSplit.anyServer, id.c_str());
        double dcEmbodied = 0;
        for (Phase p : kDataCentrePhases) {
            const PhaseChain &c = r.chain(p);
            QVERIFY2(c.server.empty() && c.server_embodied_kgco2e == 0 && c.server_ewaste_source_kg == 0, id.c_str());
            if (!c.enabled)
                continue;
            const Accelerator *acc = catalog.accelerator(c.hardware);
            const Site &site = *phaseSite(*s, p);
            const double perDevice = site.embodied_kgco2e.value_or(acc->embodied_kgco2e.value_or(0));
            QCOMPARE(c.embodied_per_device_kgco2e, perDevice);
            QCOMPARE(r.phase(p).embodied_kgco2e, c.allocation_share * perDevice);
            dcEmbodied += r.phase(p).embodied_kgco2e;
        }
        QVERIFY2(near(r.embodiedSplit.accelerator_kgco2e, dcEmbodied, 1e-12) || dcEmbodied == 0, id.c_str());
        const std::string json = reportJson(*s, r, computeInsights(catalog, r, Analyses{}));
        QVERIFY(json.find("\"server_kgco2e\": 0") != std::string::npos);
        QVERIFY2(reportText(*s, r, computeInsights(catalog, r, Analyses{})).find("Host servers:") == std::string::npos,
                 id.c_str());
    }
}

void TestServers::reportSplitsAcceleratorsAndServers()
{
    const Catalog catalog = withOwnLifeServer();
    const Scenario s = sixtyFourGpus("test-server");
    const Results r = evaluate(s, catalog);
    const Insights insights = computeInsights(catalog, r, Analyses{});
    const auto doc = nlohmann::json::parse(reportJson(s, r, insights));
    const auto &split = doc.at("embodied_split");
    QVERIFY(near(split.at("server_kgco2e").get<double>(), 1095.890411));
    QVERIFY(near(split.at("accelerator_kgco2e").get<double>(), 322.320709106));
    QCOMPARE(doc.at("chains").at("training").at("server").get<std::string>(), std::string("test-server"));
    QCOMPARE(doc.at("chains").at("training").at("accelerators_per_server").get<double>(), 8.0);
    QVERIFY(near(doc.at("chains").at("training").at("server_embodied_kgco2e").get<double>(), 1095.890411));
    // One wording, in the JSON, the text report and the embodied-share tile: 1.10 t is 77% of 1.42 t.
    const std::string text = embodiedSplitText(r);
    QCOMPARE(split.at("text").get<std::string>(), text);
    QVERIFY2(text.find("servers 1.10 t CO₂e (77%)") != std::string::npos, text.c_str());
    QVERIFY(reportText(s, r, insights).find("Host servers: " + text) != std::string::npos);
    bool tile = false;
    for (const auto &h : insights.headlines)
        tile = tile || (h.id == "embodied_share" && h.detail.find("host servers 77%") != std::string::npos);
    QVERIFY(tile);
}

void TestServers::missingBoardAndServerValuesAreReported()
{
    // e-footprint's server has no mass; a TPU v4 has no board mass: both counted as 0 and said.
    Scenario s = sixtyFourGpus("efootprint-gpu-server-4gpu");
    s.training.site.hardware = "google-tpu-v4";
    s.training.workload.precision = Precision::Fp16;
    const Results r = evaluate(s, builtinCatalog());
    bool serverMass = false, boardMass = false;
    for (const auto &m : r.missing) {
        serverMass = serverMass || (m.section == CatalogSection::Servers && m.field == "mass_kg" &&
                                    m.entryId == "efootprint-gpu-server-4gpu");
        boardMass = boardMass || (m.section == CatalogSection::Accelerators && m.field == "board_mass_kg" &&
                                  m.entryId == "google-tpu-v4");
    }
    QVERIFY(serverMass);
    QVERIFY(boardMass);
    QCOMPARE(r.chain(Phase::Training).server_ewaste_source_kg, 0.0);
    // 64,000 device-hours / 4 per server / (6 x 8760 x 1) x 2,500 kg
    QVERIFY(near(r.chain(Phase::Training).server_embodied_kgco2e, 16000.0 / 52560.0 * 2500.0));
}

void TestServers::catalogErrors_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
    const QString ok = QStringLiteral(R"("id": "s", "name": "S", "lifetime_years": 6, "use_rate": 1)");
    const QString head = QString::fromUtf8(kServerHeader);
    QTest::newRow("not an array") << head + QStringLiteral("{}}") << "/servers"
                                  << "expected an array of entries";
    QTest::newRow("zero accelerators")
        << head + QStringLiteral(R"([{%1, "embodied_kgco2e": 2500, "accelerators_per_server": 0}]})").arg(ok)
        << "/servers/0/accelerators_per_server"
        << "";
    QTest::newRow("fractional accelerators")
        << head + QStringLiteral(R"([{%1, "embodied_kgco2e": 2500, "accelerators_per_server": 2.5}]})").arg(ok)
        << "/servers/0/accelerators_per_server"
        << "";
    QTest::newRow("missing embodied") << head + QStringLiteral(R"([{%1, "accelerators_per_server": 8}]})").arg(ok)
                                      << "/servers/0/embodied_kgco2e"
                                      << "";
    QTest::newRow("negative embodied")
        << head + QStringLiteral(R"([{%1, "embodied_kgco2e": -1, "accelerators_per_server": 8}]})").arg(ok)
        << "/servers/0/embodied_kgco2e"
        << "";
    QTest::newRow("use rate above 1") << head + QStringLiteral(
                                                    R"([{"id": "s", "name": "S", "lifetime_years": 6, "use_rate": 1.5,
                                      "embodied_kgco2e": 1, "accelerators_per_server": 8}]})")
                                      << "/servers/0/use_rate"
                                      << "";
    QTest::newRow("mass as text")
        << head + QStringLiteral(R"([{%1, "embodied_kgco2e": 1, "accelerators_per_server": 8, "mass_kg": "heavy"}]})")
                      .arg(ok)
        << "/servers/0/mass_kg"
        << "";
    QTest::newRow("negative board figure")
        << QStringLiteral(R"({"format": "ml-impact-explorer/catalog", "version": 1, "accelerators": [
               {"id": "a", "name": "A", "class": "dense_gpu", "year": 2020, "tdp_w": 300, "host_power_w": 100,
                "lifetime_years": 4, "use_rate": 0.85, "peak_tflops": {"fp16": 100},
                "board_embodied_kgco2e": -5}]})")
        << "/accelerators/0/board_embodied_kgco2e"
        << "";
}

void TestServers::catalogErrors()
{
    QFETCH(QString, json);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    Catalog c;
    Diagnostics d;
    c.addFromJson(json.toStdString(), "bad.json", d);
    QVERIFY(hasErrors(d));
    bool found = false;
    for (const auto &diag : d)
        found = found || (diag.file == "bad.json" && diag.jsonPath == pointer.toStdString() &&
                          diag.message.find(message.toStdString()) != std::string::npos);
    if (!found) {
        for (const auto &diag : d)
            qWarning("%s", diag.toString().c_str());
    }
    QVERIFY(found);
    QVERIFY(c.servers().empty());
}

void TestServers::scenarioNamesAnUnknownServer()
{
    Scenario s = sixtyFourGpus("no-such-server");
    const std::string text = scenarioToJsonText(s);
    Diagnostics d;
    QVERIFY(!loadScenarioFromText(text, "scenario.json", builtinCatalog(), d));
    bool found = false;
    for (const auto &diag : d)
        found = found || (diag.file == "scenario.json" && diag.jsonPath == "/training/site/server" &&
                          diag.message.find("unknown servers id \"no-such-server\"") != std::string::npos &&
                          diag.message.find("hpe-apollo-6500-gen10plus") != std::string::npos);
    QVERIFY(found);
    // evaluate() never crashes on it: the phase is skipped and says why.
    const Results r = evaluate(s, builtinCatalog());
    QVERIFY(!r.chain(Phase::Training).enabled || r.phase(Phase::Training).energy_kwh == 0);
    bool caveat = false;
    for (const auto &c : r.caveats)
        caveat = caveat || c.find("server id; phase skipped") != std::string::npos;
    QVERIFY(caveat);
    // "" (none) is valid.
    Diagnostics none;
    QVERIFY(loadScenarioFromText(scenarioToJsonText(sixtyFourGpus("")), "none.json", builtinCatalog(), none));
}

void TestServers::serverFieldsAtTheirEdges_data()
{
    QTest::addColumn<int>("perServer");
    QTest::addColumn<double>("lifetime");
    QTest::addColumn<double>("use");
    QTest::addColumn<double>("embodied");
    QTest::newRow("lowest") << 1 << 0.1 << 0.01 << 0.0;
    QTest::newRow("highest") << 1024 << 50.0 << 1.0 << 1e7;
    QTest::newRow("one per server, long life") << 1 << 50.0 << 0.01 << 1e7;
    QTest::newRow("many per server, short life") << 1024 << 0.1 << 1.0 << 0.0;
}

void TestServers::serverFieldsAtTheirEdges()
{
    QFETCH(int, perServer);
    QFETCH(double, lifetime);
    QFETCH(double, use);
    QFETCH(double, embodied);
    Catalog c = builtinCatalog();
    Diagnostics d;
    const std::string entry = R"({"id": "edge", "name": "Edge", "embodied_kgco2e": )" + std::to_string(embodied) +
                              R"(, "accelerators_per_server": )" + std::to_string(perServer) +
                              R"(, "lifetime_years": )" + std::to_string(lifetime) + R"(, "use_rate": )" +
                              std::to_string(use) + R"(, "mass_kg": 1e5, "sources": {}})";
    c.addFromJson(std::string(kServerHeader) + "[" + entry + "]}", "edge.json", d);
    QVERIFY(!hasErrors(d));
    QVERIFY(c.server("edge"));
    Scenario s = loadPreset("llm-chat-service", c, d).value();
    for (Phase p : kDataCentrePhases) {
        if (Site *site = const_cast<Site *>(phaseSite(s, p)))
            site->server = "edge";
    }
    const Results r = evaluate(s, c);
    const double expected =
        r.chain(Phase::Deployment).provisioned_device_hours / perServer / (lifetime * 8760.0 * use) * embodied;
    QVERIFY(std::isfinite(r.totals.carbon_kgco2e()) && std::isfinite(r.totals.ewaste_kg));
    QVERIFY(near(r.chain(Phase::Deployment).server_embodied_kgco2e, expected) || expected == 0);
    QVERIFY(r.embodiedSplit.server_kgco2e >= 0 && r.embodiedSplit.accelerator_kgco2e >= 0);
}

void TestServers::refreshStrandsTheServersToo()
{
    // A refresh every year retires the serving fleet early; with a 6-year server its unused life is
    // charged too, so the timeline's embodied carbon rises by the servers' stranded part.
    Diagnostics d;
    Scenario s = loadPreset("llm-chat-service", builtinCatalog(), d).value();
    s.refresh.interval_years = 1;
    s.refresh.efficiency_gain_per_generation = 0; // per-query impacts then stay those of the static model
    Scenario with = s;
    with.deployment.site.server = "aws-p5-48xlarge";
    const Results r = evaluate(with, builtinCatalog());
    const PhaseChain &dep = r.chain(Phase::Deployment);
    const double fleet = dep.provisioned_device_hours / s.system.service_years / (8760.0 * dep.use_rate);
    const double serverStranded = fleet * 5700.0 / 8.0 * (1.0 - 1.0 / 6.0);
    const double boardStranded = fleet * dep.embodied_per_device_kgco2e * (1.0 - 1.0 / dep.lifetime_years);
    // Two refreshes in three years, each stranding the fleet's unused life.
    const double staticDep = r.phase(Phase::Deployment).embodied_kgco2e;
    const double timelineDep = r.timeline.phaseTotals[static_cast<std::size_t>(Phase::Deployment)].embodied_kgco2e;
    QVERIFY2(near(timelineDep - staticDep, 2.0 * (serverStranded + boardStranded), 1e-6),
             qPrintable(
                 QStringLiteral("%1 vs %2").arg(timelineDep - staticDep).arg(2.0 * (serverStranded + boardStranded))));
}

void TestServers::commandLineListsServersAndSplits()
{
    // The real command line: `catalog servers` lists every server with its sources, and a scenario
    // with servers set by --set reports the split.
    const test::ProcessResult list = test::runBinary({QStringLiteral("catalog"), QStringLiteral("servers")});
    QCOMPARE(list.exitCode, 0);
    for (const char *needle : {"hpe-apollo-6500-gen10plus", "aws-p5-48xlarge", "efootprint-gpu-server-4gpu",
                               "8 accelerators per server", "SERVER_EMBODIED_IMPACT_GWP"})
        QVERIFY2(list.out.contains(needle), needle);
    QVERIFY(!list.out.contains("Accelerators (data centre)"));
    const test::ProcessResult bad = test::runBinary({QStringLiteral("catalog"), QStringLiteral("racks")});
    QVERIFY(bad.exitCode != 0);
    QVERIFY(bad.err.contains("expected hardware, servers, edge, grids or datacenters"));
    const test::ProcessResult run =
        test::runBinary({QStringLiteral("evaluate"), QStringLiteral("--preset"), QStringLiteral("llm-chat-service"),
                         QStringLiteral("--set"), QStringLiteral("deployment.site.server=aws-p5-48xlarge")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("Host servers: accelerators "));
    const test::ProcessResult none =
        test::runBinary({QStringLiteral("evaluate"), QStringLiteral("--preset"), QStringLiteral("llm-chat-service"),
                         QStringLiteral("--set"), QStringLiteral("deployment.site.server=")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(!none.out.contains("Host servers:"));
}

QTEST_GUILESS_MAIN(TestServers)
#include "tst_servers.moc"
