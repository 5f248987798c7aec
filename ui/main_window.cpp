// SPDX-License-Identifier: GPL-3.0-or-later
#include "main_window.h"

#include "evaluate.h"
#include "format.h"
#include "lifecycle_chart.h"
#include "scenario_io.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace mlimpact::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(builtinCatalog())
    , m_lifecycle(new LifecycleChart(this))
    , m_evalTime(new QLabel(this))
{
    setCentralWidget(m_lifecycle);
    statusBar()->addPermanentWidget(m_evalTime);
    createMenus();
    resize(1280, 800);

    Diagnostics diagnostics;
    if (auto preset = loadPreset(kDefaultPresetId, m_catalog, diagnostics))
        setScenario(*preset, QString::fromStdString(preset->system.name));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::showOpenDialog);
    open->setShortcut(QKeySequence::Open);
    QMenu *presets = file->addMenu(tr("&Presets"));
    for (const auto &id : presetIds()) {
        Diagnostics diagnostics;
        const auto preset = loadPreset(id, m_catalog, diagnostics);
        if (!preset)
            continue;
        const QString name = QString::fromStdString(preset->system.name);
        presets->addAction(name, this, [this, scenario = *preset, name] { setScenario(scenario, name); });
    }
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ML Impact Explorer"), this, &MainWindow::showAbout);
}

QStringList MainWindow::loadFile(const QString &path)
{
    Diagnostics diagnostics;
    const auto loaded = loadScenarioFile(path.toStdString(), m_catalog, diagnostics);
    if (loaded) {
        setScenario(*loaded, path);
        return {};
    }
    QStringList lines;
    for (const auto &d : diagnostics) {
        if (d.severity != Severity::Note)
            lines << QString::fromStdString(d.toString());
    }
    return lines;
}

bool MainWindow::openFile(const QString &path)
{
    const QStringList problems = loadFile(path);
    if (problems.isEmpty())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Cannot open scenario"),
                    tr("%1 could not be opened. The current scenario is unchanged.").arg(path), QMessageBox::Ok,
                    this);
    box.setInformativeText(problems.mid(0, 5).join(QLatin1Char('\n')));
    box.setDetailedText(problems.join(QLatin1Char('\n')));
    box.exec();
    return false;
}

void MainWindow::setScenario(const Scenario &scenario, const QString &title)
{
    m_scenario = scenario;
    setWindowTitle(tr("%1 — ML Impact Explorer").arg(title));
    reevaluate();
}

void MainWindow::reevaluate()
{
    QElapsedTimer timer;
    timer.start();
    m_results = evaluate(m_scenario, m_catalog);
    const qint64 ns = timer.nsecsElapsed();
    m_lifecycle->setResults(m_results);
    m_evalTime->setText(tr("Evaluated in %1 µs").arg(QString::number(static_cast<double>(ns) / 1000.0, 'f', 1)));
    statusBar()->showMessage(
        tr("Total: %1, %2")
            .arg(QString::fromStdString(formatQuantity(m_results.totals.carbon_kgco2e(), Quantity::CarbonKg)),
                 QString::fromStdString(formatQuantity(m_results.totals.energy_kwh, Quantity::EnergyKwh))));
}

void MainWindow::showOpenDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open scenario"), QString(),
                                                      tr("Scenario files (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ML Impact Explorer"),
                       tr("<h3>ML Impact Explorer %1</h3>"
                          "<p>An interactive life-cycle model of the environmental impact of machine-learning "
                          "systems: development, architecture search, training, deployment, edge fleets and "
                          "disposal — energy, carbon, water and e-waste.</p>"
                          "<p>After Wright, Igel, Samuel and Selvan, <i>Efficiency is Not Enough</i>.</p>"
                          "<p>Licensed under the GNU GPL version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace mlimpact::ui
