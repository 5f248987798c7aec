// The one list of the window's charts: each row pairs an id from core's
// chartDescriptors() (title, takeaway, the analyses it needs) with the widget that
// draws it. The dashboard, `export --charts`, the deck and the tests all read it, so
// a new chart is its own files plus one row here.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analyses.h"

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace mlimpact::ui {

class ChartView;

struct ChartEntry
{
    QString id;                            ///< a core chart id ("lifecycle", ...)
    ChartView *(*create)(QWidget *parent); ///< makes the chart's widget
};

/// Every chart, in display and slide order.
const QList<ChartEntry> &chartRegistry();

/// The registered ids in order, e.g. for "expected lifecycle, triad, ..." messages.
QStringList chartIds();

/// The analyses the given charts need (core's descriptors say which).
AnalysisParts analysesNeededBy(const QStringList &ids);

} // namespace mlimpact::ui
