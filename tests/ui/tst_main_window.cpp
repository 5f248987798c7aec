// Offscreen tests of the explorer window: generated forms edit the document,
// charts follow, undo and redo restore exact values, bad files leave the
// document alone, and unsaved work is autosaved and offered back.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_registry.h"
#include "dashboard.h"
#include "kpi_tiles.h"
#include "lifecycle_chart.h"
#include "main_window.h"
#include "number_spin_box.h"
#include "parameter_editor.h"
#include "plot_widget.h"
#include "problem_text.h"
#include "recovery_store.h"
#include "scenario_document.h"
#include "scenario_io.h"
#include "scenario_panel.h"
#include "test_support.h"
#include "timeline_chart.h"
#include "triad_chart.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QSignalSpy>

#include "catalog.h"
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace mlimpact;
using namespace mlimpact::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void opensOnDefaultPreset();
    void chartsShowResults();
    void editThroughPanelUpdatesCharts();
    void sliderDragIsOneUndoStep();
    void undoRedoRestoreExactValues();
    void choiceEditorChangesHardware();
    void invalidEditIsRefused();
    void badFileKeepsScenario();
    void saveAndReopen();
    void recoveryIsWrittenAndOffered();
    void triadPickerRequestsSweep();
    void restoredWorkStaysRecoverable();
    void keyboardSliderStepsAreSeparateUndoSteps();
    void overrideStartsFromCatalogValue();
    void typedValueIsCommittedBeforeSave();
    void windowSaysWhatTheReportSays_data();
    void windowSaysWhatTheReportSays();
    void pickerChangeDoesNotRerunTheModel();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and recovery files in a test location
}

void TestMainWindow::init()
{
    RecoveryStore::discard();
}

void TestMainWindow::opensOnDefaultPreset()
{
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.document()->scenario().system.name, std::string("LLM chat service (train and serve)"));
    QVERIFY(w.windowTitle().contains(QStringLiteral("LLM chat service")));
    QVERIFY(w.menuBar()->actions().size() >= 4);
    QCOMPARE(w.dashboard()->charts().size(), chartRegistry().size());
    for (qsizetype i = 0; i < chartRegistry().size(); ++i)
        QCOMPARE(w.dashboard()->charts()[i]->chartId(), chartRegistry()[i].id);
    QVERIFY(w.document()->results().totals.carbon_kgco2e() > 0);
    QVERIFY(w.dashboard()->tiles()->valueText(0).contains(QStringLiteral("CO₂e")));
    QVERIFY(w.dashboard()->tiles()->equivalentText(0).startsWith(QStringLiteral("≈")));
}

void TestMainWindow::chartsShowResults()
{
    MainWindow w;
    const Results &r = w.document()->results();
    auto *chart = static_cast<LifecycleChart *>(w.dashboard()->chart(QStringLiteral("lifecycle")));
    const double carbon = r.totals.carbon_kgco2e();
    for (Phase p : kAllPhases) {
        QVERIFY(std::fabs(chart->shownShare(p, 0) - 100 * r.phase(p).energy_kwh / r.totals.energy_kwh) < 1e-9);
        QVERIFY(std::fabs(chart->shownShare(p, 1) - 100 * r.phase(p).operational_kgco2e / carbon) < 1e-9);
        QVERIFY(std::fabs(chart->shownShare(p, 2) - 100 * r.phase(p).embodied_kgco2e / carbon) < 1e-9);
    }
    QCOMPARE(chart->shownShare(Phase::Disposal, 4), 100.0); // e-waste is counted at disposal (model.md §7)
    for (auto *c : w.dashboard()->charts()) {
        QVERIFY2(!c->takeaway().isEmpty(), qPrintable(c->chartId()));
        QVERIFY2(!c->note().isEmpty(), qPrintable(c->chartId()));
        QCOMPARE(c->plot()->toPixmap(640, 400).size(), QSize(640, 400));
    }
    auto *timeline = static_cast<TimelineChart *>(w.dashboard()->chart(QStringLiteral("timeline")));
    // The top of the stack at the last month is the timeline's total; the first layer is development.
    QVERIFY(std::fabs(timeline->finalStackedValue(Phase::Disposal) / timeline->finalStackedValue(Phase::Development) -
                      r.timeline.totals.carbon_kgco2e() /
                          r.timeline.phaseTotals[static_cast<int>(Phase::Development)].carbon_kgco2e()) < 1e-6);
}

