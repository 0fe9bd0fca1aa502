package io.stratum.runtime.kernels.trees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.metrics.RegressionScores;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.KFoldKernel;
import io.stratum.runtime.reference.Reference;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Histogram gradient boosting with {@code categorical_features} against scikit-learn 1.9.1
 * ({@code make_hgb_categorical_reference.py}): same {@code n_iter_}, labels, raw predictions and probabilities within
 * {@link HistGradientBoostingParityTest#RTOL}, and 5-fold scores within 1e-12 relative. The small data exercises
 * rare categories, missing values in training and only at predict time, unknown categories, a single-category
 * column, equal gradient ratios (glibc's sort order) and the three ways to name the categorical features.
 */
class HistGradientBoostingCategoricalParityTest {
    private static final List<String> FEATURES = List.of("c0", "x0", "c1", "c2", "x1", "c3", "c4");
    private static final ForkJoinPool THREE = new ForkJoinPool(3);

    @AfterAll
    static void shutdown() {
        THREE.shutdown();
    }

    static CategoricalFeatures spec(String text) {
        String kind = text.substring(0, text.indexOf(':'));
        String body = text.substring(text.indexOf(':') + 1);
        return switch (kind) {
            case "idx" -> new CategoricalFeatures.Indices(Arrays.stream(body.split(",")).map(Long::valueOf).toList());
            case "names" -> new CategoricalFeatures.Names(List.of(body.split("\\|")));
            case "mask" -> new CategoricalFeatures.Mask(Arrays.stream(body.split(",")).map(s -> s.equals("1")).toList());
            default -> throw new IllegalArgumentException(text);
        };
    }

    @Test
    void smallCommittedDataMatchesScikitLearn() {
        try (MemoryContext memory = MemoryContext.open()) {
            Table all = TreeFixtures.read(memory, Reference.input("hgb_categorical_small.csv"));
            int[] train = TreeFixtures.range(0, 540, 1);
            int[] test = TreeFixtures.range(540, all.rowCount(), 1);
            FeatureMatrix x = TreeFixtures.encode(all, FEATURES);
            int cases = 0;
            for (Map<String, String> r : Reference.rows("trees_hgb_categorical_small.csv")) {
                TreeFixtures.Case c = TreeFixtures.Case.of(r);
                HistGradientBoostingParams params = c.params().withCategoricalFeatures(spec(r.get("categorical_features")));
                Column target = all.column(switch (c.task()) {
                    case "regression" -> "y";
                    case "binary" -> "bin";
                    default -> "cls";
                });
                check(c, params, x.takeRows(train), target.take(train), x.takeRows(test), true);
                double[] expected = TreeFixtures.numbers(r.get("cv_scores"));
                HistGradientBoostingParityTest.close(expected, crossValidate(params, c.task(), x, target),
                        c.name() + "/" + c.task() + ": 5-fold scores");
                cases++;
            }
            assertEquals(16, cases);
        }
    }

    @Test
    void sharedDataMatchesScikitLearn() {
        try (MemoryContext memory = MemoryContext.open()) {
            for (Map<String, String> r : Reference.rows("trees_hgb_categorical_shared.csv")) {
                TreeFixtures.Case c = TreeFixtures.Case.of(r);
                HistGradientBoostingParams params = c.params().withCategoricalFeatures(spec(r.get("categorical_features")));
                String dataset = c.name().substring(0, c.name().indexOf(':'));
                Table t;
                FeatureMatrix x;
                Column y;
                if (dataset.equals("employee_salaries")) {
                    t = TreeFixtures.read(memory, Reference.sharedData("employee_salaries.csv"));
                    x = TreeFixtures.encode(t, List.of("gender", "department", "assignment_category",
                            "employee_position_title", "year_first_hired"));
                    y = t.column("current_annual_salary");
                } else {
                    t = TreeFixtures.read(memory, Reference.sharedData("birdstrikes.csv"));
                    x = TreeFixtures.encode(t, List.of("Aircraft Make Model", "Aircraft Airline Operator",
                            "Origin State", "Phase of flight", "Wildlife Size", "Wildlife Species", "Speed IAS in knots"));
                    if (dataset.equals("birdstrikes_time")) {
                        y = t.column("Time of day");
                    } else {
                        Column damage = t.column("Effect Amount of damage");
                        String[] labels = new String[t.rowCount()];
                        for (int i = 0; i < labels.length; i++) {
                            labels[i] = damage.isNull(i) ? "no" : "yes";
                        }
                        y = StringColumn.of(memory, "damaged", labels);
                    }
                }
                int cut = (int) (t.rowCount() * 0.8);
                check(c, params, x.takeRows(TreeFixtures.range(0, cut, 1)), y.take(TreeFixtures.range(0, cut, 1)),
                        x.takeRows(TreeFixtures.range(cut, t.rowCount(), 5)), false);
            }
        }
    }

    @Test
    void refusesTooManyCategoriesAndBadSpecs() {
        double[] data = new double[300 * 2];
        for (int i = 0; i < 300; i++) {
            data[i] = i;
            data[300 + i] = i % 7;
        }
        FeatureMatrix x = FeatureMatrix.ofColumnMajor(300, List.of("id", "small"), data);
        double[] y = Arrays.copyOf(data, 300);
        HistGradientBoostingParams base = HistGradientBoostingParams.DEFAULTS.withMaxIter(2).withEarlyStopping(false);
        DataException many = assertThrows(DataException.class, () -> HistGradientBoosting.fitRegressor(x, y,
                base.withCategoricalFeatures(new CategoricalFeatures.Names(List.of("id"))), Parallel.sequential()));
        assertTrue(many.getMessage().contains("'id'") && many.getMessage().contains("cardinality of 300"),
                many.getMessage());
        DataException name = assertThrows(DataException.class, () -> HistGradientBoosting.fitRegressor(x, y,
                base.withCategoricalFeatures(new CategoricalFeatures.Names(List.of("nope"))), Parallel.sequential()));
        assertTrue(name.getMessage().contains("'nope'") && name.getMessage().contains("[id, small]"), name.getMessage());
        assertThrows(DataException.class, () -> HistGradientBoosting.fitRegressor(x, y,
                base.withCategoricalFeatures(new CategoricalFeatures.Indices(List.of(2L))), Parallel.sequential()));
        assertThrows(DataException.class, () -> HistGradientBoosting.fitRegressor(x, y,
                base.withCategoricalFeatures(new CategoricalFeatures.Mask(List.of(true))), Parallel.sequential()));
        // An all-false mask is no categorical feature at all, as in scikit-learn.
        FittedBoosting none = HistGradientBoosting.fitRegressor(x, y,
                base.withCategoricalFeatures(new CategoricalFeatures.Mask(List.of(false, false))), Parallel.sequential());
        FittedBoosting plain = HistGradientBoosting.fitRegressor(x, y, base, Parallel.sequential());
        assertArrayEquals(plain.raw(x, Parallel.sequential())[0], none.raw(x, Parallel.sequential())[0], 0.0);
    }

    /**
     * scikit-learn's OrdinalEncoder refuses an infinite value of a categorical feature, when fitting and when
     * predicting (a numeric feature keeps its infinities: they are binned).
     */
    @Test
    void refusesInfiniteCategories() {
        double[] data = new double[300 * 3];
        for (int i = 0; i < 300; i++) {
            data[i] = i;
            data[300 + i] = i % 7;
            data[600 + i] = i % 5;
        }
        data[300 + 17] = Double.NEGATIVE_INFINITY;
        List<String> names = List.of("id", "level", "code");
        FeatureMatrix x = FeatureMatrix.ofColumnMajor(300, names, data);
        double[] y = Arrays.copyOf(data, 300);
        HistGradientBoostingParams base = HistGradientBoostingParams.DEFAULTS.withMaxIter(2).withEarlyStopping(false);
        // "id" has too many categories, but scikit-learn encodes every categorical feature before it counts them
        DataException fit = assertThrows(DataException.class, () -> HistGradientBoosting.fitRegressor(x, y,
                base.withCategoricalFeatures(new CategoricalFeatures.Names(List.of("id", "level"))),
                Parallel.sequential()));
        assertTrue(fit.getMessage().contains("'level' has an infinite value (-Infinity at row 17)")
                && fit.getMessage().contains("Input contains infinity"), fit.getMessage());
        // the numeric feature "level" keeps its -inf; an infinite code to predict is refused
        FittedBoosting model = HistGradientBoosting.fitRegressor(x, y,
                base.withCategoricalFeatures(new CategoricalFeatures.Names(List.of("code"))), Parallel.sequential());
        double[] infiniteCode = data.clone();
        infiniteCode[600 + 42] = Double.POSITIVE_INFINITY;
        DataException predict = assertThrows(DataException.class, () -> model.raw(FeatureMatrix.ofColumnMajor(300,
                names, infiniteCode), Parallel.sequential()));
        assertTrue(predict.getMessage().contains("'code' has an infinite value (Infinity at row 42)"),
                predict.getMessage());
    }

    @Test
    void persistedModelPredictsTheSame() throws IOException {
        try (MemoryContext memory = MemoryContext.open()) {
            Table all = TreeFixtures.read(memory, Reference.input("hgb_categorical_small.csv"));
            FeatureMatrix x = TreeFixtures.encode(all, FEATURES);
            HistGradientBoostingParams params = HistGradientBoostingParams.DEFAULTS.withMaxIter(10)
                    .withEarlyStopping(false).withCategoricalFeatures(spec("idx:0,2,3,5,6"));
            FittedHistGradientBoostingRegressor fitted = FittedHistGradientBoostingRegressor.fit(x,
                    all.column("y").toDoubleArray(), params);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            fitted.writeTo(new DataOutputStream(bytes));
            FittedHistGradientBoostingRegressor back = FittedHistGradientBoostingRegressor.readFrom(
                    new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
            assertArrayEquals(fitted.predict(x), back.predict(x), 0.0);
        }
    }

    /** KFold(5) scores as cross_val_score computes them: r2 for regression, accuracy for classification. */
    static double[] crossValidate(HistGradientBoostingParams params, String task, FeatureMatrix x, Column y) {
        List<Double> scores = new ArrayList<>();
        for (Fold fold : KFoldKernel.split(x.rows(), 5)) {
            FeatureMatrix xTrain = x.takeRows(fold.train());
            FeatureMatrix xTest = x.takeRows(fold.test());
            if (task.equals("regression")) {
                double[] target = y.toDoubleArray();
                FittedBoosting m = HistGradientBoosting.fitRegressor(xTrain, take(target, fold.train()), params,
                        Parallel.on(THREE));
                scores.add(RegressionScores.r2(take(target, fold.test()), m.raw(xTest, Parallel.on(THREE))[0]));
            } else {
                Column yTrain = y.take(fold.train());
                ClassLabels classes = ClassLabels.of(yTrain);
                FittedHistGradientBoostingClassifier m = new FittedHistGradientBoostingClassifier(classes,
                        HistGradientBoosting.fitClassifier(xTrain, classes.encode(yTrain), classes.count(), params,
                                Parallel.on(THREE)));
                int[] predicted = m.predict(xTest);
                Column yTest = y.take(fold.test());
                int right = 0;
                for (int i = 0; i < predicted.length; i++) {
                    right += classes.displayName(predicted[i]).equals(yTest.format(i)) ? 1 : 0;
                }
                scores.add((double) right / predicted.length);
            }
        }
        return scores.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] take(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = v[rows[i]];
        }
        return out;
    }

    static void check(TreeFixtures.Case c, HistGradientBoostingParams params, FeatureMatrix train, Column y,
                              FeatureMatrix test, boolean threads) {
        String what = c.name() + "/" + c.task();
        if (c.task().equals("regression")) {
            double[] target = y.toDoubleArray();
            FittedBoosting one = HistGradientBoosting.fitRegressor(train, target, params, Parallel.on(THREE));
            double[] predicted = one.raw(test, Parallel.on(THREE))[0];
            if (threads) {
                FittedBoosting single = HistGradientBoosting.fitRegressor(train, target, params, Parallel.sequential());
                assertArrayEquals(predicted, single.raw(test, Parallel.sequential())[0], 0.0,
                        what + ": thread count changed bits");
            }
            assertEquals(c.iterations(), one.iterations(), what + ": n_iter_");
            HistGradientBoostingParityTest.close(TreeFixtures.numbers(String.join(" ", c.predicted())), predicted,
                    what + ": predict");
            return;
        }
        ClassLabels classes = ClassLabels.of(y);
        int[] codes = classes.encode(y);
        FittedBoosting one = HistGradientBoosting.fitClassifier(train, codes, classes.count(), params, Parallel.on(THREE));
        assertEquals(c.iterations(), one.iterations(), what + ": n_iter_");
        FittedHistGradientBoostingClassifier model = new FittedHistGradientBoostingClassifier(classes, one);
        double[][] raw = one.raw(test, Parallel.on(THREE));
        double[] flat = new double[raw.length * raw[0].length];
        for (int k = 0; k < raw.length; k++) {
            System.arraycopy(raw[k], 0, flat, k * raw[0].length, raw[0].length);
        }
        HistGradientBoostingParityTest.close(c.decision(), flat, what + ": decision_function");
        double[][] proba = model.probabilities(test);
        double[] flatProba = new double[proba.length * proba[0].length];
        for (int k = 0; k < proba.length; k++) {
            System.arraycopy(proba[k], 0, flatProba, k * proba[0].length, proba[0].length);
        }
        HistGradientBoostingParityTest.close(c.proba(), flatProba, what + ": predict_proba");
        int[] predicted = model.predict(test);
        String[] labels = new String[predicted.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = classes.displayName(predicted[i]);
        }
        assertArrayEquals(c.predicted(), labels, what + ": predict");
    }
}
