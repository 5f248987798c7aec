# The Python module against the real command line: the same report, number for number, for
# every preset and comparison; the same errors (file, JSON Pointer); and how long 10,000
# evaluations take from Python (printed, not asserted). Run by CTest (python_mlimpact) with
# PYTHONPATH at the built module and MLIMPACT_BINARY at the built ml-impact-explorer.
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import subprocess
import tempfile
import time
import unittest

import mlimpact

BINARY = os.environ.get("MLIMPACT_BINARY", "ml-impact-explorer")


def cli_json(*args):
    """The command line's JSON output (it must exit 0)."""
    run = subprocess.run([BINARY, *args, "--format", "json"], capture_output=True, text=True, check=False,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if run.returncode != 0:
        raise AssertionError(f"{' '.join(args)} exited {run.returncode}: {run.stderr}")
    return json.loads(run.stdout)


class SameNumbersAsTheCommandLine(unittest.TestCase):
    def test_every_preset_evaluates_to_the_cli_report(self):
        self.assertIn("llm-chat-service", mlimpact.presets())
        for preset in mlimpact.presets():
            with self.subTest(preset=preset):
                self.assertEqual(mlimpact.evaluate(mlimpact.preset(preset)), cli_json("evaluate", "--preset", preset))

    def test_set_matches_the_cli_override(self):
        scenario = mlimpact.set(mlimpact.preset("llm-chat-service"), "deployment.queries_per_day", 5e7)
        expected = cli_json("evaluate", "--preset", "llm-chat-service", "--set", "deployment.queries_per_day=5e7")
        self.assertEqual(mlimpact.evaluate(scenario), expected)
        # Text is read as --set reads it; the original is untouched by the functional set().
        self.assertEqual(mlimpact.set(mlimpact.preset("llm-chat-service"), "deployment.queries_per_day", "50M"),
                         scenario)
        self.assertNotEqual(mlimpact.preset("llm-chat-service").get("deployment.queries_per_day"), 5e7)

    def test_analysis_options_match_the_cli(self):
        report = mlimpact.evaluate(mlimpact.preset("llm-chat-service"), triad="quantization")
        self.assertEqual(report, cli_json("evaluate", "--preset", "llm-chat-service", "--triad", "quantization"))

    def test_a_file_a_dict_and_json_text_load_the_same_scenario(self):
        text = mlimpact.preset("edge-vision-phones").to_json()
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "edge.json")
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
            from_file = mlimpact.load(path)
            self.assertEqual(mlimpact.evaluate(from_file), cli_json("evaluate", path))
        self.assertEqual(mlimpact.load(json.loads(text)), from_file)
        self.assertEqual(mlimpact.load(text), from_file)

    def test_every_built_in_comparison_matches_the_cli(self):
        for comparison in mlimpact.comparisons():
            with self.subTest(comparison=comparison):
                self.assertEqual(mlimpact.compare(comparison), cli_json("compare", "--preset", comparison))

    def test_comparing_scenarios_matches_compare_base_other(self):
        base = mlimpact.preset("llm-chat-service")
        other = mlimpact.set(base, "deployment.site.region", "ca-quebec")
        with tempfile.TemporaryDirectory() as folder:
            paths = [os.path.join(folder, name) for name in ("base.json", "quebec.json")]
            for path, scenario in zip(paths, (base, other)):
                with open(path, "w", encoding="utf-8") as f:
                    f.write(scenario.to_json())
            expected = cli_json("compare", *paths)
        self.assertEqual(mlimpact.compare(base, {"quebec": other}), expected)

    def test_uncertainty_and_sensitivity_match_the_cli(self):
        scenario = mlimpact.preset("llm-chat-service")
        self.assertEqual(mlimpact.uncertainty(scenario, samples=200, seed=7),
                         cli_json("uncertainty", "--preset", "llm-chat-service", "--samples", "200", "--seed", "7"))
        self.assertEqual(mlimpact.sensitivity(scenario), cli_json("sensitivity", "--preset", "llm-chat-service"))

    def test_the_systems_map_matches_the_cli(self):
        for preset in mlimpact.presets():
            with self.subTest(preset=preset):
                self.assertEqual(mlimpact.system(mlimpact.preset(preset)), cli_json("system", "--preset", preset))
        # A variant's changes on the map, as `system FILE --variant NAME` gives them for a version 2 file.
        base = mlimpact.preset("llm-chat-service")
        document = base.to_dict()
        document["format_version"] = 2
        document["variants"] = [{"name": "Quebec", "changes": {"deployment.site.region": "ca-quebec"}}]
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "comparison.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(document, f)
            expected = cli_json("system", path, "--variant", "Quebec")
        variant = mlimpact.set(base, "deployment.site.region", "ca-quebec")
        self.assertEqual(mlimpact.system(base, variant=variant, variant_name="Quebec"), expected)

    def test_import_runs_matches_the_cli(self):
        csv = os.path.join(os.pardir, "data", "codecarbon", "training-runs.csv")
        base = mlimpact.preset("llm-chat-service")
        with tempfile.TemporaryDirectory() as folder:
            into, out = os.path.join(folder, "into.json"), os.path.join(folder, "out.json")
            with open(into, "w", encoding="utf-8") as f:
                f.write(base.to_json())
            run = subprocess.run([BINARY, "import-runs", csv, "--phase", "training", "--into", into, "--out", out],
                                 capture_output=True, text=True, check=False)
            self.assertEqual(run.returncode, 0, run.stderr)
            expected = mlimpact.load(out)
        scenario, lines = mlimpact.import_runs(csv, "training", base)
        self.assertEqual(scenario, expected)
        self.assertNotEqual(scenario, base)
        self.assertTrue(lines)

    def test_registry_and_catalogs(self):
        rows = {row["path"]: row for row in mlimpact.parameters()}
        queries = rows["deployment.queries_per_day"]
        self.assertEqual(queries["pointer"], "/deployment/queries_per_day")
        self.assertEqual(queries["kind"], "number")
        self.assertLess(queries["min"], queries["max"])
        self.assertTrue(queries["source"])
        self.assertEqual(rows["deployment.site.region"]["choices"], "grid_regions")
        regions = {entry["id"] for entry in mlimpact.catalogs()["grid_regions"]}
        self.assertIn(mlimpact.preset("llm-chat-service").get("deployment.site.region"), regions)


