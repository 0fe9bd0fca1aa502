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
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.FittedClassifier;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * XGBRegressor and XGBClassifier, through the catalog's defaults and the wrapper's parameter translation, against
 * XGBoost's own scikit-learn wrapper of the same version run on the same native library (fixtures of
 * runtime/reference/make_xgboost_reference.py): predictions and probabilities to the bit, for the defaults, shallow
 * and regularized trees, row and column sampling with a seed, few bins, loss-guided growth, missing values, binary
 * and multiclass labels, {@code fit(X, y, sample_weight=w)} (the weights on the training DMatrix, some zero), and on
 * bike_sharing's real rows (skipped when the shared data are absent).
 */
class XgboostParityTest {

    @Test
    void predictionsMatchThePythonPackage() {
        EstimatorKernels kernels = EstimatorKernels.standard();
        int cases = 0;
        try (MemoryContext memory = MemoryContext.open()) {
            for (Map<String, String> r : Reference.rows("boosting_xgboost.csv")) {
                String what = r.get("case") + " " + r.get("setting");
                int p = Integer.parseInt(r.get("p"));
                FeatureMatrix x = LightGbmParityTest.matrix(r.get("x"), p);
                FeatureMatrix test = LightGbmParityTest.matrix(r.get("x_test"), p);
                String params = r.get("params").isEmpty() ? "n_jobs=1" : r.get("params") + ";n_jobs=1";
                double[] w = r.get("weights").isEmpty() ? null : Reference.numbers(r.get("weights"));
                if (r.get("case").startsWith("regression")) {
                    EstimatorSpec spec = BoostingSpecs.spec("xgboost.XGBRegressor", params);
                    EstimatorKernels.Learner learner = kernels.learner(spec, Origin.NONE);
                    double[] y = Reference.numbers(r.get("y"));
                    Object fitted = w == null ? learner.fit(x, y, spec) : learner.fitWeighted(x, y, w, spec);
                    exactly(Reference.numbers(r.get("predict")), learner.predict(fitted, test), what);
                } else {
                    EstimatorSpec spec = BoostingSpecs.spec("xgboost.XGBClassifier", params);
                    var classifier = (EstimatorKernels.Classifier) kernels.learner(spec, Origin.NONE);
                    Column labels = r.get("case").contains("str") ? StringColumn.of(memory, "y", r.get("y").split(" "))
                            : Int64Column.of(memory, "y", java.util.Arrays.stream(r.get("y").split(" "))
                                    .mapToLong(Long::parseLong).toArray());
                    ClassLabels original = ClassLabels.of(labels);
                    Column y = codes(memory, original, labels);
                    ClassLabels classes = ClassLabels.of(y);
                    FittedClassifier fitted = w == null ? classifier.fit(x, classes, classes.encode(y), spec)
                            : classifier.fitWeighted(x, classes, classes.encode(y), w, spec);
                    double[][] proba = fitted.probabilities(test);
                    double[] rowMajor = LightGbmParityTest.rowMajor(proba, test.rows());
                    exactly(Reference.numbers(r.get("proba")), rowMajor, what + " proba");
                    List<String> names = new ArrayList<>();
                    for (int code : fitted.predict(test)) {
                        names.add(original.displayName(code));
                    }
                    assertEquals(r.get("predict"), String.join(" ", names), what + " predict");
                }
                cases++;
            }
        }
        assertEquals(30, cases);
    }

    /**
     * The fixture's labels as the generator fits them: XGBClassifier takes only the classes 0..k-1, so it passes each
     * label's position among the sorted classes, and decodes the predicted positions through the same classes.
     */
    private static Column codes(MemoryContext memory, ClassLabels original, Column labels) {
        int[] positions = original.encode(labels);
        long[] out = new long[positions.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = positions[i];
        }
        return Int64Column.of(memory, "y", out);
    }

    /**
     * {@code enable_categorical=True} on frames with columns of pandas' category dtype
     * (boosting_xgboost_categorical.csv): the test frame's categories are its own list (another order, fewer levels),
     * re-read against the training categories; one-hot and partition splits ({@code max_cat_to_onehot}).
     */
    @Test
    void categoryColumnsMatchThePythonPackage() throws java.io.IOException {
        EstimatorKernels kernels = EstimatorKernels.standard();
        int cases = 0;
        try (MemoryContext memory = MemoryContext.open()) {
            for (Map<String, String> r : Reference.rows("boosting_xgboost_categorical.csv")) {
                String what = "categorical " + r.get("case") + " " + r.get("setting");
                FeatureMatrix x = LightGbmParityTest.withLevels(r.get("x"), r.get("levels"));
                FeatureMatrix test = LightGbmParityTest.withLevels(r.get("x_test"), r.get("test_levels"));
                String params = (r.get("params").isEmpty() ? "" : r.get("params") + ";")
                        + "n_jobs=1;enable_categorical=True";
                if (r.get("case").equals("regression")) {
                    EstimatorSpec spec = BoostingSpecs.spec("xgboost.XGBRegressor", params);
                    EstimatorKernels.Learner learner = kernels.learner(spec, Origin.NONE);
                    assertTrue(learner.acceptsCategoryColumns(spec));
                    Object fitted = learner.fit(x, Reference.numbers(r.get("y")), spec);
                    exactly(Reference.numbers(r.get("predict")), learner.predict(fitted, test), what);
                    var back = io.stratum.runtime.kernels.boosting.FittedXgboost.readFrom(
                            BoostingSpecs.roundTrip((io.stratum.runtime.kernels.boosting.FittedXgboost) fitted));
                    assertEquals(fitted, back);
                    exactly(Reference.numbers(r.get("predict")), learner.predict(back, test), what + " read back");
                } else {
                    EstimatorSpec spec = BoostingSpecs.spec("xgboost.XGBClassifier", params);
                    var classifier = (EstimatorKernels.Classifier) kernels.learner(spec, Origin.NONE);
                    Column labels = StringColumn.of(memory, "y", r.get("y").split(" "));
                    ClassLabels original = ClassLabels.of(labels);
                    Column y = codes(memory, original, labels);
                    ClassLabels classes = ClassLabels.of(y);
                    FittedClassifier fitted = classifier.fit(x, classes, classes.encode(y), spec);
                    double[][] proba = fitted.probabilities(test);
                    double[] rowMajor = LightGbmParityTest.rowMajor(proba, test.rows());
                    exactly(Reference.numbers(r.get("proba")), rowMajor, what + " proba");
                    List<String> names = new ArrayList<>();
                    for (int code : fitted.predict(test)) {
                        names.add(original.displayName(code));
                    }
                    assertEquals(r.get("predict"), String.join(" ", names), what + " predict");
                }
                cases++;
            }
        }
        assertEquals(9, cases);
    }

