package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.BoolColumn;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.Float64Column;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.ClassWeights;
import io.stratum.runtime.kernels.classify.DummyClassifierKernel;
import io.stratum.runtime.kernels.classify.FittedClassifier;
import io.stratum.runtime.kernels.classify.FittedLogisticRegression;
import io.stratum.runtime.kernels.classify.LogisticRegressionKernel;
import io.stratum.runtime.kernels.classify.LogisticRegressionParams;
import io.stratum.runtime.kernels.classify.RidgeClassifierKernel;
import io.stratum.runtime.kernels.linear.RidgeParams;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.StratifiedKFoldKernel;
import io.stratum.runtime.reference.Reference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The classification kernels against scikit-learn 1.9 (fixtures of runtime/reference/make_classification_reference.py):
 * LogisticRegression, RidgeClassifier, DummyClassifier, label encoding and StratifiedKFold.
 */
class ClassifiersTest {

    /**
     * Solved to scikit-learn's tol=1e-12 (up to 29 iterations): both sides walk the same L-BFGS-B path, but the
     * rounding of the loss sums and of the step (two-loop recursion against L-BFGS-B's compact form) grows over the
     * iterations; measured up to 3.4e-8 of the coefficients' scale.
     */
    private static final double CONVERGED_TOLERANCE = 1e-6;
    /**
     * At scikit-learn's default tol=1e-4 (6 to 16 iterations) the same iterations give the same coefficients to
     * rounding: measured up to 1.8e-13 of the coefficients' scale.
     */
    private static final double DEFAULT_TOL_TOLERANCE = 1e-9;

    @Test
    void logisticRegressionMatchesScikitLearn() {
        int cases = 0;
        try (MemoryContext memory = MemoryContext.open()) {
            for (Map<String, String> r : Reference.rows("classification_logistic.csv")) {
                String what = r.get("case") + " " + r.get("setting") + " " + r.get("tol");
                FeatureMatrix x = matrix(r.get("x"), Integer.parseInt(r.get("p")));
                Column y = labels(memory, r.get("label_kind"), r.get("y"));
                ClassLabels classes = ClassLabels.of(y);
                boolean converged = r.get("tol").equals("converged");
                FittedLogisticRegression fit = LogisticRegressionKernel.fit(x, classes, classes.encode(y),
                        new LogisticRegressionParams(Double.parseDouble(r.get("C")),
                                Boolean.parseBoolean(r.get("fit_intercept").toLowerCase()),
                                converged ? 100000 : 100, converged ? 1e-12 : 1e-4, weights(r.get("class_weight"))));
                assertEquals(Integer.parseInt(r.get("n_iter")), fit.iterations(), what + " n_iter_");
                double tol = converged ? CONVERGED_TOLERANCE : DEFAULT_TOL_TOLERANCE;
                double[] coef = Reference.numbers(r.get("coef"));
                double[] intercept = Reference.numbers(r.get("intercept"));
                double scale = maxAbs(coef);
                for (int o = 0; o < intercept.length; o++) {
                    for (int j = 0; j < x.cols(); j++) {
                        assertNear(coef[o * x.cols() + j], fit.coef(o, j), tol * Math.max(scale, 1), what + " coef");
                    }
                    assertNear(intercept[o], fit.intercept(o), tol * Math.max(scale, 1), what + " intercept");
                }
                assertRowMajor(Reference.numbers(r.get("proba")), fit.probabilities(x), tol, what + " proba");
                assertRowMajor(Reference.numbers(r.get("decision")), fit.decisions(x), tol * Math.max(scale, 1),
                        what + " decision");
                if (converged) {
                    assertEquals(r.get("y").isEmpty() ? "" : r.get("predict"),
                            String.join(" ", names(memory, classes, fit.predict(x), r.get("label_kind"))), what + " predict");
                }
                cases++;
            }
        }
        assertEquals(72, cases);
    }

