// The lesson player: every lesson can be played forward and back to the same pages and
// scenarios with the keys a presenter clicker sends; Esc returns to the explorer with the
// step's scenario as a new document without a file; the start page lists every lesson and
// plays the chosen one.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_focus.h"
#include "chart_view.h"
#include "dashboard.h"
#include "lesson_io.h"
#include "lesson_player.h"
#include "lesson_slides.h"
#include "main_window.h"
#include "plot_widget.h"
#include "recovery_store.h"
#include "scenario_document.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QListWidget>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace mlimpact;
using namespace mlimpact::ui;

class TestLessonPlayer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { RecoveryStore::discard(); }

    void forwardThenBackReturnsToTheSameState()
    {
        Diagnostics problems;
        for (const auto &lesson : loadLessonLibrary(builtinCatalog(), {}, problems)) {
            LessonPresenter presenter(lesson, builtinCatalog());
            presenter.resize(1280, 800);
            QCOMPARE(presenter.page(), 0);
            // Forward with the keys a clicker sends, recording what each page shows.
            std::vector<std::optional<Scenario>> forward{presenter.currentScenario()};
            const Qt::Key forwardKeys[] = {Qt::Key_Right, Qt::Key_Space, Qt::Key_PageDown};
            for (int i = 1; i < presenter.pageCount(); ++i) {
                QTest::keyClick(&presenter, forwardKeys[i % 3]);
                QCOMPARE(presenter.page(), i);
                forward.push_back(presenter.currentScenario());
                QVERIFY(forward.back());
            }
            QTest::keyClick(&presenter, Qt::Key_Right); // past the end: stays
            QCOMPARE(presenter.page(), presenter.pageCount() - 1);
            const Qt::Key backKeys[] = {Qt::Key_Left, Qt::Key_PageUp};
            for (int i = presenter.pageCount() - 2; i >= 0; --i) {
                QTest::keyClick(&presenter, backKeys[i % 2]);
                QCOMPARE(presenter.page(), i);
                QVERIFY(presenter.currentScenario() == forward[static_cast<std::size_t>(i)]);
            }
            QVERIFY2(!hasErrors(presenter.slides().problems()), lesson.id.c_str());
        }
    }

    void aQuestionPageComesBeforeItsAnswer()
    {
        Diagnostics problems;
        const auto lesson = loadLessonArgument("compute-is-not-energy", builtinCatalog(), problems);
        QVERIFY(lesson);
        LessonPresenter presenter(*lesson, builtinCatalog());
        presenter.setPage(2);
        QVERIFY(presenter.slides().isQuestionPage(2));
        QVERIFY(!presenter.slides().isQuestionPage(3));
        QCOMPARE(presenter.slides().stepOf(2), presenter.slides().stepOf(3));
        // The answer page's step carries the model's answer to the question.
        const StepView *view = presenter.slides().stepView(presenter.slides().stepOf(3));
        QVERIFY(view && view->answer);
        QCOMPARE(view->answer->modelAnswer, lesson->steps[1].question->answer);
    }

    void escapeKeepsTheStepsScenarioAsANewDocument()
    {
        MainWindow w;
        w.resize(1280, 800);
        QVERIFY(w.presentLesson(QStringLiteral("rebound-and-backfire")));
        LessonPresenter *presenter = w.lessons()->presenter();
        QVERIFY(presenter);
        presenter->setPage(presenter->pageCount() - 1); // the last step: INT8 with backfire
        const auto expected = presenter->currentScenario();
        QVERIFY(expected);
        QVERIFY(!(*expected == w.document()->scenario()));
        QTest::keyClick(presenter, Qt::Key_Escape);
        QCOMPARE(w.document()->scenario(), *expected);
        QVERIFY(w.document()->filePath().isEmpty());
        QTRY_VERIFY(!w.lessons()->presenter());
    }

    void theStartPageListsAndPlaysEveryLesson()
    {
        MainWindow w;
        w.lessons()->showStartPage();
        LessonStartPage *page = w.lessons()->startPage();
        QVERIFY(page);
        QCOMPARE(page->list()->count(), static_cast<int>(builtInLessonIds().size()));
        // Launch -> the start page; one click on a lesson, one on Present.
        page->list()->setCurrentRow(3);
        page->findChild<QPushButton *>(QStringLiteral("PresentButton"))->click();
        QVERIFY(w.lessons()->presenter());
        QCOMPARE(w.lessons()->presenter()->slides().lesson().id, builtInLessonIds()[3]);
        w.lessons()->presenter()->close();
    }

    void theScenarioPanelCanBeHiddenAndShown()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *toggle = w.findChild<QAction *>(QStringLiteral("ToggleScenarioPanel"));
        QVERIFY(toggle && toggle->isEnabled() && toggle->isChecked());
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("ScenarioDock"));
        const int before = w.dashboard()->width();
        toggle->trigger();
        QTRY_VERIFY(!dock->isVisible());
        QTRY_VERIFY(w.dashboard()->width() > before); // the charts get the room
        toggle->trigger();
        QTRY_VERIFY(dock->isVisible());
    }

    void anyChartCanBeFocusedLarge()
    {
        MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (ChartView *chart : w.dashboard()->charts()) {
            QTest::mouseDClick(chart->plot(), Qt::LeftButton, {}, chart->plot()->rect().center());
            ChartFocusWindow *focus = w.chartFocus()->window();
            QVERIFY(focus);
            QCOMPARE(focus->chart()->chartId(), chart->chartId());
            QVERIFY(focus->width() > 2 * chart->width() || focus->height() > 2 * chart->height());
            QCOMPARE(focus->chart()->takeaway(), chart->takeaway());
            focus->close();
        }
    }

    void presentationTitlesFitTheirCharts()
    {
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            MainWindow w;
            w.resize(size);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.dashboard()->setPresentation(true);
            QApplication::processEvents();
            for (ChartView *chart : w.dashboard()->charts()) {
                auto *title = qobject_cast<QCPTextElement *>(chart->plot()->plotLayout()->element(0, 0));
                QVERIFY(title);
                const int needed = QFontMetrics(title->font()).horizontalAdvance(title->text());
                QVERIFY2(needed <= chart->plot()->width(), qPrintable(chart->chartId()));
            }
        }
    }

    void aNarrowChartShrinksItsTitleRatherThanClipIt()
    {
        PlotWidget plot;
        plot.setChartTitle(QStringLiteral("Will the efficiency saving survive more use?"));
        plot.setPresentation(true);
        plot.resize(400, 320);
        plot.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plot));
        auto *title = qobject_cast<QCPTextElement *>(plot.plotLayout()->element(0, 0));
        QVERIFY(QFontMetrics(title->font()).horizontalAdvance(title->text()) <= plot.width());
    }

    void anUnknownLessonIsRefused()
    {
        MainWindow w;
        QVERIFY(!w.lessons()->present(QStringLiteral("no-such-lesson")).empty());
        QVERIFY(!w.lessons()->presenter());
    }
};

QTEST_MAIN(TestLessonPlayer)
#include "tst_lesson_player.moc"
