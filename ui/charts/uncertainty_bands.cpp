// SPDX-License-Identifier: GPL-3.0-or-later
#include "uncertainty_bands.h"

#include "dashboard.h"
#include "kpi_tiles.h"
#include "lifecycle_chart.h"
#include "scenario_document.h"
#include "timeline_chart.h"
#include "uncertainty_runner.h"

#include <QProgressBar>

namespace mlimpact::ui {

UncertaintyBands::UncertaintyBands(ScenarioDocument *document, Dashboard *dashboard, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_dashboard(dashboard)
    , m_runner(new UncertaintyRunner(this))
    , m_progress(new QProgressBar)
{
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setFormat(tr("Bands %p%"));
    m_progress->setToolTip(tr("Monte Carlo of the uncertainty bands (1,000 samples) running"));
    m_progress->hide();
    connect(m_document, &ScenarioDocument::resultsChanged, this, [this] {
        if (m_enabled)
            restart();
    });
    connect(m_runner, &UncertaintyRunner::progressed, this,
            [this](double fraction) { m_progress->setValue(static_cast<int>(100 * fraction)); });
    connect(m_runner, &UncertaintyRunner::finished, this, &UncertaintyBands::show);
}

void UncertaintyBands::setEnabled(bool on)
{
    m_enabled = on;
    if (on) {
        restart();
        return;
    }
    m_runner->cancel();
    m_progress->hide();
    show();
}

void UncertaintyBands::restart()
{
    m_progress->setValue(0);
    m_progress->show();
    m_runner->start(m_document->scenario(), m_document->catalog(), m_document->variantDocument().uncertainty);
}

void UncertaintyBands::show()
{
    m_progress->setVisible(m_runner->isRunning());
    showBands(*m_dashboard, m_enabled ? m_runner->result() : nullptr);
}

void showBands(Dashboard &dashboard, const std::shared_ptr<const UncertaintyResult> &result)
{
    dashboard.tiles()->showBands(result.get());
    if (auto *lifecycle = qobject_cast<LifecycleChart *>(dashboard.chart(QStringLiteral("lifecycle"))))
        lifecycle->setBands(result.get());
    if (auto *timeline = qobject_cast<TimelineChart *>(dashboard.chart(QStringLiteral("timeline"))))
        timeline->setBands(result);
}

} // namespace mlimpact::ui
