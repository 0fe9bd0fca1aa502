package io.stratum.runtime.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.data.MemoryContext;
import io.stratum.runtime.data.Table;
import io.stratum.runtime.io.CsvReader;
import io.stratum.runtime.kernels.encode.FittedOneHot;
import io.stratum.runtime.kernels.encode.OneHotEncoderKernel;
import io.stratum.runtime.kernels.encode.OneHotParams;
import io.stratum.runtime.kernels.linear.FittedLinearModel;
import io.stratum.runtime.kernels.linear.GramSpectrum;
import io.stratum.runtime.kernels.linear.GramStatistics;
import io.stratum.runtime.kernels.linear.LinearRegressionKernel;
import io.stratum.runtime.kernels.linear.RidgeKernel;
import io.stratum.runtime.kernels.linear.RidgeParams;
import io.stratum.runtime.kernels.metrics.RegressionScores;
import io.stratum.runtime.kernels.scale.FittedStandardScaler;
import io.stratum.runtime.kernels.scale.ScalerParams;
import io.stratum.runtime.kernels.scale.StandardScalerKernel;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.KFoldKernel;
import io.stratum.runtime.reference.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shared statistics of a linear fit (means, centered Gram, Xc^T yc) and the solutions drawn from them: the
 * dense Gram is the direct Ridge kernel's bit for bit, the sparse-aware Gram equals the dense one to rounding, the
 * eigendecomposition answers every alpha as the direct kernel does, and all of it matches scikit-learn's fixtures.
 */
class GramStatisticsTest {
    private static final Pattern RIDGE = Pattern.compile("ridge\\(alpha=([0-9.]+)(?:,fit_intercept=(True|False))?\\).*");
    private static final Pattern LINEAR = Pattern.compile("linear\\((?:fit_intercept=(True|False))?\\).*");
    private static final double[] GRID = {0.01, 0.1, 1.0, 10.0, 100.0};
    /** Agreement asked of two solutions of the same system that round differently. */
    private static final double TIGHT = 1e-10;

    /** The model a fixture row names, fitted from shared statistics (the direct SVD fit when they cannot answer). */
    private static FittedLinearModel sharedFit(String model, FeatureMatrix x, double[] y) {
        Matcher m = RIDGE.matcher(model);
        if (m.matches()) {
            boolean fi = m.group(2) == null || m.group(2).equals("True");
            double alpha = Double.parseDouble(m.group(1));
            if (x.cols() > x.rows()) {
                return RidgeKernel.fit(x, y, new RidgeParams(alpha, fi));
            }
            return GramSpectrum.of(GramStatistics.of(x, y, fi, "Ridge")).ridge(alpha);
        }
        m = LINEAR.matcher(model);
        if (m.matches()) {
            boolean fi = m.group(1) == null || m.group(1).equals("True");
            FittedLinearModel shared = x.cols() > x.rows() ? null
                    : GramSpectrum.of(GramStatistics.of(x, y, fi, "LinearRegression")).leastSquares(LinearRegressionKernel.DEFAULT_TOL);
            return shared != null ? shared : LinearRegressionKernel.fit(x, y, fi);
        }
        throw new IllegalArgumentException("unknown model in fixture: " + model);
    }

