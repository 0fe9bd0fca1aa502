package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.kernels.metrics.RegressionScores;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.KFoldKernel;
import io.stratum.runtime.reference.Reference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** KFold indices and the r2 / neg_mean_squared_error scorers against scikit-learn. */
class SplitAndMetricsTest {

    @Test
    void kFoldMatchesScikitLearn() {
        List<Map<String, String>> rows = Reference.rows("kfold.csv");
        for (Map<String, String> r : rows) {
            int n = Integer.parseInt(r.get("n_samples"));
            int k = Integer.parseInt(r.get("n_splits"));
            int f = Integer.parseInt(r.get("fold"));
            Fold fold = KFoldKernel.split(n, k).get(f);
            String what = "KFold(" + k + ") of " + n + " fold " + f;
            assertEquals(f, fold.index());
            assertArrayEquals(Reference.ints(r.get("train")), fold.train(), what + " train");
            assertArrayEquals(Reference.ints(r.get("test")), fold.test(), what + " test");
        }
        assertThrows(DataException.class, () -> KFoldKernel.split(3, 5));
        assertThrows(DataException.class, () -> KFoldKernel.split(10, 1));
    }

    @Test
    void scorersMatchScikitLearn() {
        for (Map<String, String> r : Reference.rows("metrics.csv")) {
            double[] t = Reference.numbers(r.get("y_true"));
            double[] p = Reference.numbers(r.get("y_pred"));
            Reference.assertClose(Reference.number(r.get("r2")), RegressionScores.score("r2", t, p),
                    r.get("case") + " r2");
            Reference.assertClose(Reference.number(r.get("neg_mean_squared_error")),
                    RegressionScores.score("neg_mean_squared_error", t, p), r.get("case") + " neg_mse");
        }
    }
}
