// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_view.h"

#include "chart_export.h"
#include "plot_widget.h"

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

ChartView::ChartView(const QString &id, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_id(id)
    , m_plot(new PlotWidget(this))
    , m_note(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_note);
    m_note->setWordWrap(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    m_note->setFont(small);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_plot->setChartTitle(title);
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
            QString error;
            if (!exportChart(m_plot, path, format, size, scale, &error))
                QMessageBox::warning(this, tr("Export failed"), error);
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
    QFont f = font();
    f.setPointSizeF(font().pointSizeF() * (on ? 1.2 : 0.9));
    m_note->setFont(f);
}

} // namespace mlimpact::ui
