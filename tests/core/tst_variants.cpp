// Variants and scenario files version 2: v1 files load unchanged, variants survive save ->
// load exactly, bad variants are refused with file, variant and JSON Pointer, and baseline
// edits flow into the variants that do not override them.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"
#include "comparison_report.h"
#include "embedded_data.h"
#include "scenario_io.h"
#include "variants_io.h"

#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

using namespace mlimpact;

namespace {

std::string presetText(const std::string &id)
{
    return std::string(*data::embeddedFile("presets/" + id + ".json"));
}

/// A document with a change of every kind: number, unset override, flag, enum, catalog id.
VariantDocument richDocument()
{
    Diagnostics diagnostics;
    VariantDocument document{*loadPreset("llm-chat-service", builtinCatalog(), diagnostics), {}};
    document.baseline.training.site.pue = 1.2; // a variant can unset it again
    Variant a{"INT4 on L4s", "Smaller numbers, smaller cards.", {}};
    a = withChange(a, "deployment.site.hardware", std::string("nvidia-l4"));
    a = withChange(a, "deployment.precision", std::string("int4"));
    a = withChange(a, "training.site.pue", std::monostate{});
    a = withChange(a, "development.enabled", false);
    a = withChange(a, "deployment.queries_per_day", 1.0 / 3.0 * 1e7);
    document.variants.push_back(a);
    document.variants.push_back({"Unchanged", "", {}});
    Variant c{"PUE 1.3 \"quoted\" ünïcode", "", {}};
    c = withChange(c, "training.site.pue", 1.3);
    document.variants.push_back(c);
    return document;
}

bool hasDiagnostic(const Diagnostics &diagnostics, const std::string &file, const std::string &pointer,
                   const std::string &contains)
{
    for (const auto &d : diagnostics) {
        if (d.severity == Severity::Error && d.file == file && d.jsonPath == pointer &&
            d.message.find(contains) != std::string::npos)
            return true;
    }
    return false;
}

QByteArray text(const Diagnostics &diagnostics)
{
    std::string out;
    for (const auto &d : diagnostics)
        out += d.toString() + "\n";
    return QByteArray::fromStdString(out);
}

} // namespace

class TestVariants : public QObject
{
    Q_OBJECT
private slots:
    void changeFromBaselineIsWorded();
    void v1FilesLoadAsDocumentsWithoutVariants();
    void v2WithoutVariantsReadsLikeV1();
    void documentWithoutVariantsSavesAsV1();
    void variantsSurviveSaveAndLoad();
    void comparisonPresetsRoundTrip();
    void badVariants_data();
    void badVariants();
    void variantsOfBadBaselineAreStillChecked();
    void v1FileWithVariantsKeyWarns();
    void baselineEditsFlowIntoVariants();
    void changesKeepRegistryOrder();
    void names();
    void whatChangedHasBothValuesWithUnits();
    void comparisonJsonIsTheDocumentedFormat();
};

void TestVariants::v1FilesLoadAsDocumentsWithoutVariants()
{
    for (const auto &id : presetIds()) {
        Diagnostics a, b;
        const auto scenario = loadScenarioFromText(presetText(id), id, builtinCatalog(), a);
        const auto document = loadDocumentFromText(presetText(id), id, builtinCatalog(), b);
        QVERIFY(scenario && document);
        QVERIFY(document->variants.empty());
        QVERIFY(document->baseline == *scenario);
        QVERIFY(a == b); // the same notes and warnings, nothing more
    }
}

void TestVariants::v2WithoutVariantsReadsLikeV1()
{
    std::string v2 = presetText("edge-vision-phones");
    v2.replace(v2.find("\"format_version\": 1"), 19, "\"format_version\": 2");
    Diagnostics a, b;
    const auto v1Document = loadDocumentFromText(presetText("edge-vision-phones"), "x.json", builtinCatalog(), a);
    const auto v2Document = loadDocumentFromText(v2, "x.json", builtinCatalog(), b);
    QVERIFY(v1Document && v2Document);
    QVERIFY(*v1Document == *v2Document);
    QVERIFY(a == b);
}

void TestVariants::documentWithoutVariantsSavesAsV1()
{
    const VariantDocument document{richDocument().baseline, {}};
    const std::string saved = documentToJsonText(document);
    QCOMPARE(saved, scenarioToJsonText(document.baseline));
    QVERIFY(nlohmann::json::parse(saved)["format_version"] == 1);
}

