package io.stratum.runtime.kernels.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LogisticRegression on a float32 X against scikit-learn 1.9, which then computes the loss, its gradient and the
 * predictions in float32 (fixtures of runtime/reference/make_logistic_float32_reference.py): well-conditioned designs
 * (dense, multinomial, repeated one-hot rows, class and sample weights) and 300 rows of the employee salaries table as
 * a TableVectorizer encodes them, whose datetime total seconds (about 1.5e9) stop scikit-learn's float32 fit after a
 * few iterations at the majority class where its float64 fit runs some 40.
 */
class LogisticRegressionFloat32Test {
    /**
     * Same iterations, float32 sums in another order than OpenBLAS's: the coefficients agree to float32 rounding carried
     * through the iterations, measured up to 8e-7 of their scale over every row.
     */
    private static final double COEF_TOLERANCE = 4e-6;
    /**
     * The distinct-rows path sums the float32 gradients of a row's repeats before multiplying by the row: measured up to
     * 1.2e-4 of the scale (the weighted multinomial employee case), the stopping iteration and predictions unchanged.
     */
    private static final double DISTINCT_ROWS_COEF_TOLERANCE = 5e-4;

    @Test
    void float32FitsStopWhereScikitLearnsStop() {
        Map<String, Map<String, String>> inputs = new HashMap<>();
        for (Map<String, String> r : Reference.rows("classification_logistic_float32_inputs.csv")) {
            inputs.put(r.get("case"), r);
        }
        int cases = 0;
        try (MemoryContext memory = MemoryContext.open()) {
            for (Map<String, String> r : Reference.rows("classification_logistic_float32.csv")) {
                String what = r.get("case") + " " + r.get("setting");
                Map<String, String> in = inputs.get(r.get("case"));
                FeatureMatrix x = matrix(in.get("x"), Integer.parseInt(in.get("p")));
                long[] y = java.util.Arrays.stream(Reference.ints(in.get("y"))).asLongStream().toArray();
                ClassLabels classes = ClassLabels.of(Int64Column.of(memory, "y", y));
                int[] codes = classes.encode(Int64Column.of(memory, "y", y));
                double[] w = r.get("sample_weight").isEmpty() ? null : Reference.numbers(r.get("sample_weight"));
                LogisticRegressionParams params = new LogisticRegressionParams(Double.parseDouble(r.get("C")),
                        Boolean.parseBoolean(r.get("fit_intercept").toLowerCase()), 500, 1e-4,
                        weights(r.get("class_weight")), true);
                double[] coef = Reference.numbers(r.get("coef"));
                double[] intercept = Reference.numbers(r.get("intercept"));
                double scale = 0;
                for (double c : coef) {
                    scale = Math.max(scale, Math.abs(c));
                }
                for (double share : new double[] {0.0, 2.0}) {
                    String path = what + (share == 0 ? " (distinct rows)" : " (every row)");
                    double tol = (share == 0 ? DISTINCT_ROWS_COEF_TOLERANCE : COEF_TOLERANCE) * scale;
                    FittedLogisticRegression fit = LogisticRegressionKernel.fit(x, classes, codes, params, share, w);
                    assertEquals(Integer.parseInt(r.get("n_iter")), fit.iterations(), path + " n_iter_");
                    assertEquals(r.get("predict"), join(fit.predict(x)), path + " predict");
                    for (int o = 0; o < intercept.length; o++) {
                        for (int j = 0; j < x.cols(); j++) {
                            assertNear(coef[o * x.cols() + j], fit.coef(o, j), tol, path + " coef");
                        }
                        assertNear(intercept[o], fit.intercept(o), Math.max(tol, 4e-6 * Math.abs(intercept[o])),
                                path + " intercept");
                    }
                    if (!r.get("proba").isEmpty()) {
                        double[] proba = Reference.numbers(r.get("proba"));
                        double[][] ours = fit.probabilities(x);
                        for (int i = 0; i < x.rows(); i++) {
                            for (int c = 0; c < ours.length; c++) {
                                assertNear(proba[i * ours.length + c], ours[c][i], 1e-5, path + " proba");
                                assertEquals((double) (float) ours[c][i], ours[c][i], path + " proba is float32");
                            }
                        }
                    }
                }
                if (r.get("case").startsWith("employee")) {
                    // the same values as float64: scikit-learn's fit runs on, and so does the float64 kernel
                    assertNotEquals(r.get("n_iter"), r.get("n_iter_float64"), what);
                    FittedLogisticRegression float64 = LogisticRegressionKernel.fit(x, classes, codes,
                            new LogisticRegressionParams(params.c(), params.fitIntercept(), 500, 1e-4,
                                    params.classWeight()), 2.0, w);
                    assertEquals(Integer.parseInt(r.get("n_iter_float64")), float64.iterations(), what + " float64");
                }
                cases++;
            }
        }
        assertEquals(30, cases);
    }

    private static void assertNear(double expected, double actual, double tol, String what) {
        assertTrue(Math.abs(expected - actual) <= tol, () -> what + ": expected " + expected + " but got " + actual
                + " (difference " + Math.abs(expected - actual) + ", tolerance " + tol + ")");
    }

    private static String join(int[] codes) {
        List<String> out = new ArrayList<>();
        for (int c : codes) {
            out.add(Integer.toString(c));
        }
        return String.join(" ", out);
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

    private static FeatureMatrix matrix(String rowMajor, int p) {
        double[] v = Reference.numbers(rowMajor);
        int n = v.length / p;
        double[] columnMajor = new double[v.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                columnMajor[j * n + i] = v[i * p + j];
            }
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            names.add("x" + j);
        }
        return FeatureMatrix.ofColumnMajor(n, names, columnMajor);
    }
}
