// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty_command.h"

#include "cli.h"
#include "scenario_io.h"
#include "uncertainty_report.h"

#include <QCommandLineParser>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <variant>

namespace mlimpact::cli {
namespace {

/// Options both commands share: the scenario, --format, --seed, --threads, --range, --uncertain-choice.
void addSamplingOptions(QCommandLineParser &parser, const QString &subcommand, const QString &action)
{
    parser.addHelpOption();
    addScenarioInputOptions(parser, subcommand, action);
    parser.addOption({QStringLiteral("format"), QStringLiteral("Output format: text (default) or json."),
                      QStringLiteral("FORMAT"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the random design (default 1)."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("threads"),
                      QStringLiteral("Worker threads (default: all cores); results do not depend on it."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("range"),
                      QStringLiteral("Narrow or widen an input's range: PATH=LOW:HIGH, optionally :DISTRIBUTION "
                                     "(uniform, log_uniform, triangular, log_triangular); LOW = HIGH holds it "
                                     "(repeatable)."),
                      QStringLiteral("PATH=LOW:HIGH[:DIST]")});
    parser.addOption({QStringLiteral("uncertain-choice"),
                      QStringLiteral("Treat a catalog choice as uncertain (every entry equally likely), e.g. "
                                     "deployment.site.region (repeatable)."),
                      QStringLiteral("PATH")});
}

std::optional<double> parseDouble(const QString &text)
{
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? std::optional(v) : std::nullopt;
}

/// --range and --uncertain-choice as a SamplingSpec; prints the problem and returns nullopt on a bad one.
std::optional<SamplingSpec> samplingSpec(const QCommandLineParser &parser)
{
    SamplingSpec spec;
    for (const QString &value : parser.values(QStringLiteral("range"))) {
        const auto eq = value.indexOf(QLatin1Char('='));
        const QStringList parts = value.mid(eq + 1).split(QLatin1Char(':'));
        const auto low = parts.size() >= 2 ? parseDouble(parts[0]) : std::nullopt;
        const auto high = parts.size() >= 2 ? parseDouble(parts[1]) : std::nullopt;
        std::optional<Distribution> distribution;
        if (parts.size() == 3)
            distribution = findDistribution(parts[2].toStdString());
        if (eq <= 0 || !low || !high || parts.size() > 3 || (parts.size() == 3 && !distribution)) {
            err("error: --range: expected PATH=LOW:HIGH[:uniform|log_uniform|triangular|log_triangular], found \"" +
                value.toStdString() + "\"\n");
            return std::nullopt;
        }
        spec.ranges.push_back({value.left(eq).toStdString(), *low, *high, distribution});
    }
    for (const QString &path : parser.values(QStringLiteral("uncertain-choice")))
        spec.uncertainChoices.push_back(path.toStdString());
    return spec;
}

/// Progress on stderr as progressOnStderr, with --threads.
RunControl progressControl(const QCommandLineParser &parser, const char *what)
{
    return progressOnStderr(parser.value(QStringLiteral("threads")).toInt(), what);
}

struct Common
{
    ScenarioInput input;
    SamplingSpec spec;
    bool json = false;
    std::uint64_t seed = 1;
};

/// Parses what both commands share; an exit code when there is nothing more to do.
std::variant<int, Common> readCommon(QCommandLineParser &parser, const QStringList &args)
{
    if (const auto done = parseArguments(parser, args))
        return *done;
    if (!textOrJsonFormat(parser))
        return BadInput;
    const QString format = parser.value(QStringLiteral("format"));
    bool seedOk = false;
    const qulonglong seed = parser.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk) {
        err("error: --seed: expected a whole number >= 0\n");
        return BadInput;
    }
    auto spec = samplingSpec(parser);
    if (!spec)
        return BadInput;
    auto input = loadScenarioInput(parser, false);
    if (!input)
        return BadInput;
    // The file's section first, then the command line's: a --range on the same path wins.
    SamplingSpec merged = input->uncertainty;
    merged.ranges.insert(merged.ranges.end(), spec->ranges.begin(), spec->ranges.end());
    merged.uncertainChoices.insert(merged.uncertainChoices.end(), spec->uncertainChoices.begin(),
                                   spec->uncertainChoices.end());
    return Common{std::move(*input), std::move(merged), format == QLatin1String("json"), seed};
}

} // namespace

int runUncertaintyCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("How sure are we? Monte Carlo over every input's plausible range (Latin hypercube): the "
                       "5th, 50th and 95th percentile and mean of every total, phase, per-query figure and the "
                       "cumulative timeline. Method: docs/model.md section 15."));
    addSamplingOptions(parser, QStringLiteral("uncertainty"), QStringLiteral("Analyse"));
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Number of samples (default 1000)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("no-timeline"), QStringLiteral("Skip the monthly simulation (faster).")});
    auto common = readCommon(parser, args);
    if (const int *code = std::get_if<int>(&common))
        return *code;
    auto &c = std::get<Common>(common);
    bool ok = false;
    const int samples = parser.value(QStringLiteral("samples")).toInt(&ok);
    if (!ok || samples < 2 || samples > 10'000'000) {
        err("error: --samples: expected a whole number in [2, 10000000]\n");
        return BadInput;
    }
    UncertaintyOptions options;
    options.samples = static_cast<std::size_t>(samples);
    options.seed = c.seed;
    options.timeline = !parser.isSet(QStringLiteral("no-timeline"));
    options.spec = c.spec;
    Diagnostics problems;
    const UncertaintyResult result =
        runUncertainty(c.input.scenario, c.input.catalog, options, progressControl(parser, "samples"), problems);
    for (auto &p : problems)
        p.file = std::string(kCommandLineLabel);
    printDiagnostics(problems, false);
    if (hasErrors(problems))
        return BadInput;
    out(c.json ? uncertaintyJson(c.input.scenario, result) : uncertaintyText(c.input.scenario, result));
    return Ok;
}

int runSensitivityCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Which inputs matter, for which criterion? --method oat (default): each input moved alone to the ends of "
        "its plausible range (a tornado). --method sobol: first-order and total Sobol indices with bootstrap "
        "intervals for the most influential inputs. Method: docs/model.md section 15."));
    addSamplingOptions(parser, QStringLiteral("sensitivity"), QStringLiteral("Analyse"));
    parser.addOption({QStringLiteral("method"), QStringLiteral("oat (default) or sobol."), QStringLiteral("METHOD"),
                      QStringLiteral("oat")});
    parser.addOption({QStringLiteral("samples"), QStringLiteral("Sobol base samples N (default 1000)."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("inputs"), QStringLiteral("Sobol: how many inputs to analyse (default 12)."),
                      QStringLiteral("K"), QStringLiteral("12")});
    parser.addOption({QStringLiteral("top"), QStringLiteral("Text: inputs listed per criterion (default 10)."),
                      QStringLiteral("N"), QStringLiteral("10")});
    auto common = readCommon(parser, args);
    if (const int *code = std::get_if<int>(&common))
        return *code;
    auto &c = std::get<Common>(common);
    const QString method = parser.value(QStringLiteral("method"));
    bool samplesOk = false, inputsOk = false;
    const int samples = parser.value(QStringLiteral("samples")).toInt(&samplesOk);
    const int inputs = parser.value(QStringLiteral("inputs")).toInt(&inputsOk);
    const int top = std::max(1, parser.value(QStringLiteral("top")).toInt());
    if (method != QLatin1String("oat") && method != QLatin1String("sobol")) {
        err("error: --method: expected oat or sobol, found \"" + method.toStdString() + "\"\n");
        return BadInput;
    }
    if (!samplesOk || samples < 2 || !inputsOk || inputs < 1) {
        err("error: --samples and --inputs: expected whole numbers (samples >= 2, inputs >= 1)\n");
        return BadInput;
    }
    Diagnostics problems;
    const RunControl control = progressControl(parser, "model runs");
    std::string text;
    if (method == QLatin1String("oat")) {
        const Tornado t = oneAtATime(c.input.scenario, c.input.catalog, c.spec, control, problems);
        text = c.json ? tornadoJson(c.input.scenario, t) : tornadoText(c.input.scenario, t, top);
    } else {
        SensitivityOptions options;
        options.sobol.baseSamples = static_cast<std::size_t>(samples);
        options.sobol.seed = c.seed;
        options.maxInputs = static_cast<std::size_t>(inputs);
        options.spec = c.spec;
        const SobolResult r = sobolSensitivity(c.input.scenario, c.input.catalog, options, control, problems);
        text = c.json ? sobolJson(c.input.scenario, r, options.sobol) : sobolText(c.input.scenario, r, top);
    }
    for (auto &p : problems)
        p.file = std::string(kCommandLineLabel);
    printDiagnostics(problems, false);
    if (hasErrors(problems))
        return BadInput;
    out(text);
    return Ok;
}

RunControl progressOnStderr(int threads, const char *what)
{
    RunControl control;
    control.threads = threads;
    const auto start = std::chrono::steady_clock::now();
    auto last = std::make_shared<int>(-1);
    control.progress = [start, last, what](std::size_t done, std::size_t total) {
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const int tenth = static_cast<int>(10 * done / std::max<std::size_t>(1, total));
        if (seconds < 1.0 || tenth == *last)
            return;
        *last = tenth;
        std::fprintf(stderr, "%s %zu/%zu\n", what, done, total);
        std::fflush(stderr);
    };
    return control;
}

} // namespace mlimpact::cli
