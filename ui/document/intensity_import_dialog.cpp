// SPDX-License-Identifier: GPL-3.0-or-later
#include "intensity_import_dialog.h"

#include "intensity_import.h"
#include "problem_text.h"
#include "scenario_document.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>

namespace mlimpact::ui {

void importHourlyIntensityInteractively(QWidget *parent, ScenarioDocument &document)
{
    const QString title = QObject::tr("Import hourly intensity");
    const QString csv =
        QFileDialog::getOpenFileName(parent, title, QString(), QObject::tr("Hourly intensity (*.csv);;All files (*)"));
    if (csv.isEmpty())
        return;
    // The training region first: the schedule is what reads the series.
    QStringList regions;
    const std::string training = document.variantDocument().baseline.training.site.region;
    regions << QString::fromStdString(training);
    for (const auto &id : document.catalog().ids(CatalogSection::GridRegions))
        if (id != training)
            regions << QString::fromStdString(id);
    bool ok = false;
    const QString region =
        QInputDialog::getItem(parent, title, QObject::tr("Grid region the series belongs to (a new id adds a region):"),
                              regions, 0, true, &ok);
    if (!ok || region.trimmed().isEmpty())
        return;
    const QFileInfo info(csv);
    const QString out = QFileDialog::getSaveFileName(
        parent, QObject::tr("Write the catalog file"),
        info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".catalog.json"),
        QObject::tr("Catalog files (*.json)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (out.isEmpty())
        return;
    Diagnostics diagnostics;
    const auto lines = importHourlyIntensityFile(csv.toStdString(), region.trimmed().toStdString(), out.toStdString(),
                                                 IntensityImportOptions{}, document.catalog(), diagnostics);
    const Diagnostics added = lines ? document.addCatalogFile(out) : Diagnostics{};
    if (!lines || !added.empty()) {
        QMessageBox::warning(parent, QObject::tr("Cannot import hourly intensity"),
                             problemText(lines ? added : diagnostics));
        return;
    }
    QStringList text;
    for (const auto &line : *lines)
        text << QString::fromStdString(line);
    QMessageBox::information(parent, QObject::tr("Hourly intensity imported"),
                             QObject::tr("%1\n\nThe catalog is added to this document. Training schedules on these "
                                         "hours from the day set under Time & place (hours in UTC). An existing "
                                         "catalog file is updated, not replaced.")
                                 .arg(text.join(QLatin1Char('\n'))));
}

} // namespace mlimpact::ui
