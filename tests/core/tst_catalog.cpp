// Tests for the catalogs: the built-in data is complete and sourced; user
// files add and override entries; malformed catalog files give located messages.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"
#include "embedded_data.h"
#include "text_translation.h"

#include <QTest>

#include <nlohmann/json.hpp>

using namespace mlimpact;

class TestCatalog : public QObject
{
    Q_OBJECT
private slots:
    void builtinLoadsWithoutWarnings();
    void builtinHasEnoughEntries();
    void everyNumberHasASource();
    void knownValuesMatchReferenceData();
    void userFileOverridesAndAdds();
    void malformedCatalog_data();
    void malformedCatalog();
    void missingUserFile();
    void namesFollowTheInstalledLanguage();
};

void TestCatalog::builtinLoadsWithoutWarnings()
{
    Catalog c;
    Diagnostics d;
    for (const auto &file : data::embeddedFiles()) {
        if (file.path.starts_with("catalog/"))
            c.addFromJson(file.text, std::string(file.path), d);
    }
    for (const auto &diag : d)
        qWarning("%s", diag.toString().c_str());
    QVERIFY(d.empty());
}

void TestCatalog::builtinHasEnoughEntries()
{
    const Catalog &c = builtinCatalog();
    QVERIFY(c.accelerators().size() >= 12);
    QVERIFY(c.edgeDevices().size() >= 6);
    QVERIFY(c.gridRegions().size() >= 20);
    QVERIFY(c.datacenterTypes().size() >= 3);
    for (const char *id :
         {"nvidia-p100-pcie", "nvidia-v100-sxm2", "nvidia-a100-40gb-pcie", "nvidia-a100-80gb-sxm4", "nvidia-h100-sxm",
          "nvidia-t4", "nvidia-l4", "google-tpu-v2", "google-tpu-v3", "google-tpu-v4", "cpu-server-dual-socket"})
        QVERIFY2(c.accelerator(id), id);
    for (const char *id : {"smartphone-generic", "nvidia-jetson-nano", "nvidia-jetson-orin-nano-8gb", "raspberry-pi-4",
                           "mcu-sensor-node", "laptop-generic"})
        QVERIFY2(c.edgeDevice(id), id);
    for (const char *id : {"hyperscale", "cloud-average", "on-premises"})
        QVERIFY2(c.datacenterType(id), id);
}

void TestCatalog::everyNumberHasASource()
{
    // The loader warns about a number without a source; here we also check the
    // citations are real text, not placeholders.
    const Catalog &c = builtinCatalog();
    auto check = [](const CatalogEntryBase &e) {
        QVERIFY2(!e.sources.empty(), e.id.c_str());
        for (const auto &[field, citation] : e.sources)
            QVERIFY2(citation.size() >= 8, (e.id + "/" + field).c_str());
    };
    for (const auto &e : c.accelerators())
        check(e);
    for (const auto &e : c.edgeDevices())
        check(e);
    for (const auto &e : c.gridRegions())
        check(e);
    for (const auto &e : c.datacenterTypes())
        check(e);
}

void TestCatalog::knownValuesMatchReferenceData()
{
    const Catalog &c = builtinCatalog();
    // Patterson et al. 2021, Table 4: V100 TDP 300 W, 125 TFLOPS FP16; TPU v2 46 TFLOPS.
    QCOMPARE(c.accelerator("nvidia-v100-sxm2")->tdp_w, 300.0);
    QCOMPARE(*c.accelerator("nvidia-v100-sxm2")->peak_tflops[static_cast<int>(Precision::Fp16)], 125.0);
    QCOMPARE(*c.accelerator("google-tpu-v2")->peak_tflops[static_cast<int>(Precision::Fp16)], 46.0);
    // Uptime Institute Global Data Center Survey 2024: global average PUE 1.56.
    QCOMPARE(c.datacenterType("global-average")->pue, 1.56);
    // Li et al. (Making AI Less Thirsty), Table 1: US average EWIF 3.142 L/kWh.
    QCOMPARE(*c.gridRegion("us-average")->ewif_l_per_kwh, 3.142);
    QVERIFY(!c.accelerator("nvidia-h100-sxm")->sourceOf("tdp_w").empty());
}

void TestCatalog::userFileOverridesAndAdds()
{
    Catalog c = builtinCatalog();
    const auto before = c.gridRegions().size();
    Diagnostics d;
    c.addFromJson(R"json({"format": "ml-impact-explorer/catalog", "version": 1,
        "grid_regions": [
          {"id": "france", "name": "France (our utility)", "country": "FR", "data_year": 2024,
           "intensity_g_per_kwh": 30, "ewif_l_per_kwh": 3.5,
           "sources": {"intensity_g_per_kwh": "our utility bill 2024", "ewif_l_per_kwh": "EcoLogits 2025",
                       "data_year": "our utility bill 2024"}},
          {"id": "my-site", "name": "My site", "data_year": 2025, "intensity_g_per_kwh": 12,
           "sources": {"intensity_g_per_kwh": "on-site PPA contract", "data_year": "contract year"}}
        ]})json",
                  "user.json", d);
    QVERIFY(!hasErrors(d));
    QCOMPARE(c.gridRegions().size(), before + 1);
    QCOMPARE(c.gridRegion("france")->intensity_g_per_kwh, 30.0);
    QCOMPARE(c.gridRegion("france")->origin, std::string("user.json"));
    QVERIFY(c.gridRegion("my-site"));
    QVERIFY(!c.gridRegion("my-site")->ewif_l_per_kwh);
    // The built-in catalog itself is untouched.
    QVERIFY(builtinCatalog().gridRegion("france")->intensity_g_per_kwh != 30.0);
}

