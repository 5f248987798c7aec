// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_view.h"
#include "chart_palette.h"
#include "core_text.h"

#include "chart_export.h"
#include "missing_data_badge.h"
#include "plot_widget.h"
#include "problem_text.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QVBoxLayout>

namespace mlimpact::ui {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

ChartView::ChartView(const QString &id, QWidget *parent)
    : QWidget(parent)
    , m_id(id)
    , m_plot(new PlotWidget(this))
    , m_takeaway(new QLabel(this))
    , m_note(new QLabel(this))
    , m_badge(new MissingDataBadge(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_plot, 1);
    // The badge sits by the takeaway: the sentence it qualifies.
    auto *takeawayRow = new QHBoxLayout;
    takeawayRow->addWidget(m_takeaway, 1);
    takeawayRow->addWidget(m_badge, 0, Qt::AlignTop);
    layout->addLayout(takeawayRow);
    layout->addWidget(m_note);
    m_takeaway->setObjectName(QStringLiteral("takeaway"));
    m_takeaway->setWordWrap(true);
    m_note->setWordWrap(true);
    applyTextSizes(false);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    const ChartDescriptor *descriptor = findChartDescriptor(id.toStdString());
    Q_ASSERT(descriptor); // the chart registry only holds ids core knows
    m_plot->setChartTitle(descriptor ? coreText(descriptor->title) : id);
    m_plot->setMinimumSize(320, 220);
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        const QSize size(1200, 800);
        auto exportAs = [this, size](ExportFormat format, double scale) {
            const QString suffix = formatSuffix(format);
            const QString path =
                QFileDialog::getSaveFileName(this, tr("Export chart"), m_id + QLatin1Char('.') + suffix,
                                             tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
            if (path.isEmpty())
                return;
            if (const auto problems = exportChart(m_plot, path, format, size, scale); !problems.empty())
                QMessageBox::warning(this, tr("Export failed"), problemText(problems));
        };
        menu.addAction(tr("Export PNG (1×)…"), this, [=] { exportAs(ExportFormat::Png, 1); });
        menu.addAction(tr("Export PNG (2×)…"), this, [=] { exportAs(ExportFormat::Png, 2); });
        menu.addAction(tr("Export PNG (3×)…"), this, [=] { exportAs(ExportFormat::Png, 3); });
        menu.addAction(tr("Export SVG…"), this, [=] { exportAs(ExportFormat::Svg, 1); });
        menu.addAction(tr("Export PDF…"), this, [=] { exportAs(ExportFormat::Pdf, 1); });
        menu.addSeparator();
        menu.addAction(tr("Copy as Image"), this, [this, size] { copyChartToClipboard(m_plot, size); });
        menu.exec(m_plot->mapToGlobal(pos));
    });
}

QString ChartView::title() const
{
    return m_plot->chartTitle();
}

QString ChartView::note() const
{
    return m_note->text();
}

void ChartView::setNote(const QString &note)
{
    m_note->setText(note);
}

QHBoxLayout *ChartView::controls()
{
    if (!m_controls) {
        m_controls = new QHBoxLayout;
        m_controls->setContentsMargins(0, 0, 0, 0);
        static_cast<QVBoxLayout *>(layout())->insertLayout(0, m_controls);
    }
    return m_controls;
}

void ChartView::setPresentation(bool on)
{
    m_plot->setPresentation(on);
    applyTextSizes(on);
}

void ChartView::applyTextSizes(bool presentation)
{
    QFont note = font();
    note.setPointSizeF(font().pointSizeF() * (presentation ? 1.2 : 0.9));
    m_note->setFont(note);
    QFont takeaway = font();
    takeaway.setPointSizeF(font().pointSizeF() * (presentation ? 1.35 : 1.0));
    takeaway.setBold(true);
    m_takeaway->setFont(takeaway);
}

QString ChartView::takeaway() const
{
    return m_takeaway->text();
}

void ChartView::present(const ChartData &input)
{
    const ChartInsight *insight = input.insights.chart(m_id.toStdString());
    m_takeaway->setText(insight ? qs(insight->takeaway) : QString());
    // An empty chart says why over its plot (core's reason, the one the report and slides
    // give); the takeaway line would only repeat it.
    const bool empty = insight && insight->isEmpty();
    m_plot->setEmptyState(empty ? qs(insight->emptyReason) : QString());
    m_takeaway->setVisible(!empty);
    m_badge->setMissing(insight ? insight->missingData : std::vector<std::string>{});
    m_shownRequest = input.analyses.request;
    showData(input);
    // Items the chart just made follow the palette too (text in QCustomPlot's default black).
    restyleInk(m_plot, m_plot->palette());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace mlimpact::ui
