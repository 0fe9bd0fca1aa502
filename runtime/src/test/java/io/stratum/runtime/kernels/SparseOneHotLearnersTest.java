package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.Column;
import io.stratum.runtime.data.CsrMatrix;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.SharedFeatureMatrix;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.classify.ClassLabels;
import io.stratum.runtime.kernels.classify.ClassWeights;
import io.stratum.runtime.kernels.classify.FittedLogisticRegression;
import io.stratum.runtime.kernels.classify.LogisticRegressionKernel;
import io.stratum.runtime.kernels.classify.LogisticRegressionParams;
import io.stratum.runtime.kernels.encode.FittedOneHot;
import io.stratum.runtime.kernels.encode.OneHotEncoderKernel;
import io.stratum.runtime.kernels.encode.OneHotParams;
import io.stratum.runtime.kernels.linear.FittedLinearModel;
import io.stratum.runtime.kernels.linear.GramSource;
import io.stratum.runtime.kernels.linear.GramStatistics;
import io.stratum.runtime.kernels.linear.RidgeKernel;
import io.stratum.runtime.kernels.linear.RidgeParams;
import io.stratum.runtime.reference.Reference;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One-hot indicators as a CSR block of the learners' feature matrix (scikit-learn's {@code sparse_output=True}):
 * the encoder's CSR against scikit-learn's, and Ridge and LogisticRegression fitted on it against the dense layout
 * (bit for bit: the sparse loops skip only products with zero) and against scikit-learn
 * ({@code runtime/reference/make_sparse_onehot_reference.py}).
 */
class SparseOneHotLearnersTest {
    /** LogisticRegression against scikit-learn solved to convergence (tol=1e-12): both at the optimum. */
    private static final double CONVERGED_TOLERANCE = 1e-6;

    private record Layouts(SharedFeatureMatrix dense, SharedFeatureMatrix sparse) {
    }

    private static Table input(MemoryContext memory, String name) {
        return CsvReader.read(memory, Reference.input(name));
    }

    private static FittedOneHot encoder(Table train) {
        return OneHotEncoderKernel.fit(train.select(List.of("shop", "kind")),
                new OneHotParams(OneHotParams.HandleUnknown.IGNORE, OneHotParams.Drop.parse(null)));
    }

    /** x, then the indicators: densely (the encoder's frame beside x), and as x beside the encoder's CSR block. */
    private static Layouts layouts(MemoryContext memory, FittedOneHot fitted, Table frame) {
        Table encoded = frame.select(List.of("shop", "kind"));
        Table kept = frame.select(List.of("x"));
        SharedFeatureMatrix dense = SharedFeatureMatrix.of(kept.concatColumns(fitted.transform(memory, encoded)));
        SharedFeatureMatrix sparse = SharedFeatureMatrix.of(kept, fitted.featureNames(), fitted.transformToCsr(encoded));
        return new Layouts(dense, sparse);
    }

    private static Map<String, List<Map<String, String>>> cases() {
        Map<String, List<Map<String, String>>> out = new HashMap<>();
        for (Map<String, String> r : Reference.rows("sparse_onehot_linear.csv")) {
            out.computeIfAbsent(r.get("case"), k -> new java.util.ArrayList<>()).add(r);
        }
        return out;
    }

    @Test
    void encoderWritesScikitLearnsCsrWithTheDenseValues() {
        try (MemoryContext memory = MemoryContext.open()) {
            Table train = input(memory, "sparse_onehot_train.csv");
            Table test = input(memory, "sparse_onehot_test.csv");
            FittedOneHot fitted = encoder(train);
            Map<String, List<Map<String, String>>> cases = cases();
            List<String> names = Reference.words(cases.get("names").get(0).get("values"));
            assertEquals(names.subList(1, names.size()), fitted.featureNames());
            CsrMatrix csr = fitted.transformToCsr(test.select(List.of("shop", "kind")));
            for (Map<String, String> r : cases.get("csr")) {
                int row = Integer.parseInt(r.get("row"));
                int[] expected = Reference.ints(r.get("values"));
                int[] actual = java.util.Arrays.copyOfRange(csr.indices(), csr.indptr()[row], csr.indptr()[row + 1]);
                assertArrayEquals(expected, actual, "row " + row);
            }
            // The unseen shops of rows 0 and 1 set no shop indicator: one entry (kind) instead of two.
            assertEquals(1, csr.indptr()[1] - csr.indptr()[0]);
            Layouts l = layouts(memory, fitted, test);
            FeatureMatrix d = l.dense().forLearner(false);
            FeatureMatrix s = l.sparse().forLearner(false);
            assertEquals(d.featureNames(), s.featureNames());
            assertEquals(1, s.denseColumns());
            assertArrayEquals(d.toColumnMajorArray(), s.toColumnMajorArray());
            for (int j = 0; j < d.cols(); j++) {
                assertArrayEquals(d.column(j), s.column(j), "column " + j);
                assertEquals(d.get(3, j), s.get(3, j));
            }
            int[] rows = {5, 0, 5, 17};
            assertArrayEquals(d.takeRows(rows).toColumnMajorArray(), s.takeRows(rows).toColumnMajorArray());
            assertNull(s.sparseColumn(0));
            assertTrue(l.sparse().bytes() < l.dense().bytes() / 5, l.sparse().bytes() + " vs " + l.dense().bytes());
        }
    }

