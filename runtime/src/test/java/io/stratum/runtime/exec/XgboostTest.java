package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.RejectedInput;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.kernels.boosting.FittedXgboost;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.FittedClassifier;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * XGBRegressor and XGBClassifier, by what can be established by hand and by the library's contract: a one-split tree
 * computed on paper, the wrapper's defaults (100 rounds), determinism, the same predictions for any thread count,
 * seeds that matter only when sampling, and probabilities that are a distribution. (XgboostParityTest holds the
 * predictions to XGBoost's own Python wrapper.)
 */
class XgboostTest {
    private final EstimatorKernels kernels = EstimatorKernels.standard();

    @Test
    void oneStumpMatchesTheHandComputedTree() {
        // y = 1, 2, 3, 10 on x = 0..3. XGBoost 3 starts from the mean, 4 (one Newton step from 0 for squared error);
        // residuals -3, -2, -1, 6. The best split puts x=3 alone (gain 6^2/(1+1) + 6^2/(3+1) against the others),
        // leaf values -G/(H+lambda): -(-6)/(3+1) = -1.5 and -6/(1+1) = 3, times eta 0.3: 4 - 0.45 and 4 + 0.9.
        FeatureMatrix x = FeatureMatrix.ofColumnMajor(4, List.of("x"), new double[] {0, 1, 2, 3});
        double[] y = {1, 2, 3, 10};
        double[] predicted = regress(x, y, "n_estimators=1;max_depth=1;min_child_weight=0.0");
        assertArrayEquals(new double[] {(float) 3.55, (float) 3.55, (float) 3.55, (float) 4.9}, predicted, 0.0);
        // Without shrinkage or L2 the first tree reaches the leaf means: 2, 2, 2, 10. The second fits the residuals
        // -1, 0, 1, 0 (gradients 1, 0, -1, 0), whose best stump isolates x=0 (gain 1/1 + 1/3 against 1/2 + 1/2):
        // leaves -1 and +1/3.
        double[] two = regress(x, y, "n_estimators=2;max_depth=1;min_child_weight=0.0;reg_lambda=0.0;learning_rate=1.0");
        assertArrayEquals(new double[] {1, 7.0 / 3, 7.0 / 3, 31.0 / 3}, two, 1e-6);
        assertArrayEquals(new double[] {2, 2, 2, 10},
                regress(x, y, "n_estimators=1;max_depth=1;min_child_weight=0.0;reg_lambda=0.0;learning_rate=1.0"), 0.0);
    }

    @Test
    void defaultsAreTheLibrarysAndFitsAreDeterministic() {
        Data d = data(300, 4, 7);
        double[] a = regress(d.x, d.y, "");
        double[] b = regress(d.x, d.y, "");
        assertArrayEquals(a, b, 0.0, "the same fit twice");
        // n_estimators=None means 100 rounds, as the wrapper's num_boost_round default.
        assertArrayEquals(a, regress(d.x, d.y, "n_estimators=100"), 0.0);
        assertNotEquals(a[0], regress(d.x, d.y, "n_estimators=99")[0]);
        // The defaults fit these data well (learning_rate 0.3, max_depth 6, 100 rounds): training R² near 1.
        assertTrue(r2(d.y, a) > 0.95, "training R² " + r2(d.y, a));
    }

    @Test
    void predictionsDoNotDependOnTheThreadCount() {
        Data d = data(2000, 6, 11);
        double[] one = regress(d.x, d.y, "n_jobs=1");
        double[] two = regress(d.x, d.y, "n_jobs=2");
        double[] four = regress(d.x, d.y, "n_jobs=4");
        assertArrayEquals(one, two, 0.0);
        assertArrayEquals(one, four, 0.0);
    }

    @Test
    void seedsMatterOnlyWhenSampling() {
        Data d = data(400, 5, 3);
        assertArrayEquals(regress(d.x, d.y, "random_state=1"), regress(d.x, d.y, "random_state=2"), 0.0,
                "without sampling the seed changes nothing");
        String sampled = ";subsample=0.7;colsample_bytree=0.6";
        double[] s1 = regress(d.x, d.y, "random_state=1" + sampled);
        assertArrayEquals(s1, regress(d.x, d.y, "random_state=1" + sampled), 0.0, "same seed, same model");
        assertNotEquals(s1[0], regress(d.x, d.y, "random_state=2" + sampled)[0], "another seed, another sample");
    }

    @Test
    void classifierProbabilitiesAreDistributionsAndPredictTheirArgmax() {
        try (MemoryContext memory = MemoryContext.open()) {
            Data d = data(300, 4, 5);
            // The classes 0..k-1, the only ones XGBClassifier takes.
            long[] binary = new long[d.y.length];
            long[] three = new long[d.y.length];
            for (int i = 0; i < d.y.length; i++) {
                binary[i] = d.y[i] > 0 ? 1 : 0;
                three[i] = d.y[i] > 1 ? 2 : d.y[i] < -1 ? 0 : 1;
            }
            for (long[] labels : List.of(binary, three)) {
                Column y = Int64Column.of(memory, "y", labels);
                ClassLabels classes = ClassLabels.of(y);
                EstimatorSpec spec = BoostingSpecs.spec("xgboost.XGBClassifier", "n_estimators=20");
                var classifier = (EstimatorKernels.Classifier) kernels.learner(spec, Origin.NONE);
                int[] codes = classes.encode(y);
                FittedClassifier fitted = classifier.fit(d.x, classes, codes, spec);
                double[][] proba = fitted.probabilities(d.x);
                assertEquals(classes.count(), proba.length);
                int[] predicted = fitted.predict(d.x);
                int correct = 0;
                for (int i = 0; i < d.x.rows(); i++) {
                    double sum = 0;
                    int best = 0;
                    for (int k = 0; k < proba.length; k++) {
                        assertTrue(proba[k][i] >= 0 && proba[k][i] <= 1);
                        sum += proba[k][i];
                        best = proba[k][i] > proba[best][i] ? k : best;
                    }
                    assertEquals(1.0, sum, 1e-6);
                    assertEquals(best, predicted[i], "row " + i);
                    correct += predicted[i] == codes[i] ? 1 : 0;
                }
                assertTrue(correct > 0.9 * d.x.rows(), "training accuracy " + correct);
                assertThrows(DataException.class, () -> fitted.decisions(d.x));
            }
        }
    }

    /**
     * The wrapper's check of y ({@code np.unique(y) == np.arange(k)}, element by element): the classes 0..k-1 as
     * ints, floats or booleans are fitted; strings, other numbers, and a fold's training rows that lack a class are
     * refused as data the estimator rejects (a search's cell scores NaN), naming the classes and the encoding to use.
     */
    @Test
    void onlyTheClassesZeroToKMinusOneAreFitted() {
        Data d = data(60, 3, 11);
        EstimatorSpec spec = BoostingSpecs.spec("xgboost.XGBClassifier", "n_estimators=3;n_jobs=1");
        var classifier = (EstimatorKernels.Classifier) kernels.learner(spec, Origin.NONE);
        try (MemoryContext memory = MemoryContext.open()) {
            int n = d.x.rows();
            String[] words = new String[n];
            long[] zeroToTwo = new long[n];
            long[] oneToThree = new long[n];
            long[] gap = new long[n];
            long[] signs = new long[n];
            double[] floats = new double[n];
            boolean[] bools = new boolean[n];
            for (int i = 0; i < n; i++) {
                int k = i % 3;
                words[i] = k == 0 ? "no" : k == 1 ? "yes" : "maybe";
                zeroToTwo[i] = k;
                oneToThree[i] = k + 1;
                gap[i] = 2 * (i % 2);
                signs[i] = i % 2 == 0 ? -1 : 1;
                floats[i] = k;
                bools[i] = i % 2 == 1;
            }
            for (Column y : List.of(Int64Column.of(memory, "y", zeroToTwo), Float64Column.of(memory, "y", floats),
                    BoolColumn.of(memory, "y", bools))) {
                ClassLabels classes = ClassLabels.of(y);
                FittedClassifier fitted = classifier.fit(d.x, classes, classes.encode(y), spec);
                assertEquals(classes.count(), fitted.probabilities(d.x).length, y.type().toString());
            }
            String[][] refused = {
                    {"['maybe', 'no', 'yes']", "classes 0 to 2", ".map({'maybe': 0, 'no': 1, 'yes': 2})",
                            ".astype('category').cat.codes"},
                    {"[1, 2, 3]", "classes 0 to 2", ".map({1: 0, 2: 1, 3: 2})", "every class 0 to 3"},
                    {"[0, 2]", "classes 0 and 1", ".map({0: 0, 2: 1})", "every class 0 to 2"},
                    {"[-1, 1]", "classes 0 and 1", ".map({-1: 0, 1: 1})", "LabelEncoder"}};
            Column[] targets = {StringColumn.of(memory, "y", words), Int64Column.of(memory, "y", oneToThree),
                    Int64Column.of(memory, "y", gap), Int64Column.of(memory, "y", signs)};
            for (int t = 0; t < targets.length; t++) {
                ClassLabels classes = ClassLabels.of(targets[t]);
                int[] codes = classes.encode(targets[t]);
                RejectedInput e = assertThrows(RejectedInput.class, () -> classifier.fit(d.x, classes, codes, spec));
                for (String part : refused[t]) {
                    assertTrue(e.getMessage().contains(part), part + " in: " + e.getMessage());
                }
                assertTrue(e.getMessage().startsWith("XGBClassifier: the training rows of y have the classes "),
                        e.getMessage());
                assertTrue(e.getMessage().contains("Invalid classes inferred from unique values of `y`"), e.getMessage());
            }
        }
    }

    @Test
    void theModelBytesAreTheWholeState() throws java.io.IOException {
        Data d = data(200, 3, 9);
        EstimatorSpec spec = BoostingSpecs.spec("xgboost.XGBRegressor", "n_estimators=10");
        EstimatorKernels.Learner learner = kernels.learner(spec, Origin.NONE);
        FittedXgboost fitted = (FittedXgboost) learner.fit(d.x, d.y, spec);
        FittedXgboost copy = FittedXgboost.readFrom(BoostingSpecs.roundTrip(fitted));
        assertEquals(fitted, copy);
        assertArrayEquals(learner.predict(fitted, d.x), learner.predict(copy, d.x), 0.0);
        FeatureMatrix narrow = FeatureMatrix.ofColumnMajor(1, List.of("a"), new double[] {1});
        DataException e = assertThrows(DataException.class, () -> learner.predict(fitted, narrow));
        assertTrue(e.getMessage().contains("fitted on 3 features"), e.getMessage());
    }

    private double[] regress(FeatureMatrix x, double[] y, String params) {
        EstimatorSpec spec = BoostingSpecs.spec("xgboost.XGBRegressor", params);
        EstimatorKernels.Learner learner = kernels.learner(spec, Origin.NONE);
        return learner.predict(learner.fit(x, y, spec), x);
    }

    private record Data(FeatureMatrix x, double[] y) {
    }

    private static Data data(int n, int p, long seed) {
        Random random = new Random(seed);
        double[] columns = new double[n * p];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = random.nextGaussian();
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = 1.5 * columns[i] - columns[n + i] * columns[2 * n + i] + 0.2 * random.nextGaussian();
        }
        List<String> names = new java.util.ArrayList<>();
        for (int j = 0; j < p; j++) {
            names.add("f" + j);
        }
        return new Data(FeatureMatrix.ofColumnMajor(n, names, columns), y);
    }

    private static double r2(double[] y, double[] predicted) {
        double mean = 0;
        for (double v : y) {
            mean += v / y.length;
        }
        double ssRes = 0;
        double ssTot = 0;
        for (int i = 0; i < y.length; i++) {
            ssRes += (y[i] - predicted[i]) * (y[i] - predicted[i]);
            ssTot += (y[i] - mean) * (y[i] - mean);
        }
        return 1 - ssRes / ssTot;
    }
}
