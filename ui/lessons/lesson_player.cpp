// SPDX-License-Identifier: GPL-3.0-or-later
#include "lesson_player.h"
#include "core_text.h"

#include "lesson_io.h"
#include "lesson_slides.h"
#include "problem_text.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace mlimpact::ui {

namespace {

constexpr double kSlideW = 1920.0;
constexpr double kSlideH = 1080.0;

} // namespace

LessonPresenter::LessonPresenter(Lesson lesson, const Catalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_slides(std::make_unique<LessonSlides>(std::move(lesson), catalog))
{
    setObjectName(QStringLiteral("LessonPresenter"));
    setWindowTitle(coreText(m_slides->lesson().title));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

LessonPresenter::~LessonPresenter() = default;

int LessonPresenter::pageCount() const
{
    return m_slides->pageCount();
}

void LessonPresenter::setPage(int page)
{
    const int clamped = std::clamp(page, 0, pageCount() - 1);
    if (clamped == m_page)
        return;
    m_page = clamped;
    update();
    emit pageChanged(m_page);
}

std::optional<Scenario> LessonPresenter::currentScenario()
{
    return m_slides->scenarioOf(m_page);
}

void LessonPresenter::paintEvent(QPaintEvent *)
{
    // The slide keeps its 16:9 proportions at any window size: scaled to fit, never clipped.
    QCPPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    const double scale = std::min(width() / kSlideW, height() / kSlideH);
    painter.translate((width() - kSlideW * scale) / 2, (height() - kSlideH * scale) / 2);
    painter.scale(scale, scale);
    m_slides->draw(painter, m_page);
}

void LessonPresenter::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_Space:
    case Qt::Key_PageDown:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        next();
        break;
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
        previous();
        break;
    case Qt::Key_Home:
        setPage(0);
        break;
    case Qt::Key_End:
        setPage(pageCount() - 1);
        break;
    case Qt::Key_Escape: {
        const std::size_t step = m_slides->stepOf(m_page);
        if (const auto scenario = currentScenario())
            emit exitRequested(*scenario, coreText(m_slides->lesson().title) + QStringLiteral(" — ") +
                                              coreText(m_slides->lesson().steps[step].title));
        close();
        break;
    }
    default:
        QWidget::keyPressEvent(event);
    }
}

void LessonPresenter::mousePressEvent(QMouseEvent *event)
{
    // A click anywhere moves on, as in a slide show; the right button goes back.
    if (event->button() == Qt::RightButton)
        previous();
    else
        next();
}

LessonStartPage::LessonStartPage(const std::vector<Lesson> &lessons, const Diagnostics &problems, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("LessonStartPage"));
    setWindowTitle(tr("Lessons"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("<b>Workshop mode.</b> Each lesson shows one claim of “Efficiency is Not Enough” "
                                "on the model, step by step, with a question to predict before each answer. "
                                "Choose one and press Present (→ / Space next, ← back, Esc back to the explorer)."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    for (const auto &lesson : lessons) {
        auto *item = new QListWidgetItem(
            tr("%1. %2\n      %3").arg(lesson.claimNumber).arg(coreText(lesson.title), coreText(lesson.claim)), m_list);
        item->setData(Qt::UserRole, QString::fromStdString(lesson.id));
        item->setToolTip(coreText(lesson.goal));
    }
    m_list->setWordWrap(true);
    m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);
    if (hasErrors(problems)) {
        auto *warning = new QLabel(tr("Some lessons could not be loaded:\n%1").arg(problemText(problems, true, 4)));
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *present = buttons->addButton(tr("&Present"), QDialogButtonBox::AcceptRole);
    present->setObjectName(QStringLiteral("PresentButton"));
    QPushButton *open = buttons->addButton(tr("Open Lesson &File…"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Explore on My Own"), QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    const auto presentCurrent = [this] {
        if (const QListWidgetItem *item = m_list->currentItem()) {
            accept();
            emit presentRequested(item->data(Qt::UserRole).toString());
        }
    };
    connect(present, &QPushButton::clicked, this, presentCurrent);
    connect(m_list, &QListWidget::itemActivated, this, presentCurrent);
    connect(open, &QPushButton::clicked, this, [this] {
        accept();
        emit openFileRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 640);
}

LessonLauncher::LessonLauncher(const Catalog &catalog, QWidget *window)
    : QObject(window)
    , m_catalog(catalog)
    , m_window(window)
{
    m_lessons = loadLessonLibrary(m_catalog, {}, m_problems);
}

void LessonLauncher::showStartPage()
{
    if (m_startPage) {
        m_startPage->raise();
        return;
    }
    m_startPage = new LessonStartPage(m_lessons, m_problems, m_window);
    m_startPage->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_startPage, &LessonStartPage::presentRequested, this, [this](const QString &id) {
        if (const auto problems = present(id); !problems.empty())
            QMessageBox::warning(m_window, tr("Lesson"), problemText(problems));
    });
    connect(m_startPage, &LessonStartPage::openFileRequested, this, &LessonLauncher::openLessonFile);
    m_startPage->open();
}

Diagnostics LessonLauncher::present(const QString &idOrFile)
{
    if (const Lesson *lesson = findLesson(m_lessons, idOrFile.toStdString())) {
        play(*lesson);
        return {};
    }
    Diagnostics problems;
    auto lesson = loadLessonArgument(idOrFile.toStdString(), m_catalog, problems);
    if (!lesson)
        return problems;
    play(std::move(*lesson));
    return {};
}

void LessonLauncher::fillMenu(QMenu *menu)
{
    for (const auto &lesson : m_lessons)
        menu->addAction(tr("%1. %2").arg(lesson.claimNumber).arg(coreText(lesson.title)), this,
                        [this, id = QString::fromStdString(lesson.id)] { present(id); });
}

void LessonLauncher::openLessonFile()
{
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Open Lesson"), QString(), tr("Lessons (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const auto problems = present(path); !problems.empty())
        QMessageBox::warning(m_window, tr("Lesson"), problemText(problems));
}

void LessonLauncher::play(Lesson lesson)
{
    if (m_presenter)
        m_presenter->close();
    // A window of its own, full screen: nothing of the explorer (dock, menus) shows behind it.
    m_presenter = new LessonPresenter(std::move(lesson), m_catalog);
    m_presenter->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_presenter, &LessonPresenter::exitRequested, this, &LessonLauncher::scenarioKept);
    // The screen's whole area even where no window manager honours "full screen" (a kiosk, Xvfb).
    if (const QScreen *screen = m_window->screen())
        m_presenter->setGeometry(screen->geometry());
    m_presenter->showFullScreen();
    m_presenter->activateWindow();
    m_presenter->setFocus();
}

} // namespace mlimpact::ui
