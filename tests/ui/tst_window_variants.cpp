// Offscreen tests of variants in the window: a document with variants keeps them through
// open, save, revert and crash recovery; the variant picker shows a variant's results; an
// edit on a variant becomes one of its changes (undoable), marked in the forms and reset
// to the baseline from there.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison_report.h"
#include "dashboard.h"
#include "kpi_tiles.h"
#include "main_window.h"
#include "parameter_editor.h"
#include "recovery_store.h"
#include "scenario_document.h"
#include "scenario_panel.h"
#include "variant_bar.h"
#include "variants_io.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace mlimpact;
using namespace mlimpact::ui;

namespace {

constexpr const char *kPreset = "quantize-and-meet-rebound";

VariantDocument comparisonPreset()
{
    Diagnostics d;
    const auto document = loadComparisonPreset(kPreset, builtinCatalog(), d);
    if (!document)
        qFatal("comparison preset %s does not load", kPreset);
    return *document;
}

/// The preset written to `path` as a version 2 file.
QString writePreset(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("comparison.json"));
    if (!saveDocumentFile(path.toStdString(), comparisonPreset()).empty())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

VariantDocument reload(const QString &path)
{
    Diagnostics d;
    const auto document = loadDocumentFile(path.toStdString(), builtinCatalog(), d);
    if (!document)
        qFatal("%s does not load back", qPrintable(path));
    return *document;
}

VariantBar *variantBar(const MainWindow &w)
{
    return w.findChild<VariantBar *>();
}

} // namespace

class TestWindowVariants : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { RecoveryStore::discard(); }
    void openEditSaveKeepsVariants();
    void pickerListsAndShowsVariants();
    void editOnVariantBecomesItsChange();
    void resetToBaselineIsUndoable();
    void textEditOnVariantChangesBaseline();
    void recoveryKeepsVariants();
    void comparisonPresetsAreInTheMenu();
    void createRenameDeleteAreUndoable();
    void duplicateCopiesTheChanges();
    void atMostSixVariants();
    void tilesShowChangeFromBaseline();
};

void TestWindowVariants::openEditSaveKeepsVariants()
{
    QTemporaryDir dir;
    const QString path = writePreset(dir);
    MainWindow w;
    QVERIFY(w.loadFile(path).empty());
    QVERIFY(w.document()->setValue(*findParameter("system.service_years"), 6.5).empty());
    QVERIFY(w.document()->save(path).empty());
    const VariantDocument saved = reload(path);
    QCOMPARE(saved.variants.size(), comparisonPreset().variants.size());
    QVERIFY(saved.variants == comparisonPreset().variants);
    QCOMPARE(saved.baseline.system.service_years, 6.5);
    // Saved as opened: the same text again after another round.
    MainWindow other;
    QVERIFY(other.loadFile(path).empty());
    QVERIFY(other.document()->variantDocument() == saved);
}

void TestWindowVariants::pickerListsAndShowsVariants()
{
    MainWindow w;
    QComboBox *picker = variantBar(w)->picker();
    QCOMPARE(picker->count(), 1); // the default preset has no variants
    QVERIFY(!picker->isEnabled());
    const VariantDocument preset = comparisonPreset();
    w.document()->reset(preset);
    QCOMPARE(picker->count(), static_cast<int>(preset.variants.size()) + 1);
    QCOMPARE(picker->itemText(0), QStringLiteral("Baseline"));
    QCOMPARE(picker->itemText(1), QString::fromStdString(preset.variants[0].name));
    const double baselineCarbon = w.document()->results().totals.carbon_kgco2e();
    picker->setCurrentIndex(1);
    QCOMPARE(w.document()->selectedVariant(), 0);
    QVERIFY(findParameter("deployment.precision")->get(w.document()->scenario()) ==
            ParameterValue(std::string("int8")));
    w.document()->flush();
    QVERIFY(w.document()->results().totals.carbon_kgco2e() != baselineCarbon);
    QVERIFY(!w.document()->isModified()); // looking at a variant is no edit
    QVERIFY(w.scenarioPanel()->editor("deployment.precision")->label()->font().bold());
    QVERIFY(!w.scenarioPanel()->editor("deployment.queries_per_day")->label()->font().bold());
}

