package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.physical.Candidate;
import io.stratum.ir.physical.DropColumns;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.ScanCsv;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.ir.physical.SelectColumn;
import io.stratum.ir.physical.SplitRows;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.linear.FittedLinearModel;
import io.stratum.runtime.kernels.linear.LinearRegressionKernel;
import io.stratum.runtime.kernels.linear.RidgeKernel;
import io.stratum.runtime.kernels.linear.RidgeParams;
import io.stratum.runtime.search.CandidateScores;
import io.stratum.runtime.search.SearchDriver;
import io.stratum.runtime.search.SearchOptions;
import io.stratum.runtime.search.SearchOutcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fold algebra in the executor: Ridge and LinearRegression candidates that read the same features and target
 * share one set of Gram statistics per fold (and LinearRegression one eigendecomposition of it), counted through
 * {@link ExecutionStats}, and score as the same learners fitted directly on X, candidate by candidate.
 */
class SharedLinearFitsTest {
    private static final int FOLDS = 5;
    private static final List<Double> GRID = List.of(0.01, 0.1, 1.0, 10.0, 100.0);
    /** Shared and direct fits solve the same systems with different rounding; scores agree far inside 1e-9. */
    private static final double TIGHT = 1e-11;

    /** Ridge and LinearRegression registered as plain learners: every candidate fits on X, nothing is shared. */
    private static SearchDriver directDriver() {
        EstimatorKernels estimators = EstimatorKernels.standard()
                .register("sklearn.linear_model.Ridge", new EstimatorKernels.Learner() {
                    @Override
                    public Object fit(FeatureMatrix x, double[] y, EstimatorSpec spec) {
                        return RidgeKernel.fit(x, y, new RidgeParams(spec.doubleParam("alpha"), spec.boolParam("fit_intercept")));
                    }

                    @Override
                    public double[] predict(Object fitted, FeatureMatrix x) {
                        return ((FittedLinearModel) fitted).predict(x);
                    }
                })
                .register("sklearn.linear_model.LinearRegression", new EstimatorKernels.Learner() {
                    @Override
                    public Object fit(FeatureMatrix x, double[] y, EstimatorSpec spec) {
                        return LinearRegressionKernel.fit(x, y, spec.boolParam("fit_intercept"), spec.doubleParam("tol"));
                    }

                    @Override
                    public double[] predict(Object fitted, FeatureMatrix x) {
                        return ((FittedLinearModel) fitted).predict(x);
                    }
                });
        return new SearchDriver(new OperatorKernels(estimators));
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 4})
    void gramIsFormedOncePerFoldForAFiveAlphaGrid(int threads) {
        SearchPlan plan = TestPlans.quickstart(TestPlans.seattleWeather()).search(GRID, true, FOLDS, "r2");
        assertEquals(GRID.size() + 1, plan.candidates().size());

        SearchOutcome shared = SearchDriver.standard().run(plan, new SearchOptions(threads));
        SearchOutcome direct = directDriver().run(plan, new SearchOptions(threads));

        ExecutionStats stats = shared.stats();
        assertEquals(FOLDS, stats.count(SharedLinearFits.STATISTICS), "Gram statistics: once per fold");
        // The quick start has 9 features: Ridge factors the shared Gram per alpha; only LinearRegression decomposes it.
        assertEquals(FOLDS, stats.count(SharedLinearFits.SPECTRUM), "eigendecompositions: once per fold");
        assertEquals(plan.candidates().size() * FOLDS, stats.count("FitPredict.fit"), "every candidate is still fitted");
        assertEquals(0, direct.stats().count(SharedLinearFits.STATISTICS), "plain learners share nothing");
        assertSameScores(direct, shared);
    }

    @Test
    void wideSparseDesignSharesOneGramBetweenRidgeAndLinearRegression(@TempDir Path dir) throws IOException {
        Wide wide = Wide.write(dir, 600, 90);
        List<Candidate> candidates = new ArrayList<>();
        for (double alpha : GRID) {
            candidates.add(new Candidate(candidates.size(), List.of(Const.of("ridge"), Const.of(alpha)),
                    new FitPredict(wide.encoded(), wide.y(), TestPlans.ridge(alpha), "ridge_cholesky", TestPlans.line(5)),
                    wide.y()));
        }
        List<Const> ols = new ArrayList<>();
        ols.add(Const.of("ols"));
        ols.add(null);
        candidates.add(new Candidate(candidates.size(), ols, new FitPredict(wide.encoded(), wide.y(),
                TestPlans.linearRegression(), "lstsq_svd", TestPlans.line(5)), wide.y()));
        SearchPlan plan = new SearchPlan(List.of("model", "alpha"), candidates, FOLDS, "r2");

        SearchOutcome shared = SearchDriver.standard().run(plan, new SearchOptions(2));
        SearchOutcome direct = directDriver().run(plan, new SearchOptions(2));

        assertEquals(FOLDS, shared.stats().count(SharedLinearFits.STATISTICS), "one Gram per fold for six learners");
        assertEquals(FOLDS, shared.stats().count(SharedLinearFits.SPECTRUM), "LinearRegression's decomposition");
        assertSameScores(direct, shared);
    }

    @Test
    void differentCenteringOrFeaturesAreNotShared() {
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        EstimatorSpec noIntercept = TestPlans.estimator("sklearn.linear_model.Ridge", "alpha", 1.0, "fit_intercept", false);
        SearchPlan plan = new SearchPlan(List.of("variant"), List.of(
                new Candidate(0, List.of(Const.of("centered")),
                        new FitPredict(q.scaler(), q.y(), TestPlans.ridge(1.0), "ridge_cholesky", TestPlans.line(19)), q.y()),
                new Candidate(1, List.of(Const.of("uncentered")),
                        new FitPredict(q.scaler(), q.y(), noIntercept, "ridge_cholesky", TestPlans.line(19)), q.y()),
                new Candidate(2, List.of(Const.of("unscaled")),
                        new FitPredict(q.encoder(), q.y(), TestPlans.ridge(1.0), "ridge_cholesky", TestPlans.line(19)), q.y())),
                FOLDS, "r2");

        SearchOutcome shared = SearchDriver.standard().run(plan, new SearchOptions(2));

        assertEquals(3 * FOLDS, shared.stats().count(SharedLinearFits.STATISTICS));
        assertSameScores(directDriver().run(plan, new SearchOptions(2)), shared);
    }

    private static void assertSameScores(SearchOutcome expected, SearchOutcome actual) {
        assertEquals(expected.scores().size(), actual.scores().size());
        for (int c = 0; c < expected.scores().size(); c++) {
            CandidateScores e = expected.scores().get(c);
            CandidateScores a = actual.scores().get(c);
            for (int f = 0; f < e.foldScores().length; f++) {
                double diff = Math.abs(e.foldScores()[f] - a.foldScores()[f]);
                double scale = Math.max(1.0, Math.abs(e.foldScores()[f]));
                int cand = c;
                int fold = f;
                assertTrue(diff <= TIGHT * scale, () -> "candidate " + cand + " fold " + fold + ": direct "
                        + e.foldScores()[fold] + " shared " + a.foldScores()[fold]);
            }
        }
    }

    /** A synthetic data set with one many-valued categorical column: its one-hot design is wide and sparse. */
    private record Wide(SplitRows y, FitTransform encoded) {
        static Wide write(Path dir, int rows, int categories) throws IOException {
            StringBuilder csv = new StringBuilder("c,u,v,t\n");
            for (int i = 0; i < rows; i++) {
                int c = (i * 7 + i / 13) % categories;
                double u = Math.sin(0.37 * i);
                double v = Math.cos(0.11 * i) * 3;
                double t = 2.0 * u - v + 0.05 * c + Math.sin(1.7 * i);
                csv.append(String.format(Locale.ROOT, "k%d,%.6f,%.6f,%.6f%n", c, u, v, t));
            }
            Path file = dir.resolve("wide.csv");
            Files.writeString(file, csv);
            ScanCsv scan = new ScanCsv(file.toString(), "wide.csv", TestPlans.line(1));
            SplitRows y = new SplitRows(new SelectColumn(scan, "t", TestPlans.line(2)), "y", TestPlans.line(2));
            SplitRows x = new SplitRows(new DropColumns(scan, List.of("t"), TestPlans.line(3)), "X", TestPlans.line(3));
            FitTransform encoded = new FitTransform(x, TestPlans.oneHot(), List.of("c"), "onehot_dense", TestPlans.line(4));
            return new Wide(y, encoded);
        }
    }
}
