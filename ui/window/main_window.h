// The main window: assembles the scenario dock, the dashboard, menus, file
// handling and settings. Model logic lives in core; document state in
// ScenarioDocument; the views in their own classes.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics.h"

#include <QMainWindow>

#include <optional>

class QLabel;
class QMenu;

namespace mlimpact::ui {

class ChartFocus;
class Dashboard;
class LessonLauncher;
struct DeckOptions;
class RecoveryStore;
class ScenarioDocument;
class ScenarioPanel;
class UncertaintyBands;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a file; on bad input shows the problems in a dialog and keeps the current document.
    bool openFile(const QString &path);
    /// The same without a dialog: returns the problems (empty on success).
    Diagnostics loadFile(const QString &path);
    /// Offers to restore an autosaved scenario left by a crash (asks the user);
    /// true if the user restored it.
    bool offerRecovery();

    /// Plays a lesson full screen (`--lesson ID|FILE`); on bad input shows the problems.
    bool presentLesson(const QString &idOrFile);
    /// The lessons' start page, the first time the program starts (Help ▸ Lessons later).
    void showLessonsOnFirstLaunch();
    LessonLauncher *lessons() const { return m_lessons; }
    ChartFocus *chartFocus() const { return m_chartFocus; }

    ScenarioDocument *document() const { return m_document; }
    Dashboard *dashboard() const { return m_dashboard; }
    ScenarioPanel *scenarioPanel() const { return m_panel; }
    RecoveryStore *recovery() const { return m_recovery; }
    UncertaintyBands *uncertaintyBands() const { return m_bands; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    /// View: the scenario panel, Focus Chart, the presentation theme.
    void addViewActions(QMenu *view);
    void addResourceTilesAction(QMenu *view);
    void updateTitle();
    void updateRecentMenu();
    void addRecent(const QString &path);
    bool maybeSave();
    /// Commits a value typed into a focused editor but not yet confirmed.
    void commitPendingEdit();
    bool save();
    bool saveAs();
    /// File > New: the neutral blank scenario.
    void newDocument();
    /// "New from Preset": the blank scenario, then the built-in examples.
    void addPresetMenu(QMenu *menu);
    /// The comparison presets (documents with variants) at the end of that menu.
    void addComparisonPresets(QMenu *menu);
    void revert();
    void openCatalog();
    void exportDeck();
    void exportSlideImages();
    /// Asks which charts go into the deck (DeckDialog); nullopt if the user cancels.
    std::optional<DeckOptions> chooseDeck(const QString &action);
    void showAbout();
    /// Says why a recovery file cannot be restored and lets the user keep or discard it.
    void explainUnrecoverable(const mlimpact::Diagnostics &whyNot);

    ScenarioDocument *m_document;
    ScenarioPanel *m_panel;
    Dashboard *m_dashboard;
    RecoveryStore *m_recovery;
    LessonLauncher *m_lessons;
    ChartFocus *m_chartFocus;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_evalTime;
    UncertaintyBands *m_bands = nullptr; ///< View > Uncertainty Bands
};

} // namespace mlimpact::ui
