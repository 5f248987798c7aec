// Tests for scenario files: presets load, saving round-trips exactly and is
// atomic, and every malformed file in the corpus gives its located message.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "file_io.h"
#include "json_reader.h"
#include "parameter_registry.h"
#include "sampling.h"
#include "scenario_io.h"
#include "test_support.h"
#include "variants_io.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <set>
#include <unistd.h>

using namespace mlimpact;

namespace {

/// Every problem as "file: /path: error: message", one a line (what the CLI and GUI show).
std::string text(const Diagnostics &diagnostics)
{
    std::string out;
    for (const auto &d : diagnostics)
        out += d.toString() + "\n";
    return out;
}

} // namespace

class TestScenarioIo : public QObject
{
    Q_OBJECT
private slots:
    void presetsLoadCleanly_data();
    void presetsLoadCleanly();
    void roundTripIsExact_data();
    void roundTripIsExact();
    void defaultScenarioRoundTrips();
    void uncertaintySectionRoundTrips();
    void unknownKeysWarn();
    void missingKeysAreNoted();
    void malformedCorpus_data();
    void malformedCorpus();
    void allProblemsInOnePass();
    void saveIsAtomicAndReportsFailure();
    void saveOnFullDiskKeepsTheFile();
    void fileSetIsWrittenAllOrNone();
    void hugeNumberIsLocated();
    void echoedTextIsShortAndPrintable();
    void refreshIntervalBelowAMonthIsRefused();
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
    QVERIFY(saveScenarioFile(path, s).empty());
    s.system.name = "second";
    QVERIFY(saveScenarioFile(path, s).empty());
    Diagnostics d;
    QCOMPARE(loadScenarioFile(path, builtinCatalog(), d)->system.name, std::string("second"));
    // No temporary files left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

    // A read-only folder: the save fails with a reason and the old file stays intact.
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    s.system.name = "third";
    const Diagnostics r = saveScenarioFile(path, s);
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (::geteuid() != 0) { // root ignores permissions
        QVERIFY(!r.empty());
        QVERIFY(text(r).find(path) != std::string::npos);
    }
    const Diagnostics missing = saveScenarioFile("/nonexistent-dir/x.json", s);
    QVERIFY(!missing.empty());
    QVERIFY(text(missing).find("/nonexistent-dir/x.json") != std::string::npos);
    QCOMPARE(loadScenarioFile(path, builtinCatalog(), d)->system.name, std::string(r.empty() ? "third" : "second"));
}

