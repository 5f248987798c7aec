// Numbers as typed (SI suffixes, exponents, the locale's separators, refusals of
// ambiguous text) and numbers as written (shortest text that reads back exactly, in
// number boxes and in JSON files).
// SPDX-License-Identifier: GPL-3.0-or-later
#include "json_writer.h"
#include "number_text.h"

#include <QTest>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>

using namespace mlimpact;

namespace {

const NumberSeparators kEnglish{".", ","};
const NumberSeparators kGerman{",", "."};
const NumberSeparators kFrench{",", "\xE2\x80\xAF"}; // narrow no-break space, as Qt gives it
const NumberSeparators kCommandLine{".", ""};

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

/// The fewest significant digits with which printf's correctly rounded %e reads back as
/// `value` (an independent search, not the writer's own method).
int fewestDigits(double value)
{
    for (int digits = 1; digits <= 17; ++digits) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.*e", digits - 1, value);
        double back = 0;
        std::from_chars(buf, buf + std::strlen(buf), back);
        if (sameBits(back, value))
            return digits;
    }
    return 17;
}

/// Length of the shortest plain or exponent text (as JSON writes them) that printf's
/// correctly rounded conversions give and that reads back as `value`.
std::size_t shortestPrintfLength(double value)
{
    std::size_t best = 1000;
    const auto readsBack = [value](const char *text) {
        double back = 0;
        const auto [ptr, ec] = std::from_chars(text, text + std::strlen(text), back);
        return ec == std::errc() && *ptr == 0 && sameBits(back, value);
    };
    char buf[400];
    for (int digits = 1; digits <= 17; ++digits) {
        std::snprintf(buf, sizeof buf, "%.*e", digits - 1, value);
        if (readsBack(buf)) {
            std::string text(buf); // "1.5e+07" -> "1.5e7"
            const auto e = text.find('e');
            std::string exponent = std::to_string(std::stoi(text.substr(e + 1)));
            best = std::min(best, e + 1 + exponent.size());
            break;
        }
    }
    for (int decimals = 0; decimals <= 30; ++decimals) {
        std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
        if (readsBack(buf)) {
            best = std::min(best, std::strlen(buf));
            break;
        }
    }
    return best;
}

/// Significant digits in a number's text ("1.25e-3" -> 3, "1500" -> 2, "0.001" -> 1).
int significantDigits(const std::string &text)
{
    std::string digits;
    for (char c : text.substr(0, text.find_first_of("eE"))) {
        if (c >= '0' && c <= '9')
            digits += c;
    }
    const auto first = digits.find_first_not_of('0');
    if (first == std::string::npos)
        return 1;
    const auto last = digits.find_last_not_of('0');
    return static_cast<int>(last - first + 1);
}

} // namespace

class TestNumberText : public QObject
{
    Q_OBJECT
private slots:
    void suffixesScaleExactly_data();
    void suffixesScaleExactly();
    void exponentsAndSigns();
    void localeDecimalSeparator();
    void ambiguousGroupingIsRefused();
    void misplacedGroupingIsRefused();
    void otherTextIsRefused_data();
    void otherTextIsRefused();
    void boxTextReadsBackExactly_data();
    void boxTextReadsBackExactly();
    void boxTextIsReadable();
    void jsonNumbersAreShortestAndExact_data();
    void jsonNumbersAreShortestAndExact();
    void jsonDocumentLayoutMatchesDump();
};

void TestNumberText::suffixesScaleExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("expected");
    QTest::newRow("30M") << "30M" << 3e7;
    QTest::newRow("30 M") << "30 M" << 3e7;
    QTest::newRow("1.5k") << "1.5k" << 1500.0;
    QTest::newRow("1.5K") << "1.5K" << 1500.0;
    QTest::newRow("2G") << "2G" << 2e9;
    QTest::newRow("7T") << "7T" << 7e12;
    QTest::newRow("1.1k is the double nearest 1100") << "1.1k" << 1100.0;
    QTest::newRow("0.3M") << "0.3M" << 300000.0;
    QTest::newRow("12.3456789 M") << "12.3456789 M" << 12345678.9;
    QTest::newRow("-4k") << "-4k" << -4000.0;
}

