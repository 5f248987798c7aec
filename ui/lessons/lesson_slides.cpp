// SPDX-License-Identifier: GPL-3.0-or-later
#include "lesson_slides.h"
#include "core_text.h"

#include "app_theme.h"

#include "chart_registry.h"
#include "chart_view.h"
#include "plot_widget.h"
#include "problem_text.h"
#include "save_file.h"
#include "slide_pdf.h"
#include "slide_text.h"

#include <QFontMetrics>
#include <QGuiApplication>
#include <QPainter>

#include <algorithm>

namespace mlimpact::ui {
namespace {

// The canvas of a slide (16:9). Text sizes are for the back of a room: at 1920 x 1080 the
// body is at least 34 px (25 pt) and titles 54 px (40 pt).
constexpr int kW = 1920;
constexpr int kH = 1080;
constexpr int kMargin = 72;
constexpr int kBodyPx = 34;
constexpr int kTitlePx = 54;
const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x4a, 0x4a, 0x4a);
const QColor kAccent(0x00, 0x72, 0xB2);
const QColor kTakeaway(0x00, 0x4a, 0x7f);

void drawFrame(QPainter &p, const QString &footerLeft, int page, int total)
{
    p.fillRect(QRect(0, 0, kW, kH), Qt::white);
    p.fillRect(QRect(0, 0, 24, kH), kAccent);
    p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 2));
    p.drawLine(kMargin, kH - 64, kW - kMargin, kH - 64);
    drawWrapped(p, QRect(kMargin, kH - 54, kW - 2 * kMargin - 260, 44), footerLeft, pixelFont(22), kMuted);
    drawWrapped(p, QRect(kW - kMargin - 240, kH - 54, 240, 44), QStringLiteral("%1 / %2").arg(page).arg(total),
                pixelFont(22), kMuted, Qt::AlignRight | Qt::AlignTop);
}

QString choiceLetter(std::size_t i)
{
    return QString(QChar(u'A' + static_cast<char16_t>(i)));
}

} // namespace

LessonSlides::LessonSlides(Lesson lesson, Catalog catalog)
    : m_lesson(std::move(lesson))
    , m_catalog(std::move(catalog))
    , m_pages(lessonPages(m_lesson))
{
    m_base = lessonBaseDocument(m_lesson, m_catalog, m_problems);
}

LessonSlides::~LessonSlides() = default;

int LessonSlides::pageCount() const
{
    return 1 + static_cast<int>(m_pages.size());
}

std::size_t LessonSlides::stepOf(int page) const
{
    return page <= 0 ? 0 : m_pages.at(static_cast<std::size_t>(page - 1)).step;
}

bool LessonSlides::isQuestionPage(int page) const
{
    return page > 0 && m_pages.at(static_cast<std::size_t>(page - 1)).question;
}

const StepView *LessonSlides::stepView(std::size_t step)
{
    if (const auto it = m_views.find(step); it != m_views.end())
        return it->second.get();
    if (!m_base)
        return nullptr;
    auto view = evaluateStep(m_lesson, step, *m_base, m_catalog, m_problems);
    auto &slot = m_views[step];
    if (view)
        slot = std::make_unique<StepView>(std::move(*view));
    return slot.get();
}

std::optional<Scenario> LessonSlides::scenarioOf(int page)
{
    const StepView *view = stepView(stepOf(page));
    return view ? std::optional<Scenario>(view->scenario) : std::nullopt;
}

ChartView *LessonSlides::chart(const std::string &id, const StepView &view)
{
    auto &slot = m_charts[id];
    if (!slot) {
        for (const auto &entry : chartRegistry())
            if (entry.id == qs(id))
                slot.reset(entry.create(nullptr));
        if (!slot)
            return nullptr;
        slot->plot()->setPresentationScale(1.6); // drawn magnified: see drawStep
        slot->setPresentation(true);
    }
    slot->present(ChartData{view.results, view.analyses, view.insights, m_catalog});
    return slot.get();
}

void LessonSlides::drawTitle(QPainter &p)
{
    drawFrame(p, QObject::tr("ML Impact Explorer · lesson %1").arg(m_lesson.claimNumber), 1, pageCount());
    const int width = kW - 2 * kMargin;
    int y = 110;
    y += drawWrapped(p, QRect(kMargin, y, width, 200), coreText(m_lesson.title), pixelFont(76, true), kInk) + 40;
    y += drawWrapped(p, QRect(kMargin, y, width, 60), QObject::tr("The claim"), pixelFont(30, true), kAccent) + 8;
    y += drawWrapped(p, QRect(kMargin, y, width, 300), coreText(m_lesson.claim), pixelFont(44), kInk) + 48;
    y += drawWrapped(p, QRect(kMargin, y, width, 60), QObject::tr("The goal"), pixelFont(30, true), kAccent) + 8;
    drawWrapped(p, QRect(kMargin, y, width, kH - 90 - y), coreText(m_lesson.goal), pixelFont(38), kInk);
}

