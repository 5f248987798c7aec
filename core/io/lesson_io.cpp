// SPDX-License-Identifier: GPL-3.0-or-later
#include "lesson_io.h"

#include "embedded_data.h"
#include "evaluate.h"
#include "file_io.h"
#include "json_reader.h"
#include "scenario_io.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <initializer_list>

namespace mlimpact {

using nlohmann::json;

namespace {

/// Unknown keys are warnings (a misspelt key would otherwise be silently ignored).
void warnUnknownKeys(const json &node, const std::string &pointer, std::initializer_list<std::string_view> known,
                     JsonReader &reader)
{
    for (const auto &[key, value] : node.items())
        if (std::find(known.begin(), known.end(), key) == known.end())
            reader.warning(pointer + "/" + jsonPointerEscape(key), "unknown key \"" + key + "\" is ignored");
}

/// "variant" and "changes" of a step or a choice.
LessonScenarioRef readScenarioRef(const json &node, const std::string &pointer, JsonReader &reader, bool &ok)
{
    LessonScenarioRef ref;
    if (node.contains("variant")) {
        if (const auto v = reader.string(node, "variant", pointer))
            ref.variant = *v;
        else
            ok = false;
    }
    const auto it = node.find("changes");
    if (it == node.end())
        return ref;
    if (!it->is_object()) {
        reader.error(pointer + "/changes", "expected an object of changes keyed by parameter path, e.g. "
                                           "{\"deployment.precision\": \"int8\"}, found " +
                                               jsonTypeName(*it));
        ok = false;
        return ref;
    }
    for (const auto &[path, value] : it->items()) {
        const std::string at = pointer + "/changes/" + jsonPointerEscape(path);
        const Parameter *p = findParameter(path);
        if (!p) {
            reader.error(at, "unknown parameter path \"" + printableExcerpt(path) +
                                 "\" (see docs/parameters.md or `ml-impact-explorer parameters`)");
            ok = false;
            continue;
        }
        if (auto parsed = detail::parameterValueFromJson(*p, value, at, reader))
            ref.changes.push_back({path, std::move(*parsed)});
        else
            ok = false;
    }
    return ref;
}

/// A list of 1..max chart ids that core knows.
std::vector<std::string> readCharts(const json &node, const std::string &pointer, JsonReader &reader, bool &ok)
{
    std::vector<std::string> charts;
    const auto it = node.find("charts");
    if (it == node.end() || !it->is_array() || it->empty() || it->size() > kMaxStepCharts) {
        reader.error(pointer + "/charts", "expected an array of 1 to " + std::to_string(kMaxStepCharts) +
                                              " chart ids, e.g. [\"lifecycle\"]");
        ok = false;
        return charts;
    }
    std::string known;
    for (const auto &d : chartDescriptors())
        known += (known.empty() ? "" : ", ") + std::string(d.id);
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json &c = (*it)[i];
        if (!c.is_string() || !findChartDescriptor(c.get<std::string>())) {
            reader.error(pointer + "/charts/" + std::to_string(i), "expected a chart id, one of: " + known);
            ok = false;
        } else
            charts.push_back(c.get<std::string>());
    }
    return charts;
}

std::optional<LessonQuestion> readQuestion(const json &node, const std::string &pointer, JsonReader &reader, bool &ok)
{
    if (!node.is_object()) {
        reader.error(pointer, "expected a question object {prompt, measure, pick, choices, answer}");
        ok = false;
        return std::nullopt;
    }
    warnUnknownKeys(node, pointer, {"prompt", "measure", "pick", "choices", "answer"}, reader);
    LessonQuestion q;
    const auto prompt = reader.string(node, "prompt", pointer);
    const auto measure = reader.string(node, "measure", pointer);
    const auto pick = reader.string(node, "pick", pointer);
    ok = ok && prompt && measure && pick;
    q.prompt = prompt.value_or("");
    q.measure = measure.value_or("");
    if (pick && *pick != "lowest" && *pick != "highest") {
        reader.error(pointer + "/pick",
                     "expected \"lowest\" or \"highest\", found \"" + printableExcerpt(*pick) + "\"");
        ok = false;
    }
    q.pick = pick == "highest" ? QuestionPick::Highest : QuestionPick::Lowest;
    const auto choices = node.find("choices");
    if (choices == node.end() || !choices->is_array() || choices->size() < kMinQuestionChoices ||
        choices->size() > kMaxQuestionChoices) {
        reader.error(pointer + "/choices", "expected an array of " + std::to_string(kMinQuestionChoices) + " to " +
                                               std::to_string(kMaxQuestionChoices) +
                                               " choices {label, variant, changes}");
        ok = false;
        return std::nullopt;
    }
    for (std::size_t i = 0; i < choices->size(); ++i) {
        const std::string at = pointer + "/choices/" + std::to_string(i);
        const json &c = (*choices)[i];
        if (!c.is_object()) {
            reader.error(at, "expected a choice object {label, variant, changes}, found " + jsonTypeName(c));
            ok = false;
            continue;
        }
        warnUnknownKeys(c, at, {"label", "variant", "changes"}, reader);
        const auto label = reader.string(c, "label", at);
        ok = ok && label;
        q.choices.push_back({label.value_or(""), readScenarioRef(c, at, reader, ok)});
    }
    if (const auto answer = reader.integer(node, "answer", pointer, 0, static_cast<int>(choices->size()) - 1))
        q.answer = static_cast<std::size_t>(*answer);
    else
        ok = false;
    return q;
}

LessonStep readStep(const json &node, const std::string &pointer, JsonReader &reader, bool &ok)
{
    LessonStep step;
    if (!node.is_object()) {
        reader.error(pointer, "expected a step object {title, narrative, charts, ...}, found " + jsonTypeName(node));
        ok = false;
        return step;
    }
    warnUnknownKeys(
        node, pointer,
        {"title", "narrative", "variant", "changes", "charts", "takeaway_from", "triad", "break_even", "question"},
        reader);
    const auto title = reader.string(node, "title", pointer);
    const auto narrative = reader.string(node, "narrative", pointer);
    ok = ok && title && narrative;
    step.title = title.value_or("");
    step.narrative = narrative.value_or("");
    step.scenario = readScenarioRef(node, pointer, reader, ok);
    step.charts = readCharts(node, pointer, reader, ok);
    // A chart id or a headline id; which headlines exist is checked against the model.
    step.takeawayFrom = reader.string(node, "takeaway_from", pointer, false).value_or("");
    step.triad = reader.string(node, "triad", pointer, false).value_or("");
    step.breakEven = reader.string(node, "break_even", pointer, false).value_or("");
    if (const auto q = node.find("question"); q != node.end())
        step.question = readQuestion(*q, pointer + "/question", reader, ok);
    return step;
}

/// The lesson's own fields (everything but the steps).
void readHeader(const json &doc, Lesson &lesson, JsonReader &reader, bool &ok)
{
    warnUnknownKeys(
        doc, "", {"format_version", "title", "goal", "claim", "claim_number", "preset", "comparison", "steps"}, reader);
    const auto version = reader.integer(doc, "format_version", "", kLessonFormatVersion, kLessonFormatVersion);
    const auto title = reader.string(doc, "title", "");
    const auto goal = reader.string(doc, "goal", "");
    const auto claim = reader.string(doc, "claim", "");
    const auto number = reader.integer(doc, "claim_number", "", 1, 99);
    ok = ok && version && title && goal && claim && number;
    lesson.title = title.value_or("");
    lesson.goal = goal.value_or("");
    lesson.claim = claim.value_or("");
    lesson.claimNumber = number.value_or(0);
    lesson.preset = reader.string(doc, "preset", "", false).value_or("");
    lesson.comparison = reader.string(doc, "comparison", "", false).value_or("");
    if (lesson.preset.empty() == lesson.comparison.empty()) {
        reader.error("", "expected exactly one of \"preset\" (a built-in scenario id) and \"comparison\" (a built-in "
                         "comparison id) as the lesson's base");
        ok = false;
    }
}

/// What needs the catalog and the base document: every scenario resolves, choices are valid,
/// the triad and break-even choices exist, keyed answers hold.
void checkAgainstModel(const Lesson &lesson, const Catalog &catalog, Diagnostics &diagnostics)
{
    const auto base = lessonBaseDocument(lesson, catalog, diagnostics);
    if (!base)
        return;
    for (std::size_t i = 0; i < lesson.steps.size(); ++i) {
        const std::string pointer = "/steps/" + std::to_string(i);
        const auto scenario =
            resolveLessonScenario(lesson, *base, lesson.steps[i].scenario, pointer, catalog, diagnostics);
        if (!scenario)
            continue;
        const LessonStep &step = lesson.steps[i];
        const Results results = evaluate(*scenario, catalog);
        if (!step.triad.empty() || !step.breakEven.empty())
            stepAnalysisRequest(step, i, lesson, catalog, results, diagnostics);
        const bool fromChart = step.takeawayFrom.empty() || std::find(step.charts.begin(), step.charts.end(),
                                                                      step.takeawayFrom) != step.charts.end();
        AnalysisRequest none;
        none.parts = AnalysisParts::None; // enough to know the headline ids
        if (!fromChart &&
            stepTakeaway(step, computeInsights(catalog, results, computeAnalyses(*scenario, catalog, results, none)))
                .empty())
            diagnostics.push_back({Severity::Error, lesson.file, pointer + "/takeaway_from",
                                   "\"" + printableExcerpt(step.takeawayFrom) +
                                       "\": expected one of the step's charts or a headline id (total_carbon, "
                                       "energy, water, ewaste, ...)"});
        if (lesson.steps[i].question)
            checkQuestion(lesson, i, *base, catalog, diagnostics);
    }
}

} // namespace

