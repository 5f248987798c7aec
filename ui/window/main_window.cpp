// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "about_box.h"
#include "app_theme.h"
#include "chart_export.h"
#include "chart_focus.h"
#include "dashboard.h"
#include "deck_dialog.h"
#include "file_warnings_bar.h"
#include "format.h"
#include "intensity_import_dialog.h"
#include "kpi_tiles.h"
#include "lesson_player.h"
#include "measured_runs_import.h"
#include "problem_text.h"
#include "recovery_store.h"
#include "scenario_document.h"
#include "scenario_io.h"
#include "scenario_panel.h"
#include "uncertainty_bands.h"
#include "variant_bar.h"
#include "variants_io.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace mlimpact::ui {
namespace {

constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("files/recent");

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ScenarioDocument(this))
    , m_panel(new ScenarioPanel(m_document, this))
    , m_dashboard(new Dashboard(m_document, this))
    , m_recovery(new RecoveryStore(m_document, this))
    , m_evalTime(new QLabel(this))
{
    m_lessons = new LessonLauncher(m_document->catalog(), this);
    m_chartFocus = new ChartFocus(m_document, m_dashboard, this);
    // Leaving a lesson keeps its step's scenario to explore, as a new document without a file.
    connect(m_lessons, &LessonLauncher::scenarioKept, this, [this](const Scenario &scenario, const QString &name) {
        if (maybeSave())
            m_document->reset(scenario, name);
        activateWindow();
    });
    setObjectName(QStringLiteral("MainWindow"));
    // A bar above the charts says what an opened file held that is not kept.
    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(new FileWarningsBar(m_document, central));
    column->addWidget(m_dashboard, 1);
    setCentralWidget(central);
    auto *dock = new QDockWidget(tr("Scenario"), this);
    dock->setObjectName(QStringLiteral("ScenarioDock"));
    // The variant shown and edited sits above the forms it applies to.
    auto *dockColumn = new QWidget(dock);
    auto *dockLayout = new QVBoxLayout(dockColumn);
    dockLayout->setContentsMargins(0, 0, 0, 0);
    dockLayout->setSpacing(0);
    dockLayout->addWidget(new VariantBar(m_document, dockColumn));
    dockLayout->addWidget(m_panel, 1);
    dock->setWidget(dockColumn);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    statusBar()->addPermanentWidget(m_evalTime);
    m_bands = new UncertaintyBands(m_document, m_dashboard, this);
    statusBar()->addPermanentWidget(m_bands->progressBar());
    setAcceptDrops(true);
    createMenus();
    // A chart's "edit this" (a systems-map node) opens the parameter in the dock.
    connect(m_dashboard, &Dashboard::parameterRequested, this, [this, dock](const QString &path) {
        dock->show();
        m_panel->focusParameter(path.toStdString());
    });

    connect(m_document, &ScenarioDocument::modificationChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ScenarioDocument::resultsChanged, this, [this] {
        m_evalTime->setText(
            tr("Evaluated in %1 µs")
                .arg(QLocale().toString(static_cast<double>(m_document->lastEvaluationNs()) / 1000.0, 'f', 0)));
        if (const auto caveats = caveatsOf(m_document->results()); !caveats.empty())
            statusBar()->showMessage(QString::fromStdString(caveats.front()), 8000);
    });
    updateTitle();

    m_panel->setMinimumWidth(300);
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: as large as comfortable, never larger than the screen.
        const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
        resize(available.width() * 96 / 100, available.height() * 94 / 100);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    resizeDocks({dock}, {width() >= 1500 ? 390 : 320}, Qt::Horizontal);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New"), QKeySequence::New, this, &MainWindow::newDocument);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, [this] {
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), QString(),
                                                          tr("Scenario files (*.mlimpact.json *.json);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    addPresetMenu(file->addMenu(tr("New from &Preset")));
    file->addSeparator();
    file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addAction(tr("Re&vert"), this, &MainWindow::revert);
    file->addSeparator();
    file->addAction(tr("Export &Deck (PDF)…"), this, &MainWindow::exportDeck);
    file->addAction(tr("Export Slides as &Images…"), this, &MainWindow::exportSlideImages);
    file->addSeparator();
    file->addAction(tr("Add &Catalog File…"), this, &MainWindow::openCatalog);
    file->addAction(tr("&Import Measured Runs…"), this, [this] { importMeasuredRunsInteractively(this, *m_document); });
    file->addAction(tr("Import &Hourly Intensity…"), this,
                    [this] { importHourlyIntensityInteractively(this, *m_document); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo); // every binding of the platform (Redo: Ctrl+Shift+Z and Ctrl+Y)
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    addViewActions(view);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Lessons…"), QKeySequence(Qt::Key_F1), m_lessons, &LessonLauncher::showStartPage);
    m_lessons->fillMenu(help->addMenu(tr("&Present a Lesson")));
    help->addAction(tr("Open Lesson &File…"), m_lessons, &LessonLauncher::openLessonFile);
    help->addSeparator();
    help->addAction(tr("&About ML Impact Explorer"), this, &MainWindow::showAbout);
}

void MainWindow::addViewActions(QMenu *view)
{
    // The dock is not closable (no close button), so its own toggle action is disabled: this
    // one hides and shows it, e.g. to give the charts the whole window.
    auto *dock = findChild<QDockWidget *>(QStringLiteral("ScenarioDock"));
    QAction *scenario = view->addAction(tr("&Scenario Panel"));
    scenario->setObjectName(QStringLiteral("ToggleScenarioPanel"));
    scenario->setCheckable(true);
    scenario->setChecked(true);
    scenario->setShortcut(QKeySequence(Qt::Key_F9));
    connect(scenario, &QAction::toggled, dock, &QDockWidget::setVisible);
    connect(dock, &QDockWidget::visibilityChanged, scenario,
            [scenario, dock] { scenario->setChecked(dock->isVisible()); });
    m_chartFocus->fillMenu(view->addMenu(tr("&Focus Chart")));
    QAction *presentation = view->addAction(tr("&Presentation Theme"));
    presentation->setCheckable(true);
    presentation->setShortcut(QKeySequence(QKeyCombination(Qt::ShiftModifier, Qt::Key_F11)));
    connect(presentation, &QAction::toggled, m_dashboard, &Dashboard::setPresentation);
    connect(presentation, &QAction::toggled, this, [this, dock](bool on) {
        // The dock's forms are read by the room too: they grow with the charts.
        QFont f = font();
        f.setPointSizeF(font().pointSizeF() * (on ? 1.25 : 1.0));
        dock->setFont(f);
        m_chartFocus->setPresentation(on);
    });
    fillThemeMenu(view->addMenu(tr("&Theme")));
    QAction *bands = view->addAction(tr("&Uncertainty Bands"));
    bands->setObjectName(QStringLiteral("uncertaintyBandsAction"));
    bands->setCheckable(true);
    bands->setToolTip(tr("90% intervals from a Monte Carlo over every input's plausible range"));
    connect(bands, &QAction::toggled, m_bands, &UncertaintyBands::setEnabled);
    addResourceTilesAction(view);
}

void MainWindow::addResourceTilesAction(QMenu *view)
{
    // Off by default: the six tiles are the figures most people ask for first; the choice is remembered.
    static const QString key = QStringLiteral("view/resourceTiles");
    QAction *tiles = view->addAction(tr("&Resource Tiles (ADPe, Primary Energy)"));
    tiles->setObjectName(QStringLiteral("resourceTilesAction"));
    tiles->setCheckable(true);
    tiles->setToolTip(tr("Two more tiles: resource depletion (minerals and metals mined) and primary energy"));
    connect(tiles, &QAction::toggled, this, [this](bool on) {
        m_dashboard->tiles()->setResourceTilesShown(on);
        QSettings().setValue(key, on);
    });
    tiles->setChecked(QSettings().value(key, false).toBool());
}

bool MainWindow::presentLesson(const QString &idOrFile)
{
    const Diagnostics problems = m_lessons->present(idOrFile);
    if (!problems.empty())
        QMessageBox::warning(this, tr("Lesson"), problemText(problems));
    return problems.empty();
}

void MainWindow::showLessonsOnFirstLaunch()
{
    QSettings settings;
    if (settings.value(QStringLiteral("lessons/startPageShown")).toBool())
        return;
    settings.setValue(QStringLiteral("lessons/startPageShown"), true);
    m_lessons->showStartPage();
}

void MainWindow::updateTitle()
{
    setWindowFilePath(m_document->filePath());
    setWindowTitle(tr("%1[*] — ML Impact Explorer").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

Diagnostics MainWindow::loadFile(const QString &path)
{
    Diagnostics problems = m_document->load(path);
    if (problems.empty())
        addRecent(m_document->filePath());
    return problems;
}

bool MainWindow::openFile(const QString &path)
{
    const Diagnostics problems = loadFile(path);
    if (problems.empty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Cannot open scenario"),
                    tr("%1 could not be opened. The current scenario is unchanged.").arg(path), QMessageBox::Ok, this);
    box.setInformativeText(problemText(problems, true, 6));
    box.setDetailedText(problemText(problems));
    box.exec();
    return false;
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(kRecentKey, recent.mid(0, kMaxRecent));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        m_recentMenu
            ->addAction(QFileInfo(path).fileName(), this,
                        [this, path] {
                            if (maybeSave())
                                openFile(path);
                        })
            ->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::commitPendingEdit()
{
    // Spin boxes and line edits commit on focus loss (number boxes also on Enter).
    if (QWidget *focused = QApplication::focusWidget()) {
        focused->clearFocus();
        focused->setFocus();
    }
}

bool MainWindow::save()
{
    commitPendingEdit();
    if (m_document->filePath().isEmpty())
        return saveAs();
    switch (askAboutUnkeptKeys(this, *m_document, m_document->filePath(), true)) {
    case UnkeptKeysChoice::Cancel:
        return false;
    case UnkeptKeysChoice::SaveAs:
        return saveAs();
    case UnkeptKeysChoice::Save:
        break;
    }
    if (const auto problems = m_document->save(m_document->filePath()); !problems.empty()) {
        QMessageBox::warning(this, tr("Cannot save"), tr("The scenario was not saved: %1").arg(problemText(problems)));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->filePath()), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty())
        suggestion = m_document->displayName().toLower().replace(QLatin1Char(' '), QLatin1Char('-')) +
                     QStringLiteral(".mlimpact.json");
    // *.mlimpact.json is the file type the desktop opens with this application; plain .json still loads.
    QString path = QFileDialog::getSaveFileName(this, tr("Save scenario"), suggestion,
                                                tr("Scenario files (*.mlimpact.json *.json)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".mlimpact.json");
    if (askAboutUnkeptKeys(this, *m_document, path, false) != UnkeptKeysChoice::Save)
        return false;
    if (const auto problems = m_document->save(path); !problems.empty()) {
        QMessageBox::warning(this, tr("Cannot save"), tr("The scenario was not saved: %1").arg(problemText(problems)));
        return false;
    }
    addRecent(m_document->filePath());
    return true;
}

bool MainWindow::maybeSave()
{
    commitPendingEdit();
    if (!m_document->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::newDocument()
{
    if (!maybeSave())
        return;
    Diagnostics diagnostics;
    if (auto blank = loadPreset(kBlankPresetId, m_document->catalog(), diagnostics))
        m_document->reset(*blank);
}

void MainWindow::addPresetMenu(QMenu *menu)
{
    // The neutral starting point first, then the worked examples.
    std::vector<std::string> ids = presetIds();
    std::stable_partition(ids.begin(), ids.end(), [](const std::string &id) { return id == kBlankPresetId; });
    for (const auto &id : ids) {
        Diagnostics diagnostics;
        const auto preset = loadPreset(id, m_document->catalog(), diagnostics);
        if (!preset)
            continue;
        QAction *action =
            menu->addAction(QString::fromStdString(preset->system.name), this, [this, scenario = *preset] {
                if (maybeSave())
                    m_document->reset(scenario);
            });
        action->setToolTip(QString::fromStdString(preset->system.description));
        if (id == kBlankPresetId)
            menu->addSeparator();
    }
    addComparisonPresets(menu);
    menu->setToolTipsVisible(true);
}

void MainWindow::addComparisonPresets(QMenu *menu)
{
    // Documents with variants, each making one of the paper's arguments side by side.
    menu->addSection(tr("Comparisons"));
    for (const auto &id : comparisonPresetIds()) {
        Diagnostics diagnostics;
        const auto preset = loadComparisonPreset(id, m_document->catalog(), diagnostics);
        if (!preset)
            continue;
        QAction *action =
            menu->addAction(QString::fromStdString(preset->baseline.system.name), this, [this, document = *preset] {
                if (maybeSave())
                    m_document->reset(document);
            });
        action->setToolTip(QString::fromStdString(preset->baseline.system.description));
    }
}

void MainWindow::revert()
{
    if (m_document->filePath().isEmpty()) {
        statusBar()->showMessage(tr("Nothing to revert to: this scenario has not been saved to a file"), 5000);
        return;
    }
    if (!m_document->isModified())
        return;
    if (QMessageBox::question(this, tr("Revert"),
                              tr("Discard your changes and reload %1?").arg(m_document->displayName())) !=
        QMessageBox::Yes)
        return;
    openFile(m_document->filePath());
}

void MainWindow::openCatalog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Add catalog file"), QString(),
                                                      tr("Catalog files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const auto problems = m_document->addCatalogFile(path); !problems.empty())
        QMessageBox::warning(this, tr("Cannot add catalog"), problemText(problems));
    else
        statusBar()->showMessage(tr("Added catalog %1").arg(path), 4000);
}

bool MainWindow::offerRecovery()
{
    Diagnostics whyNot;
    const auto pending = RecoveryStore::pending(&whyNot);
    if (!pending) {
        if (!whyNot.empty())
            explainUnrecoverable(whyNot);
        return false;
    }
    const auto answer =
        QMessageBox::question(this, tr("Restore unsaved work?"),
                              tr("ML Impact Explorer did not close normally. Restore the unsaved scenario “%1”?")
                                  .arg(QString::fromStdString(pending->document.baseline.system.name)),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes) {
        m_document->restore(pending->document, pending->originalPath, pending->catalog, pending->catalogFiles);
        return true;
    }
    RecoveryStore::discard();
    return false;
}

void MainWindow::explainUnrecoverable(const Diagnostics &whyNot)
{
    // The work is not thrown away on our own: the file stays until the user says so,
    // e.g. after putting a moved catalog file back.
    QMessageBox box(QMessageBox::Warning, tr("Unsaved work cannot be restored"),
                    tr("ML Impact Explorer did not close normally, but its unsaved scenario cannot be restored:\n%1")
                        .arg(problemText(whyNot)),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("The recovery file is kept at %1.").arg(RecoveryStore::recoveryPath()));
    box.addButton(tr("Keep for Later"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("Discard It"), QMessageBox::DestructiveRole);
    box.exec();
    if (box.clickedButton() == discard)
        RecoveryStore::discard();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    RecoveryStore::discard();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 &&
        event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().first().toLocalFile();
    event->acceptProposedAction();
    if (maybeSave())
        openFile(path);
}

std::optional<DeckOptions> MainWindow::chooseDeck(const QString &action)
{
    // The user picks the slides; charts with nothing to show start unticked.
    DeckDialog dialog(*m_document, m_dashboard->charts(), action, this);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    DeckOptions options;
    options.charts = dialog.chosenCharts();
    // The window's language (export --slides on the command line writes English).
    options.date = QLocale().toString(QDate::currentDate(), QStringLiteral("d MMMM yyyy"));
    return options;
}

void MainWindow::exportDeck()
{
    const auto options = chooseDeck(tr("Export PDF…"));
    if (!options)
        return;
    const QString base = QFileInfo(m_document->displayName()).completeBaseName();
    QString path = QFileDialog::getSaveFileName(this, tr("Export deck"), base + QStringLiteral("-slides.pdf"),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    if (const auto problems = exportDeckPdf(*m_document, *options, path); problems.empty())
        statusBar()->showMessage(tr("Wrote %1 (%2 slides)").arg(path).arg(deckSlideCount(*options)), 6000);
    else
        QMessageBox::warning(this, tr("Export failed"), problemText(problems));
}

void MainWindow::exportSlideImages()
{
    const auto options = chooseDeck(tr("Export Images…"));
    if (!options)
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export slides into folder"));
    if (dir.isEmpty())
        return;
    const auto answer = QMessageBox::question(this, tr("Slide format"), tr("Write SVG (vector) slides? No writes PNG."),
                                              QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return;
    if (const auto problems = exportDeckImages(*m_document, *options, dir,
                                               answer == QMessageBox::Yes ? ExportFormat::Svg : ExportFormat::Png);
        problems.empty())
        statusBar()->showMessage(tr("Wrote %1 slides to %2").arg(deckSlideCount(*options)).arg(dir), 6000);
    else
        QMessageBox::warning(this, tr("Export failed"), problemText(problems));
}

void MainWindow::showAbout()
{
    showAboutBox(this, builtinCatalog());
}

} // namespace mlimpact::ui
