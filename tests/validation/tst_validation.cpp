// Published cases reproduced through the real `evaluate` command, each within
// its stated tolerance (tests/validation/cases.json; docs/validation.md).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "test_support.h"
#include "validation_cases.h"

#include <QTest>

#include <cmath>

using namespace mlimpact::test;

class TestValidation : public QObject
{
    Q_OBJECT
private slots:
    void publishedCase_data();
    void publishedCase();
    void docIsUpToDate();
};

void TestValidation::publishedCase_data()
{
    QTest::addColumn<int>("index");
    const auto cases = loadValidationCases();
    QVERIFY(cases.size() >= 10);
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(qPrintable(cases[i].title)) << i;
}

void TestValidation::publishedCase()
{
    QFETCH(int, index);
    ValidationCase c = loadValidationCases().at(index);
    runValidationCase(c);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    const QString detail = QStringLiteral("published %1 %2, ours %3 (%4%)")
                               .arg(c.published)
                               .arg(c.unit)
                               .arg(c.ours)
                               .arg(100 * c.relativeDifference(), 0, 'f', 2);
    QVERIFY2(std::fabs(c.relativeDifference()) <= c.tolerance, qPrintable(detail));
}

void TestValidation::docIsUpToDate()
{
    // docs/validation.md must be what the generator writes today.
    auto cases = loadValidationCases();
    for (auto &c : cases)
        runValidationCase(c);
    const QString expected = validationMarkdown(cases);
    const QString actual = readFile(sourcePath(QStringLiteral("docs/validation.md")));
    QVERIFY2(actual == expected, "docs/validation.md is stale: run cmake --build build --target validation-doc");
}

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
