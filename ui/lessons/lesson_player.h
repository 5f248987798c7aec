// Workshop mode in the window: the start page that lists the lessons with their claims, and
// the presenter that plays one full screen (→ / Space / Page Down forward, ← / Page Up back,
// as a presenter clicker sends them; Esc returns to the explorer with the step's scenario).
// MainWindow only creates a LessonLauncher and connects its scenarioKept signal.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog.h"
#include "diagnostics.h"
#include "lesson.h"
#include "scenario.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class QListWidget;
class QMenu;

namespace mlimpact::ui {

class LessonSlides;

/// One lesson played page by page, each page a slide scaled to fit the widget.
class LessonPresenter : public QWidget
{
    Q_OBJECT
public:
    LessonPresenter(Lesson lesson, const Catalog &catalog, QWidget *parent = nullptr);
    ~LessonPresenter() override;

    int page() const { return m_page; }
    int pageCount() const;
    void setPage(int page);
    void next() { setPage(m_page + 1); }
    void previous() { setPage(m_page - 1); }
    LessonSlides &slides() { return *m_slides; }
    /// The scenario of the page shown (its step's), kept when the presenter is left.
    std::optional<Scenario> currentScenario();

signals:
    void pageChanged(int page);
    /// Esc: leave the lesson, keeping `scenario` (named after the lesson's step).
    void exitRequested(const mlimpact::Scenario &scenario, const QString &name);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    std::unique_ptr<LessonSlides> m_slides;
    int m_page = 0;
};

/// The lessons, each with its claim and goal; "Present" (or a double click) plays one.
class LessonStartPage : public QDialog
{
    Q_OBJECT
public:
    LessonStartPage(const std::vector<Lesson> &lessons, const Diagnostics &problems, QWidget *parent = nullptr);
    QListWidget *list() const { return m_list; }

signals:
    void presentRequested(const QString &lessonId);
    void openFileRequested();

private:
    QListWidget *m_list;
};

/// Loads the lessons, shows the start page and runs the presenter.
class LessonLauncher : public QObject
{
    Q_OBJECT
public:
    LessonLauncher(const Catalog &catalog, QWidget *window);

    /// Help ▸ Lessons and the first launch.
    void showStartPage();
    /// Plays a built-in lesson by id or a lesson file; returns the problems (empty on success).
    Diagnostics present(const QString &idOrFile);
    /// One action per lesson ("3. Deployment can dominate development"): any lesson is three
    /// clicks from the menu bar.
    void fillMenu(QMenu *menu);
    /// Asks for a lesson file and plays it.
    void openLessonFile();
    LessonPresenter *presenter() const { return m_presenter; }
    LessonStartPage *startPage() const { return m_startPage; }

signals:
    /// The presenter was left with Esc: the window opens `scenario` as a new unsaved document.
    void scenarioKept(const mlimpact::Scenario &scenario, const QString &name);

private:
    void play(Lesson lesson);
    Catalog m_catalog;
    QWidget *m_window;
    std::vector<Lesson> m_lessons;
    Diagnostics m_problems;
    QPointer<LessonPresenter> m_presenter;
    QPointer<LessonStartPage> m_startPage;
};

} // namespace mlimpact::ui