void LessonSlides::drawQuestion(QPainter &p, std::size_t step, int page)
{
    const LessonStep &s = m_lesson.steps[step];
    drawFrame(p, coreText(m_lesson.title), page + 1, pageCount());
    const int width = kW - 2 * kMargin;
    int y = 48;
    y += drawWrapped(p, QRect(kMargin, y, width, 140), coreText(s.title), pixelFont(kTitlePx, true), kInk) + 20;
    y += drawWrapped(p, QRect(kMargin, y, width, 200), coreText(s.narrative), pixelFont(kBodyPx), kMuted) + 50;
    y += drawWrapped(p, QRect(kMargin, y, width, 60), QObject::tr("Predict first"), pixelFont(30, true), kAccent) + 8;
    y += drawWrapped(p, QRect(kMargin, y, width, 160), coreText(s.question->prompt), pixelFont(50, true), kInk) + 36;
    const auto &choices = s.question->choices;
    const int boxH = std::min(120, (kH - 100 - y) / static_cast<int>(choices.size()) - 20);
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const QRect box(kMargin, y, width, boxH);
        p.setPen(QPen(QColor(0xcc, 0xcc, 0xcc), 2));
        p.setBrush(QColor(0xf4, 0xf7, 0xfa));
        p.drawRoundedRect(box, 14, 14);
        drawWrapped(p, box.adjusted(30, 0, -30, 0),
                    choiceLetter(i) + QStringLiteral("   ") + coreText(choices[i].label), pixelFont(42), kInk,
                    Qt::AlignLeft | Qt::AlignVCenter);
        y += boxH + 20;
    }
}

void LessonSlides::drawStep(QPainter &p, std::size_t step, int page)
{
    const LessonStep &s = m_lesson.steps[step];
    drawFrame(p, coreText(m_lesson.title), page + 1, pageCount());
    const int width = kW - 2 * kMargin;
    int y = 40;
    y += drawWrapped(p, QRect(kMargin, y, width, 140), coreText(s.title), pixelFont(kTitlePx, true), kInk) + 10;
    y += drawWrapped(p, QRect(kMargin, y, width, 200), coreText(s.narrative), pixelFont(kBodyPx), kMuted) + 16;
    const StepView *view = stepView(step);
    if (!view) {
        drawWrapped(p, QRect(kMargin, y, width, kH - 100 - y),
                    QObject::tr("This step could not be shown:\n%1").arg(problemText(m_problems)), pixelFont(kBodyPx),
                    QColor(0xa0, 0x20, 0x20));
        return;
    }
    // Bottom up: the answer (after a question) and the takeaway get the lines they need; the
    // charts take the rest of the height.
    const QFont takeawayFont = pixelFont(38, true);
    const QFont answerFont = pixelFont(kBodyPx);
    const QString answer = view->answer ? QObject::tr("Answer: %1").arg(qs(view->answer->answerText)) : QString();
    const int answerH = answer.isEmpty() ? 0 : wrappedHeight(answer, answerFont, width) + 8;
    const int takeawayH = wrappedHeight(qs(view->takeaway), takeawayFont, width);
    const int bottom = kH - 80;
    const int takeawayTop = bottom - answerH - takeawayH;
    if (!answer.isEmpty())
        drawWrapped(p, QRect(kMargin, bottom - answerH + 8, width, answerH), answer, answerFont, kInk);
    drawWrapped(p, QRect(kMargin, takeawayTop, width, takeawayH), qs(view->takeaway), takeawayFont, kTakeaway);
    const int chartCount = static_cast<int>(s.charts.size());
    const int gap = 40;
    const int chartW = (width - gap * (chartCount - 1)) / chartCount;
    const int chartH = takeawayTop - 16 - y;
    for (int i = 0; i < chartCount; ++i) {
        ChartView *c = chart(s.charts[static_cast<std::size_t>(i)], *view);
        if (!c || chartH < 100)
            continue;
        const QRect area(kMargin + i * (chartW + gap), y, chartW, chartH);
        // The chart is laid out at a smaller size and drawn magnified, so its ticks, legend and
        // labels are read from the back of the room like the slide's text.
        constexpr double kMagnify = 1.45;
        const QSize logical(static_cast<int>(area.width() / kMagnify), static_cast<int>(area.height() / kMagnify));
        PlotWidget *plot = c->plot();
        plot->resize(logical);
        plot->setChartTitle(plot->chartTitle()); // fits the title to this width (a hidden widget gets no resize event)
        p.save();
        p.translate(area.topLeft());
        p.scale(kMagnify, kMagnify);
        const ExportPaletteScope light(plot, false); // the slide is white in every theme
        plot->toPainter(static_cast<QCPPainter *>(&p), logical.width(), logical.height());
        p.restore();
    }
}

void LessonSlides::draw(QPainter &painter, int page)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    if (page <= 0)
        drawTitle(painter);
    else if (isQuestionPage(page))
        drawQuestion(painter, stepOf(page), page);
    else
        drawStep(painter, stepOf(page), page);
}

Diagnostics LessonSlides::exportPdf(const QString &path)
{
    QByteArray bytes;
    const auto drawPage = [this](QCPPainter &painter, int page) { draw(painter, page); };
    if (!renderSlidesPdf(coreText(m_lesson.title), QSize(kW, kH), pageCount(), drawPage, bytes))
        return problem(path, QStringLiteral("could not start the PDF"));
    if (hasErrors(m_problems))
        return m_problems;
    return writeFileAtomically(path, bytes);
}

int lessonSlideCount(const Lesson &lesson)
{
    return 1 + static_cast<int>(lessonPages(lesson).size());
}

} // namespace mlimpact::ui
