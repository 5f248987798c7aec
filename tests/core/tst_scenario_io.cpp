// Tests for scenario files: presets load, saving round-trips exactly and is
// atomic, and every malformed file in the corpus gives its located message.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "parameter_registry.h"
#include "scenario_io.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <set>
#include <unistd.h>

using namespace mlimpact;

class TestScenarioIo : public QObject
{
    Q_OBJECT
private slots:
    void presetsLoadCleanly_data();
    void presetsLoadCleanly();
    void roundTripIsExact_data();
    void roundTripIsExact();
    void defaultScenarioRoundTrips();
    void unknownKeysWarn();
    void missingKeysAreNoted();
    void malformedCorpus_data();
    void malformedCorpus();
    void allProblemsInOnePass();
    void saveIsAtomicAndReportsFailure();
    void overrides();
    void documentedExampleIsValid();
};

void TestScenarioIo::presetsLoadCleanly_data()
{
    QTest::addColumn<QString>("id");
    for (const auto &id : presetIds())
        QTest::newRow(id.c_str()) << QString::fromStdString(id);
    QVERIFY(presetIds().size() >= 4);
}

void TestScenarioIo::presetsLoadCleanly()
{
    QFETCH(QString, id);
    Diagnostics d;
    const auto s = loadPreset(id.toStdString(), builtinCatalog(), d);
    for (const auto &diag : d) {
        if (diag.severity != Severity::Note)
            qWarning("%s", diag.toString().c_str());
        QVERIFY(diag.severity == Severity::Note);
    }
    QVERIFY(s.has_value());
    QVERIFY(!s->system.name.empty());
    QVERIFY(s->system.description.size() > 40);
}

void TestScenarioIo::roundTripIsExact_data()
{
    presetsLoadCleanly_data();
}

void TestScenarioIo::roundTripIsExact()
{
    QFETCH(QString, id);
    Diagnostics d;
    const auto original = loadPreset(id.toStdString(), builtinCatalog(), d);
    QVERIFY(original);
    const std::string text = scenarioToJsonText(*original);
    Diagnostics d2;
    const auto reloaded = loadScenarioFromText(text, "saved.json", builtinCatalog(), d2);
    QVERIFY(reloaded);
    QVERIFY(*reloaded == *original);
    QVERIFY(d2.empty()); // a saved file is complete: no defaults, no warnings
    QCOMPARE(scenarioToJsonText(*reloaded), text);
}

void TestScenarioIo::defaultScenarioRoundTrips()
{
    Scenario s;
    s.training.site.pue = 1.23456789012345;
    s.training.workload.total_flop = 3.14e23;
    s.system.description = "quotes \" and unicode CO₂ and\nnewlines";
    Diagnostics d;
    const auto r = loadScenarioFromText(scenarioToJsonText(s), "x.json", builtinCatalog(), d);
    QVERIFY(r);
    QVERIFY(*r == s);
}

void TestScenarioIo::unknownKeysWarn()
{
    Diagnostics d;
    const auto s = loadScenarioFromText(
        R"json({"format_version": 1, "deployment": {"queries_per_dya": 5, "site": {"colour": "red"}}, "extra": true})json",
        "typo.json", builtinCatalog(), d);
    QVERIFY(s); // warnings do not stop loading
    std::set<std::string> warned;
    for (const auto &diag : d) {
        if (diag.severity == Severity::Warning)
            warned.insert(diag.jsonPath);
    }
    QCOMPARE(warned, (std::set<std::string>{"/deployment/queries_per_dya", "/deployment/site/colour", "/extra"}));
}

void TestScenarioIo::missingKeysAreNoted()
{
    Diagnostics d;
    const auto s = loadScenarioFromText(R"json({"format_version": 1, "system": {"service_years": 5}})json",
                                        "short.json", builtinCatalog(), d);
    QVERIFY(s);
    QCOMPARE(s->system.service_years, 5.0);
    QCOMPARE(d.size(), std::size_t(1));
    QCOMPARE(d.front().severity, Severity::Note);
    QVERIFY(d.front().message.find("deployment.queries_per_day") != std::string::npos);
}

void TestScenarioIo::malformedCorpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<QString>("contains");
    const QJsonArray cases =
        QJsonDocument::fromJson(
            test::readFile(test::sourcePath(QStringLiteral("tests/data/malformed/expectations.json"))).toUtf8())
            .array();
    QVERIFY(cases.size() >= 15);
    int row = 0;
    for (const auto &c : cases) {
        const QJsonObject o = c.toObject();
        QTest::addRow("%d %s", row++, qPrintable(o[QStringLiteral("file")].toString()))
            << o[QStringLiteral("file")].toString() << o[QStringLiteral("pointer")].toString()
            << o[QStringLiteral("contains")].toString();
    }
}

