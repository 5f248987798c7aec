// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart_registry.h"

#include "break_even_chart.h"
#include "bridge_chart.h"
#include "compare_chart.h"
#include "insights.h"
#include "lifecycle_chart.h"
#include "rebound_chart.h"
#include "system_map_chart.h"
#include "time_place_chart.h"
#include "timeline_chart.h"
#include "tornado_chart.h"
#include "triad_chart.h"
#include "what_changed_chart.h"

namespace mlimpact::ui {
namespace {

template <typename Chart> ChartView *make(QWidget *parent)
{
    return new Chart(parent);
}

} // namespace

const QList<ChartEntry> &chartRegistry()
{
    static const QList<ChartEntry> entries{
        {QStringLiteral("lifecycle"), make<LifecycleChart>},
        {QStringLiteral("triad"), make<TriadChart>},
        {QStringLiteral("time-place"), make<TimePlaceChart>},
        {QStringLiteral("timeline"), make<TimelineChart>},
        {QStringLiteral("rebound"), make<ReboundChart>},
        {QStringLiteral("break-even"), make<BreakEvenChart>},
        {QStringLiteral("tornado"), make<TornadoChart>},
        {QStringLiteral("system"), make<SystemMapChart>},
        // The comparison charts (a document with variants).
        {QStringLiteral("compare"), make<CompareChart>},
        {QStringLiteral("bridge"), make<BridgeChart>},
        {QStringLiteral("what-changed"), make<WhatChangedChart>},
    };
    return entries;
}

QStringList chartIds()
{
    QStringList ids;
    for (const auto &entry : chartRegistry())
        ids << entry.id;
    return ids;
}

AnalysisParts analysesNeededBy(const QStringList &ids)
{
    AnalysisParts parts = AnalysisParts::None;
    for (const QString &id : ids) {
        if (const ChartDescriptor *d = findChartDescriptor(id.toStdString()))
            parts = parts | d->needs;
    }
    return parts;
}

} // namespace mlimpact::ui
