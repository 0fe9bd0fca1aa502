package io.stratum.runtime.kernels.trees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.reference.Reference;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Early stopping on 12,000 training rows, against scikit-learn 1.9.1 ({@code make_hgb_small_trainset_reference.py}):
 * on a scorer without validation rows, scikit-learn scores a sample of 10,000 training rows drawn from
 * the fit's seed (stratified for classifiers), so the same {@code n_iter_} and predictions mean the same rows were
 * scored. The input is generated here exactly as the script generates it.
 */
class HistGradientBoostingSmallTrainsetParityTest {
    private static final int TRAIN = 12_000;
    private static final int TEST = 300;

    /** The script's {@code table}: the same integer generator and float operations, in the same order. */
    static double[][] table(int n) {
        long state = 20261127;
        double[][] columns = new double[7][n];
        for (int i = 0; i < n; i++) {
            double[] v = new double[5];
            for (int j = 0; j < 5; j++) {
                state = (state * 1103515245L + 12345L) % 2147483648L;
                v[j] = (double) ((state >> 8) % 1000) / 100.0 - 5.0;
            }
            for (int j = 0; j < 4; j++) {
                columns[j][i] = v[j];
            }
            double y = v[0] * v[1] + 2.0 * v[2] - 0.5 * v[3] * v[3] + v[4] * 0.3;
            columns[4][i] = y;
            columns[5][i] = y > 0.0 ? 1 : 0;
            columns[6][i] = y < -6.0 ? 0 : y < 2.0 ? 1 : 2;
        }
        return columns;
    }

    private static FeatureMatrix features(double[][] columns, int from, int to) {
        double[] x = new double[4 * (to - from)];
        for (int j = 0; j < 4; j++) {
            System.arraycopy(columns[j], from, x, j * (to - from), to - from);
        }
        return FeatureMatrix.ofColumnMajor(to - from, List.of("a", "b", "c", "d"), x);
    }

    @Test
    void scorersStopWhereScikitLearnStopsOnItsSampleOfTheTrainingRows() {
        double[][] columns = table(TRAIN + TEST);
        FeatureMatrix train = features(columns, 0, TRAIN);
        FeatureMatrix test = features(columns, TRAIN, TRAIN + TEST);
        int cases = 0;
        for (Map<String, String> r : Reference.rows("trees_hgb_small_trainset.csv")) {
            String what = r.get("task") + " scoring=" + r.get("scoring") + " random_state=" + r.get("random_state");
            HistGradientBoostingParams params = new HistGradientBoostingParams(0.3, 60, 31, 0, 20, 0.0, 255, true,
                    Double.NaN, 3, Reference.number(r.get("tol")), Long.parseLong(r.get("random_state")))
                    .withScoring(r.get("scoring"));
            int iterations = Integer.parseInt(r.get("n_iter"));
            if (r.get("task").equals("regression")) {
                double[] y = java.util.Arrays.copyOf(columns[4], TRAIN);
                FittedBoosting fit = HistGradientBoosting.fitRegressor(train, y, params, Parallel.sequential());
                assertEquals(iterations, fit.iterations(), what + ": n_iter_");
                HistGradientBoostingParityTest.close(TreeFixtures.numbers(r.get("predicted")),
                        fit.raw(test, Parallel.sequential())[0], what + ": predict");
            } else {
                int classes = r.get("task").equals("binary") ? 2 : 3;
                FittedBoosting fit = HistGradientBoosting.fitClassifier(train, codes(columns, r.get("task")), classes,
                        params, Parallel.sequential());
                assertEquals(iterations, fit.iterations(), what + ": n_iter_");
                assertArrayEquals(Reference.ints(r.get("predicted")), predict(fit.raw(test, Parallel.sequential())),
                        what + ": predict");
            }
            cases++;
        }
        assertEquals(6, cases);
    }

    /**
     * Early stopping on the loss with 10% validation rows: scikit-learn holds them out with {@code
     * train_test_split(stratify=y)} for classifiers (StratifiedShuffleSplit's rows, in its order), so where the fit
     * stops and what it predicts say the same rows were held out and trained on in the same order.
     */
    @Test
    void validationRowsAreTheOnesScikitLearnHoldsOut() {
        double[][] columns = table(TRAIN + TEST);
        FeatureMatrix train = features(columns, 0, TRAIN);
        FeatureMatrix test = features(columns, TRAIN, TRAIN + TEST);
        int cases = 0;
        for (Map<String, String> r : Reference.rows("trees_hgb_validation_split.csv")) {
            String what = r.get("task") + " random_state=" + r.get("random_state");
            HistGradientBoostingParams params = new HistGradientBoostingParams(0.3, 80, 31, 0, 20, 0.0, 255, true,
                    0.1, 3, 1e-4, Long.parseLong(r.get("random_state")));
            int iterations = Integer.parseInt(r.get("n_iter"));
            FittedBoosting fit;
            if (r.get("task").equals("regression")) {
                fit = HistGradientBoosting.fitRegressor(train, java.util.Arrays.copyOf(columns[4], TRAIN), params,
                        Parallel.sequential());
                HistGradientBoostingParityTest.close(TreeFixtures.numbers(r.get("predicted")),
                        fit.raw(test, Parallel.sequential())[0], what + ": predict");
            } else {
                fit = HistGradientBoosting.fitClassifier(train, codes(columns, r.get("task")),
                        r.get("task").equals("binary") ? 2 : 3, params, Parallel.sequential());
                assertArrayEquals(Reference.ints(r.get("predicted")), predict(fit.raw(test, Parallel.sequential())),
                        what + ": predict");
            }
            assertEquals(iterations, fit.iterations(), what + ": n_iter_");
            cases++;
        }
        assertEquals(5, cases);
    }

    /** The training rows' class codes of {@code task} ("binary" or "multiclass") in the generated table. */
    private static int[] codes(double[][] columns, String task) {
        double[] labels = columns[task.equals("binary") ? 5 : 6];
        int[] codes = new int[TRAIN];
        for (int i = 0; i < TRAIN; i++) {
            codes[i] = (int) labels[i];
        }
        return codes;
    }

    /** The class of the largest raw prediction (the first of equal ones); for two classes, 1 when it is above 0. */
    private static int[] predict(double[][] raw) {
        int[] out = new int[raw[0].length];
        for (int i = 0; i < out.length; i++) {
            if (raw.length == 1) {
                out[i] = raw[0][i] > 0 ? 1 : 0;
                continue;
            }
            int best = 0;
            for (int k = 1; k < raw.length; k++) {
                if (raw[k][i] > raw[best][i]) {
                    best = k;
                }
            }
            out[i] = best;
        }
        return out;
    }
}
