// Measured inputs (docs/model.md §2, §8): the CSV reader, CodeCarbon's emissions.csv aggregated into a
// phase, measured energy with or without PUE, measured development, and inference-training parity.
// Hand-computed cases, the files in tests/data/codecarbon, and every preset unchanged.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv_table.h"
#include "evaluate.h"
#include "insights.h"
#include "measured_runs.h"
#include "report.h"
#include "scenario_io.h"
#include "test_support.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace mlimpact;
using mlimpact::test::readFile;
using mlimpact::test::sourcePath;

namespace {

std::string codecarbonFile(const char *name)
{
    return readFile(sourcePath(QStringLiteral("tests/data/codecarbon/") + QLatin1String(name))).toStdString();
}

bool near(double a, double b, double rel = 1e-12)
{
    return std::fabs(a - b) <= rel * std::max(std::fabs(a), std::fabs(b));
}

/// A scenario with only the phases a case needs: training on a PUE 1.25 site, no retraining.
Scenario trainingOnly()
{
    Scenario s;
    s.development.enabled = false;
    s.deployment.enabled = false;
    s.disposal.enabled = false;
    s.training.retrains_per_year = 0;
    s.training.site.pue = 1.25;
    s.training.workload.mode = ComputeMode::MeasuredEnergy;
    s.training.workload.measured_energy_kwh = 1000;
    return s;
}

Results run(const Scenario &s)
{
    return evaluate(s, builtinCatalog());
}

QJsonObject presetsBefore()
{
    const QString text = readFile(sourcePath(QStringLiteral("tests/data/presets-before-measured-inputs.json")));
    return QJsonDocument::fromJson(text.toUtf8()).object()[QStringLiteral("presets")].toObject();
}

/// Every number in `before` equals the one at the same place in `now` (objects compared key by key).
void compareNumbers(const QJsonValue &before, const QJsonValue &now, const QString &where)
{
    if (before.isObject()) {
        const QJsonObject b = before.toObject(), n = now.toObject();
        for (auto it = b.begin(); it != b.end(); ++it)
            compareNumbers(it.value(), n.value(it.key()), where + QLatin1Char('/') + it.key());
    } else if (before.isDouble()) {
        QVERIFY2(now.isDouble() && near(before.toDouble(), now.toDouble(), 1e-15),
                 qPrintable(where + QStringLiteral(": was %1, now %2").arg(before.toDouble()).arg(now.toDouble())));
    } else {
        QVERIFY2(before == now, qPrintable(where));
    }
}

} // namespace

class TestMeasuredInputs : public QObject
{
    Q_OBJECT
private slots:
    void csvQuotesCrlfAndDoubledQuotes();
    void csvMalformed_data();
    void csvMalformed();
    void codecarbonTrainingRuns();
    void codecarbonSeveralRegionsAndUnmapped();
    void codecarbonMalformedValues_data();
    void codecarbonMalformedValues();
    void importIntoTrainingSetsTheMeasuredChain();
    void importIntoDevelopment();
    void importRefusesAValueOutOfRange();
    void measuredAtTheWallAppliesPueOnce();
    void energyPerQueryAtTheWall();
    void measuredDevelopment();
    void parityHandComputed();
    void parityUndefinedWithoutDeployment();
    void everyPresetUnchanged();
};

void TestMeasuredInputs::csvQuotesCrlfAndDoubledQuotes()
{
    Diagnostics d;
    const auto t = parseCsv("a, b ,c\r\n1,\"x, \"\"y\"\"\",\"two\nlines\"\r\n\r\n4,5,\r\n", "f.csv", d);
    QVERIFY(t);
    QVERIFY(d.empty());
    QCOMPARE(t->header, (std::vector<std::string>{"a", "b", "c"}));
    QCOMPARE(t->rows.size(), std::size_t(2));
    QCOMPARE(t->rows[0][1], std::string("x, \"y\""));
    QCOMPARE(t->rows[0][2], std::string("two\nlines"));
    QCOMPARE(t->rows[1][2], std::string());
    QCOMPARE(t->rowLines, (std::vector<int>{2, 5}));
    QCOMPARE(*t->column("b"), std::size_t(1));
    QVERIFY(!t->column("d"));
}

