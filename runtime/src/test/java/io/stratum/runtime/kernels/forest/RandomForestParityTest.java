package io.stratum.runtime.kernels.forest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.ClassWeights;
import io.stratum.runtime.kernels.metrics.ClassificationScores;
import io.stratum.runtime.kernels.metrics.RegressionScores;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.KFoldKernel;
import io.stratum.runtime.kernels.split.StratifiedKFoldKernel;
import io.stratum.runtime.kernels.trees.TreeFixtures;
import io.stratum.runtime.reference.Reference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/**
 * Random forests against scikit-learn 1.9.1 ({@code make_forest_reference.py}) with the same {@code random_state}.
 * The forest draws its bootstraps and feature orders with scikit-learn's own generators and grows trees with its
 * splitter's sums in its order, so predictions and probabilities must be the same bits; cross-validated scores are
 * held to {@link #SCORE_RTOL}, since Stratum's r2 sums in another order than numpy (measured: 6.5e-14). Every fit on
 * the small data also runs on one thread and must give the same bits.
 */
class RandomForestParityTest {
    static final double SCORE_RTOL = 1e-12;

    record Case(String name, String task, ForestParams params, double[] predicted, String[] labels, double[] proba,
                double[] tree, double[] cv) {
        static Case of(Map<String, String> r) {
            String task = r.get("task");
            ForestParams p = new ForestParams(Integer.parseInt(r.get("n_estimators")),
                    r.get("max_depth").equals("nan") ? 0 : Integer.parseInt(r.get("max_depth")),
                    count(r.get("min_samples_split")), count(r.get("min_samples_leaf")),
                    Double.parseDouble(r.get("min_weight_fraction_leaf")), maxFeatures(r.get("max_features")),
                    Double.parseDouble(r.get("min_impurity_decrease")), r.get("bootstrap").equals("True"),
                    r.get("random_state").equals("nan") ? null : Long.valueOf(r.get("random_state")),
                    r.get("max_samples").equals("nan") ? null : count(r.get("max_samples")),
                    r.get("max_leaf_nodes").equals("nan") ? 0 : Integer.parseInt(r.get("max_leaf_nodes")),
                    classWeight(r.get("class_weight")), r.get("class_weight").equals("balanced_subsample"),
                    r.get("criterion"));
            boolean regression = task.equals("regression");
            return new Case(r.get("case"), task, p, regression ? Reference.numbers(r.get("predicted")) : null,
                    regression ? null : r.get("predicted").split(" "), Reference.numbers(r.get("proba")),
                    Reference.numbers(r.get("tree_predicted")), Reference.numbers(r.get("cv_scores")));
        }

        /** nan, balanced, balanced_subsample or dict:label=weight|label=weight. */
        private static ClassWeights classWeight(String s) {
            if (s.equals("nan")) {
                return new ClassWeights.Uniform();
            }
            if (s.startsWith("balanced")) {
                return new ClassWeights.Balanced();
            }
            Map<String, Double> byClass = new java.util.HashMap<>();
            for (String entry : s.substring("dict:".length()).split("\\|")) {
                String[] kv = entry.split("=", 2);
                byClass.put(kv[0], Double.parseDouble(kv[1]));
            }
            return new ClassWeights.Given(byClass);
        }

        private static Number count(String s) {
            return s.contains(".") || s.contains("e") ? (Number) Double.valueOf(s) : (Number) Long.valueOf(s);
        }

        private static Object maxFeatures(String s) {
            return switch (s) {
                case "nan" -> null;
                case "sqrt", "log2" -> s;
                default -> count(s);
            };
        }
    }