void TestNumberText::suffixesScaleExactly()
{
    QFETCH(QString, text);
    QFETCH(double, expected);
    const NumberText n = parseNumberText(text.toStdString(), kEnglish);
    QVERIFY2(n.value, n.error.c_str());
    QVERIFY2(sameBits(*n.value, expected), QByteArray::number(*n.value, 'g', 17).constData());
}

void TestNumberText::exponentsAndSigns()
{
    QCOMPARE(*parseNumberText("3e7").value, 3e7);
    QCOMPARE(*parseNumberText("3E7").value, 3e7);
    QCOMPARE(*parseNumberText("2.5e-3").value, 2.5e-3);
    QCOMPARE(*parseNumberText("+1e+23").value, 1e23);
    QCOMPARE(*parseNumberText("  42  ").value, 42.0);
    QCOMPARE(*parseNumberText(".5").value, 0.5);
    QCOMPARE(*parseNumberText("\xE2\x88\x92"
                              "2")
                  .value,
             -2.0); // U+2212 minus, as pasted
    QVERIFY(std::signbit(*parseNumberText("-0").value));
    QCOMPARE(*parseNumberText("5e-324").value, 5e-324);
    QCOMPARE(*parseNumberText("1.7976931348623157e308").value, std::numeric_limits<double>::max());
}

void TestNumberText::localeDecimalSeparator()
{
    QCOMPARE(*parseNumberText("1,5", kGerman).value, 1.5);
    QCOMPARE(*parseNumberText("1,500", kGerman).value, 1.5); // "," is this locale's decimal mark
    QCOMPARE(*parseNumberText("1.500.000", kGerman).value, 1.5e6);
    QCOMPARE(*parseNumberText("1.500,25", kGerman).value, 1500.25);
    QCOMPARE(*parseNumberText("2,5 M", kGerman).value, 2.5e6);
    QCOMPARE(*parseNumberText("1,500,000", kEnglish).value, 1.5e6);
    QCOMPARE(*parseNumberText("12,345.5", kEnglish).value, 12345.5);
    // French groups with a (narrow) no-break space; a plain space typed for it is read too,
    // and "." (files, the command line) is still a decimal point there.
    QCOMPARE(*parseNumberText("1\xE2\x80\xAF"
                              "500,5",
                              kFrench)
                  .value,
             1500.5);
    QCOMPARE(*parseNumberText("1 500 000", kFrench).value, 1.5e6);
    QCOMPARE(*parseNumberText("2.5", kFrench).value, 2.5);
}

void TestNumberText::ambiguousGroupingIsRefused()
{
    // One "," group in English could be a decimal comma; one "." group in German a decimal point.
    const NumberText english = parseNumberText("1,500", kEnglish);
    QVERIFY(!english.value);
    QVERIFY2(english.error.find("ambiguous") != std::string::npos, english.error.c_str());
    QVERIFY2(english.error.find("1500") != std::string::npos, english.error.c_str());
    const NumberText german = parseNumberText("1.500", kGerman);
    QVERIFY(!german.value);
    QVERIFY2(german.error.find("ambiguous") != std::string::npos, german.error.c_str());
    QVERIFY(!parseNumberText("1,500k", kEnglish).value);
    // Spaces group thousands nowhere as a decimal mark: no ambiguity.
    QCOMPARE(*parseNumberText("1 500", kFrench).value, 1500.0);
}

