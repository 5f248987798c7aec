// Lessons (workshop mode): a guided sequence of steps over one built-in scenario, each
// showing one of the paper's claims on a chart. A lesson is data (resources/lessons/*.json,
// docs/lesson-format.md); what a step's chart means is never written in the lesson but
// taken from Insights, and a "predict first" question's keyed answer is checked against the
// model, so a lesson cannot say something the model contradicts.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyses.h"
#include "catalog.h"
#include "diagnostics.h"
#include "insights.h"
#include "mlimpact_core_export.h"
#include "scenario.h"
#include "variants.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mlimpact {

inline constexpr int kLessonFormatVersion = 1;
inline constexpr std::size_t kMinLessonSteps = 3;
inline constexpr std::size_t kMaxLessonSteps = 8;
inline constexpr std::size_t kMinQuestionChoices = 2;
inline constexpr std::size_t kMaxQuestionChoices = 4;
inline constexpr std::size_t kMaxStepCharts = 2;

/// A scenario relative to the lesson's base document: one of its variants ("" = the
/// baseline) with further parameter changes on top.
struct LessonScenarioRef
{
    std::string variant;
    std::vector<ParameterChange> changes; ///< in registry order

    bool operator==(const LessonScenarioRef &) const = default;
};

struct LessonChoice
{
    std::string label;
    LessonScenarioRef scenario;

    bool operator==(const LessonChoice &) const = default;
};

enum class QuestionPick { Lowest, Highest };

/// "Predict first" (after PhET): asked before the step's chart is shown; the chart answers it.
/// Each choice is a scenario; the keyed answer is the one with the lowest (highest) headline
/// figure `measure`, which checkQuestion confirms by evaluating every choice.
struct LessonQuestion
{
    std::string prompt;
    std::string measure; ///< a headline id: "total_carbon", "energy", "water", "ewaste", ...
    QuestionPick pick = QuestionPick::Lowest;
    std::vector<LessonChoice> choices;
    std::size_t answer = 0; ///< index into choices

    bool operator==(const LessonQuestion &) const = default;
};

struct LessonStep
{
    std::string title;     ///< a short heading
    std::string narrative; ///< two or three sentences
    LessonScenarioRef scenario;
    std::vector<std::string> charts; ///< chart ids to show large (1-2)
    /// Whose Insights takeaway is shown: one of `charts` (its takeaway), or a headline id ("water":
    /// the headline figure with its equivalent and breakdown). Default: the first chart.
    std::string takeawayFrom;
    std::string triad;     ///< "TECHNIQUE[@HARDWARE]" for the triad, "" = default
    std::string breakEven; ///< the break-even chart's investment, "" = the first
    std::optional<LessonQuestion> question;

    bool operator==(const LessonStep &) const = default;
};

struct Lesson
{
    std::string id; ///< the file's name without .json
    std::string title;
    std::string goal;  ///< the learning goal: "After this lesson you can ..."
    std::string claim; ///< the paper's claim the lesson shows
    int claimNumber = 0;
    std::string preset;     ///< base: a built-in preset scenario id, or
    std::string comparison; ///< a built-in comparison document id (exactly one of the two)
    std::vector<LessonStep> steps;
    std::string file; ///< where it was read from ("<built-in>/lessons/x.json" or a path)

    bool operator==(const Lesson &) const = default;
};

/// One page of a lesson as played and as a deck: a step's question (before its chart) or the step.
struct LessonPage
{
    std::size_t step = 0;
    bool question = false;
};
/// Every page in order: a step with a question gives its question page, then its answer page.
MLIMPACT_CORE_EXPORT std::vector<LessonPage> lessonPages(const Lesson &lesson);

/// The base document (preset or comparison) the lesson's steps refer to.
MLIMPACT_CORE_EXPORT std::optional<VariantDocument> lessonBaseDocument(const Lesson &lesson, const Catalog &catalog,
                                                                       Diagnostics &diagnostics);

/// The scenario `ref` stands for: the base's variant with the changes on top. Nullopt with
/// errors (at `pointer`, in `lesson.file`) if the variant is unknown or a change is invalid.
MLIMPACT_CORE_EXPORT std::optional<Scenario> resolveLessonScenario(const Lesson &lesson, const VariantDocument &base,
                                                                   const LessonScenarioRef &ref,
                                                                   const std::string &pointer, const Catalog &catalog,
                                                                   Diagnostics &diagnostics);

/// The analyses a step's charts need, with the step's triad and break-even choices
/// (errors if the choice is unknown for this scenario).
MLIMPACT_CORE_EXPORT AnalysisRequest stepAnalysisRequest(const LessonStep &step, std::size_t index,
                                                         const Lesson &lesson, const Catalog &catalog,
                                                         const Results &results, Diagnostics &diagnostics);

/// The evaluated choices of a question and what they say.
struct QuestionOutcome
{
    std::vector<double> values;     ///< the measure of each choice, in its base unit
    std::vector<std::string> texts; ///< the same as the headline tile shows it ("1.42 GWh")
    std::size_t modelAnswer = 0;    ///< the choice the model picks
    std::string measureCaption;     ///< "Energy"
    std::string answerText;         ///< "B, 2:4 structured: the lowest energy, 158 MWh. A, Dense: 159 MWh."
};
/// Evaluates every choice; errors (at the question's pointer) when a choice cannot be resolved,
/// the measure is not available, or the model does not pick the keyed answer strictly.
MLIMPACT_CORE_EXPORT std::optional<QuestionOutcome> checkQuestion(const Lesson &lesson, std::size_t stepIndex,
                                                                  const VariantDocument &base, const Catalog &catalog,
                                                                  Diagnostics &diagnostics);

/// Everything a step shows: its scenario evaluated, the analyses its charts need, and Insights.
struct StepView
{
    Scenario scenario;
    Results results;
    Analyses analyses;
    Insights insights;
    std::string takeaway;                  ///< Insights' takeaway named by the step's takeawayFrom
    std::optional<QuestionOutcome> answer; ///< when the step has a question
};
MLIMPACT_CORE_EXPORT std::optional<StepView> evaluateStep(const Lesson &lesson, std::size_t stepIndex,
                                                          const VariantDocument &base, const Catalog &catalog,
                                                          Diagnostics &diagnostics);

/// The sentence the step's takeawayFrom names in `insights`; "" if it names nothing there.
MLIMPACT_CORE_EXPORT std::string stepTakeaway(const LessonStep &step, const Insights &insights);

/// The full check of a loaded lesson: every step's scenario validates and evaluates, no chart a
/// step shows is empty (Insights' empty-state reason is the error), every keyed answer holds.
MLIMPACT_CORE_EXPORT Diagnostics checkLesson(const Lesson &lesson, const Catalog &catalog);

} // namespace mlimpact