    @Test
    void ridgeOnTheCsrBlockEqualsTheDenseFitAndScikitLearn() {
        try (MemoryContext memory = MemoryContext.open()) {
            Table train = input(memory, "sparse_onehot_train.csv");
            Table test = input(memory, "sparse_onehot_test.csv");
            FittedOneHot fitted = encoder(train);
            Layouts trainX = layouts(memory, fitted, train);
            Layouts testX = layouts(memory, fitted, test);
            double[] y = train.column("y").toDoubleArray();
            GramStatistics dense = GramStatistics.of(trainX.dense().forLearner(false), y, true, "Ridge");
            GramStatistics sparse = GramStatistics.of(trainX.sparse().forLearner(false), y, true, "Ridge");
            assertArrayEquals(dense.gram(), sparse.gram());
            assertArrayEquals(dense.xty(), sparse.xty());
            assertArrayEquals(dense.xMean(), sparse.xMean());
            assertEquals(dense.sparseColumns(), sparse.sparseColumns());
            int checked = 0;
            for (Map<String, String> r : cases().get("ridge_dense")) {
                RidgeParams params = new RidgeParams(Double.parseDouble(r.get("alpha")), true);
                double[] expected = Reference.numbers(r.get("values"));
                for (RidgeKernel.GramSolver solver : RidgeKernel.GramSolver.values()) {
                    FittedLinearModel d = RidgeKernel.fit(source(dense), params, solver);
                    FittedLinearModel s = RidgeKernel.fit(source(sparse), params, solver);
                    double[] onSparse = s.predict(testX.sparse().forLearner(false));
                    assertArrayEquals(d.predict(testX.dense().forLearner(false)), onSparse, solver + " " + params);
                    // scikit-learn's Cholesky on the dense features (its "auto" for dense input).
                    Reference.assertAllClose(expected, onSparse, "ridge " + solver + " " + params);
                    checked++;
                }
            }
            assertEquals(9, checked);
        }
    }

    @Test
    void logisticRegressionOnTheCsrBlockEqualsTheDenseFitAndScikitLearn() {
        try (MemoryContext memory = MemoryContext.open()) {
            Table train = input(memory, "sparse_onehot_train.csv");
            Table test = input(memory, "sparse_onehot_test.csv");
            FittedOneHot fitted = encoder(train);
            Layouts trainX = layouts(memory, fitted, train);
            Layouts testX = layouts(memory, fitted, test);
            Column label = train.column("label");
            ClassLabels classes = ClassLabels.of(label);
            // As the fixture: LogisticRegression(max_iter=10000, tol=1e-12), both solved to the optimum.
            LogisticRegressionParams params = new LogisticRegressionParams(1.0, true, 10000, 1e-12,
                    new ClassWeights.Uniform());
            FittedLogisticRegression d = LogisticRegressionKernel.fit(trainX.dense().forLearner(false), classes,
                    classes.encode(label), params);
            FittedLogisticRegression s = LogisticRegressionKernel.fit(trainX.sparse().forLearner(false), classes,
                    classes.encode(label), params);
            double[][] dense = d.probabilities(testX.dense().forLearner(false));
            double[][] sparse = s.probabilities(testX.sparse().forLearner(false));
            assertEquals(d.iterations(), s.iterations());
            for (int c = 0; c < dense.length; c++) {
                assertArrayEquals(dense[c], sparse[c], "class " + c);
            }
            for (String kind : List.of("logistic_dense", "logistic_sparse")) {
                for (Map<String, String> r : cases().get(kind)) {
                    int row = Integer.parseInt(r.get("row"));
                    double[] expected = Reference.numbers(r.get("values"));
                    for (int c = 0; c < expected.length; c++) {
                        double actual = sparse[c][row];
                        assertTrue(Math.abs(expected[c] - actual) <= CONVERGED_TOLERANCE,
                                kind + " row " + row + " class " + c + ": " + expected[c] + " vs " + actual);
                    }
                }
            }
        }
    }

    static GramSource source(GramStatistics statistics) {
        return GramSource.of(statistics);
    }
}