void TestWindowVariants::editOnVariantBecomesItsChange()
{
    MainWindow w;
    w.document()->reset(comparisonPreset());
    const VariantDocument before = w.document()->variantDocument();
    variantBar(w)->picker()->setCurrentIndex(2);
    const Parameter &queries = *findParameter("deployment.queries_per_day");
    QVERIFY(w.document()->setValue(queries, 4.5e6).empty());
    const VariantDocument &after = w.document()->variantDocument();
    QVERIFY(after.baseline == before.baseline);
    const ParameterChange *change = findChange(after.variants[1], queries.path);
    QVERIFY(change);
    QCOMPARE(std::get<double>(change->value), 4.5e6);
    QCOMPARE(w.document()->scenario().deployment.queries_per_day, 4.5e6);
    ParameterEditor *editor = w.scenarioPanel()->editor(queries.path);
    QVERIFY(editor->label()->font().bold());
    QVERIFY(editor->resetButton()->isVisibleTo(editor));
    // Undo from the baseline view goes back to the variant it changes.
    variantBar(w)->picker()->setCurrentIndex(0);
    w.document()->undoStack()->undo();
    QVERIFY(w.document()->variantDocument() == before);
    QCOMPARE(w.document()->selectedVariant(), 1);
    QCOMPARE(variantBar(w)->picker()->currentIndex(), 2);
    QVERIFY(!editor->label()->font().bold());
    QVERIFY(!editor->resetButton()->isVisibleTo(editor));
}

void TestWindowVariants::resetToBaselineIsUndoable()
{
    MainWindow w;
    w.document()->reset(comparisonPreset());
    variantBar(w)->picker()->setCurrentIndex(1);
    ParameterEditor *editor = w.scenarioPanel()->editor("deployment.precision");
    QVERIFY(editor->resetButton()->isVisibleTo(editor));
    editor->resetButton()->click();
    QVERIFY(!findChange(w.document()->variantDocument().variants[0], "deployment.precision"));
    QVERIFY(w.document()->scenario().deployment.precision ==
            w.document()->variantDocument().baseline.deployment.precision);
    QVERIFY(!editor->label()->font().bold());
    QVERIFY(w.document()->isModified());
    w.document()->undoStack()->undo();
    QVERIFY(w.document()->variantDocument() == comparisonPreset());
    QVERIFY(editor->label()->font().bold());
}

void TestWindowVariants::textEditOnVariantChangesBaseline()
{
    // A variant has its own name: the system's name and description stay the baseline's.
    MainWindow w;
    w.document()->reset(comparisonPreset());
    w.document()->selectVariant(0);
    QVERIFY(w.document()->setValue(*findParameter("system.name"), std::string("Renamed")).empty());
    QCOMPARE(w.document()->variantDocument().baseline.system.name, std::string("Renamed"));
    QVERIFY(w.document()->variantDocument().variants[0].changes == comparisonPreset().variants[0].changes);
}

void TestWindowVariants::recoveryKeepsVariants()
{
    {
        MainWindow w;
        w.document()->reset(comparisonPreset());
        w.document()->selectVariant(1);
        QVERIFY(w.document()->setValue(*findParameter("deployment.queries_per_day"), 2.5e6).empty());
        QVERIFY(w.recovery()->writeNow().empty());
    }
    const auto pending = RecoveryStore::pending();
    QVERIFY(pending);
    QCOMPARE(pending->document.variants.size(), comparisonPreset().variants.size());
    QVERIFY(findChange(pending->document.variants[1], "deployment.queries_per_day"));
    MainWindow next;
    next.document()->restore(pending->document, pending->originalPath, pending->catalog, pending->catalogFiles);
    QVERIFY(next.document()->variantDocument() == pending->document);
    QCOMPARE(variantBar(next)->picker()->count(), static_cast<int>(pending->document.variants.size()) + 1);
    RecoveryStore::discard();
}

void TestWindowVariants::comparisonPresetsAreInTheMenu()
{
    MainWindow w;
    const QString name = QString::fromStdString(comparisonPreset().baseline.system.name);
    QAction *found = nullptr;
    for (QMenu *menu : w.menuBar()->findChildren<QMenu *>()) {
        for (QAction *action : menu->actions()) {
            if (action->text() == name)
                found = action;
        }
    }
    QVERIFY(found);
    found->trigger();
    QVERIFY(w.document()->variantDocument() == comparisonPreset());
    QCOMPARE(variantBar(w)->picker()->count(), static_cast<int>(comparisonPreset().variants.size()) + 1);
}

