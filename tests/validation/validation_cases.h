// Published cases (tests/validation/cases.json) run through the real
// `ml-impact-explorer evaluate --format json`, shared by the test and by the
// generator of docs/validation.md.
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace mlimpact::test {

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

    double ours = 0;    ///< filled by run()
    double oldMode = 0; ///< filled by run() when oldModeScenario is set
    QString error;      ///< non-empty if the binary failed or the quantity is missing
    double relativeDifference() const { return published != 0 ? ours / published - 1.0 : 0.0; }
};

QList<ValidationCase> loadValidationCases();

/// Runs the binary on the case's scenario and reads the quantity from its JSON report.
void runValidationCase(ValidationCase &c);

/// The docs/validation.md text for run cases.
QString validationMarkdown(const QList<ValidationCase> &cases);

} // namespace mlimpact::test
