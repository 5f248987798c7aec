// SPDX-License-Identifier: GPL-3.0-or-later
#include "lesson.h"

#include "evaluate.h"
#include "scenario_io.h"
#include "variants_io.h"

#include <algorithm>
#include <cctype>

namespace mlimpact {

namespace {

std::string stepPointer(std::size_t index)
{
    return "/steps/" + std::to_string(index);
}

/// A message of validateVariant about the lesson's one-variant document, re-pointed into the lesson.
Diagnostic repoint(const Diagnostic &problem, const Lesson &lesson, const std::string &pointer)
{
    const std::string prefix = "/variants/0";
    std::string rest = problem.jsonPath.starts_with(prefix) ? problem.jsonPath.substr(prefix.size()) : std::string();
    std::string message = problem.message;
    const auto quote = message.find("\": ");
    if (message.starts_with("variant \"") && quote != std::string::npos)
        message = message.substr(quote + 3); // the lesson's own pointer says where
    return {problem.severity, lesson.file, pointer + rest, message};
}

} // namespace

std::vector<LessonPage> lessonPages(const Lesson &lesson)
{
    std::vector<LessonPage> pages;
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        if (lesson.steps[i].question)
            pages.push_back({i, true});
        pages.push_back({i, false});
    }
    return pages;
}

std::optional<VariantDocument> lessonBaseDocument(const Lesson &lesson, const Catalog &catalog,
                                                  Diagnostics &diagnostics)
{
    Diagnostics problems;
    std::optional<VariantDocument> document;
    if (!lesson.comparison.empty())
        document = loadComparisonPreset(lesson.comparison, catalog, problems);
    else if (auto scenario = loadPreset(lesson.preset, catalog, problems))
        document = VariantDocument{std::move(*scenario), {}};
    for (auto &problem : problems) {
        if (problem.severity == Severity::Note)
            continue; // the built-in file's own notes (defaults taken) are not the lesson's

        // An unknown id is the lesson's mistake: say where it is.
        if (problem.file == lesson.comparison || problem.file == lesson.preset) {
            problem.file = lesson.file;
            problem.jsonPath = lesson.comparison.empty() ? "/preset" : "/comparison";
        }
        diagnostics.push_back(std::move(problem));
    }
    return document;
}

std::optional<Scenario> resolveLessonScenario(const Lesson &lesson, const VariantDocument &base,
                                              const LessonScenarioRef &ref, const std::string &pointer,
                                              const Catalog &catalog, Diagnostics &diagnostics)
{
    Variant variant{"Lesson step", {}, {}};
    if (!ref.variant.empty()) {
        const auto it = std::find_if(base.variants.begin(), base.variants.end(),
                                     [&ref](const Variant &v) { return v.name == ref.variant; });
        if (it == base.variants.end()) {
            std::string names;
            for (const auto &v : base.variants)
                names += (names.empty() ? "\"" : ", \"") + v.name + "\"";
            diagnostics.push_back({Severity::Error, lesson.file, pointer + "/variant",
                                   "no variant \"" + ref.variant + "\" in the base document; expected one of: " +
                                       (names.empty() ? std::string("(it has none)") : names)});
            return std::nullopt;
        }
        variant = *it;
    }
    for (const auto &change : ref.changes)
        variant = withChange(std::move(variant), change.path, change.value);
    // The same checks as a variant in a scenario file: values, ranges, catalog ids, consistency.
    const VariantDocument single{base.baseline, {variant}};
    bool ok = true;
    for (const auto &problem : validateVariant(single, 0, catalog)) {
        diagnostics.push_back(repoint(problem, lesson, pointer));
        ok = ok && problem.severity != Severity::Error;
    }
    if (!ok)
        return std::nullopt;
    return resolveVariant(base.baseline, variant);
}

AnalysisRequest stepAnalysisRequest(const LessonStep &step, std::size_t index, const Lesson &lesson,
                                    const Catalog &catalog, const Results &results, Diagnostics &diagnostics)
{
    AnalysisRequest request;
    request.parts = AnalysisParts::None;
    for (const auto &id : step.charts)
        if (const auto *d = findChartDescriptor(id))
            request.parts = request.parts | d->needs;
    const auto point = [&](Diagnostics problems, const std::string &key) {
        for (auto &p : problems)
            diagnostics.push_back({p.severity, lesson.file, stepPointer(index) + "/" + key, p.message});
    };
    if (!step.triad.empty())
        point(chooseTriad(step.triad, catalog, request), "triad");
    if (!step.breakEven.empty())
        point(chooseBreakEven(step.breakEven, results, request), "break_even");
    return request;
}

