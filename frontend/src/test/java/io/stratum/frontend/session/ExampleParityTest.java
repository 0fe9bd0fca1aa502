package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.ExampleScripts.ReferenceScore;
import io.stratum.frontend.api.DataOp;
import io.stratum.frontend.bind.BoundScript;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance test: every example script, traced and run by Stratum, gives scikit-learn's mean and standard
 * deviation of the test score for every candidate, with the optimizer on and off and on one or two threads —
 * and those four runs agree on every fold score to the last bit.
 */
class ExampleParityTest {
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private record Setting(boolean optimizer, int threads) {
        @Override
        public String toString() {
            return "optimizer " + (optimizer ? "on" : "off") + ", " + threads + " thread" + (threads == 1 ? "" : "s");
        }
    }

    private static final List<Setting> SETTINGS = List.of(
            new Setting(true, 1), new Setting(true, 2), new Setting(false, 1), new Setting(false, 2));

    static Stream<String> scripts() {
        return ExampleScripts.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void matchesScikitLearnWithOptimizerOnAndOffOnOneAndTwoThreads(String script) {
        ExampleScripts.assumeDataFor(script);
        Map<String, ReferenceScore> expected = ExampleScripts.reference().get(script);
        assertNotNull(expected, "examples/reference/expected_scores.csv has no rows for " + script
                + "; add it to make_reference.py and regenerate");

        BoundScript bound = ExampleScripts.bind(script);
        DataOp search = bound.mainSearch();
        assertNotNull(search, script + " builds no search");

        Map<String, double[]> firstFolds = null;
        Setting first = null;
        for (Setting setting : SETTINGS) {
            SearchResults results = new Session(new SessionConfig(setting.optimizer(), setting.threads())).run(search);
            Map<String, double[]> folds = new LinkedHashMap<>();
            for (SearchResults.Row row : results.rows()) {
                String key = ExampleScripts.key(row);
                assertTrue(folds.put(key, row.foldScores()) == null, script + ": candidate " + key + " appears twice");
                ReferenceScore ref = expected.get(key);
                assertNotNull(ref, script + " (" + setting + "): candidate " + key + " is not in the reference, which has "
                        + expected.keySet());
                assertClose(ref.mean(), row.meanTestScore(), script + " " + key + " mean_test_score (" + setting + ")");
                assertClose(ref.std(), row.stdTestScore(), script + " " + key + " std_test_score (" + setting + ")");
                assertEquals(results.folds(), row.foldScores().length, "one score per fold");
            }
            assertEquals(expected.keySet(), folds.keySet(), script + " (" + setting + "): candidates differ from the reference");
            assertRankedBestFirst(results, script);
            if (firstFolds == null) {
                firstFolds = folds;
                first = setting;
            } else {
                for (Map.Entry<String, double[]> e : firstFolds.entrySet()) {
                    assertArrayEquals(e.getValue(), folds.get(e.getKey()),
                            script + " " + e.getKey() + ": fold scores with " + setting + " differ from " + first);
                }
            }
        }
    }

    private static void assertRankedBestFirst(SearchResults results, String script) {
        List<SearchResults.Row> rows = results.rows();
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i - 1).meanTestScore() >= rows.get(i).meanTestScore(),
                    script + ": results are not best first at row " + i);
        }
        assertEquals(rows.get(0).params(), results.bestParams());
    }

    private static void assertClose(double expected, double actual, String what) {
        double scale = Math.max(Math.abs(expected), Double.MIN_NORMAL);
        double relative = Math.abs(actual - expected) / scale;
        assertTrue(relative <= RELATIVE_TOLERANCE,
                () -> what + ": expected " + expected + " (scikit-learn) but got " + actual + ", relative error " + relative);
    }
}
