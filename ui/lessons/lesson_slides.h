// A lesson's pages drawn as 16:9 slides: the title (claim and goal), each "predict first"
// question, and each step with its chart(s) large, its narrative, the Insights takeaway and,
// after a question, the model's answer. The presenter shows these pages scaled to the screen
// and the deck export writes the same pages, so a class and a handout see the same thing.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "diagnostics.h"
#include "lesson.h"

#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace mlimpact::ui {

class ChartView;

class LessonSlides
{
public:
    /// The lesson must have loaded (loadLessonFromText); problems() collects any found when its
    /// base document or a step is evaluated.
    LessonSlides(Lesson lesson, Catalog catalog);
    ~LessonSlides();
    LessonSlides(const LessonSlides &) = delete;
    LessonSlides &operator=(const LessonSlides &) = delete;

    const Lesson &lesson() const { return m_lesson; }
    /// Problems met so far (a step that could not be evaluated shows them instead of a chart).
    const Diagnostics &problems() const { return m_problems; }

    /// 1 (the title) + lessonPages(): a question page, then its answer, per question.
    int pageCount() const;
    /// The step a page belongs to (the title page: the first step).
    std::size_t stepOf(int page) const;
    bool isQuestionPage(int page) const;

    /// The scenario of a page's step (what Esc keeps), or nullopt if it could not be evaluated.
    std::optional<Scenario> scenarioOf(int page);
    /// The evaluated step, computed once and kept.
    const StepView *stepView(std::size_t step);

    /// Draws page `page` on a 1920 x 1080 canvas (the painter is scaled by the caller).
    void draw(QPainter &painter, int page);

    /// The whole lesson as a 16:9 PDF, one page per slide; returns the problems (empty on success).
    Diagnostics exportPdf(const QString &path);

private:
    void drawTitle(QPainter &p);
    void drawQuestion(QPainter &p, std::size_t step, int page);
    void drawStep(QPainter &p, std::size_t step, int page);
    ChartView *chart(const std::string &id, const StepView &view);

    Lesson m_lesson;
    Catalog m_catalog;
    std::optional<VariantDocument> m_base;
    std::vector<LessonPage> m_pages;
    std::map<std::size_t, std::unique_ptr<StepView>> m_views;
    std::map<std::string, std::unique_ptr<ChartView>> m_charts;
    Diagnostics m_problems;
};

/// The number of slides `export --lesson` writes for a lesson: 1 + steps + questions.
int lessonSlideCount(const Lesson &lesson);

} // namespace mlimpact::ui