std::optional<QuestionOutcome> checkQuestion(const Lesson &lesson, std::size_t stepIndex, const VariantDocument &base,
                                             const Catalog &catalog, Diagnostics &diagnostics)
{
    const LessonQuestion &q = *lesson.steps.at(stepIndex).question;
    const std::string pointer = stepPointer(stepIndex) + "/question";
    QuestionOutcome out;
    AnalysisRequest none;
    none.parts = AnalysisParts::None; // headlines only
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
        const auto scenario = resolveLessonScenario(lesson, base, q.choices[i].scenario,
                                                    pointer + "/choices/" + std::to_string(i), catalog, diagnostics);
        if (!scenario)
            return std::nullopt;
        const Results results = evaluate(*scenario, catalog);
        const Insights insights = computeInsights(catalog, results, computeAnalyses(*scenario, catalog, results, none));
        const HeadlineFigure *figure = insights.headline(q.measure);
        if (!figure || !figure->available) {
            diagnostics.push_back({Severity::Error, lesson.file, pointer + "/measure",
                                   "\"" + q.measure + "\" is not available for choice " + std::to_string(i) +
                                       (figure ? ": " + figure->detail : std::string())});
            return std::nullopt;
        }
        out.values.push_back(figure->value);
        out.texts.push_back(figure->text);
        out.measureCaption = figure->caption;
    }
    const auto best = q.pick == QuestionPick::Lowest ? std::min_element(out.values.begin(), out.values.end())
                                                     : std::max_element(out.values.begin(), out.values.end());
    out.modelAnswer = static_cast<std::size_t>(best - out.values.begin());
    // The keyed answer must hold strictly: a tie would make the question a guess.
    const bool tie = std::count(out.values.begin(), out.values.end(), *best) > 1;
    if (out.modelAnswer != q.answer || tie) {
        diagnostics.push_back(
            {Severity::Error, lesson.file, pointer + "/answer",
             "the model does not pick choice " + std::to_string(q.answer) + " (\"" + q.choices.at(q.answer).label +
                 "\"): " + (q.pick == QuestionPick::Lowest ? "lowest " : "highest ") + q.measure + " is " +
                 (tie ? std::string("shared by several choices") : "choice " + std::to_string(out.modelAnswer)) + " (" +
                 out.texts[out.modelAnswer] + " vs " + out.texts[std::min(q.answer, out.texts.size() - 1)] + ")"});
        return std::nullopt;
    }
    // "B, In Quebec: the highest water, 26.3 m³. A, In California: 11.7 m³." (letters as on the
    // question page).
    std::string measure = out.measureCaption;
    if (!measure.empty())
        measure[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(measure[0])));
    const auto letter = [](std::size_t i) { return std::string(1, static_cast<char>('A' + i)); };
    out.answerText = letter(q.answer) + ", " + q.choices[q.answer].label + ": the " +
                     (q.pick == QuestionPick::Lowest ? "lowest " : "highest ") + measure + ", " + out.texts[q.answer] +
                     ".";
    for (std::size_t i = 0; i < q.choices.size(); ++i)
        if (i != q.answer)
            out.answerText += " " + letter(i) + ", " + q.choices[i].label + ": " + out.texts[i] + ".";

    return out;
}

std::optional<StepView> evaluateStep(const Lesson &lesson, std::size_t stepIndex, const VariantDocument &base,
                                     const Catalog &catalog, Diagnostics &diagnostics)
{
    const LessonStep &step = lesson.steps.at(stepIndex);
    auto scenario = resolveLessonScenario(lesson, base, step.scenario, stepPointer(stepIndex), catalog, diagnostics);
    if (!scenario)
        return std::nullopt;
    StepView view;
    view.scenario = std::move(*scenario);
    view.results = evaluate(view.scenario, catalog);
    const std::size_t before = diagnostics.size();
    const AnalysisRequest request = stepAnalysisRequest(step, stepIndex, lesson, catalog, view.results, diagnostics);
    if (hasErrors(Diagnostics(diagnostics.begin() + static_cast<long>(before), diagnostics.end())))
        return std::nullopt;
    view.analyses = computeAnalyses(view.scenario, catalog, view.results, request);
    view.insights = computeInsights(catalog, view.results, view.analyses);
    view.takeaway = stepTakeaway(step, view.insights);
    if (view.takeaway.empty()) {
        diagnostics.push_back({Severity::Error, lesson.file, stepPointer(stepIndex) + "/takeaway_from",
                               "\"" + step.takeawayFrom + "\" is neither one of the step's charts nor a headline id"});
        return std::nullopt;
    }
    if (step.question) {
        view.answer = checkQuestion(lesson, stepIndex, base, catalog, diagnostics);
        if (!view.answer)
            return std::nullopt;
    }
    return view;
}

std::string stepTakeaway(const LessonStep &step, const Insights &insights)
{
    const std::string &from = step.takeawayFrom.empty() ? step.charts.front() : step.takeawayFrom;
    if (std::find(step.charts.begin(), step.charts.end(), from) != step.charts.end()) {
        const ChartInsight *c = insights.chart(from);
        return c ? c->takeaway : std::string();
    }
    const HeadlineFigure *h = insights.headline(from);
    if (!h)
        return {};
    // The headline as its tile shows it: figure, what it compares to, where it comes from.
    std::string text = h->caption + ": " + h->text;
    if (!h->detail.empty())
        text += " (" + h->detail + ")";
    text += ".";
    if (!h->breakdown.empty())
        text += " " + h->breakdown + (h->breakdown.ends_with(".") ? "" : ".");
    return text;
}

Diagnostics checkLesson(const Lesson &lesson, const Catalog &catalog)
{
    Diagnostics problems;
    const auto base = lessonBaseDocument(lesson, catalog, problems);
    if (!base)
        return problems;
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const auto view = evaluateStep(lesson, i, *base, catalog, problems);
        if (!view)
            continue;
        // A class shown an empty chart learns nothing: the step must show something.
        for (const auto &id : lesson.steps[i].charts) {
            const ChartInsight *c = view->insights.chart(id);
            if (c && c->isEmpty())
                problems.push_back({Severity::Error, lesson.file, stepPointer(i) + "/charts",
                                    "chart \"" + id + "\" has nothing to show for this step: " + c->emptyReason});
        }
    }
    return problems;
}

} // namespace mlimpact
