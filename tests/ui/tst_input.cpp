// Offscreen tests of what the window does with input: number boxes read "30M" and
// refuse what they cannot take with an inline message (never another number), Ctrl+Z
// undoes the document from a focused editor, opening a file with unknown keys says so
// (and saving over it asks first), and File > New gives the neutral blank scenario.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "file_warnings_bar.h"
#include "main_window.h"
#include "measured_runs_import.h"
#include "number_spin_box.h"
#include "parameter_editor.h"
#include "recovery_store.h"
#include "scenario_document.h"
#include "scenario_io.h"
#include "scenario_panel.h"
#include "test_support.h"
#include "variants_io.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBox>
#include <QToolButton>
#include <QUndoStack>

#include <cmath>

using namespace mlimpact;
using namespace mlimpact::ui;
using mlimpact::test::sourcePath;

namespace {

/// Opens the scenario section that holds `path` and returns its editor.
ParameterEditor *editorFor(MainWindow &w, const std::string &path)
{
    ParameterEditor *editor = w.scenarioPanel()->editor(path);
    QToolBox *sections = w.scenarioPanel()->sections();
    for (int i = 0; i < sections->count(); ++i) {
        if (sections->widget(i)->isAncestorOf(editor))
            sections->setCurrentIndex(i);
    }
    return editor;
}

/// Types `text` into a number box as a person would (replacing its text) and presses Enter.
void typeAndEnter(NumberSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
    QTest::keyClick(spin, Qt::Key_Return);
}

/// Clicks the button whose text starts with `label` in the next message box that opens.
void answerNextMessageBox(const QString &label)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, label] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().startsWith(label)) {
                timer->stop();
                timer->deleteLater();
                button->click();
                return;
            }
        }
    });
    timer->start();
}

void showAndActivate(MainWindow &w)
{
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
}

} // namespace

class TestInput : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void typedSuffixIsTaken();
    void boxShowsReadableNumbers();
    void commaInDotLocaleIsRefusedInline();
    void localeDecimalCommaIsTaken();
    void outOfRangeSaysTheRange();
    void fractionalHourIsRefused();
    void ctrlZInNumberBoxUndoesTheDocument();
    void ctrlZInTextFieldUndoesTheDocument();
    void unknownKeysAreShownAndSaveAsksFirst();
    void fileNewGivesTheBlankScenario();
    void importMeasuredRunsIsOneUndoStep();
};

void TestInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and recovery files in a test location
}

void TestInput::init()
{
    RecoveryStore::discard();
}

void TestInput::typedSuffixIsTaken()
{
    // "30M" used to become 30 queries/day: the "M" keystroke was dropped without a word.
    MainWindow w;
    showAndActivate(w);
    ParameterEditor *editor = editorFor(w, "deployment.queries_per_day");
    typeAndEnter(editor->spinBox(), QStringLiteral("30M"));
    QCOMPARE(w.document()->scenario().deployment.queries_per_day, 3e7);
    QCOMPARE(editor->spinBox()->text(), QStringLiteral("30 M queries/day"));
    QVERIFY(editor->messageLabel()->isHidden());
}

void TestInput::boxShowsReadableNumbers()
{
    MainWindow w;
    ParameterEditor *editor = w.scenarioPanel()->editor("deployment.queries_per_day");
    QVERIFY(w.document()->setValue(editor->parameter(), 1e7).empty());
    QCOMPARE(editor->spinBox()->text(), QStringLiteral("10 M queries/day")); // was "1e+07"
    QCOMPARE(editor->spinBox()->valueFromText(editor->spinBox()->text()), 1e7);
}