void TestMeasuredInputs::csvMalformed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed quote") << "malformed-quote.csv"
                                    << "malformed-quote.csv: error: line 3, column 3: a quoted field is never closed";
    QTest::newRow("row too short") << "malformed-width.csv"
                                   << "malformed-width.csv: error: line 3, column 4: 3 fields; expected 4";
    QTest::newRow("number") << "malformed-number.csv"
                            << "malformed-number.csv: error: line 3, column 3: energy_consumed is '1.5kWh'; "
                               "expected energy in kWh";
    QTest::newRow("no energy column") << "missing-column.csv"
                                      << "missing-column.csv: error: line 1, column 1: no column 'energy_consumed'";
}

void TestMeasuredInputs::csvMalformed()
{
    QFETCH(QString, file);
    QFETCH(QString, message);
    Diagnostics d;
    const auto runs = readCodeCarbonRuns(codecarbonFile(qPrintable(file)), file.toStdString(), builtinCatalog(), d);
    QVERIFY(!runs);
    QCOMPARE(d.size(), std::size_t(1));
    QVERIFY2(QString::fromStdString(d[0].toString()).startsWith(message), d[0].toString().c_str());
}

void TestMeasuredInputs::codecarbonTrainingRuns()
{
    Diagnostics d;
    const auto runs = readCodeCarbonRuns(codecarbonFile("training-runs.csv"), "training-runs.csv", builtinCatalog(), d);
    QVERIFY2(runs, d.empty() ? "" : d[0].toString().c_str());
    QCOMPARE(runs->runs, 3);
    // 28.8 + 14.4 + 5.76 / 1.2 (the last run was logged with CodeCarbon's pue 1.2) = 48 kWh at the IT equipment.
    QVERIFY(near(runs->it_energy_kwh, 48.0));
    QVERIFY(near(runs->duration_hours, 17.0));
    QVERIFY(near(runs->device_hours, 136.0)); // 17 h x 8 GPUs
    QCOMPARE(runs->max_gpus, 8.0);
    QVERIFY(near(runs->emissions_kgco2e, 17.136));
    QCOMPARE(runs->region, std::string("us-virginia"));
    QVERIFY(runs->unmapped.empty());
    QVERIFY(runs->notes.empty());
}

void TestMeasuredInputs::codecarbonSeveralRegionsAndUnmapped()
{
    Diagnostics d;
    const auto runs =
        readCodeCarbonRuns(codecarbonFile("development-runs.csv"), "development-runs.csv", builtinCatalog(), d);
    QVERIFY(runs);
    QCOMPARE(runs->runs, 4);
    QVERIFY(near(runs->it_energy_kwh, 15.0)); // FRA 6 + 4, DEU 4, XKX 1 (counted though not mapped)
    QVERIFY(near(runs->device_hours, 5.5));   // 2 + 1 + 1 x 2 GPUs + 0.5 (no GPU count: one device)
    QCOMPARE(runs->region, std::string("france"));
    QCOMPARE(runs->unmapped.size(), std::size_t(1));
    QVERIFY(runs->unmapped[0].starts_with("country 'XKX', region 'prishtina': 1 run"));
    QCOMPARE(runs->notes.size(), std::size_t(1));
    QVERIFY2(runs->notes[0].find("(France 71%, Germany 29%)") != std::string::npos,
             runs->notes[0].c_str()); // 10 of 14 kWh
    QCOMPARE(gridRegionFor(builtinCatalog(), "usa", "Oregon"), std::string("us-oregon"));
    QCOMPARE(gridRegionFor(builtinCatalog(), "USA", "nevada"), std::string("us-average"));
    QCOMPARE(gridRegionFor(builtinCatalog(), "CAN", "quebec"), std::string("ca-quebec"));
    QCOMPARE(gridRegionFor(builtinCatalog(), "XKX", ""), std::string());
}

void TestMeasuredInputs::codecarbonMalformedValues_data()
{
    QTest::addColumn<QString>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative") << "duration,energy_consumed\n10,-1\n"
                              << "line 2, column 2: energy_consumed is '-1'";
    QTest::newRow("pue below 1") << "pue,duration,energy_consumed\n0.5,10,1\n"
                                 << "line 2, column 1: pue is 0.5";
    QTest::newRow("no runs") << "duration,energy_consumed\r\n"
                             << "line 2, column 1: no runs";
    QTest::newRow("empty") << ""
                           << "line 1, column 1: the file is empty";
    QTest::newRow("text after quote") << "duration,energy_consumed\n\"1\"x,2\n"
                                      << "line 2, column 1: text after a closing quote";
    QTest::newRow("stray quote") << "duration,energy_consumed\n1,2\"\n"
                                 << "line 2, column 2: a quote inside";
}