void TestWindowVariants::createRenameDeleteAreUndoable()
{
    MainWindow w;
    VariantBar *bar = variantBar(w);
    ScenarioDocument *doc = w.document();
    bar->newAction()->trigger();
    QVERIFY(bar->nameEdit()->isVisibleTo(bar));
    QCOMPARE(bar->nameEdit()->text(), QStringLiteral("Variant"));
    // The baseline's name is refused where it is typed, with the reason.
    bar->nameEdit()->setText(QStringLiteral("baseline "));
    QVERIFY(bar->nameMessage()->isVisibleTo(bar));
    QVERIFY(bar->nameMessage()->text().contains(QStringLiteral("baseline")));
    QTest::keyClick(bar->nameEdit(), Qt::Key_Return);
    QVERIFY(doc->variantDocument().variants.empty());
    bar->nameEdit()->setText(QStringLiteral("INT4"));
    QVERIFY(!bar->nameMessage()->isVisibleTo(bar));
    QTest::keyClick(bar->nameEdit(), Qt::Key_Return);
    QVERIFY(!bar->nameEdit()->isVisibleTo(bar));
    QCOMPARE(doc->variantDocument().variants.size(), std::size_t(1));
    QCOMPARE(doc->variantDocument().variants[0].name, std::string("INT4"));
    QCOMPARE(doc->selectedVariant(), 0);
    QCOMPARE(bar->picker()->currentText(), QStringLiteral("INT4"));
    QVERIFY(doc->isModified());

    bar->newAction()->trigger();
    bar->nameEdit()->setText(QStringLiteral("Pruned"));
    QTest::keyClick(bar->nameEdit(), Qt::Key_Return);
    bar->renameAction()->trigger();
    QCOMPARE(bar->nameEdit()->text(), QStringLiteral("Pruned"));
    bar->nameEdit()->setText(QStringLiteral("int4")); // another variant's name, in other case
    QVERIFY(bar->nameMessage()->text().contains(QStringLiteral("duplicate"), Qt::CaseInsensitive));
    bar->nameEdit()->setText(QStringLiteral("Pruned 50%"));
    QTest::keyClick(bar->nameEdit(), Qt::Key_Return);
    QCOMPARE(doc->variantDocument().variants[1].name, std::string("Pruned 50%"));
    QCOMPARE(bar->picker()->itemText(2), QStringLiteral("Pruned 50%"));

    bar->deleteAction()->trigger();
    QCOMPARE(doc->variantDocument().variants.size(), std::size_t(1));
    QCOMPARE(doc->selectedVariant(), -1);
    QVERIFY(!bar->deleteAction()->isEnabled()); // nothing to delete on the baseline

    doc->undoStack()->undo(); // delete
    QCOMPARE(doc->variantDocument().variants.size(), std::size_t(2));
    QCOMPARE(doc->selectedVariant(), 1);
    doc->undoStack()->undo(); // rename
    QCOMPARE(doc->variantDocument().variants[1].name, std::string("Pruned"));
    doc->undoStack()->undo(); // second new
    doc->undoStack()->undo(); // first new
    QVERIFY(doc->variantDocument().variants.empty());
    QCOMPARE(bar->picker()->count(), 1);
    QVERIFY(!doc->isModified());
    doc->undoStack()->redo();
    QCOMPARE(doc->variantDocument().variants.size(), std::size_t(1));
}

void TestWindowVariants::duplicateCopiesTheChanges()
{
    MainWindow w;
    w.document()->reset(comparisonPreset());
    w.document()->selectVariant(2);
    VariantBar *bar = variantBar(w);
    bar->duplicateAction()->trigger();
    QCOMPARE(bar->nameEdit()->text(), bar->picker()->itemText(3) + QStringLiteral(" copy"));
    QTest::keyClick(bar->nameEdit(), Qt::Key_Return);
    const auto &variants = w.document()->variantDocument().variants;
    QCOMPARE(variants.size(), std::size_t(4));
    QVERIFY(variants[3].changes == variants[2].changes);
    QCOMPARE(w.document()->selectedVariant(), 3);
}

void TestWindowVariants::atMostSixVariants()
{
    MainWindow w;
    for (int i = 0; i < static_cast<int>(kMaxVariants); ++i)
        QVERIFY(w.document()->addVariant(QStringLiteral("V%1").arg(i)).empty());
    QVERIFY(!w.document()->addVariant(QStringLiteral("One more")).empty());
    QCOMPARE(w.document()->variantDocument().variants.size(), kMaxVariants);
    QVERIFY(!variantBar(w)->newAction()->isEnabled());
}

void TestWindowVariants::tilesShowChangeFromBaseline()
{
    MainWindow w;
    w.document()->reset(comparisonPreset());
    KpiTiles *tiles = w.dashboard()->tiles();
    const CriterionValues baseline = criterionTotals(w.document()->results());
    QCOMPARE(tiles->changeText(0), QString());
    variantBar(w)->picker()->setCurrentIndex(1); // INT8 at fixed demand: less of everything at deployment
    w.document()->flush();
    const CriterionValues shown = criterionTotals(w.document()->results());
    const auto carbon = static_cast<std::size_t>(Criterion::Carbon);
    QVERIFY(shown[carbon] < baseline[carbon]);
    QCOMPARE(tiles->changeText(0),
             QString::fromStdString(changeFromBaseline(baseline[carbon], shown[carbon], Criterion::Carbon)));
    QVERIFY(tiles->changeText(0).startsWith(QLatin1Char('-')));
    QVERIFY(tiles->changeText(1).endsWith(QStringLiteral("vs Baseline")));
    QCOMPARE(tiles->changeText(4), QString()); // per-query and ratio tiles have none
    variantBar(w)->picker()->setCurrentIndex(0);
    w.document()->flush();
    QCOMPARE(tiles->changeText(0), QString());
}

QTEST_MAIN(TestWindowVariants)
#include "tst_window_variants.moc"