class ErrorsCarryTheirJsonPointer(unittest.TestCase):
    def assertProblemAt(self, raised, pointer, words):
        problems = raised.exception.diagnostics
        self.assertTrue(any(p["pointer"] == pointer and words in p["message"] for p in problems), problems)
        self.assertIn(pointer, str(raised.exception))
        self.assertIsInstance(raised.exception, ValueError)

    def test_unknown_path(self):
        scenario = mlimpact.preset("llm-chat-service")
        with self.assertRaises(mlimpact.ScenarioError) as raised:
            scenario.set("deployment.queries_per_dy", 1e6)
        self.assertProblemAt(raised, "/deployment/queries_per_dy", "unknown parameter")

    def test_missing_file_names_the_file(self):
        with self.assertRaises(mlimpact.ScenarioError) as raised:
            mlimpact.load("/nonexistent/scenario.json")
        self.assertEqual(raised.exception.diagnostics[0]["file"], "/nonexistent/scenario.json")

    def test_wrong_type(self):
        scenario = mlimpact.preset("llm-chat-service")
        before = scenario.copy()
        for value in ([1e6], True, "many"):
            with self.subTest(value=value), self.assertRaises(mlimpact.ScenarioError) as raised:
                scenario.set("deployment.queries_per_day", value)
            self.assertProblemAt(raised, "/deployment/queries_per_day", "expected")
        self.assertEqual(scenario, before)  # a refused value changes nothing
        with self.assertRaises(mlimpact.ScenarioError) as raised:
            mlimpact.load({"format_version": 1, "deployment": {"queries_per_day": "many"}})
        self.assertProblemAt(raised, "/deployment/queries_per_day", "expected")

    def test_out_of_range(self):
        scenario = mlimpact.preset("llm-chat-service")
        with self.assertRaises(mlimpact.ScenarioError) as raised:
            scenario.set("deployment.queries_per_day", -5)
        self.assertProblemAt(raised, "/deployment/queries_per_day", "expected a number in")
        with self.assertRaises(mlimpact.ScenarioError) as raised:
            mlimpact.load(json.dumps({"format_version": 1, "deployment": {"queries_per_day": -5}}))
        self.assertProblemAt(raised, "/deployment/queries_per_day", "expected a number in")

    def test_unknown_catalog_id(self):
        with self.assertRaises(mlimpact.ScenarioError) as raised:
            mlimpact.preset("llm-chat-service").set("deployment.site.region", "atlantis")
        self.assertProblemAt(raised, "/deployment/site/region", "atlantis")

    def test_the_valid_range_edges_are_accepted_and_evaluate(self):
        row = next(r for r in mlimpact.parameters() if r["path"] == "deployment.queries_per_day")
        for edge in (row["min"], row["max"]):
            report = mlimpact.evaluate(mlimpact.set(mlimpact.preset("llm-chat-service"), row["path"], edge))
            self.assertGreater(report["totals"]["carbon_kgco2e"], 0)

    def test_malformed_runs_name_the_line_and_column(self):
        csv = os.path.join(os.pardir, "data", "codecarbon", "malformed-number.csv")
        with self.assertRaises(mlimpact.ScenarioError) as raised:
            mlimpact.import_runs(csv, "training", mlimpact.preset("llm-chat-service"))
        problems = raised.exception.diagnostics
        self.assertTrue(any(p["file"] == csv and "line 3, column 3" in p["message"] for p in problems), problems)
        with self.assertRaises(mlimpact.ScenarioError):
            mlimpact.import_runs(csv, "deployment", mlimpact.preset("llm-chat-service"))

    def test_unknown_preset(self):
        with self.assertRaises(mlimpact.ScenarioError) as raised:
            mlimpact.preset("no-such-preset")
        self.assertIn("llm-chat-service", str(raised.exception))


