package io.stratum.runtime.kernels.trees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.reference.Reference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Early stopping on a scorer other than the loss against scikit-learn 1.9.1 ({@code make_hgb_scoring_reference.py}):
 * the same {@code n_iter_} (so the same scores crossed the same thresholds) and the same test predictions, for
 * regressors on scikit-learn's validation rows and for classifiers on the training rows.
 */
class HistGradientBoostingScoringParityTest {
    private static final List<String> FEATURES = List.of("a", "b", "c", "d", "e", "f");
    private static final int CUT = 1500;

    private static HistGradientBoostingParams params(Map<String, String> r) {
        String scoring = r.get("scoring").equals("None") ? null : r.get("scoring");
        return new HistGradientBoostingParams(0.3, 150, 31, 0, 20, 0.0, 255, true,
                Reference.number(r.get("validation_fraction")), 4, 1e-4, 0L).withScoring(scoring);
    }

    @Test
    void scorersStopWhereScikitLearnStops() {
        try (MemoryContext memory = MemoryContext.open()) {
            Table all = TreeFixtures.read(memory, Reference.input("hgb_scoring_small.csv"));
            FeatureMatrix x = TreeFixtures.encode(all, FEATURES);
            FeatureMatrix train = x.takeRows(TreeFixtures.range(0, CUT, 1));
            FeatureMatrix test = x.takeRows(TreeFixtures.range(CUT, all.rowCount(), 1));
            int cases = 0;
            for (Map<String, String> r : Reference.rows("trees_hgb_scoring_small.csv")) {
                String what = r.get("task") + " scoring=" + r.get("scoring");
                HistGradientBoostingParams params = params(r);
                int iterations = Integer.parseInt(r.get("n_iter"));
                if (r.get("task").equals("regression")) {
                    FittedBoosting fit = HistGradientBoosting.fitRegressor(train,
                            all.column("y").take(TreeFixtures.range(0, CUT, 1)).toDoubleArray(), params,
                            Parallel.sequential());
                    assertEquals(iterations, fit.iterations(), what + ": n_iter_");
                    HistGradientBoostingParityTest.close(TreeFixtures.numbers(r.get("predicted")),
                            fit.raw(test, Parallel.sequential())[0], what + ": predict");
                } else {
                    Column y = all.column(r.get("task").equals("binary") ? "bin" : "cls")
                            .take(TreeFixtures.range(0, CUT, 1));
                    ClassLabels classes = ClassLabels.of(y);
                    FittedBoosting fit = HistGradientBoosting.fitClassifier(train, classes.encode(y), classes.count(),
                            params, Parallel.sequential());
                    assertEquals(iterations, fit.iterations(), what + ": n_iter_");
                    int[] predicted = new FittedHistGradientBoostingClassifier(classes, fit).predict(test);
                    String[] labels = new String[predicted.length];
                    for (int i = 0; i < labels.length; i++) {
                        labels[i] = classes.displayName(predicted[i]);
                    }
                    assertArrayEquals(TreeFixtures.split(r.get("predicted")), labels, what + ": predict");
                }
                cases++;
            }
            assertEquals(12, cases);
        }
    }

    @Test
    void unsupportedScorersAreRefusedByName() {
        double[] data = new double[40];
        for (int i = 0; i < 40; i++) {
            data[i] = i;
        }
        FeatureMatrix x = FeatureMatrix.ofColumnMajor(40, List.of("v"), data);
        HistGradientBoostingParams base = HistGradientBoostingParams.DEFAULTS.withEarlyStopping(true).withMaxIter(3);
        DataException regression = assertThrows(DataException.class, () -> HistGradientBoosting.fitRegressor(x,
                data, base.withScoring("accuracy"), Parallel.sequential()));
        assertTrue(regression.getMessage().contains("'accuracy'"), regression.getMessage());
        int[] codes = new int[40];
        for (int i = 0; i < 40; i++) {
            codes[i] = i % 3;
        }
        DataException auc = assertThrows(DataException.class, () -> HistGradientBoosting.fitClassifier(x, codes, 3,
                base.withScoring("roc_auc"), Parallel.sequential()));
        assertTrue(auc.getMessage().contains("two classes"), auc.getMessage());
        DataException f1 = assertThrows(DataException.class, () -> HistGradientBoosting.fitClassifier(x, codes, 3,
                base.withScoring("f1_macro"), Parallel.sequential()));
        assertTrue(f1.getMessage().contains("not supported by Stratum yet"), f1.getMessage());
    }
}