    @Test
    void smallFixturesMatchScikitLearn() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv"));
            Table test = CsvReader.read(ctx, Reference.input("small_test.csv"));
            for (Map<String, String> r : Reference.rows("linear_small.csv")) {
                String model = r.get("model");
                if (!r.get("weights").isEmpty()) {
                    continue; // weighted fits never read shared statistics (those are of unweighted rows)
                }
                Table tr = r.get("train_rows").isEmpty() ? train : train.take(Reference.ints(r.get("train_rows")));
                List<String> features = Reference.words(r.get("features"));
                FittedLinearModel fitted = sharedFit(model, FeatureMatrix.fromTable(tr.select(features)),
                        tr.column("y").toDoubleArray());
                Reference.assertAllClose(Reference.numbers(r.get("coef")), fitted.coef(), model + " coef");
                Reference.assertClose(Reference.number(r.get("intercept")), fitted.intercept(), model + " intercept");
                Reference.assertAllClose(Reference.numbers(r.get("test_predictions")),
                        fitted.predict(FeatureMatrix.fromTable(test.select(features))), model + " predictions");
            }
        }
    }

    @Test
    void denseGramGivesTheDirectKernelBitForBit() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Table train = CsvReader.read(ctx, Reference.input("small_train.csv"));
            FeatureMatrix x = FeatureMatrix.fromTable(train.select(List.of("x1", "x2", "size")));
            double[] y = train.column("y").toDoubleArray();
            for (boolean fi : new boolean[] {true, false}) {
                GramStatistics dense = GramStatistics.of(x, y, fi, "Ridge", 0.0);
                assertEquals(0, dense.sparseColumns());
                for (double alpha : GRID) {
                    FittedLinearModel direct = RidgeKernel.fit(x, y, new RidgeParams(alpha, fi));
                    FittedLinearModel shared = dense.ridgeByCholesky(alpha);
                    assertArrayEquals(direct.coef(), shared.coef(), "alpha=" + alpha);
                    assertEquals(direct.intercept(), shared.intercept());
                }
            }
        }
    }

    @Test
    void sparseColumnsAreFoundAndGiveTheDenseGram() {
        // Two indicator columns (one per row each) and a dense one, with and without centering.
        int n = 50;
        double[] data = new double[3 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            data[i] = i % 20 == 0 ? 1.0 : 0.0;
            data[n + i] = i % 25 == 3 ? 2.5 : 0.0;
            data[2 * n + i] = Math.sin(i) * 3 + 1;
            y[i] = Math.cos(i) + 0.1 * i;
        }
        FeatureMatrix x = FeatureMatrix.ofColumnMajor(n, List.of("a", "b", "c"), data);
        for (boolean fi : new boolean[] {true, false}) {
            GramStatistics sparse = GramStatistics.of(x, y, fi, "Ridge");
            GramStatistics dense = GramStatistics.of(x, y, fi, "Ridge", 0.0);
            assertEquals(2, sparse.sparseColumns());
            assertGramClose(dense, sparse, "toy fit_intercept=" + fi);
        }
    }

    @Test
    void employeeFixturesMatchScikitLearnThroughSharedStatistics() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Employee e = Employee.load(ctx, List.of("gender", "department", "assignment_category"));
            List<String> failures = new ArrayList<>();
            for (Map<String, String> r : Reference.rows("employee_models.csv")) {
                String split = r.get("split");
                int fold = split.equals("all") ? -1 : split.charAt(4) - '0';
                FeatureMatrix[] xs = e.design(ctx, fold);
                String what = r.get("model") + " " + split + " (shared)";
                FittedLinearModel model = sharedFit(r.get("model"), xs[0], e.y(fold, true));
                double[] pred = model.predict(xs[1]);
                double[] yTest = e.y(fold, false);
                try {
                    Reference.assertAllClose(Reference.numbers(r.get("coef")), model.coef(), what + " coef");
                    Reference.assertClose(Reference.number(r.get("intercept")), model.intercept(), what + " intercept");
                    Reference.assertClose(Reference.number(r.get("r2")), RegressionScores.r2(yTest, pred), what + " r2");
                    Reference.assertClose(Reference.number(r.get("neg_mean_squared_error")),
                            RegressionScores.negMeanSquaredError(yTest, pred), what + " neg_mse");
                    int rank = Integer.parseInt(r.get("rank"));
                    if (rank >= 0) {
                        assertEquals(rank, model.rank(), what + " rank");
                    }
                } catch (AssertionError err) {
                    failures.add(err.getMessage());
                }
            }
            assertEquals(List.of(), failures);
        }
    }

    @Test
    void wideOneHotDesignAgreesWithTheDirectKernel() {
        try (MemoryContext ctx = MemoryContext.open()) {
            // division and employee_position_title: about 1,100 indicator columns, nearly all of them sparse.
            Employee e = Employee.load(ctx, List.of("gender", "department", "assignment_category", "division",
                    "employee_position_title"));
            FeatureMatrix x = e.design(ctx, 0)[0];
            double[] y = e.y(0, true);
            assertTrue(x.cols() > 1000, "columns: " + x.cols());
            GramStatistics sparse = GramStatistics.of(x, y, true, "Ridge");
            GramStatistics dense = GramStatistics.of(x, y, true, "Ridge", 0.0);
            assertTrue(sparse.sparseColumns() > 1000, "sparse columns: " + sparse.sparseColumns());
            assertGramClose(dense, sparse, "wide design");
            GramSpectrum spectrum = GramSpectrum.of(sparse);
            double lambdaMax = 0.0;
            for (double l : spectrum.eigenvalues()) {
                lambdaMax = Math.max(lambdaMax, l);
            }
            for (double alpha : new double[] {0.1, 10.0}) {
                FittedLinearModel direct = RidgeKernel.fit(x, y, new RidgeParams(alpha, true));
                FittedLinearModel shared = spectrum.ridge(alpha);
                assertVectorClose(direct.coef(), shared.coef(), Math.max(TIGHT, 64 * Math.ulp(1.0) * lambdaMax / alpha),
                        "alpha=" + alpha + " coef");
                assertVectorClose(new double[] {direct.intercept()}, new double[] {shared.intercept()}, "intercept");
                assertVectorClose(direct.predict(x), shared.predict(x), "alpha=" + alpha + " predictions");
            }
        }
    }

    @Test
    void eliminatingIndicatorsGivesTheDenseFactorizationsModel() {
        try (MemoryContext ctx = MemoryContext.open()) {
            // The agent batch's wide design: division has 694 categories, all of them sparse and mutually exclusive.
            Employee e = Employee.load(ctx, List.of("gender", "department", "assignment_category", "division"));
            for (int fold : new int[] {0, 3}) {
                FeatureMatrix[] xs = e.design(ctx, fold);
                double[] y = e.y(fold, true);
                double[] yTest = e.y(fold, false);
                for (boolean fi : new boolean[] {true, false}) {
                    GramStatistics s = GramStatistics.of(xs[0], y, fi, "Ridge");
                    assertTrue(s.eliminatesIndicators(), "fold " + fold);
                    assertTrue(s.eliminatedIndicators() > 600, "eliminated: " + s.eliminatedIndicators());
                    for (double alpha : new double[] {0.01, 0.1, 1.0, 30.0, 3000.0}) {
                        String what = "fold " + fold + " fit_intercept=" + fi + " alpha=" + alpha;
                        FittedLinearModel dense = s.ridgeByCholesky(alpha);
                        FittedLinearModel eliminated = s.ridgeByEliminatingIndicators(alpha);
                        assertVectorClose(dense.predict(xs[1]), eliminated.predict(xs[1]), what + " predictions");
                        assertVectorClose(dense.coef(), eliminated.coef(), 1e-9, what + " coef");
                        double r2 = RegressionScores.r2(yTest, dense.predict(xs[1]));
                        double r2e = RegressionScores.r2(yTest, eliminated.predict(xs[1]));
                        assertTrue(Math.abs(r2 - r2e) <= 1e-12 * Math.abs(r2), what + ": r2 " + r2 + " vs " + r2e);
                        // The shared fit takes the elimination path for this design.
                        FittedLinearModel viaKernel = RidgeKernel.fit(source(s), new RidgeParams(alpha, fi));
                        assertArrayEquals(eliminated.coef(), viaKernel.coef(), what);
                        // The solver the lowering names is the one that runs.
                        assertArrayEquals(eliminated.coef(), RidgeKernel.fit(source(s), new RidgeParams(alpha, fi),
                                RidgeKernel.GramSolver.ELIMINATE_INDICATORS).coef(), what);
                        assertArrayEquals(dense.coef(), RidgeKernel.fit(source(s), new RidgeParams(alpha, fi),
                                RidgeKernel.GramSolver.CHOLESKY).coef(), what);
                    }
                }
            }
        }
    }

    @Test
    void narrowOrDenseDesignsKeepTheDenseFactorization() {
        try (MemoryContext ctx = MemoryContext.open()) {
            // department's 37 indicators are too few to eliminate: the kernel's numbers stay bit for bit.
            Employee e = Employee.load(ctx, List.of("gender", "department", "assignment_category"));
            FeatureMatrix x = e.design(ctx, 1)[0];
            double[] y = e.y(1, true);
            GramStatistics s = GramStatistics.of(x, y, true, "Ridge");
            assertTrue(s.sparseColumns() > 0);
            assertTrue(!s.eliminatesIndicators());
            assertArrayEquals(s.ridgeByCholesky(1.0).coef(), RidgeKernel.fit(source(s), new RidgeParams(1.0, true)).coef());
            // Told to eliminate (a plan's choice), it does so even where the fold's own rule would not: same model
            // up to rounding.
            RidgeParams params = new RidgeParams(1.0, true);
            FittedLinearModel forced = RidgeKernel.fit(source(s), params, RidgeKernel.GramSolver.ELIMINATE_INDICATORS);
            assertArrayEquals(s.ridgeByEliminatingIndicators(1.0).coef(), forced.coef());
            assertVectorClose(s.ridgeByCholesky(1.0).coef(), forced.coef(), 1e-9, "forced elimination");
            GramStatistics dense = GramStatistics.of(x, y, true, "Ridge", 0.0);
            assertTrue(!dense.eliminatesIndicators());
            assertNull(dense.ridgeByEliminatingIndicators(1.0));
            // Nothing sparse to eliminate: the plan's choice falls back to the Cholesky, bit for bit.
            assertArrayEquals(dense.ridgeByCholesky(1.0).coef(),
                    RidgeKernel.fit(source(dense), params, RidgeKernel.GramSolver.ELIMINATE_INDICATORS).coef());
        }
    }

    private static io.stratum.runtime.kernels.linear.GramSource source(GramStatistics s) {
        return io.stratum.runtime.kernels.linear.GramSource.of(s);
    }

    @Test
    void spectrumAnswersEveryAlphaAsTheDirectKernel() {
        try (MemoryContext ctx = MemoryContext.open()) {
            Employee e = Employee.load(ctx, List.of("gender", "department", "assignment_category"));
            for (int fold = 0; fold < 5; fold++) {
                FeatureMatrix x = e.design(ctx, fold)[0];
                double[] y = e.y(fold, true);
                GramStatistics stats = GramStatistics.of(x, y, true, "Ridge");
                GramStatistics dense = GramStatistics.of(x, y, true, "Ridge", 0.0);
                assertTrue(stats.sparseColumns() > 0);
                assertGramClose(dense, stats, "fold " + fold);
                GramSpectrum spectrum = GramSpectrum.of(stats);
                double lambdaMax = 0.0;
                for (double l : spectrum.eigenvalues()) {
                    lambdaMax = Math.max(lambdaMax, l);
                }
                for (double alpha : GRID) {
                    FittedLinearModel direct = RidgeKernel.fit(x, y, new RidgeParams(alpha, true));
                    String what = "fold " + fold + " alpha=" + alpha;
                    // The one-hot blocks make the Gram singular (each block sums to the intercept), so coefficients
                    // carry the forward error of any stable solver, ~eps * cond(G + alpha I), along the null
                    // directions; predictions do not see those directions and must agree tightly.
                    double conditioned = Math.max(TIGHT, 64 * Math.ulp(1.0) * lambdaMax / alpha);
                    assertVectorClose(direct.coef(), spectrum.ridge(alpha).coef(), conditioned, what + " coef");
                    assertVectorClose(direct.coef(), stats.ridgeByCholesky(alpha).coef(), conditioned, what + " cholesky coef");
                    assertVectorClose(direct.predict(x), spectrum.ridge(alpha).predict(x), what + " predictions");
                    assertVectorClose(direct.predict(x), stats.ridgeByCholesky(alpha).predict(x), what + " cholesky predictions");
                }
            }
        }
    }

    @Test
    void leastSquaresDeclinesWhenAnEigenvalueIsNearTheCutoff() {
        // Column b = a + 1e-4 * noise: its singular value ratio (~4e-6) sits above tol in X but its eigenvalue ratio
        // (~2e-11) is too small to be accurate through the Gram, so the fit goes back to the SVD of X.
        int n = 40;
        double[] data = new double[2 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            data[i] = i;
            data[n + i] = i + 1e-4 * Math.sin(7 * i);
            y[i] = 2 * i + Math.cos(i);
        }
        FeatureMatrix x = FeatureMatrix.ofColumnMajor(n, List.of("a", "b"), data);
        GramSpectrum spectrum = GramSpectrum.of(GramStatistics.of(x, y, true, "LinearRegression"));
        assertNull(spectrum.leastSquares(LinearRegressionKernel.DEFAULT_TOL));
        assertNotNull(spectrum.ridge(1.0));
        assertThrows(IllegalArgumentException.class, () -> spectrum.ridge(0.0));
    }

    @Test
    void badTargetIsRefusedAsTheDirectKernelRefusesIt() {
        FeatureMatrix x = FeatureMatrix.ofColumnMajor(3, List.of("a"), new double[] {1, 2, 3});
        DataException e = assertThrows(DataException.class,
                () -> GramStatistics.of(x, new double[] {1, Double.NaN, 2}, true, "Ridge"));
        assertTrue(e.getMessage().contains("Ridge: y has a missing or infinite value at row 1"), e.getMessage());
        assertThrows(DataException.class, () -> GramStatistics.of(x, new double[] {1, 2}, true, "Ridge"));
    }

    private static void assertGramClose(GramStatistics expected, GramStatistics actual, String what) {
        assertArrayEquals(expected.xMean(), actual.xMean(), what + " means");
        assertEquals(expected.yMean(), actual.yMean(), what + " y mean");
        assertVectorClose(expected.gram(), actual.gram(), what + " Gram");
        assertVectorClose(expected.xty(), actual.xty(), what + " Xc^T yc");
    }

    /** Entries agree within {@link #TIGHT} of the vector's largest magnitude (rounding differs, not the math). */
    private static void assertVectorClose(double[] expected, double[] actual, String what) {
        assertVectorClose(expected, actual, TIGHT, what);
    }

    private static void assertVectorClose(double[] expected, double[] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what + " length");
        double scale = 0.0;
        for (double v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        double worst = 0.0;
        int at = -1;
        for (int i = 0; i < expected.length; i++) {
            double d = Math.abs(expected[i] - actual[i]);
            if (d > worst) {
                worst = d;
                at = i;
            }
        }
        double rel = worst / Math.max(scale, Double.MIN_NORMAL);
        int where = at;
        assertTrue(rel <= tolerance, () -> what + ": largest difference " + rel + " of the scale at entry " + where);
    }

    /** employee_salaries.csv with KFold(5) folds and the reference design (one-hot + scaled year). */
    private record Employee(Table data, List<String> categorical, List<Fold> folds) {
        static Employee load(MemoryContext ctx, List<String> categorical) {
            Table data = CsvReader.read(ctx, Reference.sharedData("employee_salaries.csv"));
            return new Employee(data, categorical, KFoldKernel.split(data.rowCount(), 5));
        }

        int[] rows(int fold, boolean train) {
            if (fold < 0) {
                int[] all = new int[data.rowCount()];
                for (int i = 0; i < all.length; i++) {
                    all[i] = i;
                }
                return all;
            }
            return train ? folds.get(fold).train() : folds.get(fold).test();
        }

        double[] y(int fold, boolean train) {
            return data.take(rows(fold, train)).column("current_annual_salary").toDoubleArray();
        }

        /** Train and test design matrices of {@code fold} (-1: all rows for both). */
        FeatureMatrix[] design(MemoryContext ctx, int fold) {
            Table train = data.take(rows(fold, true));
            Table test = data.take(rows(fold, false));
            FittedOneHot ohe = OneHotEncoderKernel.fit(train.select(categorical),
                    new OneHotParams(OneHotParams.HandleUnknown.IGNORE, OneHotParams.Drop.NONE));
            FittedStandardScaler scaler = StandardScalerKernel.fit(train.select(List.of("year_first_hired")),
                    ScalerParams.DEFAULT);
            FeatureMatrix[] out = new FeatureMatrix[2];
            Table[] parts = {train, test};
            for (int k = 0; k < 2; k++) {
                Table encoded = ohe.transform(ctx, parts[k].select(categorical));
                Table scaled = scaler.transform(ctx, parts[k].select(List.of("year_first_hired")));
                out[k] = FeatureMatrix.fromTable(encoded.concatColumns(scaled));
            }
            return out;
        }
    }
}