void TestInput::commaInDotLocaleIsRefusedInline()
{
    // "1,5" used to become provisioning x15 (carbon 29.5 t -> 126 t).
    MainWindow w;
    showAndActivate(w);
    ParameterEditor *editor = editorFor(w, "deployment.provisioning_factor");
    editor->spinBox()->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    const double before = w.document()->scenario().deployment.provisioning_factor;
    const int steps = w.document()->undoStack()->count();
    typeAndEnter(editor->spinBox(), QStringLiteral("1,5"));
    QCOMPARE(w.document()->scenario().deployment.provisioning_factor, before);
    QCOMPARE(w.document()->undoStack()->count(), steps);
    QVERIFY(editor->messageLabel()->isVisible());
    const QString message = editor->messageLabel()->text();
    QVERIFY2(message.contains(QStringLiteral("“1,5”")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("groups thousands")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Kept ")), qPrintable(message));
    // "1,500" could be either reading there: refused as ambiguous, not guessed.
    typeAndEnter(editor->spinBox(), QStringLiteral("1,500"));
    QCOMPARE(w.document()->scenario().deployment.provisioning_factor, before);
    QVERIFY2(editor->messageLabel()->text().contains(QStringLiteral("ambiguous")),
             qPrintable(editor->messageLabel()->text()));
    // A value it can take clears the message.
    typeAndEnter(editor->spinBox(), QStringLiteral("2.5"));
    QCOMPARE(w.document()->scenario().deployment.provisioning_factor, 2.5);
    QVERIFY(editor->messageLabel()->isHidden());
}

void TestInput::localeDecimalCommaIsTaken()
{
    MainWindow w;
    showAndActivate(w);
    ParameterEditor *editor = editorFor(w, "deployment.provisioning_factor");
    editor->spinBox()->setLocale(QLocale(QLocale::German, QLocale::Germany));
    typeAndEnter(editor->spinBox(), QStringLiteral("2,5"));
    QCOMPARE(w.document()->scenario().deployment.provisioning_factor, 2.5);
    QCOMPARE(editor->spinBox()->text(), QStringLiteral("2,5 x"));
}

void TestInput::outOfRangeSaysTheRange()
{
    // MFU 5 used to revert without a message.
    MainWindow w;
    showAndActivate(w);
    // MFU is used (and editable) in the FLOP mode; the default preset serves in roofline mode.
    QVERIFY(w.document()->setValue(*findParameter("deployment.mode"), std::string("model_flop")).empty());
    ParameterEditor *editor = editorFor(w, "deployment.mfu");
    const double before = w.document()->scenario().deployment.mfu;
    typeAndEnter(editor->spinBox(), QStringLiteral("5"));
    QCOMPARE(w.document()->scenario().deployment.mfu, before);
    QVERIFY(editor->messageLabel()->isVisible());
    const QString message = editor->messageLabel()->text();
    QVERIFY2(message.contains(QStringLiteral("out of range")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("0.001 to 1")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("Kept ") + editor->spinBox()->textFromValue(before)), qPrintable(message));
    QCOMPARE(editor->spinBox()->value(), before);
}

void TestInput::fractionalHourIsRefused()
{
    MainWindow w;
    showAndActivate(w);
    ParameterEditor *editor = editorFor(w, "training.schedule.start_hour");
    const double before = w.document()->scenario().training.schedule.start_hour;
    typeAndEnter(editor->spinBox(), QStringLiteral("9.5"));
    QCOMPARE(w.document()->scenario().training.schedule.start_hour, before);
    QVERIFY2(editor->messageLabel()->text().contains(QStringLiteral("expected a whole number 0–23 h")),
             qPrintable(editor->messageLabel()->text()));
    typeAndEnter(editor->spinBox(), QStringLiteral("21"));
    QCOMPARE(w.document()->scenario().training.schedule.start_hour, 21.0);
}

void TestInput::ctrlZInNumberBoxUndoesTheDocument()
{
    MainWindow w;
    showAndActivate(w);
    ParameterEditor *editor = editorFor(w, "deployment.queries_per_day");
    NumberSpinBox *spin = editor->spinBox();
    const double before = w.document()->scenario().deployment.queries_per_day;
    typeAndEnter(spin, QStringLiteral("30M"));
    QCOMPARE(w.document()->scenario().deployment.queries_per_day, 3e7);
    QVERIFY(spin->hasFocus());
    QTest::keyClick(spin, Qt::Key_Z, Qt::ControlModifier); // Edit > Undo, with the box focused
    QCOMPARE(w.document()->scenario().deployment.queries_per_day, before);
    QCOMPARE(spin->value(), before);
    QTest::keySequence(spin, QKeySequence(QKeySequence::Redo)); // the platform's Redo (Ctrl+Y here)
    QCOMPARE(w.document()->scenario().deployment.queries_per_day, 3e7);
    // While a value is still being typed, Ctrl+Z undoes the typing, not the document.
    const int index = w.document()->undoStack()->index();
    QTest::keyClicks(spin, QStringLiteral("7"));
    QTest::keyClick(spin, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.document()->undoStack()->index(), index);
    QCOMPARE(w.document()->scenario().deployment.queries_per_day, 3e7);
}

void TestInput::ctrlZInTextFieldUndoesTheDocument()
{
    MainWindow w;
    showAndActivate(w);
    ParameterEditor *editor = editorFor(w, "system.name");
    auto *line = editor->findChild<QLineEdit *>();
    QVERIFY(line);
    const std::string before = w.document()->scenario().system.name;
    line->setFocus();
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("Renamed"));
    QTest::keyClick(line, Qt::Key_Return);
    QCOMPARE(w.document()->scenario().system.name, std::string("Renamed"));
    QTest::keyClick(line, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.document()->scenario().system.name, before);
}

void TestInput::unknownKeysAreShownAndSaveAsksFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("extra-keys.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format_version": 1, "system": {"name": "extra"}, "notes": "mine",
                       "deployment": {"queries_per_day": 2e6, "query_cache": 0.3}})");
    }
    MainWindow w;
    showAndActivate(w);
    QVERIFY(w.openFile(path)); // opens: unknown keys are warnings, not errors
    auto *bar = w.findChild<FileWarningsBar *>();
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    for (const QString &expected : {QStringLiteral("extra-keys.json"), QStringLiteral("/notes"),
                                    QStringLiteral("/deployment/query_cache"), QStringLiteral("will not keep")})
        QVERIFY2(bar->text().contains(expected), qPrintable(bar->text()));

    // Saving over the file asks first; Cancel leaves the file as it was.
    QAction *save = nullptr;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::Save))
            save = a;
    }
    QVERIFY(save);
    QVERIFY(w.document()->setValue(*findParameter("system.service_years"), 4.0).empty());
    answerNextMessageBox(QStringLiteral("Cancel"));
    save->trigger();
    QVERIFY(test::readFile(path).contains(QStringLiteral("query_cache")));
    QVERIFY(w.document()->isModified());
    // Saving without them writes the file without the keys, and the bar goes.
    answerNextMessageBox(QStringLiteral("Save Without Them"));
    save->trigger();
    QVERIFY(!test::readFile(path).contains(QStringLiteral("query_cache")));
    QVERIFY(!w.document()->isModified());
    QVERIFY(bar->isHidden());
    QVERIFY(w.document()->fileWarnings().empty());
}

