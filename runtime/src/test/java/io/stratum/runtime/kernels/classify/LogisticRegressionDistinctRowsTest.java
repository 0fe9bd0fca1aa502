package io.stratum.runtime.kernels.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The loss summed over distinct rows (weighted by the labels each carries) against the loss summed over every row, on
 * the str-labelled cases of classification_logistic.csv: with repeated rows the two paths stop at the same iteration
 * with the same coefficients up to the order of the sums; without repeats they are the same arithmetic.
 */
class LogisticRegressionDistinctRowsTest {
    private static final double ALWAYS = 0.0;
    private static final double NEVER = 2.0;

    @Test
    void distinctRowsChangeOnlyTheOrderOfTheSums() {
        int repeated = 0;
        try (MemoryContext memory = MemoryContext.open()) {
            for (Map<String, String> r : Reference.rows("classification_logistic.csv")) {
                if (!r.get("label_kind").equals("str")) {
                    continue;
                }
                String what = r.get("case") + " " + r.get("setting") + " " + r.get("tol");
                int p = Integer.parseInt(r.get("p"));
                FeatureMatrix x = matrix(Reference.numbers(r.get("x")), p);
                Column y = StringColumn.of(memory, "y", r.get("y").split(" "));
                ClassLabels classes = ClassLabels.of(y);
                boolean converged = r.get("tol").equals("converged");
                LogisticRegressionParams params = new LogisticRegressionParams(Double.parseDouble(r.get("C")),
                        Boolean.parseBoolean(r.get("fit_intercept").toLowerCase()), converged ? 100000 : 100,
                        converged ? 1e-12 : 1e-4, weights(r.get("class_weight")));
                int[] codes = classes.encode(y);
                FittedLogisticRegression perRow = LogisticRegressionKernel.fit(x, classes, codes, params, NEVER);
                FittedLogisticRegression grouped = LogisticRegressionKernel.fit(x, classes, codes, params, ALWAYS);
                FittedLogisticRegression chosen = LogisticRegressionKernel.fit(x, classes, codes, params);
                assertEquals(perRow.iterations(), grouped.iterations(), what + " iterations");
                boolean repeats = r.get("case").startsWith("repeated_");
                for (int o = 0; o < (classes.count() == 2 ? 1 : classes.count()); o++) {
                    double[] a = coefficients(perRow, o, p);
                    double[] b = coefficients(grouped, o, p);
                    if (repeats) {
                        double scale = 1;
                        double diff = 0;
                        for (int j = 0; j < a.length; j++) {
                            scale = Math.max(scale, Math.abs(a[j]));
                            diff = Math.max(diff, Math.abs(a[j] - b[j]));
                        }
                        // Measured: up to 8e-14 of the coefficients' scale at tol=1e-4; up to 3.3e-8 at tol=1e-12,
                        // where the last iterations' ftol test compares loss changes near the sums' rounding (the
                        // same spread as against scikit-learn, ClassifiersTest's CONVERGED_TOLERANCE).
                        double allowed = converged ? 1e-6 : 1e-11;
                        assertTrue(diff <= allowed * scale, what + " output " + o + ": coefficients differ by " + diff
                                + " at scale " + scale);
                    } else {
                        assertArrayEquals(a, b, 0.0, what + " output " + o);
                    }
                    // The public entry point takes the distinct rows exactly when a quarter of the rows repeat.
                    assertArrayEquals(coefficients(repeats ? grouped : perRow, o, p), coefficients(chosen, o, p),
                            0.0, what + " chosen path");
                }
                repeated += repeats ? 1 : 0;
            }
        }
        assertEquals(24, repeated);
    }

    private static double[] coefficients(FittedLogisticRegression fit, int output, int p) {
        double[] out = new double[p + 1];
        for (int j = 0; j < p; j++) {
            out[j] = fit.coef(output, j);
        }
        out[p] = fit.intercept(output);
        return out;
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

    private static FeatureMatrix matrix(double[] rowMajor, int p) {
        int n = rowMajor.length / p;
        double[] columnMajor = new double[rowMajor.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                columnMajor[j * n + i] = rowMajor[i * p + j];
            }
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < p; j++) {
            names.add("x" + j);
        }
        return FeatureMatrix.ofColumnMajor(n, names, columnMajor);
    }
}