void TestCatalog::malformedCatalog_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax") << R"json({"format": )json"
                            << ""
                            << "not valid JSON";
    QTest::newRow("wrong format") << R"json({"format": "something/else", "version": 1})json"
                                  << "/format"
                                  << "expected \"ml-impact-explorer/catalog\"";
    QTest::newRow("section not array")
        << R"json({"format": "ml-impact-explorer/catalog", "version": 1, "grid_regions": {}})json"
        << "/grid_regions"
        << "expected an array of entries";
    QTest::newRow("missing intensity")
        << R"json({"format": "ml-impact-explorer/catalog", "version": 1, "grid_regions": [{"id": "x", "name": "X", "data_year": 2020}]})json"
        << "/grid_regions/0/intensity_g_per_kwh"
        << "missing: expected a number";
    QTest::newRow("pue below one")
        << R"json({"format": "ml-impact-explorer/catalog", "version": 1, "datacenter_types": [{"id": "x", "name": "X", "pue": 0.9, "wue_l_per_kwh": 0}]})json"
        << "/datacenter_types/0/pue"
        << "out of range";
    QTest::newRow("bad class")
        << R"json({"format": "ml-impact-explorer/catalog", "version": 1, "edge_devices": [{"id": "x", "name": "X", "class": "toaster", "lifetime_years": 3}]})json"
        << "/edge_devices/0/class"
        << "unknown device class";
    // A near-zero annual mean would scale the winter profile to infinite factors.
    const QString tiny = QStringLiteral("[1e-300") + QStringLiteral(", 0").repeated(23) + QLatin1Char(']');
    const QString winter = QStringLiteral("[5000") + QStringLiteral(", 5000").repeated(23) + QLatin1Char(']');
    QTest::newRow("profile mean near zero")
        << QStringLiteral(R"json({"format": "ml-impact-explorer/catalog", "version": 1, "grid_regions": [{"id": "x",
           "name": "X", "data_year": 2020, "intensity_g_per_kwh": 1e-9, "hourly_profile": {"annual": %1,
           "winter": %2}}]})json")
               .arg(tiny, winter)
        << "/grid_regions/0/hourly_profile/annual"
        << "mean is at least 0.01";
}

void TestCatalog::malformedCatalog()
{
    QFETCH(QString, json);
    QFETCH(QString, pointer);
    QFETCH(QString, message);
    Catalog c;
    Diagnostics d;
    c.addFromJson(json.toStdString(), "bad.json", d);
    QVERIFY(hasErrors(d));
    bool found = false;
    for (const auto &diag : d) {
        if (diag.file == "bad.json" && diag.jsonPath == pointer.toStdString() &&
            diag.message.find(message.toStdString()) != std::string::npos)
            found = true;
    }
    if (!found) {
        for (const auto &diag : d)
            qWarning("%s", diag.toString().c_str());
    }
    QVERIFY(found);
}

void TestCatalog::missingUserFile()
{
    Diagnostics d;
    const Catalog c = catalogWithUserFiles({"/nonexistent/catalog.json"}, d);
    QVERIFY(hasErrors(d));
    QCOMPARE(d.front().file, std::string("/nonexistent/catalog.json"));
    QCOMPARE(c.accelerators().size(), builtinCatalog().accelerators().size());
}

namespace {

std::string germanRegion(const char *context, const char *text)
{
    return std::string_view(context) == "mlimpact" && std::string_view(text) == "Germany" ? "Deutschland" : text;
}

} // namespace

void TestCatalog::namesFollowTheInstalledLanguage()
{
    Catalog c = builtinCatalog();
    setTextTranslator(&germanRegion);
    c.translateNames();
    setTextTranslator(nullptr);
    QCOMPARE(c.gridRegion("germany")->name, std::string("Deutschland"));
    QCOMPARE(c.nameOf(CatalogSection::GridRegions, "germany"), std::string("Deutschland"));
    // Names the translation lacks, and every id, stay as the files write them.
    QCOMPARE(c.gridRegion("france")->name, builtinCatalog().gridRegion("france")->name);
    QCOMPARE(c.ids(CatalogSection::GridRegions), builtinCatalog().ids(CatalogSection::GridRegions));
    // Without a translator (the CLI) the built-in catalog keeps the files' English.
    QCOMPARE(builtinCatalog().gridRegion("germany")->name, std::string("Germany"));
}

QTEST_APPLESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
