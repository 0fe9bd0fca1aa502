package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.DataException;
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
 * KNeighborsClassifier and KNeighborsRegressor through the catalog and the executor's kernel registry against
 * scikit-learn 1.9 (fixtures of runtime/reference/make_neighbors_reference.py): by brute force (to 1e-9: scikit-learn
 * sums the expanded distances in matrix blocks) and with the default algorithm (scikit-learn's k-d tree for few
 * features: to the last bit), on small data with many equal distances and on Seattle's weather, whose rounded
 * measurements make equally distant rows common; labels exactly, including test rows equal to training rows.
 */
class KNeighborsClassifierTest {

    @Test
    void probabilitiesAndLabelsMatchScikitLearn() {
        EstimatorKernels kernels = EstimatorKernels.standard();
        int cases = 0;
        try (MemoryContext memory = MemoryContext.open()) {
            for (Map<String, String> r : Reference.rows("neighbors_classifier.csv")) {
                String what = r.get("case") + " k=" + r.get("k") + " " + r.get("weights");
                int p = Integer.parseInt(r.get("p"));
                FeatureMatrix x = LightGbmParityTest.matrix(r.get("x"), p);
                FeatureMatrix test = LightGbmParityTest.matrix(r.get("x_test"), p);
                EstimatorSpec spec = BoostingSpecs.spec("sklearn.neighbors.KNeighborsClassifier",
                        "n_neighbors=" + r.get("k") + ";weights='" + r.get("weights") + "';algorithm='"
                                + r.get("algorithm") + "';leaf_size=" + r.get("leaf_size"));
                what += " " + r.get("algorithm") + " leaf_size=" + r.get("leaf_size");
                var classifier = (EstimatorKernels.Classifier) kernels.learner(spec, Origin.NONE);
                Column y = r.get("case").equals("binary") ? StringColumn.of(memory, "y", r.get("y").split(" "))
                        : Int64Column.of(memory, "y", java.util.Arrays.stream(r.get("y").split(" "))
                                .mapToLong(Long::parseLong).toArray());
                ClassLabels classes = ClassLabels.of(y);
                FittedClassifier fitted = classifier.fit(x, classes, classes.encode(y), spec);
                // scikit-learn's brute force sums the expanded distances in blocks (GEMM): to 1e-9; its k-d tree: exactly
                assertProbabilities(Reference.numbers(r.get("proba")), fitted.probabilities(test), test.rows(),
                        !r.get("method").equals("brute"), what);
                List<String> names = new ArrayList<>();
                for (int code : fitted.predict(test)) {
                    names.add(classes.displayName(code));
                }
                assertEquals(r.get("predict"), String.join(" ", names), what + " predict");
                assertThrows(DataException.class, () -> fitted.decisions(test));
                cases++;
            }
        }
        assertEquals(48, cases);
    }

    @Test
    void seattleWeatherNeighboursAreScikitLearnsWithItsDefaultAlgorithm() throws java.io.IOException {
        List<String> lines = java.nio.file.Files.readAllLines(TestPlans.seattleWeather());
        int n = lines.size() - 1;
        double[][] features = new double[n][];
        String[] weather = new String[n];
        for (int i = 0; i < n; i++) {
            String[] cells = lines.get(i + 1).split(",");
            features[i] = new double[] {Double.parseDouble(cells[1]), Double.parseDouble(cells[2]),
                    Double.parseDouble(cells[3]), Double.parseDouble(cells[4])};
            weather[i] = cells[5];
        }
        int[] testRows = new int[160];
        for (int i = 0; i < 160; i++) {
            testRows[i] = i < 150 ? 1000 + i : i - 150;
        }
        EstimatorKernels kernels = EstimatorKernels.standard();
        try (MemoryContext memory = MemoryContext.open()) {
            FeatureMatrix x = matrix(features, 0, 1000, new int[] {0, 1, 2, 3}, null);
            FeatureMatrix test = matrix(features, 0, 0, new int[] {0, 1, 2, 3}, testRows);
            FeatureMatrix xr = matrix(features, 0, 1000, new int[] {0, 2, 3}, null);
            FeatureMatrix testr = matrix(features, 0, 0, new int[] {0, 2, 3}, testRows);
            Column y = StringColumn.of(memory, "weather", java.util.Arrays.copyOf(weather, 1000));
            double[] temperatures = new double[1000];
            for (int i = 0; i < 1000; i++) {
                temperatures[i] = features[i][1];
            }
            int cases = 0;
            for (Map<String, String> r : Reference.rows("neighbors_seattle.csv")) {
                String what = "seattle k=" + r.get("k") + " " + r.get("weights");
                assertEquals("kd_tree", r.get("method"), what);
                String params = "n_neighbors=" + r.get("k") + ";weights='" + r.get("weights") + "'";
                EstimatorSpec spec = BoostingSpecs.spec("sklearn.neighbors.KNeighborsClassifier", params);
                var classifier = (EstimatorKernels.Classifier) kernels.learner(spec, Origin.NONE);
                ClassLabels classes = ClassLabels.of(y);
                FittedClassifier fitted = classifier.fit(x, classes, classes.encode(y), spec);
                assertProbabilities(Reference.numbers(r.get("proba")), fitted.probabilities(test), test.rows(), true, what);
                List<String> names = new ArrayList<>();
                for (int code : fitted.predict(test)) {
                    names.add(classes.displayName(code));
                }
                assertEquals(r.get("predict"), String.join(" ", names), what + " predict");

                EstimatorSpec regressorSpec = BoostingSpecs.spec("sklearn.neighbors.KNeighborsRegressor", params);
                var regressor = (EstimatorKernels.Learner) kernels.learner(regressorSpec, Origin.NONE);
                double[] predicted = regressor.predict(regressor.fit(xr, temperatures, regressorSpec), testr);
                double[] expectedRegression = Reference.numbers(r.get("regression"));
                for (int i = 0; i < predicted.length; i++) {
                    assertBits(expectedRegression[i], predicted[i], what + " regression[" + i + "]");
                }
                cases++;
            }
            assertEquals(8, cases);
        }
    }

    /** Rows [from, to) of the chosen columns, or the rows {@code picked}, as a feature matrix. */
    private static FeatureMatrix matrix(double[][] rows, int from, int to, int[] columns, int[] picked) {
        int n = picked == null ? to - from : picked.length;
        double[] columnMajor = new double[n * columns.length];
        List<String> names = new ArrayList<>();
        for (int j = 0; j < columns.length; j++) {
            names.add("x" + columns[j]);
            for (int i = 0; i < n; i++) {
                columnMajor[j * n + i] = rows[picked == null ? from + i : picked[i]][columns[j]];
            }
        }
        return FeatureMatrix.ofColumnMajor(n, names, columnMajor);
    }

    /** {@code proba[class][row]} against scikit-learn's row-major {@code expected}: to its last bit, or to 1e-9. */
    private static void assertProbabilities(double[] expected, double[][] proba, int rows, boolean exact, String what) {
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < proba.length; k++) {
                String at = what + " proba[" + i + "][" + k + "]";
                if (exact) {
                    assertBits(expected[i * proba.length + k], proba[k][i], at);
                } else {
                    Reference.assertClose(expected[i * proba.length + k], proba[k][i], 1.0, at);
                }
            }
        }
    }

    /** scikit-learn's number to its last bit. */
    private static void assertBits(double expected, double actual, String what) {
        assertEquals(expected, actual, 0.0, what);
    }
}
