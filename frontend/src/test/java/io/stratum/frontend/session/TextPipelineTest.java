package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.ReferenceCsv;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.ScriptBinder;
import io.stratum.frontend.graalpy.GraalPyFrontend;
import io.stratum.ir.value.Const;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * scikit-learn's text vectorizers, TfidfTransformer and TruncatedSVD in scripts (issue 7): each script of
 * {@code src/test/resources/text/}, on the committed film titles, gives skrub's fold scores for every candidate
 * ({@code frontend/reference/make_text_reference.py}) with the optimizer on and off, traced by the subset frontend
 * and by GraalPy.
 */
class TextPipelineTest {
    /**
     * Ridge on a scipy sparse matrix runs scikit-learn's conjugate gradient (to tol=1e-4): the same steps in another
     * summation order (scipy sums a row's entries in the order scikit-learn's vectorizer stored them, not sorted by
     * column), which conjugate gradient amplifies: the scores agree to 2.5e-6 (alpha=0.5 on 200 words), held to 1e-5. LogisticRegression runs scipy's L-BFGS-B as
     * scikit-learn does, but the gradients' summation order moves the line search's trial points by rounding, and
     * the path drifts: a fold's ROC AUC differs by 1.2e-5, where scikit-learn's own stopping point is 5e-5 from the
     * optimum's (tol=1e-4); held to 1e-4. TruncatedSVD into Ridge (dense, exact solver) is held to 1e-9, and so are
     * Lasso and ElasticNet on the sparse matrix: their sparse coordinate descent takes scikit-learn's steps in its
     * order (random coordinates from its generator), its coefficients the same bits on the runtime's fixture.
     */
    private static double tolerance(String source) {
        if (source.contains("LogisticRegression")) {
            return 1e-4;
        }
        if (source.contains("Lasso")) {
            return 1e-9;
        }
        return source.contains("TruncatedSVD") ? 1e-9 : 1e-5;
    }

    static Stream<String> scripts() throws java.io.IOException {
        try (Stream<java.nio.file.Path> files = Files.list(ExampleScripts.repoRoot().resolve(
                "frontend/src/test/resources/text"))) {
            return files.map(p -> "frontend/src/test/resources/text/" + p.getFileName()).sorted().toList().stream();
        }
    }

    /** Reference fold scores by candidate (its choices as name=value parts, sorted) for {@code script}. */
    private static Map<String, List<Double>> reference(String script) {
        Map<String, List<Double>> out = new LinkedHashMap<>();
        for (Map<String, String> r : ReferenceCsv.read("frontend/src/test/resources/reference/text_scores.csv")) {
            if (r.get("script").equals(script)) {
                out.computeIfAbsent(sorted(List.of(r.get("candidate").split(";"))), k -> new ArrayList<>())
                        .add(Double.parseDouble(r.get("test_score")));
            }
        }
        return out;
    }

    private static String sorted(List<String> parts) {
        return String.join(";", new java.util.TreeSet<>(parts));
    }

    private static String key(SearchResults.Row row) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Const> e : row.params().entrySet()) {
            Const v = e.getValue();
            parts.add(e.getKey() + "=" + (v instanceof Const.StrConst s ? s.value() : v.repr()));
        }
        return sorted(parts);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void foldScoresAreSkrubsWithBothFrontendsAndTheOptimizerOnAndOff(String script) throws java.io.IOException {
        Map<String, List<Double>> expected = reference(script);
        assertTrue(!expected.isEmpty(), "text_scores.csv has no rows for " + script);
        String source = Files.readString(ExampleScripts.repoRoot().resolve(script));
        DataOp subset = ScriptBinder.bind(source, script, ExampleScripts.repoRoot()).mainSearch();
        DataOp python = GraalPyFrontend.bind(source, script, ExampleScripts.repoRoot()).mainSearch();
        assertEquals(subset.node().fingerprint(), python.node().fingerprint(), "both frontends give one plan");
        Map<String, double[]> first = null;
        for (boolean optimizer : new boolean[] {true, false}) {
            SearchResults results = new Session(new SessionConfig(optimizer, 2)).run(subset);
            Map<String, double[]> folds = new TreeMap<>();
            for (SearchResults.Row row : results.rows()) {
                String key = key(row);
                List<Double> ref = expected.get(key);
                assertNotNull(ref, script + ": candidate " + key + " is not in the reference, which has " + expected.keySet());
                assertEquals(ref.size(), row.foldScores().length, key + " folds");
                for (int f = 0; f < ref.size(); f++) {
                    double diff = Math.abs(ref.get(f) - row.foldScores()[f]);
                    assertTrue(diff <= tolerance(source) * Math.max(1.0, Math.abs(ref.get(f))), script + " " + key + " fold " + f
                            + " (optimizer " + optimizer + "): expected " + ref.get(f) + " (skrub) but got "
                            + row.foldScores()[f] + ", difference " + diff);
                }
                folds.put(key, row.foldScores());
            }
            assertEquals(new java.util.TreeSet<>(expected.keySet()), folds.keySet(), script + ": candidates");
            if (first == null) {
                first = folds;
            } else {
                for (Map.Entry<String, double[]> e : first.entrySet()) {
                    org.junit.jupiter.api.Assertions.assertArrayEquals(e.getValue(), folds.get(e.getKey()),
                            script + " " + e.getKey() + ": optimizer on and off differ");
                }
            }
        }
    }
}
