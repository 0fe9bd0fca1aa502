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
import io.stratum.runtime.kernels.classify.ClassWeights;
import io.stratum.runtime.reference.Reference;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Histogram gradient boosting with {@code class_weight} and sample weights against scikit-learn 1.9.1
 * ({@code make_hgb_class_weight_reference.py}): weighted gradients and hessians, weighted baseline, weighted
 * early-stopping loss (on validation rows and on the training rows) and weighted bin thresholds (x0 has more
 * distinct values than max_bins), binary and 3-class, with and without categorical features, and two unweighted
 * classifiers stopping early on validation rows (scikit-learn's stratified draw): same {@code n_iter_},
 * labels, and raw predictions and probabilities within {@link HistGradientBoostingParityTest#RTOL}; the same bits on
 * one and three threads.
 */
class HistGradientBoostingClassWeightParityTest {
    private static final List<String> FEATURES = List.of("c0", "x0", "c1", "c2", "x1", "c3", "c4");
    private static final ForkJoinPool THREE = new ForkJoinPool(3);

    @AfterAll
    static void shutdown() {
        THREE.shutdown();
    }

    @Test
    void weightedFitsMatchScikitLearn() {
        try (MemoryContext memory = MemoryContext.open()) {
            Table all = TreeFixtures.read(memory, Reference.input("hgb_categorical_small.csv"));
            int[] train = TreeFixtures.range(0, 540, 1);
            int[] test = TreeFixtures.range(540, all.rowCount(), 1);
            FeatureMatrix x = TreeFixtures.encode(all, FEATURES);
            FeatureMatrix xTrain = x.takeRows(train);
            FeatureMatrix xTest = x.takeRows(test);
            int cases = 0;
            for (Map<String, String> r : Reference.rows("trees_hgb_class_weight.csv")) {
                TreeFixtures.Case c = TreeFixtures.Case.of(r);
                HistGradientBoostingParams params = c.params();
                if (!r.get("categorical_features").isEmpty()) {
                    params = params.withCategoricalFeatures(new CategoricalFeatures.Indices(
                            Arrays.stream(r.get("categorical_features").split(",")).map(Long::valueOf).toList()));
                }
                String what = c.name();
                String weights = r.get("weights");
                if (c.task().equals("regression")) {
                    assertEquals("sample:1+(i%3)", weights);
                    double[] w = new double[train.length];
                    for (int i = 0; i < w.length; i++) {
                        w[i] = 1 + i % 3;
                    }
                    double[] y = all.column("y").take(train).toDoubleArray();
                    FittedBoosting three = HistGradientBoosting.fitRegressor(xTrain, y, w, params, Parallel.on(THREE));
                    FittedBoosting one = HistGradientBoosting.fitRegressor(xTrain, y, w, params, Parallel.sequential());
                    double[] predicted = three.raw(xTest, Parallel.sequential())[0];
                    assertArrayEquals(predicted, one.raw(xTest, Parallel.sequential())[0], 0.0,
                            what + ": thread count changed bits");
                    assertEquals(c.iterations(), three.iterations(), what + ": n_iter_");
                    HistGradientBoostingParityTest.close(TreeFixtures.numbers(String.join(" ", c.predicted())),
                            predicted, what + ": predict");
                } else {
                    Column y = all.column(c.task().equals("binary") ? "bin" : "cls").take(train);
                    ClassLabels classes = ClassLabels.of(y);
                    int[] codes = classes.encode(y);
                    double[] perClass = perClass(weights, classes, codes);
                    FittedHistGradientBoostingClassifier model = FittedHistGradientBoostingClassifier.fit(xTrain,
                            classes, codes, perClass, null, params);
                    FittedBoosting one = HistGradientBoosting.fitClassifier(xTrain, codes, classes.count(),
                            perClass == null ? null : HistGradientBoosting.classWeighted(perClass, codes, null), params,
                            Parallel.sequential());
                    double[][] raw = model.model().raw(xTest, Parallel.sequential());
                    double[][] rawOne = one.raw(xTest, Parallel.sequential());
                    for (int k = 0; k < raw.length; k++) {
                        assertArrayEquals(raw[k], rawOne[k], 0.0, what + ": thread count changed bits");
                    }
                    assertEquals(c.iterations(), model.iterations(), what + ": n_iter_");
                    HistGradientBoostingParityTest.close(c.decision(), flat(raw), what + ": decision_function");
                    HistGradientBoostingParityTest.close(c.proba(), flat(model.probabilities(xTest)),
                            what + ": predict_proba");
                    int[] predicted = model.predict(xTest);
                    String[] labels = new String[predicted.length];
                    for (int i = 0; i < labels.length; i++) {
                        labels[i] = classes.displayName(predicted[i]);
                    }
                    assertArrayEquals(c.predicted(), labels, what + ": predict");
                }
                cases++;
            }
            assertEquals(16, cases);
        }
    }

    /**
     * {@code _BinMapper}'s thresholds with sample weights on generated columns: weighted percentiles over ties
     * (20,000 rows), and beyond 200,000 rows the rows drawn by weight and binned unweighted (200,500 rows).
     */
    @Test
    void weightedBinningMatchesScikitLearn() {
        int cases = 0;
        for (Map<String, String> r : Reference.rows("trees_hgb_weighted_binning.csv")) {
            int n = Integer.parseInt(r.get("rows"));
            double[] data = new double[2 * n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                data[i] = ((long) i * 7919 % 100003) / 100003.0 * 10 - 5;
                data[n + i] = ((long) i * 7919 % 1000) / 10.0;
                w[i] = 1.0 + i % 5;
            }
            FeatureMatrix x = FeatureMatrix.ofColumnMajor(n, List.of("x0", "x1"), data);
            FeatureMatrix sample = HistGradientBoosting.binningSample(x, w, Long.parseLong(r.get("seed")));
            BinMapper mapper = BinMapper.fit(sample, 255, new int[0], n > HistGradientBoosting.BINNING_SUBSAMPLE
                    ? null : w, Parallel.sequential());
            int feature = Integer.parseInt(r.get("feature"));
            assertArrayEquals(TreeFixtures.numbers(r.get("thresholds")), mapper.thresholds(feature), 0.0,
                    n + " rows, feature " + feature);
            cases++;
        }
        assertEquals(4, cases);
    }

    /** Unit weights give the unweighted fit's bits: the weighted paths differ only by the multiplications by 1. */
    @Test
    void unitWeightsGiveTheUnweightedFit() {
        try (MemoryContext memory = MemoryContext.open()) {
            Table all = TreeFixtures.read(memory, Reference.input("hgb_categorical_small.csv"));
            FeatureMatrix x = TreeFixtures.encode(all, FEATURES);
            Column y = all.column("cls");
            ClassLabels classes = ClassLabels.of(y);
            int[] codes = classes.encode(y);
            double[] ones = new double[codes.length];
            Arrays.fill(ones, 1.0);
            HistGradientBoostingParams params = HistGradientBoostingParams.DEFAULTS.withMaxIter(10)
                    .withEarlyStopping(false);
            double[][] plain = HistGradientBoosting.fitClassifier(x, codes, classes.count(), params,
                    Parallel.sequential()).raw(x, Parallel.sequential());
            double[][] weighted = HistGradientBoosting.fitClassifier(x, codes, classes.count(), ones, params,
                    Parallel.sequential()).raw(x, Parallel.sequential());
            for (int k = 0; k < plain.length; k++) {
                assertArrayEquals(plain[k], weighted[k], 0.0);
            }
        }
    }

    @Test
    void refusesWeightsItCannotUse() {
        double[] data = new double[300 * 2];
        for (int i = 0; i < 300; i++) {
            data[i] = i;
            data[300 + i] = i % 7;
        }
        FeatureMatrix x = FeatureMatrix.ofColumnMajor(300, List.of("a", "b"), data);
        double[] y = Arrays.copyOf(data, 300);
        HistGradientBoostingParams base = HistGradientBoostingParams.DEFAULTS.withMaxIter(2).withEarlyStopping(false);
        double[] zero = new double[300];
        DataException sum = assertThrows(DataException.class,
                () -> HistGradientBoosting.fitRegressor(x, y, zero, base, Parallel.sequential()));
        assertTrue(sum.getMessage().contains("sum to zero"), sum.getMessage());
        double[] nan = new double[300];
        Arrays.fill(nan, 1.0);
        nan[17] = Double.NaN;
        DataException row = assertThrows(DataException.class,
                () -> HistGradientBoosting.fitRegressor(x, y, nan, base, Parallel.sequential()));
        assertTrue(row.getMessage().contains("row 17"), row.getMessage());
        double[] ones = new double[300];
        Arrays.fill(ones, 1.0);
        DataException scorer = assertThrows(DataException.class, () -> HistGradientBoosting.fitRegressor(x, y, ones,
                base.withEarlyStopping(true).withScoring("r2"), Parallel.sequential()));
        assertTrue(scorer.getMessage().contains("'r2'") && scorer.getMessage().contains("scoring='loss'"),
                scorer.getMessage());
    }

    private static double[] perClass(String weights, ClassLabels classes, int[] codes) {
        if (weights.equals("none")) {
            return null;
        }
        String body = weights.substring("class:".length());
        if (body.equals("balanced")) {
            return new ClassWeights.Balanced().perClass(classes, codes);
        }
        double[] w = new double[classes.count()];
        Arrays.fill(w, 1.0);
        for (String part : body.split("\\|")) {
            String[] kv = part.split("=");
            w[Integer.parseInt(kv[0])] = Double.parseDouble(kv[1]);
        }
        return w;
    }

    private static double[] flat(double[][] rows) {
        double[] out = new double[rows.length * rows[0].length];
        for (int k = 0; k < rows.length; k++) {
            System.arraycopy(rows[k], 0, out, k * rows[0].length, rows[0].length);
        }
        return out;
    }
}
