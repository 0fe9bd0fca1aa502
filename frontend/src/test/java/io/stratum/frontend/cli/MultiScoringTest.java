package io.stratum.frontend.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.api.DataOps;
import io.stratum.frontend.api.Scoring;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.graalpy.GraalPyFrontend;
import io.stratum.frontend.session.SearchResults;
import io.stratum.frontend.session.Session;
import io.stratum.frontend.session.SessionConfig;
import io.stratum.frontend.syntax.ScriptError;
import io.stratum.ir.diagnostics.StratumError;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Several scorers at once ({@code scoring=[...]} or {@code {name: scorer}}, {@code refit=name|False}): every scorer's
 * mean and standard deviation, the order of the candidates, the columns of {@code results_} and
 * {@code detailed_results_} and {@code best_score_} equal skrub's on the same scripts
 * ({@code frontend/reference/make_multi_scoring_reference.py}), with the optimizer on and off.
 */
class MultiScoringTest {
    private static final double TOLERANCE = 1e-9;
    private static final String REFERENCE = "frontend/src/test/resources/reference/multi_scoring.csv";

    /** What skrub gave for one script. */
    private static final class Expected {
        final Map<String, Map<String, double[]>> scores = new LinkedHashMap<>(); // params -> metric -> mean, std
        List<String> order;
        List<String> resultColumns;
        List<String> detailedColumns;
        Double bestScore;
    }

