package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.kernels.metrics.RegressionScores;
import io.stratum.runtime.reference.Reference;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The regression scorers of issue 7 against scikit-learn's get_scorer(name), errors included: the same bits, since the
 * sums are numpy's pairwise ones (the 1,000-value case differs in the last bits with a running sum); the squared log
 * error within the reference tolerance.
 */
class RegressionScorersTest {

    @Test
    void scorersMatchScikitLearn() {
        int values = 0;
        int errors = 0;
        for (Map<String, String> r : Reference.rows("regression_scorers.csv")) {
            double[] t = Reference.numbers(r.get("y_true"));
            double[] p = Reference.numbers(r.get("y_pred"));
            String scoring = r.get("scoring");
            String what = r.get("case") + " " + scoring;
            String expected = r.get("value");
            if (expected.startsWith("error: ")) {
                DataException e = assertThrows(DataException.class, () -> RegressionScores.score(scoring, t, p), what);
                assertTrue(e.getMessage().startsWith(expected.substring(7, expected.length() - 1)), what + ": " + e.getMessage());
                errors++;
            } else {
                if (scoring.equals("neg_mean_squared_log_error")) {
                    // the JDK's log1p may differ from the C library's numpy calls by an ulp
                    Reference.assertClose(Reference.number(expected), RegressionScores.score(scoring, t, p), what);
                } else {
                    assertEquals(Reference.number(expected), RegressionScores.score(scoring, t, p), 0.0, what);
                }
                values++;
            }
        }
        assertEquals(78, values);
        assertEquals(2, errors);
    }

    @Test
    void everyNamedScorerIsImplemented() {
        double[] t = {1.0, 2.0, 4.0};
        double[] p = {1.5, 2.0, 3.0};
        for (String name : RegressionScores.NAMES) {
            assertTrue(Double.isFinite(RegressionScores.score(name, t, p)), name);
        }
        DataException e = assertThrows(DataException.class, () -> RegressionScores.score("max_error", t, p));
        assertTrue(e.getMessage().contains("neg_max_error"), e.getMessage());
    }
}