void TestScenarioIo::malformedCorpus()
{
    QFETCH(QString, file);
    QFETCH(QString, pointer);
    QFETCH(QString, contains);
    const std::string path = test::sourcePath(QStringLiteral("tests/data/malformed/") + file).toStdString();
    Diagnostics d;
    const auto s = loadScenarioFile(path, builtinCatalog(), d);
    QVERIFY(!s);
    bool found = false;
    for (const auto &diag : d) {
        if (diag.severity == Severity::Error && diag.file == path && diag.jsonPath == pointer.toStdString() &&
            diag.message.find(contains.toStdString()) != std::string::npos)
            found = true;
    }
    if (!found) {
        for (const auto &diag : d)
            qWarning("got: %s", diag.toString().c_str());
    }
    QVERIFY(found);
}

void TestScenarioIo::allProblemsInOnePass()
{
    Diagnostics d;
    const auto s = loadScenarioFromText(
        R"json({"format_version": 1, "system": {"service_years": "3"}, "deployment": {"mfu": 7, "site": {"region": "x"}},
            "edge": {"enabled": 1}})json",
        "many.json", builtinCatalog(), d);
    QVERIFY(!s);
    int errors = 0;
    for (const auto &diag : d)
        errors += diag.severity == Severity::Error;
    QCOMPARE(errors, 4);
}

void TestScenarioIo::saveIsAtomicAndReportsFailure()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("s.json")).toStdString();
    Scenario s;
    s.system.name = "first";
    QVERIFY(saveScenarioFile(path, s).ok);
    s.system.name = "second";
    QVERIFY(saveScenarioFile(path, s).ok);
    Diagnostics d;
    QCOMPARE(loadScenarioFile(path, builtinCatalog(), d)->system.name, std::string("second"));
    // No temporary files left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

    // A read-only folder: the save fails with a reason and the old file stays intact.
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    s.system.name = "third";
    const IoResult r = saveScenarioFile(path, s);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (::geteuid() != 0) { // root ignores permissions
        QVERIFY(!r.ok);
        QVERIFY(r.error.find(path) != std::string::npos);
    }
    const IoResult missing = saveScenarioFile("/nonexistent-dir/x.json", s);
    QVERIFY(!missing.ok);
    QVERIFY(missing.error.find("/nonexistent-dir/x.json") != std::string::npos);
    QCOMPARE(loadScenarioFile(path, builtinCatalog(), d)->system.name, std::string(r.ok ? "third" : "second"));
}

void TestScenarioIo::overrides()
{
    Scenario s;
    QCOMPARE(applyOverride(s, "deployment.queries_per_day=2e6", builtinCatalog()), std::string());
    QCOMPARE(s.deployment.queries_per_day, 2e6);
    QCOMPARE(applyOverride(s, "training.site.hardware=nvidia-v100-sxm2", builtinCatalog()), std::string());
    QCOMPARE(applyOverride(s, "training.site.pue=1.3", builtinCatalog()), std::string());
    QCOMPARE(*s.training.site.pue, 1.3);
    QCOMPARE(applyOverride(s, "training.site.pue=catalog", builtinCatalog()), std::string());
    QVERIFY(!s.training.site.pue);
    QVERIFY(applyOverride(s, "deployment.queries_per_day=-1", builtinCatalog()).find("out of range") !=
            std::string::npos);
    QVERIFY(applyOverride(s, "no.such=1", builtinCatalog()).find("unknown parameter") != std::string::npos);
    QVERIFY(applyOverride(s, "training.site.region=mars", builtinCatalog()).find("unknown grid_regions id") !=
            std::string::npos);
    QVERIFY(applyOverride(s, "novalue", builtinCatalog()).find("expected path=value") != std::string::npos);
}

void TestScenarioIo::documentedExampleIsValid()
{
    // docs/scenario-format.md's complete example must load, complete and unchanged.
    const QString doc = test::readFile(test::sourcePath(QStringLiteral("docs/scenario-format.md")));
    const qsizetype start = doc.indexOf(QStringLiteral("```json\n{\n  \"format_version\""));
    QVERIFY(start >= 0);
    const qsizetype from = start + 8;
    const QString example = doc.mid(from, doc.indexOf(QStringLiteral("```"), from) - from);
    Diagnostics d;
    const auto s = loadScenarioFromText(example.toStdString(), "docs/scenario-format.md", builtinCatalog(), d);
    QVERIFY(s);
    QVERIFY(d.empty());
    QCOMPARE(scenarioToJsonText(*s), example.toStdString());
}

QTEST_APPLESS_MAIN(TestScenarioIo)
#include "tst_scenario_io.moc"