    static Stream<String> scripts() {
        return reference().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void scoresColumnsAndOrderAreSkrubs(String script) {
        Expected expected = reference().get(script);
        DataOp search = ExampleScripts.bind(script).mainSearch();
        for (SessionConfig config : List.of(new SessionConfig(true, 2), new SessionConfig(false, 1))) {
            SearchResults results = new Session(config).run(search);
            String what = script + " (" + config + ")";
            List<String> order = new ArrayList<>();
            List<String> names = results.scoreNames();
            for (SearchResults.Row row : results.rows()) {
                String key = ExampleScripts.key(row);
                order.add(key);
                Map<String, double[]> ref = expected.scores.get(key);
                assertNotNull(ref, what + ": candidate " + key + " is not in " + expected.scores.keySet());
                assertEquals(ref.keySet(), new java.util.HashSet<>(names), what + ": scorer names");
                for (int m = 0; m < names.size(); m++) {
                    double[] r = ref.get(names.get(m));
                    assertClose(r[0], row.metricMeans()[m], TOLERANCE, what + " " + key + " mean_test_" + names.get(m));
                    assertClose(r[1], row.metricStds()[m], TOLERANCE, what + " " + key + " std_test_" + names.get(m));
                }
            }
            assertEquals(expected.order, order, what + ": results_ order");
            assertEquals(expected.resultColumns, scoreColumns(ResultsTable.columns(results, false), results), what);
            assertEquals(expected.detailedColumns, scoreColumns(ResultsTable.columns(results, true), results), what);
            assertEquals(expected.bestScore != null, results.hasBest(), what + ": best_score_ exists");
            if (expected.bestScore != null) {
                assertClose(expected.bestScore, results.bestScore(), TOLERANCE, what + " best_score_");
            }
        }
    }

    @Test
    void scorersReadingDifferentMethodsShareOneFitPerFold() {
        String script = "frontend/src/test/resources/skb_ops/multi_scoring_classifier.py";
        SearchResults results = new Session(new SessionConfig(true, 1)).run(ExampleScripts.bind(script).mainSearch());
        // 3 candidates x 4 folds: accuracy and f1 read labels, roc_auc the ridge's decision values or the forest's
        // probabilities, all from one fit.
        assertEquals(12, results.outcome().stats().count("FitPredict.fit"));
        String explain = results.compiled().searchPlan().explain();
        assertTrue(explain.contains("output='decision_function'") && explain.contains("output='predict_proba'"), explain);
    }

    @Test
    void javaApiTakesAListOrAMapOfScorers() {
        DataOp data = DataOps.var("data", DataOps.readCsv("examples/data/seattle-weather.csv", ExampleScripts.repoRoot()));
        DataOp pred = data.get(List.of("wind", "temp_min")).skb().markAsX().skb().apply(
                DataOps.estimator("sklearn.linear_model.Ridge", Map.of()), data.get("temp_max").skb().markAsY(), null);
        SearchResults list = new Session().run(pred.skb().makeGridSearch(3, Scoring.of(List.of("r2", "neg_max_error"),
                "neg_max_error"), true));
        assertEquals(List.of("neg_max_error", "r2"), list.scoreNames());
        SearchResults map = new Session().run(pred.skb().makeGridSearch(3, Scoring.of(
                new LinkedHashMap<>(Map.of("R2", "r2")), null), true));
        assertEquals(List.of("R2"), map.scoreNames());
        assertFalse(map.hasBest());
        assertThrows(StratumError.class, map::bestParams);
        assertClose(list.rows().get(0).metricMeans()[1], map.rows().get(0).metricMeans()[0], TOLERANCE, "r2 by either name");
    }

    private static final String HEAD = "import pandas as pd\nimport skrub\nfrom sklearn.linear_model import Ridge\n"
            + "data = skrub.var('data', pd.read_csv('examples/data/seattle-weather.csv'))\n"
            + "pred = data[['wind']].skb.mark_as_X().skb.apply(Ridge(), y=data['temp_max'].skb.mark_as_y())\n";

    @Test
    void bestParamsOfASearchWithoutRefitIsALocatedErrorInBothFrontends() {
        String source = HEAD + "search = pred.skb.make_grid_search(fitted=True, scoring=['r2', 'neg_max_error'],"
                + " refit=False)\nprint(search.results_)\nprint(search.best_params_)\n";
        ScriptError subset = assertThrows(ScriptError.class, () -> ScriptBinder.bind(source, "s.py", ExampleScripts.repoRoot()));
        assertTrue(subset.getMessage().startsWith("s.py:8:"), subset.getMessage());
        assertTrue(subset.getMessage().contains("refit=False, so it has no best_params_"), subset.getMessage());
        ScriptError python = assertThrows(ScriptError.class, () -> GraalPyFrontend.bind(source, "s.py", ExampleScripts.repoRoot()));
        assertTrue(python.getMessage().startsWith("s.py:8:"), python.getMessage());
        assertTrue(python.getMessage().contains("refit=False, so it has no best_params_"), python.getMessage());
    }

    @Test
    void refitMustNameOneOfSeveralScorers() {
        for (String refit : List.of("True", "'mae'")) {
            String source = HEAD + "search = pred.skb.make_grid_search(fitted=True, scoring=['r2', 'neg_max_error'],"
                    + " refit=" + refit + ")\nprint(search.results_)\n";
            DataOp search = ScriptBinder.bind(source, "s.py", ExampleScripts.repoRoot()).mainSearch();
            StratumError e = assertThrows(StratumError.class, () -> new Session().run(search));
            assertEquals(6, e.origin().line(), e.getMessage());
            assertTrue(e.getMessage().contains(refit.equals("True") ? "refit must name" : "refit='mae' is not one of"),
                    e.getMessage());
        }
        DataOp unknown = ScriptBinder.bind(HEAD + "search = pred.skb.make_grid_search(fitted=True, scoring=['r2', 'f2'],"
                + " refit='r2')\nprint(search.results_)\n", "s.py", ExampleScripts.repoRoot()).mainSearch();
        StratumError e = assertThrows(StratumError.class, () -> new Session().run(unknown));
        assertEquals("scoring='f2' is not supported", e.getMessage());
    }

    /** The score columns of a printed table: its header after the choice columns. */
    private static List<String> scoreColumns(List<String> header, SearchResults results) {
        return header.subList(results.choiceNames().size(), header.size());
    }

    private static void assertClose(double expected, double actual, double tolerance, String what) {
        if (Double.isNaN(expected)) {
            // a scorer that failed on some fold (scikit-learn's error_score=np.nan)
            assertTrue(Double.isNaN(actual), () -> what + ": expected nan (skrub) but got " + actual);
            return;
        }
        double scale = Math.max(1.0, Math.abs(expected));
        assertTrue(Math.abs(expected - actual) <= tolerance * scale,
                () -> what + ": expected " + expected + " (skrub) but got " + actual);
    }

    /** A number as Python's repr writes it ({@code nan} included). */
    private static double number(String repr) {
        return repr.equals("nan") ? Double.NaN : Double.parseDouble(repr);
    }

    private static Map<String, Expected> reference() {
        Map<String, Expected> out = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(ExampleScripts.repoRoot().resolve(REFERENCE))) {
                if (line.startsWith("#") || line.startsWith("script,")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                Expected e = out.computeIfAbsent(f[0], k -> new Expected());
                switch (f[1]) {
                    case "score" -> e.scores.computeIfAbsent(f[2], k -> new LinkedHashMap<>())
                            .put(f[3], new double[] {number(f[4]), number(f[5])});
                    case "order" -> e.order = List.of(f[4].split("\\|"));
                    case "columns" -> {
                        if (f[2].equals("results_")) {
                            e.resultColumns = List.of(f[4].split("\\|"));
                        } else {
                            e.detailedColumns = List.of(f[4].split("\\|"));
                        }
                    }
                    case "best_score" -> e.bestScore = number(f[4]);
                    default -> throw new IllegalStateException("unknown row kind " + f[1]);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