class ManyScenarios(unittest.TestCase):
    FIELDS = ["/totals/carbon_kgco2e", "/phases/deployment/energy_kwh", "/per_unit/lifecycle_carbon_g_per_use",
              "/break_even/0/days_to_break_even"]

    def test_evaluate_many_reads_the_same_report(self):
        base = mlimpact.preset("llm-chat-service")
        scenarios = [mlimpact.set(base, "deployment.queries_per_day", q) for q in (1, 3e5, 2e7, 1e13)]
        scenarios.append(mlimpact.preset("edge-vision-phones"))
        # Without a /timeline field the monthly series are left out of the documents read.
        fields = self.FIELDS + ["/timeline/totals/water_l"]
        columns = {**mlimpact.evaluate_many(scenarios, fields=self.FIELDS),
                   "/timeline/totals/water_l": mlimpact.evaluate_many(scenarios, fields=fields)[fields[-1]]}
        for i, scenario in enumerate(scenarios):
            report = mlimpact.evaluate(scenario)
            for field in fields:
                expected = report
                for key in field.strip("/").split("/"):
                    expected = expected[int(key)] if isinstance(expected, list) else expected.get(key)
                    if expected is None:
                        break
                with self.subTest(scenario=i, field=field):
                    self.assertEqual(columns[field][i], expected)

    def test_insights_and_bad_pointers_are_refused(self):
        for field in ("/insights/headlines", "totals"):
            with self.subTest(field=field), self.assertRaises(mlimpact.ScenarioError) as raised:
                mlimpact.evaluate_many([mlimpact.preset("blank")], fields=[field])
            self.assertEqual(raised.exception.diagnostics[0]["pointer"], field)

    def test_ten_thousand_scenarios(self):
        """Prints the figures; timings are never asserted (machines differ)."""
        base = mlimpact.preset("llm-chat-service")
        scenarios = [mlimpact.set(base, "deployment.queries_per_day", 1e6 + 1e4 * i) for i in range(10_000)]
        start = time.perf_counter()
        totals = mlimpact.evaluate_many(scenarios)["/totals/carbon_kgco2e"]
        many = time.perf_counter() - start
        start = time.perf_counter()
        for scenario in scenarios[:1000]:
            mlimpact.evaluate(scenario)
        full = time.perf_counter() - start
        print(f"\nevaluate_many(): 10,000 scenarios in {many:.2f} s ({many / 10_000 * 1e6:.0f} µs each, all cores)"
              f"\nevaluate(): {full / 1000 * 1e3:.2f} ms per scenario (full report with insights; 1,000 timed)")
        self.assertEqual(len(totals), 10_000)
        self.assertLess(totals[0], totals[-1])  # more queries, more carbon


if __name__ == "__main__":
    unittest.main()