    /** As XGBoost 3.4 does ("Found a category not in the training set"), an unseen category is refused, named. */
    @Test
    void anUnseenCategoryIsRefusedAndCategoriesNeedEnableCategorical() {
        Map<String, String> r = Reference.rows("boosting_xgboost_categorical.csv").get(0);
        FeatureMatrix x = LightGbmParityTest.withLevels(r.get("x"), r.get("levels"));
        EstimatorSpec spec = BoostingSpecs.spec("xgboost.XGBRegressor", "n_estimators=5;n_jobs=1;enable_categorical=True");
        EstimatorKernels.Learner learner = EstimatorKernels.standard().learner(spec, Origin.NONE);
        Object fitted = learner.fit(x, Reference.numbers(r.get("y")), spec);
        String[] levels = r.get("test_levels").split(";", -1);
        levels[1] = "orange|" + levels[1];
        FeatureMatrix unseen = LightGbmParityTest.withLevels(r.get("x_test"), String.join(";", levels));
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.stratum.runtime.data.DataException.class,
                () -> learner.predict(fitted, unseen));
        assertTrue(e.getMessage().contains("'orange'") && e.getMessage().contains("'x1'"), e.getMessage());
        EstimatorSpec plain = BoostingSpecs.spec("xgboost.XGBRegressor", "n_estimators=5;n_jobs=1");
        org.junit.jupiter.api.Assertions.assertFalse(learner.acceptsCategoryColumns(plain));
        var refused = org.junit.jupiter.api.Assertions.assertThrows(io.stratum.runtime.data.DataException.class,
                () -> learner.fit(x, Reference.numbers(r.get("y")), plain));
        assertTrue(refused.getMessage().contains("enable_categorical=True"), refused.getMessage());
    }

    @Test
    void bikeSharingPredictionsMatchThePythonPackage() {
        List<Map<String, String>> rows = Reference.rows("boosting_xgboost_bikes.csv");
        java.nio.file.Path csv = Reference.sharedData("bike_sharing.csv");
        EstimatorKernels kernels = EstimatorKernels.standard();
        try (MemoryContext memory = MemoryContext.open()) {
            Table t = CsvReader.read(memory, csv);
            for (Map<String, String> r : rows) {
                List<String> features = List.of(r.get("features").split(","));
                int from = Integer.parseInt(r.get("train_from"));
                int to = Integer.parseInt(r.get("train_to"));
                int testFrom = Integer.parseInt(r.get("test_from"));
                int testTo = Integer.parseInt(r.get("test_to"));
                double[] target = t.column(r.get("target")).toDoubleArray();
                EstimatorSpec spec = BoostingSpecs.spec("xgboost.XGBRegressor", r.get("params") + ";n_jobs=1");
                EstimatorKernels.Learner learner = kernels.learner(spec, Origin.NONE);
                Object fitted = learner.fit(rows(t, features, from, to), java.util.Arrays.copyOfRange(target, from, to),
                        spec);
                exactly(Reference.numbers(r.get("predict")), learner.predict(fitted, rows(t, features, testFrom,
                        testTo)), "bike_sharing " + r.get("setting"));
            }
        }
    }

    /** Rows {@code [from, to)} of the named numeric columns. */
    private static FeatureMatrix rows(Table t, List<String> columns, int from, int to) {
        int n = to - from;
        double[] columnMajor = new double[n * columns.size()];
        for (int j = 0; j < columns.size(); j++) {
            System.arraycopy(t.column(columns.get(j)).toDoubleArray(), from, columnMajor, j * n, n);
        }
        return FeatureMatrix.ofColumnMajor(n, columns, columnMajor);
    }

    private static void exactly(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what + ": length");
        for (int i = 0; i < expected.length; i++) {
            final int row = i;
            assertTrue(expected[i] == actual[i] || Double.isNaN(expected[i]) && Double.isNaN(actual[i]),
                    () -> what + "[" + row + "]: expected " + expected[row] + " (xgboost) but was " + actual[row]);
        }
    }
}