    @Test
    void smallCommittedDataMatchesScikitLearn() {
        try (MemoryContext memory = MemoryContext.open()) {
            Table all = TreeFixtures.read(memory, Reference.input("trees_small.csv"));
            int[] train = TreeFixtures.range(0, 500, 1);
            int[] test = TreeFixtures.range(500, all.rowCount(), 1);
            FeatureMatrix x = TreeFixtures.encode(all, List.of("x0", "x1", "x3", "x4"));
            int cases = 0;
            int singleTrees = 0;
            for (Map<String, String> r : Reference.rows("forest_small.csv")) {
                Case c = Case.of(r);
                Column target = all.column(switch (c.task()) {
                    case "regression" -> "y";
                    case "binary" -> "bin";
                    default -> "cls";
                });
                Column trainTarget = target.take(train);
                if (c.params().criterion().equals("poisson")) {
                    // The script trains Poisson forests on the target clipped at zero.
                    double[] clipped = trainTarget.toDoubleArray();
                    for (int i = 0; i < clipped.length; i++) {
                        clipped[i] = Math.max(clipped[i], 0.0);
                    }
                    trainTarget = io.stratum.runtime.data.Float64Column.of(memory, "y", clipped);
                }
                double[] answer = check(c, x.takeRows(train), trainTarget, x.takeRows(test), true);
                if (c.tree().length > 0) {
                    // bootstrap=False, max_features=None, one tree: scikit-learn's DecisionTree gives the same.
                    close(c.tree(), answer, 0.0, c.name() + "/" + c.task() + ": DecisionTree");
                    singleTrees++;
                }
                cases++;
            }
            assertEquals(50, cases);
            assertEquals(7, singleTrees);
        }
    }

    @Test
    void missingValuesAreRoutedAsScikitLearnRoutesThem() {
        try (MemoryContext memory = MemoryContext.open()) {
            Table all = TreeFixtures.read(memory, Reference.input("trees_small.csv"));
            int[] train = TreeFixtures.range(0, 500, 1);
            int[] test = TreeFixtures.range(500, all.rowCount(), 1);
            FeatureMatrix x = TreeFixtures.encode(all, List.of("x0", "x1", "x2", "x3", "x4"));
            FeatureMatrix trainX = x.takeRows(train);
            assertTrue(RandomForest.missingFeatures(RandomForest.float32(trainX)) != null, "x2 has missing values");
            // x0 has none in the training rows; every seventh test row gets one, as the script does.
            double[] testData = x.takeRows(test).toColumnMajorArray();
            for (int i = 0; i < test.length; i += 7) {
                testData[i] = Double.NaN;
            }
            FeatureMatrix testX = FeatureMatrix.ofColumnMajor(test.length, x.featureNames(), testData);
            int cases = 0;
            for (Map<String, String> r : Reference.rows("forest_missing_small.csv")) {
                Case c = Case.of(r);
                Column target = all.column(switch (c.task()) {
                    case "regression" -> "y";
                    case "binary" -> "bin";
                    default -> "cls";
                }).take(train);
                if (c.params().criterion().equals("poisson")) {
                    double[] clipped = target.toDoubleArray();
                    for (int i = 0; i < clipped.length; i++) {
                        clipped[i] = Math.max(clipped[i], 0.0);
                    }
                    target = io.stratum.runtime.data.Float64Column.of(memory, "y", clipped);
                }
                double[] answer = check(c, trainX, target, testX, true);
                if (c.tree().length > 0) {
                    close(c.tree(), answer, 0.0, c.name() + "/" + c.task() + ": DecisionTree");
                }
                cases++;
            }
            assertEquals(12, cases);
        }
    }

    @Test
    void infiniteValuesAreRefusedAsScikitLearnRefusesThem() {
        FeatureMatrix x = FeatureMatrix.ofColumnMajor(3, List.of("a", "b"), new double[] {1, 2, 3, 4, 1e300, 6});
        io.stratum.runtime.data.DataException e = org.junit.jupiter.api.Assertions.assertThrows(
                io.stratum.runtime.data.DataException.class,
                () -> FittedRandomForestRegressor.fit(x, new double[] {1, 2, 3}, ForestParams.regressorDefaults()));
        assertTrue(e.getMessage().contains("column 'b'") && e.getMessage().contains("row 1"), e.getMessage());
    }