void TestInput::fileNewGivesTheBlankScenario()
{
    MainWindow w;
    QAction *newAction = nullptr;
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(QKeySequence::New))
            newAction = a;
    }
    QVERIFY(newAction);
    newAction->trigger();
    const Scenario &s = w.document()->scenario();
    QCOMPARE(s.system.name, std::string("Blank scenario"));
    QVERIFY(s.system.description.find("neutral starting point") != std::string::npos);
    // Everything else is the registry's defaults, each sourced or a labelled assumption.
    Scenario defaults;
    defaults.system.name = s.system.name;
    defaults.system.description = s.system.description;
    QVERIFY(s == defaults);
    for (const auto &p : parameterRegistry()) {
        if (p.kind == ParameterKind::Number)
            QVERIFY2(!p.source.empty(), p.path.c_str());
    }
    // "New from Preset" offers it first, then the examples.
    QMenu *presets = nullptr;
    for (QMenu *menu : w.findChildren<QMenu *>()) {
        if (menu->title().contains(QStringLiteral("New from")))
            presets = menu;
    }
    QVERIFY(presets);
    QCOMPARE(presets->actions().first()->text(), QStringLiteral("Blank scenario"));
    // A separator after it, and the comparisons under their own heading.
    QCOMPARE(presets->actions().size(), static_cast<qsizetype>(presetIds().size() + 2 + comparisonPresetIds().size()));
}

void TestInput::importMeasuredRunsIsOneUndoStep()
{
    MainWindow w;
    bool inMenu = false;
    for (QAction *menu : w.menuBar()->actions()) {
        for (QAction *a : menu->menu() ? menu->menu()->actions() : QList<QAction *>())
            inMenu = inMenu || a->text() == QStringLiteral("&Import Measured Runs…");
    }
    QVERIFY(inMenu);
    ScenarioDocument &doc = *w.document();
    const Scenario before = doc.scenario();
    const int steps = doc.undoStack()->count();
    // A malformed file: the problem with its line and column, and nothing changed.
    QString error;
    QVERIFY(importMeasuredRunsFile(doc, sourcePath(QStringLiteral("tests/data/codecarbon/malformed-quote.csv")),
                                   MeasuredPhase::Training, &error)
                .isEmpty());
    QVERIFY2(error.contains(QStringLiteral("line 3, column 3")), qPrintable(error));
    QCOMPARE(doc.scenario(), before);
    QCOMPARE(doc.undoStack()->count(), steps);
    // A good one: one undo step; the form shows the measured energy.
    error.clear();
    const QStringList lines = importMeasuredRunsFile(
        doc, sourcePath(QStringLiteral("tests/data/codecarbon/training-runs.csv")), MeasuredPhase::Training, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!lines.isEmpty());
    QCOMPARE(doc.scenario().training.workload.mode, ComputeMode::MeasuredEnergy);
    QVERIFY(std::fabs(doc.scenario().training.workload.measured_energy_kwh - 48.0) < 1e-9);
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Import Measured Runs"));
    ParameterEditor *editor = w.scenarioPanel()->editor("training.workload.measured_energy_kwh");
    QVERIFY(editor);
    QVERIFY2(editor->spinBox()->text().startsWith(QStringLiteral("48")), qPrintable(editor->spinBox()->text()));
    doc.undoStack()->undo();
    QCOMPARE(doc.scenario(), before);
}

QTEST_MAIN(TestInput)
#include "tst_input.moc"