void TestVariants::variantsSurviveSaveAndLoad()
{
    const VariantDocument document = richDocument();
    QVERIFY2(validateDocument(document, builtinCatalog()).empty(), text(validateDocument(document, builtinCatalog())));
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("variants.json")).toStdString();
    QVERIFY(saveDocumentFile(path, document).empty());
    Diagnostics diagnostics;
    const auto loaded = loadDocumentFile(path, builtinCatalog(), diagnostics);
    QVERIFY2(loaded, text(diagnostics));
    QVERIFY(!hasErrors(diagnostics));
    QVERIFY(loaded->baseline == document.baseline);
    for (std::size_t i = 0; i < document.variants.size(); ++i) {
        QCOMPARE(loaded->variants[i].name, document.variants[i].name);
        QCOMPARE(loaded->variants[i].description, document.variants[i].description);
        for (std::size_t j = 0; j < document.variants[i].changes.size(); ++j)
            QVERIFY2(loaded->variants[i].changes[j] == document.variants[i].changes[j],
                     document.variants[i].changes[j].path.c_str());
    }
    QVERIFY(*loaded == document); // every value exactly, the unset override included
    QCOMPARE(documentToJsonText(*loaded), documentToJsonText(document));
    const auto json = nlohmann::json::parse(documentToJsonText(document));
    QVERIFY(json["format_version"] == 2);
    QVERIFY(json["variants"][0]["changes"]["training.site.pue"].is_null());
    QVERIFY(!json["variants"][1].contains("description")); // empty: left out
}

void TestVariants::comparisonPresetsRoundTrip()
{
    for (const auto &id : comparisonPresetIds()) {
        Diagnostics diagnostics;
        const auto document = loadComparisonPreset(id, builtinCatalog(), diagnostics);
        QVERIFY2(document, text(diagnostics));
        QVERIFY2(!document->variants.empty() && !document->baseline.system.description.empty(), id.c_str());
        for (const auto &variant : document->variants)
            QVERIFY2(!variant.description.empty(), variant.name.c_str());
        Diagnostics again;
        const auto reloaded = loadDocumentFromText(documentToJsonText(*document), id, builtinCatalog(), again);
        QVERIFY2(reloaded && *reloaded == *document, id.c_str());
    }
}

void TestVariants::badVariants_data()
{
    QTest::addColumn<QString>("variants");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("contains");
    QTest::newRow("unknown path") << R"([{"name": "A", "changes": {"deployment.querys": 1}}])"
                                  << "/variants/0/changes/deployment.querys"
                                  << "variant \"A\": unknown parameter \"deployment.querys\"";
    QTest::newRow("wrong type") << R"([{"name": "A", "changes": {"efficiency.sparse_kernels": "yes"}}])"
                                << "/variants/0/changes/efficiency.sparse_kernels"
                                << "expected true or false, found a string";
    QTest::newRow("out of range") << R"([{"name": "A"}, {"name": "B", "changes": {"edge.ml_share": 1.5}}])"
                                  << "/variants/1/changes/edge.ml_share"
                                  << "variant \"B\": value 1.5 is out of range";
    QTest::newRow("unknown enum") << R"([{"name": "A", "changes": {"deployment.precision": "fp8"}}])"
                                  << "/variants/0/changes/deployment.precision"
                                  << "unknown value \"fp8\"";
    QTest::newRow("duplicate name") << R"([{"name": "Fast"}, {"name": "fast"}])"
                                    << "/variants/1/name"
                                    << "duplicate name \"fast\"";
    QTest::newRow("baseline's name") << R"([{"name": "baseline"}])"
                                     << "/variants/0/name"
                                     << "is what the baseline is called";
    QTest::newRow("missing name") << R"([{"changes": {}}])"
                                  << "/variants/0/name"
                                  << "missing: expected a string";
    QTest::newRow("changes not an object") << R"([{"name": "A", "changes": ["deployment.precision"]}])"
                                           << "/variants/0/changes"
                                           << "expected an object of changes";
    QTest::newRow("variant not an object") << R"([{"name": "A"}, 5])"
                                           << "/variants/1"
                                           << "expected a variant object";
    QTest::newRow("too many") << R"([{"name": "1"}, {"name": "2"}, {"name": "3"}, {"name": "4"}, {"name": "5"},
                                     {"name": "6"}, {"name": "7"}])"
                              << "/variants"
                              << "at most 6 variants, found 7";
    QTest::newRow("inconsistent with the baseline")
        << R"([{"name": "Measured", "changes": {"deployment.mode": "model_flop"}}])"
        << "/variants/0"
        << "variant \"Measured\": with the baseline's deployment.site.hardware";
}

