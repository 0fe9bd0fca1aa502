package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.baseline.DummyRegressorKernel;
import io.stratum.runtime.kernels.linear.CoordinateDescentFit;
import io.stratum.runtime.kernels.linear.CoordinateDescentKernel;
import io.stratum.runtime.kernels.linear.ElasticNetParams;
import io.stratum.runtime.kernels.neighbors.FittedKNeighbors;
import io.stratum.runtime.kernels.neighbors.KNeighborsRegressorKernel;
import io.stratum.runtime.reference.Reference;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * DummyRegressor, Lasso, ElasticNet and KNeighborsRegressor against scikit-learn. The exact algorithms (dummy,
 * neighbours) are held to 1e-9 relative; coordinate descent is held to {@link #CD_RTOL} on coefficients and
 * predictions and to scikit-learn's exact {@code n_iter_}, since it runs the same sweeps in the same order and only
 * the summation order of the dot products (BLAS versus a plain loop) differs; with {@code sample_weight} (rescaled to
 * sum to n, weighted centering, rows scaled by {@code sqrt(w)}) the same tolerance and the same {@code n_iter_} hold.
 */
class RegressionLearnersTest {
    /** Tolerance for coordinate descent, relative to the largest entry of each compared vector. */
    static final double CD_RTOL = 1e-9;

    private static final Pattern PARAM = Pattern.compile("(\\w+)=([^,)]+)");

    private static Map<String, String> params(String model) {
        Map<String, String> out = new java.util.HashMap<>();
        Matcher m = PARAM.matcher(model);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    @Test
    void learnersMatchScikitLearn() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv"));
            Table test = CsvReader.read(ctx, Reference.input("small_test.csv"));
            double[] y = train.column("y").toDoubleArray();
            int dummy = 0;
            int cd = 0;
            int knn = 0;
            for (Map<String, String> r : Reference.rows("regression_learners.csv")) {
                String model = r.get("model");
                List<String> features = Reference.words(r.get("features"));
                FeatureMatrix xtr = FeatureMatrix.fromTable(train.select(features));
                FeatureMatrix xte = FeatureMatrix.fromTable(test.select(features));
                Map<String, String> p = params(model);
                double[] expected = Reference.numbers(r.get("test_predictions"));
                if (model.startsWith("DummyRegressor")) {
                    DummyRegressorKernel.Strategy s = DummyRegressorKernel.Strategy.valueOf(p.get("strategy").toUpperCase());
                    Reference.assertAllClose(expected, DummyRegressorKernel.fit(y, s, 2.5).predict(xte), model);
                    dummy++;
                } else if (model.startsWith("Lasso") || model.startsWith("ElasticNet")) {
                    double alpha = Double.parseDouble(p.get("alpha"));
                    double l1 = model.startsWith("Lasso") ? 1.0 : Double.parseDouble(p.get("l1_ratio"));
                    boolean fi = !"False".equals(p.get("fit_intercept"));
                    int maxIter = p.containsKey("max_iter") ? Integer.parseInt(p.get("max_iter")) : 1000;
                    double tol = p.containsKey("tol") ? Double.parseDouble(p.get("tol")) : 1e-4;
                    double[] weights = r.get("weights").isEmpty() ? null : Reference.numbers(r.get("weights"));
                    CoordinateDescentFit fit = CoordinateDescentKernel.fit(xtr, y,
                            new ElasticNetParams(alpha, l1, fi, maxIter, tol), "Lasso", weights);
                    assertEquals(Integer.parseInt(r.get("n_iter")), fit.nIter(), model + " n_iter_");
                    assertClose(Reference.numbers(r.get("coef")), fit.model().coef(), model + " coef_");
                    assertClose(new double[] {Reference.number(r.get("intercept"))},
                            new double[] {fit.model().intercept()}, model + " intercept_");
                    assertClose(expected, fit.predict(xte), model + " predictions");
                    double gap = Reference.number(r.get("dual_gap"));
                    // The final gap is a difference of nearly equal sums; compare it on the scale of y'y / n.
                    double scale = 0.0;
                    for (double v : y) {
                        scale += v * v;
                    }
                    assertTrue(Math.abs(gap - fit.dualGap()) <= 1e-9 * scale / y.length,
                            model + " dual_gap_: expected " + gap + " but was " + fit.dualGap());
                    cd++;
                } else {
                    int k = Integer.parseInt(p.get("n_neighbors"));
                    boolean distance = "distance".equals(p.get("weights")) || model.contains("weights=distance");
                    FittedKNeighbors fit = KNeighborsRegressorKernel.fit(xtr, y, k, distance);
                    Reference.assertAllClose(expected, fit.predict(xte), model);
                    knn++;
                }
            }
            assertEquals(3, dummy);
            assertEquals(27, cd);
            // scikit-learn's sqrt of a negative weight leaves Lasso with zero coefficients: refused, not fitted
            double[] negative = new double[y.length];
            java.util.Arrays.fill(negative, 1.0);
            negative[1] = -0.5;
            FeatureMatrix xtr = FeatureMatrix.fromTable(train.select(List.of("x1", "x2")));
            DataException refused = assertThrows(DataException.class,
                    () -> CoordinateDescentKernel.fit(xtr, y, new ElasticNetParams(0.1, 1.0, true, 1000, 1e-4),
                            "Lasso", negative));
            assertTrue(refused.getMessage().contains("training row 1 is -0.5"), refused.getMessage());
            assertTrue(refused.getMessage().contains("weight >= 0"), refused.getMessage());
            assertEquals(14, knn);
        }
    }

    private static void assertClose(double[] expected, double[] actual, String what) {
        assertEquals(expected.length, actual.length, what);
        double scale = 0.0;
        for (double e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            double tol = CD_RTOL * Math.max(scale, 1e-300);
            int at = i;
            assertTrue(Math.abs(expected[i] - actual[i]) <= tol,
                    () -> what + "[" + at + "]: expected " + expected[at] + " but was " + actual[at]);
        }
    }

    @Test
    void distanceWeightsUseOnlyCoincidingRows() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv"));
            FeatureMatrix x = FeatureMatrix.fromTable(train.select(List.of("size")));
            FittedKNeighbors fit = KNeighborsRegressorKernel.fit(x, train.column("y").toDoubleArray(), 3, true);
            List<Map<String, String>> rows = Reference.rows("regression_knn_exact.csv");
            double[] queries = new double[rows.size()];
            double[] expected = new double[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                queries[i] = Reference.number(rows.get(i).get("query"));
                expected[i] = Reference.number(rows.get(i).get("prediction"));
            }
            double[] got = fit.predict(FeatureMatrix.ofColumnMajor(queries.length, List.of("size"), queries));
            Reference.assertAllClose(expected, got, "exact matches");
        }
    }

    @Test
    void badSettingsAreRefused() {
        FeatureMatrix x = FeatureMatrix.ofColumnMajor(3, List.of("a"), new double[] {1, 2, 3});
        double[] y = {1, 2, 3};
        DataException e = assertThrows(DataException.class, () -> KNeighborsRegressorKernel.fit(x, y, 4, false));
        assertTrue(e.getMessage().contains("n_neighbors = 4"), e.getMessage());
        assertThrows(DataException.class, () -> DummyRegressorKernel.fit(y, DummyRegressorKernel.Strategy.CONSTANT, null));
        assertThrows(DataException.class, () -> new ElasticNetParams(1.0, 1.5, true, 10, 1e-4));
    }
}
