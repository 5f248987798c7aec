// SPDX-License-Identifier: GPL-3.0-or-later
#include "deck_dialog.h"

#include "chart_export.h"
#include "chart_view.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mlimpact::ui {

DeckDialog::DeckDialog(const ScenarioDocument &document, const QList<ChartView *> &charts, const QString &action,
                       QWidget *parent)
    : QDialog(parent)
    , m_charts(charts)
    , m_list(new QListWidget(this))
    , m_count(new QLabel(this))
{
    setWindowTitle(tr("Export deck"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A title slide with the key figures, then one slide per chart you tick. Charts "
                                "with nothing to show for this scenario start unticked."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSpacing(2);
    for (ChartView *chart : charts) {
        const QString reason = chartEmptyReason(document, chart->chartId());
        auto *item = new QListWidgetItem(m_list);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(reason.isEmpty() ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, chart->chartId());
        if (reason.isEmpty()) {
            item->setText(chart->title());
            item->setToolTip(chart->takeaway());
        } else {
            item->setText(tr("%1\nNothing to show: %2").arg(chart->title(), reason));
            item->setToolTip(reason);
            item->setForeground(palette().brush(QPalette::PlaceholderText));
        }
    }
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(action, QDialogButtonBox::AcceptRole);
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::itemChanged, this, &DeckDialog::updateCount);
    updateCount();
    resize(620, 460);
}

QList<ChartView *> DeckDialog::chosenCharts() const
{
    QList<ChartView *> chosen;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            chosen << m_charts[i];
    }
    return chosen;
}

void DeckDialog::updateCount()
{
    const auto chosen = static_cast<int>(chosenCharts().size());
    m_count->setText(chosen == 0   ? tr("1 slide: the title slide only.")
                     : chosen == 1 ? tr("2 slides: the title slide and 1 chart.")
                                   : tr("%1 slides: the title slide and %2 charts.").arg(chosen + 1).arg(chosen));
}

} // namespace mlimpact::ui