    @Test
    void poissonRefusesTargetsScikitLearnRefuses() {
        ForestParams poisson = new ForestParams(3, 0, 2L, 1L, 0.0, 1.0, 0.0, true, 0L, null, 0,
                new ClassWeights.Uniform(), false, "poisson");
        FeatureMatrix x = FeatureMatrix.ofColumnMajor(3, List.of("a"), new double[] {1, 2, 3});
        io.stratum.runtime.data.DataException negative = org.junit.jupiter.api.Assertions.assertThrows(
                io.stratum.runtime.data.DataException.class,
                () -> FittedRandomForestRegressor.fit(x, new double[] {1, -2, 3}, poisson));
        assertTrue(negative.getMessage().contains("negative") && negative.getMessage().contains("training row 1"),
                negative.getMessage());
        io.stratum.runtime.data.DataException zero = org.junit.jupiter.api.Assertions.assertThrows(
                io.stratum.runtime.data.DataException.class,
                () -> FittedRandomForestRegressor.fit(x, new double[] {0, 0, 0}, poisson));
        assertTrue(zero.getMessage().contains("not strictly positive"), zero.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new ForestParams(3, 0, 2L, 1L, 0.0, 1.0, 0.0, true, 0L, null, 0, new ClassWeights.Uniform(),
                        false, "median"));
        // The absolute error criterion does not take missing values, when fitting or predicting (scikit-learn 1.9).
        ForestParams mae = new ForestParams(3, 0, 2L, 1L, 0.0, 1.0, 0.0, true, 0L, null, 0,
                new ClassWeights.Uniform(), false, "absolute_error");
        FeatureMatrix withNaN = FeatureMatrix.ofColumnMajor(3, List.of("a"), new double[] {1, Double.NaN, 3});
        io.stratum.runtime.data.DataException missing = org.junit.jupiter.api.Assertions.assertThrows(
                io.stratum.runtime.data.DataException.class,
                () -> FittedRandomForestRegressor.fit(withNaN, new double[] {1, 2, 3}, mae));
        assertTrue(missing.getMessage().contains("column 'a'") && missing.getMessage().contains("absolute_error"),
                missing.getMessage());
        FittedRandomForestRegressor fitted = FittedRandomForestRegressor.fit(x, new double[] {1, 2, 3}, mae);
        org.junit.jupiter.api.Assertions.assertThrows(io.stratum.runtime.data.DataException.class,
                () -> fitted.predict(withNaN));
    }

    @Test
    void sharedDataMatchesScikitLearnIncludingCrossValidatedScores() {
        try (MemoryContext memory = MemoryContext.open()) {
            for (Map<String, String> r : Reference.rows("forest_shared.csv")) {
                Case c = Case.of(r);
                Table t;
                FeatureMatrix x;
                Column y;
                if (c.name().startsWith("bike_sharing")) {
                    t = TreeFixtures.read(memory, Reference.sharedData("bike_sharing.csv"));
                    x = TreeFixtures.encode(t, List.of("instant", "holiday", "weathersit", "temp", "atemp", "hum",
                            "windspeed"));
                    y = t.column("cnt");
                } else {
                    t = TreeFixtures.read(memory, Reference.sharedData("birdstrikes.csv"));
                    // Missing categories are coded -1; the speed's missing values stay NaN in the "_nan" case.
                    x = missingAsMinusOne(TreeFixtures.encode(t, List.of("Aircraft Airline Operator", "Origin State",
                            "Phase of flight", "Wildlife Size", "Speed IAS in knots")), c.name().endsWith("_nan") ? 4 : 5);
                    y = t.column("Time of day");
                }
                int cut = (int) (t.rowCount() * 0.8);
                check(c, x.takeRows(TreeFixtures.range(0, cut, 1)), y.take(TreeFixtures.range(0, cut, 1)),
                        x.takeRows(TreeFixtures.range(cut, t.rowCount(), 5)), false);
                close(c.cv(), crossValidate(c, x, y), SCORE_RTOL, c.name() + ": 5-fold scores");
            }
        }
    }

    /** NaN replaced by -1 in the first {@code columns} columns. */
    private static FeatureMatrix missingAsMinusOne(FeatureMatrix x, int columns) {
        double[] data = x.toColumnMajorArray();
        for (int i = 0; i < columns * x.rows(); i++) {
            if (Double.isNaN(data[i])) {
                data[i] = -1;
            }
        }
        return FeatureMatrix.ofColumnMajor(x.rows(), x.featureNames(), data);
    }