std::optional<Lesson> loadLessonFromText(std::string_view text, const std::string &id, const std::string &fileLabel,
                                         const Catalog &catalog, Diagnostics &diagnostics)
{
    const std::size_t before = diagnostics.size();
    const auto doc = parseJsonText(text, fileLabel, diagnostics);
    if (!doc)
        return std::nullopt;
    JsonReader reader(fileLabel, diagnostics);
    if (!doc->is_object()) {
        reader.error("", "expected a lesson object {format_version, title, goal, claim, steps, ...}, found " +
                             jsonTypeName(*doc));
        return std::nullopt;
    }
    Lesson lesson;
    lesson.id = id;
    lesson.file = fileLabel;
    bool ok = true;
    readHeader(*doc, lesson, reader, ok);
    const auto steps = doc->find("steps");
    if (steps == doc->end() || !steps->is_array() || steps->size() < kMinLessonSteps ||
        steps->size() > kMaxLessonSteps) {
        reader.error("/steps", "expected an array of " + std::to_string(kMinLessonSteps) + " to " +
                                   std::to_string(kMaxLessonSteps) + " steps");
        return std::nullopt;
    }
    for (std::size_t i = 0; i < steps->size(); ++i)
        lesson.steps.push_back(readStep((*steps)[i], "/steps/" + std::to_string(i), reader, ok));
    if (!ok)
        return std::nullopt;
    checkAgainstModel(lesson, catalog, diagnostics);
    if (hasErrors(Diagnostics(diagnostics.begin() + static_cast<long>(before), diagnostics.end())))
        return std::nullopt;
    return lesson;
}