void TestVariants::badVariants()
{
    QFETCH(QString, variants);
    QFETCH(QString, pointer);
    QFETCH(QString, contains);
    // A baseline on CPU servers that gives query energy directly (so model_flop is inconsistent).
    const std::string file = R"({"format_version": 2, "deployment": {"mode": "energy_per_query",
        "site": {"hardware": "cpu-server-dual-socket"}}, "variants": )" +
                             variants.toStdString() + "}";
    Diagnostics diagnostics;
    const auto document = loadDocumentFromText(file, "bad.json", builtinCatalog(), diagnostics);
    QVERIFY(!document);
    QVERIFY2(hasDiagnostic(diagnostics, "bad.json", pointer.toStdString(), contains.toStdString()), text(diagnostics));
}

void TestVariants::variantsOfBadBaselineAreStillChecked()
{
    const std::string file = R"({"format_version": 2, "deployment": {"queries_per_day": -1},
        "variants": [{"name": "A", "changes": {"edge.ml_share": 2}}]})";
    Diagnostics diagnostics;
    QVERIFY(!loadDocumentFromText(file, "bad.json", builtinCatalog(), diagnostics));
    QVERIFY(hasDiagnostic(diagnostics, "bad.json", "/deployment/queries_per_day", "out of range"));
    QVERIFY(hasDiagnostic(diagnostics, "bad.json", "/variants/0/changes/edge.ml_share", "out of range"));
}

void TestVariants::v1FileWithVariantsKeyWarns()
{
    Diagnostics diagnostics;
    const auto document =
        loadDocumentFromText(R"({"format_version": 1, "variants": []})", "old.json", builtinCatalog(), diagnostics);
    QVERIFY(document && document->variants.empty());
    bool warned = false;
    for (const auto &d : diagnostics)
        warned = warned || (d.severity == Severity::Warning && d.jsonPath == "/variants");
    QVERIFY(warned);
}

void TestVariants::baselineEditsFlowIntoVariants()
{
    VariantDocument document = richDocument();
    document.baseline.deployment.queries_per_day = 42;
    document.baseline.deployment.site.region = "france";
    const Scenario a = resolveVariant(document.baseline, document.variants[0]);
    QCOMPARE(a.deployment.queries_per_day, 1.0 / 3.0 * 1e7);   // overridden by the variant
    QCOMPARE(a.deployment.site.region, std::string("france")); // follows the baseline
    QVERIFY(resolveVariant(document.baseline, document.variants[1]) == document.baseline);
    // Reset to baseline: the variant follows the baseline again.
    const Variant reset = withoutChange(document.variants[0], "deployment.queries_per_day");
    QCOMPARE(resolveVariant(document.baseline, reset).deployment.queries_per_day, 42.0);
    QVERIFY(findChange(document.variants[0], "deployment.queries_per_day"));
    QVERIFY(!findChange(reset, "deployment.queries_per_day"));
}

void TestVariants::changesKeepRegistryOrder()
{
    Variant v;
    v = withChange(v, "refresh.interval_years", 2.0);
    v = withChange(v, "system.service_years", 5.0);
    v = withChange(v, "deployment.precision", std::string("int8"));
    v = withChange(v, "system.service_years", 6.0); // replaces, keeps one
    QCOMPARE(v.changes.size(), std::size_t(3));
    QCOMPARE(v.changes[0].path, std::string("system.service_years"));
    QCOMPARE(std::get<double>(v.changes[0].value), 6.0);
    QCOMPARE(v.changes[1].path, std::string("deployment.precision"));
    QCOMPARE(v.changes[2].path, std::string("refresh.interval_years"));
}

