// Published cases (tests/validation/cases.json) run through the real
// `ml-impact-explorer evaluate --format json`, shared by the test and by the
// generator of docs/validation.md.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mlimpact::test {

/// The case run again with unstated inputs changed (`evaluate --set PATH=VALUE`), to show how much
/// an assumption moves the result.
struct Sensitivity
{
    QString label;    ///< "30 prompt + 30 generated tokens"
    QStringList sets; ///< "deployment.prompt_tokens=30"
    double value = 0; ///< filled by run()
};

struct ValidationCase
{
    QString scenario; ///< file name in tests/validation/
    QString title;    ///< "Patterson 2021, Table 4: GPT-3, CO2e"
    QString quantity; ///< JSON Pointer into the report, e.g. "/phases/training/carbon_kgco2e"
    double published = 0;
    QString unit;
    QString publishedAs; ///< the figure as the source prints it, e.g. "192 lbs"
    double tolerance = 0;
    /// Optional: the same case in the old single-utilization mode, shown beside it (not asserted).
    QString oldModeScenario;
    QString source; ///< where the published figure is (serving cases list it under their table)
    QList<Sensitivity> sensitivity;

    double ours = 0;    ///< filled by run()
    double oldMode = 0; ///< filled by run() when oldModeScenario is set
    /// The old mode's utilization (MFU) as its scenario sets it; its energy is proportional to
    /// 1 / utilization, so oldModeUtilization x oldMode / published is the one that would match.
    double oldModeUtilization = 0;
    QString error; ///< non-empty if the binary failed or the quantity is missing
    double relativeDifference() const { return published != 0 ? ours / published - 1.0 : 0.0; }
};

QList<ValidationCase> loadValidationCases();

/// Runs the binary on the case's scenario and reads the quantity from its JSON report.
void runValidationCase(ValidationCase &c);

/// The docs/validation.md text for run cases.
QString validationMarkdown(const QList<ValidationCase> &cases);

} // namespace mlimpact::test