void TestNumberText::misplacedGroupingIsRefused()
{
    // "1,5" in English was read as 15 (provisioning x15): now it is refused and says why.
    const NumberText n = parseNumberText("1,5", kEnglish);
    QVERIFY(!n.value);
    QVERIFY2(n.error.find("groups thousands") != std::string::npos, n.error.c_str());
    QVERIFY(!parseNumberText("1,50,000", kEnglish).value);
    QVERIFY(!parseNumberText("1,5000", kEnglish).value);
    QVERIFY(!parseNumberText("1,,500", kEnglish).value);
    QVERIFY(!parseNumberText(",500", kEnglish).value);
    QVERIFY(!parseNumberText("1.5,0", kEnglish).value);
    QVERIFY(!parseNumberText("1.5", kGerman).value); // "." groups thousands there
    // The command line groups nothing: a comma is refused whatever follows.
    const NumberText cli = parseNumberText("1,5", kCommandLine);
    QVERIFY(!cli.value);
    QVERIFY2(cli.error.find("decimal separator is") != std::string::npos, cli.error.c_str());
    QVERIFY(!parseNumberText("1,500,000", kCommandLine).value);
}

void TestNumberText::otherTextIsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("letters") << "abc"
                             << "unknown suffix";
    QTest::newRow("milli") << "30m"
                           << "milli";
    QTest::newRow("unknown suffix") << "30x"
                                    << "unknown suffix";
    QTest::newRow("word suffix") << "3 Mio"
                                 << "unknown suffix";
    QTest::newRow("suffix alone") << "M"
                                  << "needs a number";
    QTest::newRow("suffix and exponent") << "3e3k"
                                         << "not both";
    QTest::newRow("open exponent") << "3e"
                                   << "exponent needs digits";
    QTest::newRow("exponent sign only") << "3e-"
                                        << "exponent needs digits";
    QTest::newRow("two points") << "1.2.3"
                                << "two decimal";
    QTest::newRow("inf") << "inf"
                         << "unknown suffix";
    QTest::newRow("nan") << "nan"
                         << "unknown suffix";
    QTest::newRow("hex") << "0x10"
                         << "unexpected";
    QTest::newRow("sign only") << "-"
                               << "no digits";
    QTest::newRow("too large") << "1e999"
                               << "too large";
    QTest::newRow("too large by suffix") << "1e305T"
                                         << "not both";
    QTest::newRow("too small") << "1e-999"
                               << "too small";
    QTest::newRow("stray character") << "12#"
                                     << "unexpected";
}

void TestNumberText::otherTextIsRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const NumberText n = parseNumberText(text.toStdString(), kEnglish);
    QVERIFY2(!n.value, QByteArray::number(n.value.value_or(0), 'g', 17).constData());
    QVERIFY2(QString::fromStdString(n.error).contains(reason), n.error.c_str());
}

void TestNumberText::boxTextReadsBackExactly_data()
{
    QTest::addColumn<double>("value");
    for (double v : {1e23, 0.1, 0.35, 1500.0, 9999.0, 1e4, 1e7, 3e7, 12345678.9, 1.2345678901234567, 5e-324,
                     1.7976931348623157e308, 999999999999999.9, 1e15, 0.001, 0.00099, -2.5e-7, -1e13, 7e10})
        QTest::newRow(QByteArray::number(v, 'g', 17).constData()) << v;
}

void TestNumberText::boxTextReadsBackExactly()
{
    QFETCH(double, value);
    for (const auto &sep : {kEnglish, kGerman, kFrench}) {
        const std::string text = formatNumberText(value, sep);
        const NumberText back = parseNumberText(text, sep);
        QVERIFY2(back.value, (text + ": " + back.error).c_str());
        QVERIFY2(sameBits(*back.value, value), text.c_str());
        QCOMPARE(significantDigits(text), fewestDigits(value));
    }
}

