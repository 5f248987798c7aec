// SPDX-License-Identifier: GPL-3.0-or-later
#include "kpi_tiles.h"

#include "equivalents.h"
#include "format.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace mlimpact::ui {
namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

void setEquivalent(QLabel *label, EquivalentQuantity quantity, double amount, const QString &fallback = {})
{
    if (const auto e = describeEquivalent(quantity, amount)) {
        label->setText(qs(e->text));
        label->setToolTip(QObject::tr("Source: %1").arg(qs(e->source)));
    } else {
        label->setText(fallback);
        label->setToolTip({});
    }
}

} // namespace

KpiTiles::KpiTiles(QWidget *parent)
    : QWidget(parent)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(8);
    for (const QString &caption : {tr("Total carbon"), tr("Energy"), tr("Water"), tr("E-waste"), tr("Carbon per query"),
                                   tr("Deployment : development")})
        m_tiles.append(makeTile(caption));
    reflow();
}

void KpiTiles::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    reflow();
}

void KpiTiles::reflow()
{
    const int columns = width() >= 1100 || width() == 0 ? 6 : 3;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (const auto &t : m_tiles)
        m_grid->removeWidget(t.caption->parentWidget());
    for (int i = 0; i < m_tiles.size(); ++i)
        m_grid->addWidget(m_tiles[i].caption->parentWidget(), i / columns, i % columns);
    for (int c = 0; c < 6; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
}

KpiTiles::Tile KpiTiles::makeTile(const QString &caption)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    // Equal widths whatever the text: the stretch decides, not the content.
    frame->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    frame->setMinimumWidth(110);
    auto *v = new QVBoxLayout(frame);
    v->setSpacing(2);
    Tile t{new QLabel(caption, frame), new QLabel(frame), new QLabel(frame)};
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.6);
    big.setBold(true);
    t.value->setFont(big);
    t.caption->setForegroundRole(QPalette::PlaceholderText);
    t.detail->setWordWrap(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);
    t.detail->setFont(small);
    v->addWidget(t.caption);
    v->addWidget(t.value);
    v->addWidget(t.detail);
    v->addStretch();
    return t;
}

void KpiTiles::setResults(const Results &r)
{
    const Impacts &t = r.totals;
    m_tiles[0].value->setText(qs(formatQuantity(t.carbon_kgco2e(), Quantity::CarbonKg)));
    setEquivalent(m_tiles[0].detail, EquivalentQuantity::Carbon, t.carbon_kgco2e());
    m_tiles[0].value->setToolTip(tr("Operational %1, embodied %2")
                                     .arg(qs(formatQuantity(t.operational_kgco2e, Quantity::CarbonKg)),
                                          qs(formatQuantity(t.embodied_kgco2e, Quantity::CarbonKg))));
    m_tiles[1].value->setText(qs(formatQuantity(t.energy_kwh, Quantity::EnergyKwh)));
    setEquivalent(m_tiles[1].detail, EquivalentQuantity::Energy, t.energy_kwh);
    m_tiles[2].value->setText(qs(formatQuantity(t.water_l(), Quantity::WaterL)));
    setEquivalent(m_tiles[2].detail, EquivalentQuantity::Water, t.water_l());
    m_tiles[2].value->setToolTip(tr("On-site %1, off-site %2, manufacturing %3")
                                     .arg(qs(formatQuantity(t.water_onsite_l, Quantity::WaterL)),
                                          qs(formatQuantity(t.water_offsite_l, Quantity::WaterL)),
                                          qs(formatQuantity(t.water_manufacturing_l, Quantity::WaterL))));
    m_tiles[3].value->setText(qs(formatQuantity(t.ewaste_kg, Quantity::MassKg)));
    setEquivalent(m_tiles[3].detail, EquivalentQuantity::Ewaste, t.ewaste_kg);
    m_tiles[3].value->setToolTip(
        tr("%1 not formally recycled").arg(qs(formatQuantity(t.ewaste_unrecycled_kg, Quantity::MassKg))));
    if (r.perQuery.queries > 0) {
        m_tiles[4].value->setText(qs(formatQuantity(r.perQuery.lifecycle_carbon_g / 1000.0, Quantity::CarbonKg)));
        setEquivalent(m_tiles[4].detail, EquivalentQuantity::Carbon, r.perQuery.lifecycle_carbon_g / 1000.0,
                      tr("life cycle, per query"));
        m_tiles[4].detail->setText(
            m_tiles[4].detail->text() +
            tr(" · %1 per query served").arg(qs(formatQuantity(r.perQuery.energy_wh / 1000.0, Quantity::EnergyKwh))));
    } else {
        m_tiles[4].value->setText(tr("no queries"));
        m_tiles[4].detail->setText(tr("cloud deployment excluded"));
    }
    if (r.deployment_to_development_carbon > 0) {
        m_tiles[5].value->setText(qs(formatSignificant(r.deployment_to_development_carbon)) + QStringLiteral(" : 1"));
        m_tiles[5].detail->setText(tr("carbon; energy %1 : 1. Inference is 80-90% of ML compute (NVIDIA, AWS)")
                                       .arg(qs(formatSignificant(r.deployment_to_development_energy))));
        m_tiles[5].detail->setToolTip(tr("Source: Patterson et al. 2021, quoting NVIDIA and AWS"));
    } else {
        m_tiles[5].value->setText(QStringLiteral("–"));
        m_tiles[5].detail->setText(tr("needs both deployment and development or training"));
    }
}

QString KpiTiles::valueText(int tile) const
{
    return m_tiles.value(tile).value ? m_tiles[tile].value->text() : QString();
}

QString KpiTiles::equivalentText(int tile) const
{
    return m_tiles.value(tile).detail ? m_tiles[tile].detail->text() : QString();
}

} // namespace mlimpact::ui