void TestMainWindow::editThroughPanelUpdatesCharts()
{
    MainWindow w;
    // The FLOP mode is linear in queries (the default preset's roofline fleet is not).
    QSignalSpy modeSpy(w.document(), &ScenarioDocument::resultsChanged);
    QVERIFY(w.document()->setValue(*findParameter("deployment.mode"), std::string("model_flop")).empty());
    QTRY_VERIFY(modeSpy.count() >= 1);
    ParameterEditor *editor = w.scenarioPanel()->editor("deployment.queries_per_day");
    QVERIFY(editor && editor->spinBox());
    const double before = w.document()->results().phase(Phase::Deployment).energy_kwh;
    QSignalSpy spy(w.document(), &ScenarioDocument::resultsChanged);
    editor->spinBox()->setValue(2 * w.document()->scenario().deployment.queries_per_day);
    QTRY_VERIFY(spy.count() >= 1);
    QCOMPARE(w.document()->scenario().deployment.queries_per_day, 2e7);
    QVERIFY(std::fabs(w.document()->results().phase(Phase::Deployment).energy_kwh / before - 2) < 1e-9);
    auto *chart = static_cast<LifecycleChart *>(w.dashboard()->chart(QStringLiteral("lifecycle")));
    const Results &r = w.document()->results();
    QVERIFY(std::fabs(chart->shownShare(Phase::Deployment, 0) -
                      100 * r.phase(Phase::Deployment).energy_kwh / r.totals.energy_kwh) < 1e-9);
    QVERIFY(w.isWindowModified());
}

void TestMainWindow::sliderDragIsOneUndoStep()
{
    MainWindow w;
    ParameterEditor *editor = w.scenarioPanel()->editor("deployment.mfu");
    QVERIFY(editor && editor->slider());
    const double original = w.document()->scenario().deployment.mfu;
    QUndoStack *stack = w.document()->undoStack();
    const int start = stack->count();
    editor->slider()->setSliderDown(true); // one drag with the mouse
    for (int pos : {100, 200, 300, 400})
        editor->slider()->setValue(pos);
    editor->slider()->setSliderDown(false); // released: the step is closed
    QCOMPARE(stack->count(), start + 1);
    QVERIFY(w.document()->scenario().deployment.mfu != original);
    editor->slider()->setSliderDown(true); // a new drag is a new step
    editor->slider()->setValue(600);
    editor->slider()->setSliderDown(false);
    QCOMPARE(stack->count(), start + 2);
    stack->undo();
    stack->undo();
    QCOMPARE(w.document()->scenario().deployment.mfu, original);
}

void TestMainWindow::undoRedoRestoreExactValues()
{
    MainWindow w;
    ScenarioDocument *doc = w.document();
    const Scenario original = doc->scenario();
    const Parameter *p = findParameter("training.site.pue");
    QVERIFY(doc->setValue(*p, 1.2345678901234567).empty());
    const Scenario edited = doc->scenario();
    doc->undoStack()->undo();
    QVERIFY(doc->scenario() == original);
    QVERIFY(!doc->isModified());
    doc->undoStack()->redo();
    QVERIFY(doc->scenario() == edited);
    QCOMPARE(*doc->scenario().training.site.pue, 1.2345678901234567);
    // The form shows the value after undo.
    doc->undoStack()->undo();
    ParameterEditor *editor = w.scenarioPanel()->editor("training.site.pue");
    QVERIFY(!editor->spinBox()->isEnabled()); // back to "use the catalog"
}

