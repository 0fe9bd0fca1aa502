package io.stratum.frontend.session;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.frontend.ExampleScripts;
import io.stratum.frontend.api.DataOp;
import io.stratum.runtime.exec.ExecutionStats;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An {@code X.assign(...)} after {@code mark_as_X} (the quick start's arithmetic, the bike example's datetime fields
 * and casts): with the optimizer off it runs once per fold on the training rows and once on the test rows; hoisted
 * above the split it runs once, and the scores are the same bit for bit.
 */
class RowWiseHoistingTest {
    private static final int FOLDS = 5;

    @Test
    void assignAfterTheMarkRunsOnceInsteadOfTwicePerFoldWithTheSameScores() {
        assertHoisted("examples/quickstart.py");
    }

    @Test
    void datetimeFieldsAndCastsAfterTheMarkRunOnceWithTheSameScores() {
        // to_datetime with a format, .dt fields, astype and clip/round in one assign; cv=5 uses every row.
        java.nio.file.Path csv = ExampleScripts.sharedData().resolve("bike_sharing.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isRegularFile(csv),
                () -> "needs " + csv + " (set -Dstratum.shared.data=DIR to the shared data directory); skipping");
        assertHoisted("examples/bike_sharing/datetime_features.py");
    }

    private static void assertHoisted(String script) {
        DataOp search = ExampleScripts.bind(script).mainSearch();
        SearchResults on = new Session(new SessionConfig(true, 1)).run(search);
        SearchResults off = new Session(new SessionConfig(false, 1)).run(search);

        assertTrue(on.compiled().trace().firedRules().contains("hoist_row_wise_work_above_split"));
        ExecutionStats hoisted = on.outcome().stats();
        ExecutionStats perFold = off.outcome().stats();
        assertEquals(2 * FOLDS, perFold.count("AssignColumns"), "optimizer off: per fold, on training and test rows");
        assertEquals(1, hoisted.count("AssignColumns"), "optimizer on: once, before the split");

        List<SearchResults.Row> a = on.rows();
        List<SearchResults.Row> b = off.rows();
        assertEquals(b.size(), a.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(b.get(i).params(), a.get(i).params());
            assertArrayEquals(b.get(i).foldScores(), a.get(i).foldScores(), "fold scores of " + a.get(i).params());
        }
    }
}
