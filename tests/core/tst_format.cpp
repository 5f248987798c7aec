// Tests for the shared number formatter (three significant figures, auto prefixes), the
// units values are shown in, and the choice of an equivalent that fits an amount.
// SPDX-License-Identifier: GPL-3.0-or-later
#include "equivalents.h"
#include "format.h"
#include "number_locale.h"
#include "text_translation.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace mlimpact;
Q_DECLARE_METATYPE(mlimpact::Quantity)
Q_DECLARE_METATYPE(mlimpact::EquivalentQuantity)

class TestFormat : public QObject
{
    Q_OBJECT
private slots:
    void significant_data();
    void significant();
    void quantity_data();
    void quantity();
    void percent();
    void valueWithUnit_data();
    void valueWithUnit();
    void growthEditsInPercent();
    void equivalentFitsTheMagnitude_data();
    void equivalentFitsTheMagnitude();
    void decimalSeparatorForDisplay();
    void patternsAreTranslatedWhole();
};

void TestFormat::significant_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("integer") << 123.0 << "123";
    QTest::newRow("rounds up") << 999.7 << "1000";
    QTest::newRow("decimals") << 1.23456 << "1.23";
    QTest::newRow("small") << 0.0012345 << "0.00123";
    QTest::newRow("negative") << -45.678 << "-45.7";
    QTest::newRow("keeps zeros") << 2.0 << "2.00";
    QTest::newRow("huge") << 3.14e23 << "3.14e+23";
    QTest::newRow("nan") << std::nan("") << "n/a";
}

void TestFormat::significant()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(formatSignificant(value)), expected);
}

void TestFormat::quantity_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<Quantity>("quantity");
    QTest::addColumn<QString>("expected");
    QTest::newRow("GPT-3 energy") << 1287000.0 << Quantity::EnergyKwh << "1.29 GWh";
    QTest::newRow("Wh") << 0.283 << Quantity::EnergyKwh << "283 Wh";
    QTest::newRow("mWh") << 4.86e-5 << Quantity::EnergyKwh << "48.6 mWh";
    QTest::newRow("kWh boundary") << 0.9999 << Quantity::EnergyKwh << "1.00 kWh";
    QTest::newRow("tonnes") << 552100.0 << Quantity::CarbonKg << "552 t CO₂e";
    QTest::newRow("grams") << 0.0964 << Quantity::CarbonKg << "96.4 g CO₂e";
    QTest::newRow("megalitres") << 5.439e6 << Quantity::WaterL << "5.44 ML";
    QTest::newRow("cubic metres") << 158000.0 << Quantity::WaterL << "158 m³";
    QTest::newRow("millilitres") << 0.0169 << Quantity::WaterL << "16.9 mL";
    QTest::newRow("e-waste t") << 6480.0 << Quantity::MassKg << "6.48 t";
    QTest::newRow("flop") << 1.4e14 << Quantity::Flop << "140 TFLOP";
    QTest::newRow("hours as days") << 355.0 << Quantity::Hours << "14.8 days";
    QTest::newRow("plain") << 1.73e10 << Quantity::Plain << "17.3G";
    QTest::newRow("plain small") << 42.0 << Quantity::Plain << "42.0";
    QTest::newRow("zero energy") << 0.0 << Quantity::EnergyKwh << "0 kWh";
}

void TestFormat::quantity()
{
    QFETCH(double, value);
    QFETCH(Quantity, quantity);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(formatQuantity(value, quantity)), expected);
}

void TestFormat::percent()
{
    QCOMPARE(QString::fromStdString(formatPercent(0.873)), QStringLiteral("87.3%"));
    QCOMPARE(QString::fromStdString(formatPercent(1.0)), QStringLiteral("100%"));
}

QTEST_APPLESS_MAIN(TestFormat)
#include "tst_format.moc"

void TestFormat::valueWithUnit_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expected");
    QTest::newRow("growth") << 0.5 << "1/year"
                            << "50 %/year";
    QTest::newRow("decline") << -0.25 << "1/year"
                             << "-25 %/year";
    QTest::newRow("no growth") << 0.0 << "1/year"
                               << "0 %/year";
    QTest::newRow("hour of day") << 17.0 << "h"
                                 << "17 h";
    QTest::newRow("plain fraction") << 0.35 << ""
                                    << "0.35";
    QTest::newRow("keeps significant figures") << 1.234567 << "kWh"
                                               << "1.23 kWh";
    QTest::newRow("large") << 1e7 << "queries/day"
                           << "10000000 queries/day";
}

void TestFormat::valueWithUnit()
{
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(formatValueWithUnit(value, unit.toStdString())), expected);
}

