package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.Int64Column;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.StringColumn;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.FittedClassifier;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * LGBMRegressor and LGBMClassifier, through the catalog's defaults and the wrapper's parameter translation, against
 * the {@code lightgbm} Python package (fixtures of runtime/reference/make_boosting_reference.py).
 */
class LightGbmParityTest {
    static final double TOLERANCE = 1e-9;

    @Test
    void predictionsMatchThePythonPackage() {
        EstimatorKernels kernels = EstimatorKernels.standard();
        int cases = 0;
        double worst = 0;
        try (MemoryContext memory = MemoryContext.open()) {
            for (Map<String, String> r : Reference.rows("boosting_lightgbm.csv")) {
                String what = r.get("case") + " " + r.get("setting");
                int p = Integer.parseInt(r.get("p"));
                FeatureMatrix x = matrix(r.get("x"), p);
                FeatureMatrix test = matrix(r.get("x_test"), p);
                String params = r.get("params").isEmpty() ? "n_jobs=1" : r.get("params") + ";n_jobs=1";
                if (r.get("case").startsWith("regression")) {
                    EstimatorSpec spec = BoostingSpecs.spec("lightgbm.LGBMRegressor", params);
                    EstimatorKernels.Learner learner = kernels.learner(spec, Origin.NONE);
                    Object fitted = learner.fit(x, Reference.numbers(r.get("y")), spec);
                    worst = Math.max(worst, compare(Reference.numbers(r.get("predict")), learner.predict(fitted, test),
                            what));
                } else {
                    EstimatorSpec spec = BoostingSpecs.spec("lightgbm.LGBMClassifier", params);
                    var classifier = (EstimatorKernels.Classifier) kernels.learner(spec, Origin.NONE);
                    Column y = r.get("case").endsWith("str") ? StringColumn.of(memory, "y", r.get("y").split(" "))
                            : Int64Column.of(memory, "y", longs(r.get("y")));
                    ClassLabels classes = ClassLabels.of(y);
                    FittedClassifier fitted = classifier.fit(x, classes, classes.encode(y), spec);
                    double[][] proba = fitted.probabilities(test);
                    double[] rowMajor = LightGbmParityTest.rowMajor(proba, test.rows());
                    worst = Math.max(worst, compare(Reference.numbers(r.get("proba")), rowMajor, what + " proba"));
                    int[] predicted = fitted.predict(test);
                    List<String> names = new ArrayList<>();
                    for (int code : predicted) {
                        names.add(classes.displayName(code));
                    }
                    assertEquals(r.get("predict"), String.join(" ", names), what + " predict");
                }
                cases++;
            }
        }
        assertEquals(16, cases);
        System.out.println("LightGBM: largest relative difference to the Python package " + worst);
    }

    /**
     * Frames with columns of pandas' category dtype, split on natively (boosting_lightgbm_categorical.csv): the
     * training frame's categories include one its rows never hold, the test frame's are made on its own (another order,
     * an unseen level, more missing values), so the test codes must be re-read against the training categories.
     */
    @Test
    void categoryColumnsMatchThePythonPackage() throws java.io.IOException {
        EstimatorKernels kernels = EstimatorKernels.standard();
        int cases = 0;
        try (MemoryContext memory = MemoryContext.open()) {
            for (Map<String, String> r : Reference.rows("boosting_lightgbm_categorical.csv")) {
                String what = "categorical " + r.get("case") + " " + r.get("setting");
                FeatureMatrix x = withLevels(r.get("x"), r.get("levels"));
                FeatureMatrix test = withLevels(r.get("x_test"), r.get("test_levels"));
                String params = r.get("params").isEmpty() ? "n_jobs=1" : r.get("params") + ";n_jobs=1";
                if (r.get("case").equals("regression")) {
                    EstimatorSpec spec = BoostingSpecs.spec("lightgbm.LGBMRegressor", params);
                    EstimatorKernels.Learner learner = kernels.learner(spec, Origin.NONE);
                    assertTrue(learner.acceptsCategoryColumns());
                    Object fitted = learner.fit(x, Reference.numbers(r.get("y")), spec);
                    compare(Reference.numbers(r.get("predict")), learner.predict(fitted, test), what);
                    // The categories travel with the persisted model.
                    var back = io.stratum.runtime.kernels.boosting.FittedLightGbm.readFrom(
                            BoostingSpecs.roundTrip((io.stratum.runtime.kernels.boosting.FittedLightGbm) fitted));
                    assertEquals(fitted, back);
                    compare(Reference.numbers(r.get("predict")), learner.predict(back, test), what + " read back");
                } else {
                    EstimatorSpec spec = BoostingSpecs.spec("lightgbm.LGBMClassifier", params);
                    var classifier = (EstimatorKernels.Classifier) kernels.learner(spec, Origin.NONE);
                    assertTrue(classifier.acceptsCategoryColumns());
                    Column y = StringColumn.of(memory, "y", r.get("y").split(" "));
                    ClassLabels classes = ClassLabels.of(y);
                    FittedClassifier fitted = classifier.fit(x, classes, classes.encode(y), spec);
                    double[][] proba = fitted.probabilities(test);
                    double[] rowMajor = LightGbmParityTest.rowMajor(proba, test.rows());
                    compare(Reference.numbers(r.get("proba")), rowMajor, what + " proba");
                    List<String> names = new ArrayList<>();
                    for (int code : fitted.predict(test)) {
                        names.add(classes.displayName(code));
                    }
                    assertEquals(r.get("predict"), String.join(" ", names), what + " predict");
                }
                cases++;
            }
        }
        assertEquals(9, cases);
    }