void TestVariants::names()
{
    const VariantDocument document = richDocument();
    QVERIFY(validateVariantName(document, "INT4 on L4s", 0).empty()); // its own name
    QVERIFY(!validateVariantName(document, " int4 ON l4s ", 2).empty());
    QVERIFY(!validateVariantName(document, "", std::nullopt).empty());
    QVERIFY(!validateVariantName(document, "Base\nline", std::nullopt).empty());
    QVERIFY(!validateVariantName(document, std::string(kMaxVariantNameLength + 1, 'x'), std::nullopt).empty());
    QCOMPARE(validateVariantName(document, "BASELINE", std::nullopt).front().jsonPath, std::string("/variants/3/name"));
    QCOMPARE(uniqueVariantName(document, "Unchanged"), std::string("Unchanged (2)"));
    QCOMPARE(uniqueVariantName(document, "New"), std::string("New"));
    // A scenario's long name is cut to fit a column, and made unique.
    NamedScenario other{std::string(100, 'y'), "", document.baseline};
    const Variant v = variantFromScenario(document, other);
    QVERIFY(validateVariantName(document, v.name, std::nullopt).empty());
    QVERIFY(v.changes.empty());
}

void TestVariants::whatChangedHasBothValuesWithUnits()
{
    const VariantDocument document = richDocument();
    const auto rows =
        whatChanged(document.baseline, resolveVariant(document.baseline, document.variants[0]), builtinCatalog());
    QCOMPARE(rows.size(), document.variants[0].changes.size());
    const auto row = [&rows](const std::string &path) {
        return *std::find_if(rows.begin(), rows.end(), [&path](const ChangedParameter &r) { return r.path == path; });
    };
    QVERIFY(row("deployment.queries_per_day").baselineText.ends_with(" queries/day"));
    QVERIFY(row("deployment.queries_per_day").baselineText != row("deployment.queries_per_day").variantText);
    // Read as the form shows them: an enum's label, a catalog entry's name, yes/no.
    QCOMPARE(row("deployment.precision").variantText, std::string("INT4"));
    QCOMPARE(row("deployment.site.hardware").variantText, builtinCatalog().accelerator("nvidia-l4")->name);
    QCOMPARE(row("development.enabled").variantText, std::string("no"));
    // An unset override shows the catalog figure it stands for.
    QVERIFY(row("training.site.pue").variantText.starts_with("catalog ("));
    QVERIFY(whatChanged(document.baseline, document.baseline, builtinCatalog()).empty());
}

void TestVariants::comparisonJsonIsTheDocumentedFormat()
{
    const Comparison comparison = compareDocument(richDocument(), builtinCatalog());
    const auto json = nlohmann::json::parse(comparisonJson(comparison));
    QVERIFY(json["format"] == "ml-impact-explorer/comparison");
    QVERIFY(json["version"] == 1);
    QCOMPARE(json["variants"].size(), std::size_t(3));
    const auto &v = json["variants"][0];
    for (const char *key : {"compute_flop", "energy_kwh", "operational_kgco2e", "embodied_kgco2e", "carbon_kgco2e",
                            "water_l", "ewaste_kg"}) {
        QVERIFY2(v["totals"].contains(key) && v["deltas"].contains(key) && v["bridge"].contains(key), key);
        double sum = 0;
        for (const auto &[cause, value] : v["bridge"][key]["terms"].items())
            sum += value.get<double>();
        const double change = v["deltas"][key].get<double>();
        QVERIFY2(std::fabs(sum - change) <= 1e-9 * std::fabs(v["totals"][key].get<double>()) + 1e-300, key);
    }
    QCOMPARE(v["bridge"]["carbon_kgco2e"]["terms"].size(), std::size_t(kCauseCount));
    QVERIFY(v["changes"][0].contains("baseline_text") && v["changes"][0].contains("cause"));
}

void TestVariants::changeFromBaselineIsWorded()
{
    QCOMPARE(changeFromBaseline(1000, 840, Criterion::Carbon), std::string("-16.0% (-160 kg CO₂e) vs Baseline"));
    QCOMPARE(changeFromBaseline(2e6, 2.5e6, Criterion::Energy), std::string("+25.0% (+500 MWh) vs Baseline"));
    QCOMPARE(changeFromBaseline(0, 3, Criterion::Ewaste), std::string("+3.00 kg vs Baseline"));
    QCOMPARE(changeFromBaseline(7, 7, Criterion::Water), std::string("same as Baseline"));
}

QTEST_GUILESS_MAIN(TestVariants)
#include "tst_variants.moc"