std::optional<Lesson> loadLessonFile(const std::string &path, const Catalog &catalog, Diagnostics &diagnostics)
{
    std::string text;
    if (auto problems = readTextFile(path, text); !problems.empty()) {
        diagnostics.insert(diagnostics.end(), problems.begin(), problems.end());
        return std::nullopt;
    }
    return loadLessonFromText(text, std::filesystem::path(path).stem().string(), path, catalog, diagnostics);
}

std::vector<std::string> builtInLessonIds()
{
    std::vector<std::string> ids;
    const std::string prefix = "lessons/";
    for (const auto &file : data::embeddedFiles())
        if (file.path.starts_with(prefix) && file.path.ends_with(".json"))
            ids.emplace_back(file.path.substr(prefix.size(), file.path.size() - prefix.size() - 5));
    return ids;
}

std::vector<Lesson> loadLessonLibrary(const Catalog &catalog, const std::vector<std::string> &userFiles,
                                      Diagnostics &diagnostics)
{
    std::vector<Lesson> lessons;
    for (const auto &id : builtInLessonIds()) {
        const std::string path = "lessons/" + id + ".json";
        if (auto lesson = loadLessonFromText(*data::embeddedFile(path), id, "<built-in>/" + path, catalog, diagnostics))
            lessons.push_back(std::move(*lesson));
    }
    for (const auto &file : userFiles) {
        auto lesson = loadLessonFile(file, catalog, diagnostics);
        if (!lesson)
            continue;
        if (findLesson(lessons, lesson->id)) {
            diagnostics.push_back({Severity::Error, file, "",
                                   "a lesson with the id \"" + lesson->id + "\" is loaded already; rename the file"});
            continue;
        }
        lessons.push_back(std::move(*lesson));
    }
    return lessons;
}

std::optional<Lesson> loadLessonArgument(const std::string &idOrPath, const Catalog &catalog, Diagnostics &diagnostics)
{
    std::error_code ec;
    if (idOrPath.ends_with(".json") || std::filesystem::is_regular_file(idOrPath, ec))
        return loadLessonFile(idOrPath, catalog, diagnostics);
    const std::string path = "lessons/" + idOrPath + ".json";
    if (const auto text = data::embeddedFile(path))
        return loadLessonFromText(*text, idOrPath, "<built-in>/" + path, catalog, diagnostics);
    std::string ids;
    for (const auto &id : builtInLessonIds())
        ids += (ids.empty() ? "" : ", ") + id;
    diagnostics.push_back(
        {Severity::Error, idOrPath, "",
         "no built-in lesson with this id and no such file; expected a lesson file or one of: " + ids});
    return std::nullopt;
}

const Lesson *findLesson(const std::vector<Lesson> &lessons, std::string_view id)
{
    const auto it = std::find_if(lessons.begin(), lessons.end(), [id](const Lesson &l) { return l.id == id; });
    return it == lessons.end() ? nullptr : &*it;
}

} // namespace mlimpact