void TestFormat::growthEditsInPercent()
{
    // The editor multiplies by the factor to show and divides to store: 50 typed is 0.5 stored.
    const ShownUnit growth = shownUnit("1/year");
    QCOMPARE(growth.unit, std::string("%/year"));
    QCOMPARE(50 / growth.factor, 0.5);
    const ShownUnit hours = shownUnit("h");
    QCOMPARE(hours.unit, std::string("h"));
    QCOMPARE(hours.factor, 1.0);
}

void TestFormat::equivalentFitsTheMagnitude_data()
{
    QTest::addColumn<EquivalentQuantity>("quantity");
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("expected"); ///< "" = no equivalent
    // 0.39 mg CO2e is 0.000047 smartphone charges: nothing a person can picture.
    QTest::newRow("carbon far too small") << EquivalentQuantity::Carbon << 3.9e-7 << "";
    QTest::newRow("energy far too small") << EquivalentQuantity::Energy << 1e-6 << "";
    QTest::newRow("a fraction of a charge") << EquivalentQuantity::Carbon << 0.00411 << "≈ 0.50 smartphone charges";
    QTest::newRow("one charge") << EquivalentQuantity::Carbon << 0.00822 << "≈ 1.0 smartphone charge";
    QTest::newRow("car km") << EquivalentQuantity::Carbon << 12.21
                            << "≈ 50 km driven by an average US passenger vehicle";
    QTest::newRow("flights") << EquivalentQuantity::Carbon << 552100.0
                             << "≈ 610 passenger flights New York–San Francisco";
    QTest::newRow("water bottles") << EquivalentQuantity::Water << 5.0 << "≈ 10 500 mL bottles of water";
    QTest::newRow("zero") << EquivalentQuantity::Carbon << 0.0 << "";
}

void TestFormat::equivalentFitsTheMagnitude()
{
    QFETCH(EquivalentQuantity, quantity);
    QFETCH(double, amount);
    QFETCH(QString, expected);
    const auto e = describeEquivalent(quantity, amount);
    QCOMPARE(e ? QString::fromStdString(e->text) : QString(), expected);
}

void TestFormat::decimalSeparatorForDisplay()
{
    // The window installs its locale's separator for worded numbers; files keep formatNumber's ".".
    setDisplayDecimalSeparator(",");
    QCOMPARE(formatSignificant(1.5), std::string("1,50"));
    QCOMPARE(formatQuantity(1287000, Quantity::EnergyKwh), std::string("1,29 GWh"));
    QCOMPARE(formatValueWithUnit(17.0, "kWh"), std::string("17 kWh"));
    QCOMPARE(formatValueWithUnit(0.35, ""), std::string("0,35"));
    QCOMPARE(formatSignificant(2.5e23), std::string("2,50e+23"));
    QCOMPARE(formatNumber(0.1), std::string("0.1"));
    setDisplayDecimalSeparator("");
    QCOMPARE(mlimpact::displayDecimalSeparator(), std::string("."));
    QCOMPARE(formatSignificant(1.5), std::string("1.50"));
}

namespace {

/// A translator with one German sentence that puts its arguments in the other order.
std::string germanForTest(const char *context, const char *text)
{
    if (std::string_view(context) == "test" && std::string_view(text) == "%1 saves %2 of carbon")
        return "%2 des CO₂ spart %1";
    return text;
}

} // namespace

void TestFormat::patternsAreTranslatedWhole()
{
    // Without a translator (the CLI, JSON) the English pattern is filled in as written.
    setTextTranslator(nullptr);
    QCOMPARE(translatedPattern("test", "%1 saves %2 of carbon", {"Shifting", "12%"}),
             std::string("Shifting saves 12% of carbon"));
    setTextTranslator(&germanForTest);
    // The translation may reorder the arguments; the numbers are not part of the looked-up text.
    QCOMPARE(translatedPattern("test", "%1 saves %2 of carbon", {"Verschieben", "12%"}),
             std::string("12% des CO₂ spart Verschieben"));
    // An argument that itself holds "%1" is not substituted again.
    QCOMPARE(translatedPattern("test", "%1 saves %2 of carbon", {"%2", "%1"}), std::string("%1 des CO₂ spart %2"));
    // A sentence the translation lacks stays English; "%%" is a literal percent sign and a
    // placeholder with no argument is left as written rather than read out of bounds.
    QCOMPARE(translatedPattern("test", "%1%% of %2 and %3", {"40", "energy"}), std::string("40% of energy and %3"));
    QCOMPARE(translatedPattern("test", "ends in %", {}), std::string("ends in %"));
    setTextTranslator(nullptr);
}
