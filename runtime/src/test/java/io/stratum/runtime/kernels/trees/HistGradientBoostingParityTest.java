package io.stratum.runtime.kernels.trees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.reference.Reference;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Histogram gradient boosting against scikit-learn ({@code make_trees_reference.py}): same number of iterations,
 * same predicted labels, and raw predictions and probabilities equal up to {@link #RTOL}. Measured: regression
 * predictions and decision values are the same bits on every case, probabilities differ by at most one ulp (the
 * last bit of {@code exp}, Java's versus glibc's); the tolerance leaves room for such a bit in a baseline or a
 * gradient on another platform. Every fit also runs sequentially and on 3 threads, and must give the same bits.
 */
class HistGradientBoostingParityTest {
    /** Relative tolerance on raw predictions and probabilities (absolute 1e-15 for values below 1e-3). */
    static final double RTOL = 1e-12;
    private static final ForkJoinPool THREE = new ForkJoinPool(3);

    @AfterAll
    static void shutdown() {
        THREE.shutdown();
    }

    @Test
    void smallCommittedDataMatchesScikitLearn() {
        try (MemoryContext memory = MemoryContext.open()) {
            Table all = TreeFixtures.read(memory, Reference.input("trees_small.csv"));
            int[] train = TreeFixtures.range(0, 500, 1);
            int[] test = TreeFixtures.range(500, all.rowCount(), 1);
            FeatureMatrix x = TreeFixtures.encode(all, List.of("x0", "x1", "x2", "x3", "x4"));
            int cases = 0;
            for (Map<String, String> r : Reference.rows("trees_hgb_small.csv")) {
                TreeFixtures.Case c = TreeFixtures.Case.of(r);
                Column target = all.column(switch (c.task()) {
                    case "regression" -> "y";
                    case "binary" -> "bin";
                    default -> "cls";
                });
                check(c, x.takeRows(train), target.take(train), x.takeRows(test), true);
                cases++;
            }
            assertEquals(19, cases);
        }
    }

    /**
     * A table whose columns hold +inf and -inf ({@code trees_inf.csv}): thresholds with a NaN last (a percentile read
     * at +inf), a lone NaN first (at -inf), a lone NaN between -inf and +inf, with missing values too. Trees split
     * next to those NaN thresholds, and scikit-learn's predictions send a row right at a NaN threshold, while the
     * early-stopping validation rows are predicted from their bins, which go left of it (the binary classifier
     * stopped after 27 iterations for scikit-learn's 15 when they were predicted from their values).
     */
    @Test
    void infiniteValuesMatchScikitLearn() {
        try (MemoryContext memory = MemoryContext.open()) {
            Table all = TreeFixtures.read(memory, Reference.input("trees_inf.csv"));
            int[] train = TreeFixtures.range(0, 500, 1);
            int[] test = TreeFixtures.range(500, all.rowCount(), 1);
            FeatureMatrix x = TreeFixtures.encode(all, List.of("a", "b", "c", "d", "e"));
            int cases = 0;
            for (Map<String, String> r : Reference.rows("trees_hgb_inf.csv")) {
                TreeFixtures.Case c = TreeFixtures.Case.of(r);
                Column target = all.column(switch (c.task()) {
                    case "regression" -> "y";
                    case "binary" -> "bin";
                    default -> "cls";
                });
                if (r.get("weights").equals("none")) {
                    check(c, x.takeRows(train), target.take(train), x.takeRows(test), true);
                } else {
                    double[] w = new double[train.length];
                    for (int i = 0; i < w.length; i++) {
                        w[i] = 1 + i % 3;
                    }
                    FittedBoosting fitted = HistGradientBoosting.fitRegressor(x.takeRows(train),
                            target.take(train).toDoubleArray(), w, c.params(), Parallel.on(THREE));
                    assertEquals(c.iterations(), fitted.iterations(), c.name() + ": n_iter_");
                    close(TreeFixtures.numbers(String.join(" ", c.predicted())),
                            fitted.raw(x.takeRows(test), Parallel.on(THREE))[0], c.name() + ": predict");
                }
                cases++;
            }
            assertEquals(10, cases);
        }
    }

    @Test
    void sharedDataMatchesScikitLearn() {
        try (MemoryContext memory = MemoryContext.open()) {
            for (Map<String, String> r : Reference.rows("trees_hgb_shared.csv")) {
                TreeFixtures.Case c = TreeFixtures.Case.of(r);
                String dataset = c.name().substring(0, c.name().indexOf(':'));
                Table t;
                FeatureMatrix x;
                Column y;
                switch (dataset) {
                    case "bike_sharing" -> {
                        t = TreeFixtures.read(memory, Reference.sharedData("bike_sharing.csv"));
                        x = TreeFixtures.encode(t, List.of("holiday", "weathersit", "temp", "atemp", "hum", "windspeed",
                                "instant"));
                        y = t.column("cnt");
                    }
                    case "employee_salaries" -> {
                        t = TreeFixtures.read(memory, Reference.sharedData("employee_salaries.csv"));
                        x = TreeFixtures.encode(t, List.of("gender", "department", "assignment_category",
                                "employee_position_title", "year_first_hired"));
                        y = t.column("current_annual_salary");
                    }
                    default -> {
                        t = TreeFixtures.read(memory, Reference.sharedData("birdstrikes.csv"));
                        x = TreeFixtures.encode(t, List.of("Aircraft Airline Operator", "Origin State", "Phase of flight",
                                "Wildlife Size", "Wildlife Species", "Speed IAS in knots"));
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
                }
                int cut = (int) (t.rowCount() * 0.8);
                int[] train = TreeFixtures.range(0, cut, 1);
                int[] test = TreeFixtures.range(cut, t.rowCount(), 5);
                check(c, x.takeRows(train), y.take(train), x.takeRows(test), false);
            }
        }
    }

    /** Fits as scikit-learn did; with {@code threads}, also on 3 threads, which must give the same bits. */
    private static void check(TreeFixtures.Case c, FeatureMatrix train, Column y, FeatureMatrix test, boolean threads) {
        String what = c.name() + "/" + c.task();
        if (c.task().equals("regression")) {
            double[] target = y.toDoubleArray();
            FittedBoosting one = HistGradientBoosting.fitRegressor(train, target, c.params(), Parallel.on(THREE));
            double[] predicted = one.raw(test, Parallel.on(THREE))[0];
            if (threads) {
                FittedBoosting single = HistGradientBoosting.fitRegressor(train, target, c.params(), Parallel.sequential());
                assertArrayEquals(predicted, single.raw(test, Parallel.sequential())[0], 0.0,
                        what + ": thread count changed bits");
            }
            assertEquals(c.iterations(), one.iterations(), what + ": n_iter_");
            close(TreeFixtures.numbers(String.join(" ", c.predicted())), predicted, what + ": predict");
            return;
        }
        ClassLabels classes = ClassLabels.of(y);
        int[] codes = classes.encode(y);
        FittedBoosting one = HistGradientBoosting.fitClassifier(train, codes, classes.count(), c.params(), Parallel.on(THREE));
        double[][] raw = one.raw(test, Parallel.on(THREE));
        if (threads) {
            FittedBoosting single = HistGradientBoosting.fitClassifier(train, codes, classes.count(), c.params(),
                    Parallel.sequential());
            double[][] rawSingle = single.raw(test, Parallel.sequential());
            for (int k = 0; k < raw.length; k++) {
                assertArrayEquals(rawSingle[k], raw[k], 0.0, what + ": thread count changed bits");
            }
        }
        assertEquals(c.iterations(), one.iterations(), what + ": n_iter_");
        FittedHistGradientBoostingClassifier model = new FittedHistGradientBoostingClassifier(classes, one);
        close(c.decision(), flatten(raw), what + ": decision_function");
        close(c.proba(), flatten(model.probabilities(test)), what + ": predict_proba");
        int[] predicted = model.predict(test);
        String[] labels = new String[predicted.length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = classes.displayName(predicted[i]);
        }
        assertArrayEquals(c.predicted(), labels, what + ": predict");
    }

    private static double[] flatten(double[][] columns) {
        double[] out = new double[columns.length * columns[0].length];
        for (int k = 0; k < columns.length; k++) {
            System.arraycopy(columns[k], 0, out, k * columns[0].length, columns[0].length);
        }
        return out;
    }

    static void close(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        double worst = 0;
        int at = -1;
        for (int i = 0; i < expected.length; i++) {
            double err = Math.abs(expected[i] - actual[i]) / Math.max(1e-3, Math.abs(expected[i]));
            if (err > worst) {
                worst = err;
                at = i;
            }
        }
        if (worst > RTOL) {
            throw new AssertionError(what + ": relative error " + worst + " at " + at + " (expected " + expected[at]
                    + ", got " + actual[at] + ")");
        }
    }
}