void TestMainWindow::choiceEditorChangesHardware()
{
    MainWindow w;
    ParameterEditor *editor = w.scenarioPanel()->editor("deployment.site.hardware");
    QVERIFY(editor && editor->comboBox());
    const int index = editor->comboBox()->findData(QStringLiteral("nvidia-l4"));
    QVERIFY(index >= 0);
    editor->comboBox()->setCurrentIndex(index);
    emit editor->comboBox()->activated(index);
    QCOMPARE(w.document()->scenario().deployment.site.hardware, std::string("nvidia-l4"));
    QVERIFY(editor->comboBox()->itemData(index, Qt::ToolTipRole).toString().contains(QStringLiteral("tdp_w")));
}

void TestMainWindow::invalidEditIsRefused()
{
    MainWindow w;
    const Parameter *p = findParameter("deployment.mfu");
    const Scenario before = w.document()->scenario();
    QVERIFY(problemText(w.document()->setValue(*p, 7.0)).contains(QStringLiteral("out of range")));
    QVERIFY(w.document()->scenario() == before);
    // FLOP-based compute on hardware without a peak is refused too.
    QVERIFY(!w.document()
                 ->setValue(*findParameter("training.site.hardware"), std::string("cpu-server-dual-socket"))
                 .empty());
}

void TestMainWindow::badFileKeepsScenario()
{
    MainWindow w;
    const Scenario before = w.document()->scenario();
    const Diagnostics problems =
        w.loadFile(test::sourcePath(QStringLiteral("tests/data/malformed/negative-queries.json")));
    QVERIFY(!problems.empty());
    QVERIFY(problemText(problems).contains(QStringLiteral("/deployment/queries_per_day")));
    QVERIFY(w.document()->scenario() == before);
}

void TestMainWindow::saveAndReopen()
{
    QTemporaryDir dir;
    MainWindow w;
    QVERIFY(w.document()->setValue(*findParameter("system.service_years"), 7.0).empty());
    const QString path = dir.filePath(QStringLiteral("mine.json"));
    Diagnostics error;
    QVERIFY((error = w.document()->save(path)).empty());
    QVERIFY(!w.document()->isModified());
    QVERIFY(w.windowTitle().contains(QStringLiteral("mine.json")));
    MainWindow other;
    QVERIFY(other.loadFile(path).empty());
    QCOMPARE(other.document()->scenario().system.service_years, 7.0);
    QVERIFY(!(error = w.document()->save(QStringLiteral("/nonexistent-dir/x.json"))).empty());
    QVERIFY(problemText(error).contains(QStringLiteral("/nonexistent-dir/x.json")));
}

void TestMainWindow::recoveryIsWrittenAndOffered()
{
    {
        MainWindow w;
        w.recovery()->setDelays(50, 50);
        QVERIFY(w.document()->setValue(*findParameter("deployment.queries_per_day"), 123456.0).empty());
        QTRY_VERIFY(QFile::exists(RecoveryStore::recoveryPath()));
        // The window is destroyed without closeEvent: as after a crash, the file stays.
    }
    const auto pending = RecoveryStore::pending();
    QVERIFY(pending.has_value());
    QCOMPARE(pending->document.baseline.deployment.queries_per_day, 123456.0);
    MainWindow next;
    next.document()->restore(pending->document, pending->originalPath, pending->catalog, pending->catalogFiles);
    QCOMPARE(next.document()->scenario().deployment.queries_per_day, 123456.0);
    QVERIFY(next.document()->isModified());
    RecoveryStore::discard();
    QVERIFY(!RecoveryStore::pending());
}

