// SPDX-License-Identifier: GPL-3.0-or-later
#include "measured_runs_import.h"

#include "file_io.h"
#include "problem_text.h"
#include "scenario_document.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>

namespace mlimpact::ui {

QStringList importMeasuredRunsFile(ScenarioDocument &document, const QString &path, MeasuredPhase phase, QString *error)
{
    const std::string file = path.toStdString();
    std::string text;
    Diagnostics diagnostics = readTextFile(file, text);
    const auto imported = hasErrors(diagnostics)
                              ? std::nullopt
                              : importMeasuredRuns(text, file, phase, document.variantDocument().baseline,
                                                   document.catalog(), diagnostics);
    if (!imported) {
        if (error)
            *error = problemText(diagnostics);
        return {};
    }
    document.setBaseline(QObject::tr("Import Measured Runs"), imported->scenario);
    QStringList lines;
    for (const auto &line : imported->lines)
        lines << QString::fromStdString(line);
    return lines;
}

void importMeasuredRunsInteractively(QWidget *parent, ScenarioDocument &document)
{
    const QString path = QFileDialog::getOpenFileName(parent, QObject::tr("Import measured runs"), QString(),
                                                      QObject::tr("CodeCarbon emissions (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    const QStringList phases{QObject::tr("Training"), QObject::tr("Development")};
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, QObject::tr("Import measured runs"),
                                                 QObject::tr("Phase the runs belong to:"), phases, 0, false, &ok);
    if (!ok)
        return;
    const MeasuredPhase phase = chosen == phases.at(0) ? MeasuredPhase::Training : MeasuredPhase::Development;
    QString error;
    const QStringList lines = importMeasuredRunsFile(document, path, phase, &error);
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, QObject::tr("Cannot import measured runs"), error);
        return;
    }
    QMessageBox::information(
        parent, QObject::tr("Measured runs imported"),
        QObject::tr("Imported %1 (Edit ▸ Undo takes it back):\n\n%2").arg(path, lines.join(QLatin1Char('\n'))));
}

} // namespace mlimpact::ui