void TestScenarioIo::saveOnFullDiskKeepsTheFile()
{
    test::SmallFileSystem fs;
    if (!fs.isMounted())
        QSKIP(fs.skipReason().constData());
    const std::string path = fs.filePath(QStringLiteral("s.json")).toStdString();
    Scenario s;
    QVERIFY(saveScenarioFile(path, s).empty());
    const QString before = test::readFile(QString::fromStdString(path));
    QVERIFY(before.size() > 1000);
    QVERIFY(fs.fill());
    s.system.name = "edited on a full disk";
    const Diagnostics r = saveScenarioFile(path, s);
    QVERIFY(!r.empty());
    QVERIFY2(text(r).find("No space left on device") != std::string::npos, text(r).c_str());
    QVERIFY(text(r).find(path) != std::string::npos);
    QCOMPARE(test::readFile(QString::fromStdString(path)), before);
    // Nothing but the document and the filler is left behind.
    QCOMPARE(QDir(fs.path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestScenarioIo::fileSetIsWrittenAllOrNone()
{
    test::SmallFileSystem fs(64);
    if (!fs.isMounted())
        QSKIP(fs.skipReason().constData());
    const std::string folder = fs.filePath(QStringLiteral("charts")).toStdString();
    QVERIFY(writeFilesAtomically(folder, {{"a.svg", "old a"}, {"b.svg", "old b"}}).empty());
    // Ten new files of 8 KiB do not fit in what is left: none may replace an old one.
    std::vector<NamedContents> bigger;
    for (char c = 'a'; c < 'k'; ++c)
        bigger.push_back({std::string(1, c) + ".svg", std::string(8192, c)});
    const Diagnostics full = writeFilesAtomically(folder, bigger);
    QVERIFY(!full.empty());
    QVERIFY2(text(full).find("No space left on device") != std::string::npos, text(full).c_str());
    QDir dir(QString::fromStdString(folder));
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden),
             (QStringList{QStringLiteral("a.svg"), QStringLiteral("b.svg")}));
    QCOMPARE(dir.entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QCOMPARE(test::readFile(dir.filePath(QStringLiteral("a.svg"))), QStringLiteral("old a"));
    // A new folder that cannot be filled is not made at all, nor are its missing parents.
    const Diagnostics fresh = writeFilesAtomically(fs.filePath(QStringLiteral("new/sub")).toStdString(), bigger);
    QVERIFY(!fresh.empty());
    QVERIFY(!QFileInfo::exists(fs.filePath(QStringLiteral("new"))));
    // When everything fits, every file is replaced and no staging folder is left.
    QVERIFY(writeFilesAtomically(folder, {{"a.svg", "new a"}, {"c.svg", "new c"}}).empty());
    QCOMPARE(test::readFile(dir.filePath(QStringLiteral("a.svg"))), QStringLiteral("new a"));
    QCOMPARE(dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 3);
}

void TestScenarioIo::hugeNumberIsLocated()
{
    Diagnostics d;
    QVERIFY(!loadScenarioFromText("{\"format_version\": 1,\n \"training\": {\"retrains_per_year\": 1e400}}", "big.json",
                                  builtinCatalog(), d));
    QCOMPARE(d.size(), std::size_t(1));
    QCOMPARE(d.front().jsonPath, std::string("/training/retrains_per_year"));
    QVERIFY2(d.front().message.find("line 2, column 36") != std::string::npos, d.front().message.c_str());
    QVERIFY(d.front().message.find("1e400") != std::string::npos);
}

void TestScenarioIo::echoedTextIsShortAndPrintable()
{
    // A million digits are echoed as an excerpt, with their length.
    const std::string digits(1'000'000, '9');
    Diagnostics d;
    QVERIFY(!loadScenarioFromText("{\"format_version\": 1, \"system\": {\"service_years\": " + digits + "}}",
                                  "long.json", builtinCatalog(), d));
    QCOMPARE(d.size(), std::size_t(1));
    QVERIFY2(d.front().message.size() < 300, d.front().message.substr(0, 300).c_str());
    QCOMPARE(d.front().jsonPath, std::string("/system/service_years"));
    QVERIFY(d.front().message.find("1000000 bytes") != std::string::npos);
    // Invalid UTF-8 is shown as \xNN, never passed on raw.
    d.clear();
    QVERIFY(!loadScenarioFromText("{\"format_version\": 1, \"system\": {\"name\": \"caf\xff\xfe\"}}", "bytes.json",
                                  builtinCatalog(), d));
    QVERIFY(!d.empty());
    QVERIFY2(d.front().message.find("\\xFF") != std::string::npos, d.front().message.c_str());
    for (unsigned char c : d.front().message)
        QVERIFY(c < 0x80);
    QCOMPARE(printableExcerpt("caf\xc3\xa9"), std::string("caf\xc3\xa9")); // valid UTF-8 stays as it is
    QCOMPARE(printableExcerpt("a\x01"
                              "b"),
             std::string("a\\x01b"));
}

void TestScenarioIo::refreshIntervalBelowAMonthIsRefused()
{
    for (const char *interval : {"1e-300", "0.05"}) {
        Diagnostics d;
        QVERIFY(!loadScenarioFromText(std::string("{\"format_version\": 1, \"refresh\": {\"interval_years\": ") +
                                          interval + "}}",
                                      "refresh.json", builtinCatalog(), d));
        QVERIFY(hasErrors(d));
        QCOMPARE(d.back().jsonPath, std::string("/refresh/interval_years"));
    }
    Diagnostics d;
    QVERIFY(loadScenarioFromText(R"({"format_version": 1, "refresh": {"interval_years": 0.0834}})", "month.json",
                                 builtinCatalog(), d));
}

void TestScenarioIo::overrides()
{
    Scenario s;
    QCOMPARE(applyOverride(s, "deployment.queries_per_day=2e6", builtinCatalog()), Diagnostics());
    QCOMPARE(s.deployment.queries_per_day, 2e6);
    QCOMPARE(applyOverride(s, "training.site.hardware=nvidia-v100-sxm2", builtinCatalog()), Diagnostics());
    QCOMPARE(applyOverride(s, "training.site.pue=1.3", builtinCatalog()), Diagnostics());
    QCOMPARE(*s.training.site.pue, 1.3);
    QCOMPARE(applyOverride(s, "training.site.pue=catalog", builtinCatalog()), Diagnostics());
    QVERIFY(!s.training.site.pue);
    QVERIFY(text(applyOverride(s, "deployment.queries_per_day=-1", builtinCatalog())).find("out of range") !=
            std::string::npos);
    QVERIFY(text(applyOverride(s, "no.such=1", builtinCatalog())).find("unknown parameter") != std::string::npos);
    QVERIFY(text(applyOverride(s, "training.site.region=mars", builtinCatalog())).find("unknown grid_regions id") !=
            std::string::npos);
    QVERIFY(text(applyOverride(s, "novalue", builtinCatalog())).find("expected path=value") != std::string::npos);
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

void TestScenarioIo::uncertaintySectionRoundTrips()
{
    // A file's ranges and uncertain choices load, are what the sampling uses, and survive a save
    // (with and without variants) unchanged.
    for (const bool withVariants : {false, true}) {
        const std::string text =
            std::string(R"({"format_version": )") + (withVariants ? "2" : "1") +
            R"(, "uncertainty": {"uncertain_choices": ["deployment.site.region"], "ranges": {
                 "deployment.queries_per_day": {"low": 2e6, "high": 3e6, "distribution": "log_uniform"},
                 "system.service_years": {"high": 5, "low": 2}}})" +
            (withVariants ? R"(, "variants": [{"name": "More", "changes": {"deployment.queries_per_day": 4e6}}]})"
                          : "}");
        Diagnostics d;
        const auto doc = loadDocumentFromText(text, "u.json", builtinCatalog(), d);
        QVERIFY2(doc, d.empty() ? "" : d.front().toString().c_str());
        QCOMPARE(doc->uncertainty.ranges.size(), std::size_t{2});
        QCOMPARE(doc->uncertainty.uncertainChoices, std::vector<std::string>{"deployment.site.region"});
        QCOMPARE(doc->variants.size(), withVariants ? std::size_t{1} : std::size_t{0});
        Diagnostics problems;
        const auto inputs = uncertainInputs(doc->baseline, builtinCatalog(), doc->uncertainty, problems);
        QVERIFY(problems.empty());
        const auto queries = std::find_if(inputs.begin(), inputs.end(), [](const UncertainInput &in) {
            return in.parameter->path == "deployment.queries_per_day";
        });
        QVERIFY(queries != inputs.end());
        QCOMPARE(queries->low, 2e6);
        QCOMPARE(queries->high, 3e6);
        QVERIFY(queries->distribution == Distribution::LogUniform);
        const std::string saved = documentToJsonText(*doc);
        QVERIFY(saved.find("\"uncertainty\"") != std::string::npos);
        Diagnostics again;
        const auto reloaded = loadDocumentFromText(saved, "u.json", builtinCatalog(), again);
        QVERIFY(reloaded);
        QVERIFY(*reloaded == *doc);
        QCOMPARE(documentToJsonText(*reloaded), saved);
    }
}

QTEST_APPLESS_MAIN(TestScenarioIo)
#include "tst_scenario_io.moc"