void TestMainWindow::triadPickerRequestsSweep()
{
    MainWindow w;
    auto *triad = static_cast<TriadChart *>(w.dashboard()->chart(QStringLiteral("triad")));
    // Sparse kernels: the dense model is a point of its own, not the start of the curve; the
    // scenario's own setting is marked on all three curves.
    const auto &sweep = w.document()->analyses().triad;
    QCOMPARE(sweep.technique, Technique::UnstructuredSparseKernels);
    QCOMPARE(triad->pointCount(1), static_cast<int>(sweep.points.size()) - 1);
    QCOMPARE(triad->pointCount(4), 1);
    QCOMPARE(triad->pointCount(3), 3);
    const int q = triad->techniquePicker()->findData(static_cast<int>(Technique::Quantization));
    triad->techniquePicker()->setCurrentIndex(q);
    emit triad->techniquePicker()->activated(q);
    w.document()->flush();
    QCOMPARE(w.document()->analyses().request.technique, Technique::Quantization);
    QCOMPARE(triad->pointCount(1), 4);
    QCOMPARE(triad->pointCount(4), 0); // the INT8 baseline is on the curve
    // The pickers offer what `export --triad TECHNIQUE@HARDWARE` takes, and no more.
    QCOMPARE(triad->techniquePicker()->count(), static_cast<int>(triadTechniqueChoices().size()));
    int devices = 0;
    for (int i = 0; i < triad->hardwarePicker()->count(); ++i)
        devices += triad->hardwarePicker()->itemData(i).toString().isEmpty() ? 0 : 1; // the default, separator
    const auto choices = triadHardwareChoices(w.document()->catalog());
    QCOMPARE(devices, static_cast<int>(choices.size()));
    for (const auto &c : choices)
        QVERIFY2(triad->hardwarePicker()->findData(QString::fromStdString(c.key)) >= 0, c.key.c_str());
}

void TestMainWindow::restoredWorkStaysRecoverable()
{
    MainWindow first;
    first.recovery()->setDelays(30, 30);
    QVERIFY(first.document()->setValue(*findParameter("system.service_years"), 4.5).empty());
    QTRY_VERIFY(QFile::exists(RecoveryStore::recoveryPath()));
    const auto pending = RecoveryStore::pending();
    QVERIFY(pending);
    MainWindow second;
    second.document()->restore(pending->document, pending->originalPath, pending->catalog, pending->catalogFiles);
    QVERIFY(QFile::exists(RecoveryStore::recoveryPath())); // not deleted by the restore itself
    // Loading another scenario does not delete it either; only a save does.
    QVERIFY(second.loadFile(test::sourcePath(QStringLiteral("tests/validation/patterson-t5.json"))).empty());
    QVERIFY(QFile::exists(RecoveryStore::recoveryPath()));
    QTemporaryDir dir;
    Diagnostics error;
    QVERIFY((error = second.document()->save(dir.filePath(QStringLiteral("x.json")))).empty());
    QVERIFY(!QFile::exists(RecoveryStore::recoveryPath()));
}

void TestMainWindow::keyboardSliderStepsAreSeparateUndoSteps()
{
    MainWindow w;
    QSlider *slider = w.scenarioPanel()->editor("deployment.mfu")->slider();
    const int start = w.document()->undoStack()->count();
    slider->setValue(slider->value() + 10); // not dragged: as from the keyboard
    slider->setValue(slider->value() + 10);
    QCOMPARE(w.document()->undoStack()->count(), start + 2);
}

void TestMainWindow::overrideStartsFromCatalogValue()
{
    MainWindow w;
    ParameterEditor *editor = w.scenarioPanel()->editor("training.site.pue");
    QVERIFY(editor && editor->checkBox());
    const double catalogPue = builtinCatalog().datacenterType(w.document()->scenario().training.site.datacenter)->pue;
    QCOMPARE(editor->spinBox()->value(), catalogPue);
    editor->checkBox()->setChecked(true); // tick "set"
    QCOMPARE(*w.document()->scenario().training.site.pue, catalogPue);
}