    @Test
    void logisticRegressionGivesTheSameBitsOnAnyNumberOfThreads() throws Exception {
        try (MemoryContext memory = MemoryContext.open()) {
            for (Map<String, String> r : Reference.rows("classification_logistic.csv")) {
                if (!r.get("setting").equals("C=1") || !r.get("tol").equals("default")) {
                    continue;
                }
                FeatureMatrix x = matrix(r.get("x"), Integer.parseInt(r.get("p")));
                // 200 copies of the rows (200 x 60 to 200 x 300), so that the loss runs in several row blocks: all
                // distinct (the per-row path), then in equal pairs (the path over distinct rows, still over 4,096).
                int[] rows = new int[x.rows() * 200];
                for (int i = 0; i < rows.length; i++) {
                    rows[i] = i % x.rows();
                }
                Column y = labels(memory, r.get("label_kind"), r.get("y")).take(rows);
                ClassLabels classes = ClassLabels.of(y);
                LogisticRegressionParams params = new LogisticRegressionParams(1.0, true, 100, 1e-4,
                        new ClassWeights.Uniform());
                for (int repeats : new int[] {1, 2}) {
                    FeatureMatrix big = shiftedCopies(x, 200, repeats);
                    double[][] coefs = new double[2][];
                    int[] threads = {1, 3};
                    for (int t = 0; t < 2; t++) {
                        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads[t]);
                        try {
                            FittedLogisticRegression fit = pool.submit(() -> LogisticRegressionKernel.fit(big, classes,
                                    classes.encode(y), params)).get();
                            coefs[t] = fit.decisions(x)[0];
                        } finally {
                            pool.shutdown();
                        }
                    }
                    assertArrayEquals(coefs[0], coefs[1], 0.0, r.get("case") + " repeats " + repeats);
                }
            }
        }
    }

    @Test
    void ridgeAndDummyClassifiersMatchScikitLearn() {
        int cases = 0;
        try (MemoryContext memory = MemoryContext.open()) {
            for (Map<String, String> r : Reference.rows("classification_baselines.csv")) {
                String what = r.get("case") + " " + r.get("model") + " " + r.get("param");
                FeatureMatrix x = matrix(r.get("x"), Integer.parseInt(r.get("p")));
                Column y = labels(memory, r.get("label_kind"), r.get("y"));
                ClassLabels classes = ClassLabels.of(y);
                int[] codes = classes.encode(y);
                FittedClassifier fit = switch (r.get("model")) {
                    case "ridge" -> RidgeClassifierKernel.fit(x, classes, codes,
                            new RidgeParams(Double.parseDouble(r.get("param")), true));
                    case "ridge_weighted" -> RidgeClassifierKernel.fit(x, classes, codes,
                            new RidgeParams(Double.parseDouble(r.get("param")), true), Reference.numbers(r.get("weights")));
                    case "dummy_prior" -> DummyClassifierKernel.fit(classes, codes, DummyClassifierKernel.Strategy.PRIOR, -1);
                    case "dummy_most_frequent" -> DummyClassifierKernel.fit(classes, codes,
                            DummyClassifierKernel.Strategy.MOST_FREQUENT, -1);
                    default -> DummyClassifierKernel.fit(classes, codes, DummyClassifierKernel.Strategy.CONSTANT,
                            classes.count() - 1);
                };
                if (!r.get("decision").isEmpty()) {
                    // Ridge is solved exactly on both sides.
                    assertRowMajor(Reference.numbers(r.get("decision")), fit.decisions(x), Reference.RTOL, what);
                } else {
                    assertRowMajor(Reference.numbers(r.get("proba")), fit.probabilities(x), Reference.RTOL, what);
                    assertThrows(DataException.class, () -> fit.decisions(x), what + " has no decision_function");
                }
                assertEquals(r.get("predict"), String.join(" ", names(memory, classes, fit.predict(x), r.get("label_kind"))),
                        what + " predict");
                cases++;
            }
        }
        assertEquals(28, cases);
    }

    @Test
    void stratifiedKFoldGivesScikitLearnsFolds() {
        int folds = 0;
        for (Map<String, String> r : Reference.rows("classification_stratified.csv")) {
            int[] y = Reference.ints(r.get("y"));
            int k = Integer.parseInt(r.get("n_splits"));
            List<Fold> split = r.get("shuffle").equals("True")
                    ? StratifiedKFoldKernel.splitShuffled(y, k, Long.parseLong(r.get("seed")))
                    : StratifiedKFoldKernel.split(y, k);
            Fold f = split.get(Integer.parseInt(r.get("fold")));
            String what = r.get("case") + " k=" + k + " shuffle=" + r.get("shuffle") + " seed=" + r.get("seed")
                    + " fold " + r.get("fold");
            assertArrayEquals(Reference.ints(r.get("test")), f.test(), what);
            assertEquals(y.length, f.train().length + f.test().length, what);
            folds++;
        }
        assertEquals(150, folds);
        DataException e = assertThrows(DataException.class, () -> StratifiedKFoldKernel.split(new int[] {0, 0, 1, 1}, 3));
        assertTrue(e.getMessage().contains("cannot be greater than the number of members in each class"), e.getMessage());
    }

    @Test
    void labelsSortAsNumpyAndRefuseContinuousOrMissingTargets() {
        try (MemoryContext memory = MemoryContext.open()) {
            Column s = StringColumn.of(memory, "y", new String[] {"b", "a", "\uD83D\uDE00", "\uFF5E", "a"});
            ClassLabels classes = ClassLabels.of(s);
            // numpy sorts by code point: U+FF5E before U+1F600, though UTF-16 order says otherwise.
            assertArrayEquals(new String[] {"a", "b", "\uFF5E", "\uD83D\uDE00"}, classes.displayNames());
            assertArrayEquals(new int[] {1, 0, 3, 2, 0}, classes.encode(s));
            Column f = Float64Column.of(memory, "y", new double[] {1.0, 0.5});
            DataException e = assertThrows(DataException.class, () -> ClassLabels.of(f));
            assertTrue(e.getMessage().contains("continuous"), e.getMessage());
            Column missing = StringColumn.of(memory, "y", new String[] {"a", null});
            assertThrows(DataException.class, () -> ClassLabels.of(missing));
            Column ints = Int64Column.of(memory, "y", new long[] {3, -1, 7});
            Column decoded = ClassLabels.of(ints).decode(memory, "p", new int[] {2, 0});
            assertEquals("7", decoded.format(0));
            assertEquals("-1", decoded.format(1));
        }
    }

    @Test
    void singleClassTrainingIsRefused() {
        try (MemoryContext memory = MemoryContext.open()) {
            Column y = StringColumn.of(memory, "y", new String[] {"a", "a"});
            ClassLabels classes = ClassLabels.of(y);
            FeatureMatrix x = FeatureMatrix.ofColumnMajor(2, List.of("f"), new double[] {1, 2});
            DataException e = assertThrows(DataException.class, () -> LogisticRegressionKernel.fit(x, classes,
                    classes.encode(y), new LogisticRegressionParams(1.0, true, 100, 1e-4, new ClassWeights.Uniform())));
            assertTrue(e.getMessage().contains("only one class"), e.getMessage());
        }
    }

    private static ClassWeights weights(String text) {
        if (text.equals("None")) {
            return new ClassWeights.Uniform();
        }
        if (text.equals("balanced")) {
            return new ClassWeights.Balanced();
        }
        Map<String, Double> byClass = new HashMap<>();
        for (String pair : text.split(" ")) {
            int colon = pair.lastIndexOf(':');
            byClass.put(pair.substring(0, colon), Double.parseDouble(pair.substring(colon + 1)));
        }
        return new ClassWeights.Given(byClass);
    }

    /**
     * {@code copies} copies of {@code x}'s rows, copy c with {@code (c / repeats) * 1e-6} added to its first column:
     * runs of {@code repeats} equal copies, the runs distinct.
     */
    private static FeatureMatrix shiftedCopies(FeatureMatrix x, int copies, int repeats) {
        int n = x.rows();
        int m = n * copies;
        double[] columnMajor = new double[m * x.cols()];
        for (int j = 0; j < x.cols(); j++) {
            for (int i = 0; i < m; i++) {
                columnMajor[j * m + i] = x.get(i % n, j) + (j == 0 ? (i / n / repeats) * 1e-6 : 0.0);
            }
        }
        return FeatureMatrix.ofColumnMajor(m, x.featureNames(), columnMajor);
    }

    private static FeatureMatrix matrix(String rowMajor, int p) {
        double[] v = Reference.numbers(rowMajor);
        int n = v.length / p;
        double[] columnMajor = new double[v.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                columnMajor[j * n + i] = v[i * p + j];
            }
        }
        List<String> names = new java.util.ArrayList<>();
        for (int j = 0; j < p; j++) {
            names.add("x" + j);
        }
        return FeatureMatrix.ofColumnMajor(n, names, columnMajor);
    }

    private static Column labels(MemoryContext memory, String kind, String text) {
        String[] words = text.split(" ");
        return switch (kind) {
            case "str" -> StringColumn.of(memory, "y", words);
            case "bool" -> {
                boolean[] b = new boolean[words.length];
                for (int i = 0; i < b.length; i++) {
                    b[i] = words[i].equals("True");
                }
                yield BoolColumn.of(memory, "y", b);
            }
            default -> {
                long[] l = new long[words.length];
                for (int i = 0; i < l.length; i++) {
                    l[i] = Long.parseLong(words[i]);
                }
                yield Int64Column.of(memory, "y", l);
            }
        };
    }

    private static List<String> names(MemoryContext memory, ClassLabels classes, int[] codes, String kind) {
        Column decoded = classes.decode(memory, "p", codes);
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < decoded.length(); i++) {
            out.add(kind.equals("str") ? decoded.format(i) : classes.displayName(codes[i]));
        }
        return out;
    }

    private static void assertRowMajor(double[] expected, double[][] columns, double tol, String what) {
        int k = columns.length;
        int n = columns[0].length;
        assertEquals(expected.length, n * k, what + " shape");
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < k; c++) {
                assertNear(expected[i * k + c], columns[c][i], tol * Math.max(1, Math.abs(expected[i * k + c])), what);
            }
        }
    }

    private static void assertNear(double expected, double actual, double tol, String what) {
        assertTrue(Math.abs(expected - actual) <= tol, () -> what + ": expected " + expected + " but got " + actual
                + " (difference " + Math.abs(expected - actual) + ", tolerance " + tol + ")");
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double e : v) {
            m = Math.max(m, Math.abs(e));
        }
        return m;
    }
}