void TestNumberText::boxTextIsReadable()
{
    QCOMPARE(formatNumberText(1e7), std::string("10 M")); // was "1e+07"
    QCOMPARE(formatNumberText(3e7), std::string("30 M"));
    QCOMPARE(formatNumberText(12500), std::string("12.5 k"));
    QCOMPARE(formatNumberText(1500), std::string("1500"));
    QCOMPARE(formatNumberText(0.35), std::string("0.35"));
    QCOMPARE(formatNumberText(1e13), std::string("10 T"));
    QCOMPARE(formatNumberText(1e23), std::string("1e23"));
    QCOMPARE(formatNumberText(2.5e-6), std::string("2.5e-6"));
    QCOMPARE(formatNumberText(0.35, kGerman), std::string("0,35"));
    QCOMPARE(formatNumberText(2.5e6, kGerman), std::string("2,5 M"));
}

void TestNumberText::jsonNumbersAreShortestAndExact_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("1e23") << 1e23 << "1e23"; // nlohmann's dump wrote 9.999999999999999e+22
    QTest::newRow("0.1") << 0.1 << "0.1";
    QTest::newRow("smallest subnormal") << 5e-324 << "5e-324";
    QTest::newRow("largest") << 1.7976931348623157e308 << "1.7976931348623157e308";
    QTest::newRow("negative zero") << -0.0 << "-0.0";
    QTest::newRow("zero") << 0.0 << "0";
    QTest::newRow("integer") << 64.0 << "64";
    QTest::newRow("negative integer") << -3.0 << "-3";
    QTest::newRow("2^53 + 2") << 9007199254740994.0 << "9007199254740994";
    QTest::newRow("2^64") << 18446744073709551616.0 << "18446744073709551616";
    QTest::newRow("1e7") << 1e7 << "1e7";
    QTest::newRow("1000") << 1000.0 << "1e3";
    QTest::newRow("2048") << 2048.0 << "2048";
    QTest::newRow("100: plain on a tie") << 100.0 << "100";
    QTest::newRow("0.05: plain on a tie") << 0.05 << "0.05";
    QTest::newRow("0.001") << 0.001 << "1e-3";
    QTest::newRow("0.3") << 0.3 << "0.3";
    QTest::newRow("0.1+0.2") << 0.1 + 0.2 << "0.30000000000000004";
    QTest::newRow("1e-5") << 1e-5 << "1e-5";
    QTest::newRow("7e10") << 7e10 << "7e10";
}

void TestNumberText::jsonNumbersAreShortestAndExact()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    const std::string written = jsonNumberText(value);
    QCOMPARE(QString::fromStdString(written), text);
    // No shorter text reads back (zero aside: "-0" would read back as the integer 0).
    if (value != 0)
        QVERIFY2(written.size() <= shortestPrintfLength(value), written.c_str());
    // Read back as a scenario file is read: through nlohmann, then as a double.
    const nlohmann::json parsed = nlohmann::json::parse(writeJson(nlohmann::json::array({value})));
    QVERIFY(sameBits(parsed[0].get<double>(), value));
}

void TestNumberText::jsonDocumentLayoutMatchesDump()
{
    // Apart from floating-point numbers, the text is dump(2)'s, so files stay as they were.
    nlohmann::ordered_json doc;
    doc["format_version"] = 1;
    doc["name"] = "Größe \"quoted\"\n";
    doc["flags"] = {true, false, nullptr};
    doc["empty_object"] = nlohmann::ordered_json::object();
    doc["empty_array"] = nlohmann::ordered_json::array();
    doc["nested"]["unsigned"] = 18446744073709551615ULL;
    doc["nested"]["negative"] = -5;
    QCOMPARE(writeJson(doc), doc.dump(2));
    QCOMPARE(writeJson(doc, -1), doc.dump());
    doc["nested"]["x"] = 1e23;
    doc["nan"] = std::nan("");
    const std::string text = writeJson(doc);
    QVERIFY(text.find("\"x\": 1e23") != std::string::npos);
    QVERIFY(text.find("\"nan\": null") != std::string::npos); // JSON has no NaN
}

QTEST_APPLESS_MAIN(TestNumberText)
#include "tst_number_text.moc"