    /** {@code cross_val_score} with KFold(5) and r2, or StratifiedKFold(5) and accuracy. */
    private static double[] crossValidate(Case c, FeatureMatrix x, Column y) {
        boolean regression = c.task().equals("regression");
        ClassLabels classes = regression ? null : ClassLabels.of(y);
        int[] codes = regression ? null : classes.encode(y);
        List<Fold> folds = regression ? KFoldKernel.split(x.rows(), 5) : StratifiedKFoldKernel.split(codes, 5);
        double[] scores = new double[folds.size()];
        for (Fold f : folds) {
            FeatureMatrix train = x.takeRows(f.train());
            FeatureMatrix test = x.takeRows(f.test());
            if (regression) {
                double[] target = y.take(f.train()).toDoubleArray();
                double[] predicted = FittedRandomForestRegressor.fit(train, target, c.params()).predict(test);
                scores[f.index()] = RegressionScores.r2(y.take(f.test()).toDoubleArray(), predicted);
            } else {
                int[] trainCodes = pick(codes, f.train());
                int[] predicted = FittedRandomForestClassifier.fit(train, classes, trainCodes, c.params()).predict(test);
                scores[f.index()] = ClassificationScores.accuracy(pick(codes, f.test()), predicted);
            }
        }
        return scores;
    }

    private static int[] pick(int[] values, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = values[rows[i]];
        }
        return out;
    }

    /** Fits as scikit-learn did and checks its answers; returns the regression predictions or the probabilities. */
    private static double[] check(Case c, FeatureMatrix train, Column y, FeatureMatrix test, boolean threads) {
        String what = c.name() + "/" + c.task();
        if (c.task().equals("regression")) {
            double[] target = y.toDoubleArray();
            double[] predicted = FittedRandomForestRegressor.fit(train, target, c.params()).predict(test);
            close(c.predicted(), predicted, 0.0, what + ": predict");
            if (threads) {
                double[] single = onOneThread(() -> FittedRandomForestRegressor.fit(train, target, c.params())
                        .predict(test));
                assertArrayEquals(predicted, single, 0.0, what + ": thread count changed bits");
            }
            return predicted;
        }
        ClassLabels classes = ClassLabels.of(y);
        int[] codes = classes.encode(y);
        FittedRandomForestClassifier model = FittedRandomForestClassifier.fit(train, classes, codes, c.params());
        double[] proba = flatten(model.probabilities(test));
        close(c.proba(), proba, 0.0, what + ": predict_proba");
        int[] predicted = model.predict(test);
        String[] labels = new String[predicted.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = classes.displayName(predicted[i]);
        }
        assertArrayEquals(c.labels(), labels, what + ": predict");
        if (threads) {
            double[] single = onOneThread(() -> flatten(FittedRandomForestClassifier.fit(train, classes, codes,
                    c.params()).probabilities(test)));
            assertArrayEquals(proba, single, 0.0, what + ": thread count changed bits");
        }
        return proba;
    }

    private static double[] onOneThread(java.util.concurrent.Callable<double[]> work) {
        ForkJoinPool one = new ForkJoinPool(1);
        try {
            return one.submit(work).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            one.shutdown();
        }
    }

    private static double[] flatten(double[][] columns) {
        double[] out = new double[columns.length * columns[0].length];
        for (int k = 0; k < columns.length; k++) {
            System.arraycopy(columns[k], 0, out, k * columns[0].length, columns[0].length);
        }
        return out;
    }

    static void close(double[] expected, double[] actual, double rtol, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        assertTrue(expected.length > 0, what + ": nothing to compare");
        double worst = 0;
        int at = -1;
        for (int i = 0; i < expected.length; i++) {
            double err = Math.abs(expected[i] - actual[i]) / Math.max(1e-3, Math.abs(expected[i]));
            if (err > worst) {
                worst = err;
                at = i;
            }
        }
        if (worst > rtol) {
            throw new AssertionError(what + ": relative error " + worst + " at " + at + " (expected " + expected[at]
                    + ", got " + actual[at] + ")");
        }
    }
}