    @Test
    void aColumnWhoseDtypeChangedSinceTheFitIsRefused() {
        Map<String, String> r = Reference.rows("boosting_lightgbm_categorical.csv").get(0);
        FeatureMatrix x = withLevels(r.get("x"), r.get("levels"));
        EstimatorSpec spec = BoostingSpecs.spec("lightgbm.LGBMRegressor", "n_estimators=5;n_jobs=1");
        EstimatorKernels.Learner learner = EstimatorKernels.standard().learner(spec, Origin.NONE);
        Object fitted = learner.fit(x, Reference.numbers(r.get("y")), spec);
        FeatureMatrix plain = matrix(r.get("x_test"), x.cols());
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.stratum.runtime.data.DataException.class,
                () -> learner.predict(fitted, plain));
        assertTrue(e.getMessage().contains("'x1'") && e.getMessage().contains("not a category column"),
                e.getMessage());
    }

    /** A matrix whose columns with levels ({@code a|b|c}, one entry per column, ';'-separated) are category codes. */
    static FeatureMatrix withLevels(String rowMajor, String levels) {
        String[] entries = levels.split(";", -1);
        String[][] categories = new String[entries.length][];
        for (int j = 0; j < entries.length; j++) {
            categories[j] = entries[j].isEmpty() ? null : entries[j].split("\\|");
        }
        return matrix(rowMajor, entries.length).withCategoryLevels(categories);
    }

    @Test
    void theTextModelIsTheWholeState() throws java.io.IOException {
        Map<String, String> r = Reference.rows("boosting_lightgbm.csv").get(1);
        int p = Integer.parseInt(r.get("p"));
        FeatureMatrix x = matrix(r.get("x"), p);
        EstimatorSpec spec = BoostingSpecs.spec("lightgbm.LGBMRegressor", r.get("params"));
        EstimatorKernels.Learner learner = EstimatorKernels.standard().learner(spec, Origin.NONE);
        var fitted = (io.stratum.runtime.kernels.boosting.FittedLightGbm) learner.fit(x, Reference.numbers(r.get("y")),
                spec);
        var back = io.stratum.runtime.kernels.boosting.FittedLightGbm.readFrom(BoostingSpecs.roundTrip(fitted));
        assertEquals(fitted, back);
        org.junit.jupiter.api.Assertions.assertArrayEquals(learner.predict(fitted, x), learner.predict(back, x), 0.0);
        FeatureMatrix narrow = matrix("1.0 2.0", 2);
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.stratum.runtime.data.DataException.class,
                () -> learner.predict(fitted, narrow));
        assertTrue(e.getMessage().contains("fitted on 5 features"), e.getMessage());
    }

    private static double compare(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            double diff = Math.abs(expected[i] - actual[i]) / Math.max(1.0, Math.abs(expected[i]));
            worst = Math.max(worst, diff);
            final int row = i;
            assertTrue(diff <= TOLERANCE, () -> what + "[" + row + "]: expected " + expected[row] + " but was "
                    + actual[row]);
        }
        return worst;
    }

    /** Probabilities {@code [class][row]} laid out row by row, as {@code predict_proba(...).ravel()} writes them. */
    static double[] rowMajor(double[][] proba, int rows) {
        double[] out = new double[proba.length * rows];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < proba.length; k++) {
                out[i * proba.length + k] = proba[k][i];
            }
        }
        return out;
    }

    static FeatureMatrix matrix(String rowMajor, int p) {
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

    private static long[] longs(String text) {
        String[] w = text.split(" ");
        long[] out = new long[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = Long.parseLong(w[i]);
        }
        return out;
    }
}