void TestMeasuredInputs::codecarbonMalformedValues()
{
    QFETCH(QString, csv);
    QFETCH(QString, message);
    Diagnostics d;
    QVERIFY(!readCodeCarbonRuns(csv.toStdString(), "x.csv", builtinCatalog(), d));
    QCOMPARE(d.size(), std::size_t(1));
    QVERIFY2(QString::fromStdString(d[0].message).startsWith(message), d[0].message.c_str());
}

void TestMeasuredInputs::importIntoTrainingSetsTheMeasuredChain()
{
    Scenario s;
    s.training.retrains_per_year = 0;
    Diagnostics d;
    const auto imported = importMeasuredRuns(codecarbonFile("training-runs.csv"), "training-runs.csv",
                                             MeasuredPhase::Training, s, builtinCatalog(), d);
    QVERIFY(imported);
    const Scenario &t = imported->scenario;
    QCOMPARE(t.training.workload.mode, ComputeMode::MeasuredEnergy);
    QVERIFY(near(t.training.workload.measured_energy_kwh, 48.0));
    QVERIFY(!t.training.workload.measured_energy_includes_pue);
    QVERIFY(near(*t.training.site.avg_power_w, 48000.0 / 136.0));
    QCOMPARE(t.training.workload.devices, 8.0);
    QCOMPARE(t.training.site.region, std::string("us-virginia"));
    // The model gives back the measured figures: 48 kWh at the servers over 136 device-hours, 17 h wall clock.
    const Results r = run(t);
    const PhaseChain &c = r.chain(Phase::Training);
    QVERIFY(near(c.it_energy_kwh, 48.0, 1e-9));
    QVERIFY(near(c.busy_device_hours, 136.0, 1e-9));
    QVERIFY(near(c.wall_clock_hours, 17.0, 1e-9));
}

void TestMeasuredInputs::importIntoDevelopment()
{
    const Scenario s;
    Diagnostics d;
    const auto imported = importMeasuredRuns(codecarbonFile("development-runs.csv"), "development-runs.csv",
                                             MeasuredPhase::Development, s, builtinCatalog(), d);
    QVERIFY(imported);
    QVERIFY(imported->scenario.development.measured);
    QVERIFY(near(imported->scenario.development.measured_energy_kwh, 15.0));
    QCOMPARE(imported->scenario.training, s.training); // development runs on the training site: left alone
    bool saidUnmapped = false, saidNotApplied = false;
    for (const auto &line : imported->lines) {
        saidUnmapped = saidUnmapped || line.starts_with("not mapped to a grid region: country 'XKX'");
        saidNotApplied = saidNotApplied || line.starts_with("development: not applied:");
    }
    QVERIFY(saidUnmapped);
    QVERIFY(saidNotApplied);
}

void TestMeasuredInputs::importRefusesAValueOutOfRange()
{
    // 1e-9 kWh is below the registry's smallest measured energy: refused with the parameter named.
    Diagnostics d;
    QVERIFY(!importMeasuredRuns("duration,energy_consumed\n1,0.000000001\n", "tiny.csv", MeasuredPhase::Training,
                                Scenario{}, builtinCatalog(), d));
    QVERIFY(!d.empty());
    QVERIFY2(d[0].message.starts_with("imported training.workload.measured_energy_kwh"), d[0].message.c_str());
}

void TestMeasuredInputs::measuredAtTheWallAppliesPueOnce()
{
    Scenario s = trainingOnly();
    // At the IT equipment: 1,000 kWh x PUE 1.25 = 1,250 kWh at the facility.
    Results r = run(s);
    QVERIFY(near(r.phase(Phase::Training).energy_kwh, 1250.0));
    QVERIFY(near(r.chain(Phase::Training).it_energy_kwh, 1000.0));
    // At the wall: 1,000 kWh is the facility energy; the servers drew 800 kWh.
    s.training.workload.measured_energy_includes_pue = true;
    r = run(s);
    QVERIFY(near(r.phase(Phase::Training).energy_kwh, 1000.0));
    QVERIFY(near(r.chain(Phase::Training).it_energy_kwh, 800.0));
    // The flag means nothing in another mode.
    s.training.workload.mode = ComputeMode::AcceleratorHours;
    Scenario off = s;
    off.training.workload.measured_energy_includes_pue = false;
    QCOMPARE(run(s).phase(Phase::Training).energy_kwh, run(off).phase(Phase::Training).energy_kwh);
}