void TestMainWindow::typedValueIsCommittedBeforeSave()
{
    QTemporaryDir dir;
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    Diagnostics error;
    QVERIFY((error = w.document()->save(dir.filePath(QStringLiteral("a.json")))).empty());
    NumberSpinBox *spin = w.scenarioPanel()->editor("system.service_years")->spinBox();
    w.scenarioPanel()->sections()->setCurrentIndex(0);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QStringLiteral("6"));
    QCOMPARE(w.document()->scenario().system.service_years, 3.0); // typed, not yet committed
    QAction *save = nullptr;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Save))
            save = a;
    }
    QVERIFY(save);
    save->trigger();
    QCOMPARE(w.document()->scenario().system.service_years, 6.0);
    QVERIFY(!w.document()->isModified());
}

void TestMainWindow::windowSaysWhatTheReportSays_data()
{
    QTest::addColumn<QString>("preset");
    for (const auto &id : presetIds())
        QTest::newRow(id.c_str()) << QString::fromStdString(id);
}

void TestMainWindow::windowSaysWhatTheReportSays()
{
    // One interpretation: the takeaway under each chart and the tiles read what the
    // command line's JSON report says, for every preset.
    QFETCH(QString, preset);
    const auto run = test::runBinary({QStringLiteral("evaluate"), QStringLiteral("--preset"), preset,
                                      QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject insights = QJsonDocument::fromJson(run.out).object()[QStringLiteral("insights")].toObject();
    const QJsonObject charts = insights[QStringLiteral("charts")].toObject();
    const QJsonObject headlines = insights[QStringLiteral("headlines")].toObject();
    MainWindow w;
    Diagnostics d;
    w.document()->reset(*loadPreset(preset.toStdString(), w.document()->catalog(), d));
    QCOMPARE(charts.size(), w.dashboard()->charts().size());
    for (auto *c : w.dashboard()->charts()) {
        const QJsonObject said = charts[c->chartId()].toObject();
        QCOMPARE(c->takeaway(), said[QStringLiteral("takeaway")].toString());
        QCOMPARE(c->title(), said[QStringLiteral("title")].toString());
        // Shown under the chart; an empty chart says its reason over the plot instead.
        const bool empty = said[QStringLiteral("empty_reason")].isString();
        QCOMPARE(c->findChild<QLabel *>(QStringLiteral("takeaway"))->isVisibleTo(c), !empty);
        QCOMPARE(c->plot()->emptyState(), empty ? said[QStringLiteral("empty_reason")].toString() : QString());
    }
    QCOMPARE(w.dashboard()->tiles()->valueText(0),
             headlines[QStringLiteral("total_carbon")][QStringLiteral("text")].toString());
    QCOMPARE(w.dashboard()->tiles()->valueText(5),
             headlines[QStringLiteral("deployment_to_development")][QStringLiteral("text")].toString());
    QCOMPARE(w.dashboard()->tiles()->equivalentText(4),
             headlines[QStringLiteral("carbon_per_query")][QStringLiteral("detail")].toString());
}

void TestMainWindow::pickerChangeDoesNotRerunTheModel()
{
    // Choosing another investment on the break-even chart changes its takeaway, but only
    // the analysis request changed: the Results are the very same object state.
    MainWindow w;
    QVERIFY(w.document()->setValue(*findParameter("nas.enabled"), true).empty());
    w.document()->flush();
    const auto *b = w.dashboard()->chart(QStringLiteral("break-even"));
    QVERIFY(w.document()->results().breakEvens.size() >= 2);
    const QString first = b->takeaway();
    AnalysisRequest request = w.document()->analysisRequest();
    request.breakEvenId = w.document()->results().breakEvens[1].id;
    QCOMPARE(partsChangedBy(w.document()->analysisRequest(), request), AnalysisParts::None);
    w.document()->setAnalysisRequest(request);
    w.document()->flush();
    QVERIFY(b->takeaway() != first);
    QVERIFY(b->takeaway().startsWith(QString::fromStdString(w.document()->results().breakEvens[1].label)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