void TestMeasuredInputs::energyPerQueryAtTheWall()
{
    Scenario s;
    s.development.enabled = false;
    s.training.enabled = false;
    s.deployment.mode = InferenceMode::EnergyPerQuery;
    s.deployment.energy_per_query_wh = 4;
    s.deployment.provisioning_factor = 1; // no idle capacity: the query's energy alone
    s.deployment.site.pue = 1.25;
    QVERIFY(near(run(s).perQuery.energy_wh, 5.0)); // 4 Wh at the servers x 1.25
    s.deployment.energy_per_query_includes_pue = true;
    QVERIFY(near(run(s).perQuery.energy_wh, 4.0)); // 4 Wh at the wall
}

void TestMeasuredInputs::measuredDevelopment()
{
    Scenario s = trainingOnly();
    s.development.enabled = true;
    s.development.measured = true;
    s.development.measured_energy_kwh = 5000;
    const Results r = run(s);
    QVERIFY(near(r.chain(Phase::Development).it_energy_kwh, 5000.0));
    QVERIFY(near(r.phase(Phase::Development).energy_kwh, 6250.0));
    // Device-hours at the training site's busy power.
    const double power = r.chain(Phase::Training).avg_power_w;
    QVERIFY(near(r.chain(Phase::Development).busy_device_hours, 5000.0 * 1000.0 / power, 1e-9));
    s.development.measured_energy_includes_pue = true;
    QVERIFY(near(run(s).phase(Phase::Development).energy_kwh, 5000.0));
    // Experiments and their size no longer matter.
    Scenario more = s;
    more.development.experiments = 500;
    QCOMPARE(run(more).phase(Phase::Development).energy_kwh, run(s).phase(Phase::Development).energy_kwh);
}

void TestMeasuredInputs::parityHandComputed()
{
    // 1,000 kWh before launch (training measured at the wall); 10 M queries of 0.4 Wh at the wall = 4,000 kWh.
    Scenario s = trainingOnly();
    s.training.workload.measured_energy_includes_pue = true;
    s.deployment.enabled = true;
    s.deployment.mode = InferenceMode::EnergyPerQuery;
    s.deployment.energy_per_query_wh = 0.4;
    s.deployment.energy_per_query_includes_pue = true;
    s.deployment.provisioning_factor = 1;
    s.deployment.site.pue = 1.25;
    s.system.service_years = 1;
    s.deployment.queries_per_day = 1e7 / 365.0;
    const Results r = run(s);
    QVERIFY(near(r.perQuery.queries, 1e7, 1e-9));
    QVERIFY(near(r.queries_to_parity_energy, 2.5e6, 1e-9));
    QVERIFY(r.queries_to_parity_carbon > 0);
    // Carbon parity at the deployment's carbon per query, embodied included.
    const double beforeCarbon = r.phase(Phase::Training).carbon_kgco2e();
    QVERIFY(near(r.queries_to_parity_carbon * r.perQuery.carbon_g / 1000.0, beforeCarbon, 1e-9));
    const std::string text = parityText(r);
    QVERIFY2(text.find("(energy: after 2.50M queries), 25% of the 10.0M served") != std::string::npos, text.c_str());
}

void TestMeasuredInputs::parityUndefinedWithoutDeployment()
{
    const Results r = run(trainingOnly());
    QCOMPARE(r.queries_to_parity_energy, 0.0);
    QCOMPARE(r.queries_to_parity_carbon, 0.0);
    QCOMPARE(parityText(r), std::string());
}

void TestMeasuredInputs::everyPresetUnchanged()
{
    // Reports written before these inputs existed: none of the presets uses them, so nothing moves.
    const QJsonObject before = presetsBefore();
    QCOMPARE(before.size(), static_cast<qsizetype>(presetIds().size()));
    for (const auto &id : presetIds()) {
        Diagnostics d;
        const auto s = loadPreset(id, builtinCatalog(), d);
        QVERIFY(s);
        const Results r = run(*s);
        const QJsonObject now =
            QJsonDocument::fromJson(
                QByteArray::fromStdString(reportJson(*s, r, computeInsights(builtinCatalog(), r, Analyses{}))))
                .object();
        const QJsonValue was = before.value(QString::fromStdString(id));
        QVERIFY2(was.isObject(), id.c_str());
        compareNumbers(was, now, QString::fromStdString(id));
    }
}

QTEST_GUILESS_MAIN(TestMeasuredInputs)
#include "tst_measured_inputs.moc"
