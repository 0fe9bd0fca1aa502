package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.stratum.ir.physical.Candidate;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.ir.value.Const;
import io.stratum.runtime.search.SearchDriver;
import io.stratum.runtime.search.SearchOptions;
import io.stratum.runtime.search.SearchOutcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Work shared by candidates runs once per fold and work before the split runs once, whatever the number of
 * threads: counted through {@link ExecutionStats}.
 */
class SharedWorkTest {
    private static final int FOLDS = 5;

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 4})
    void sharedEncoderIsFittedOncePerFold(int threads) {
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        SearchPlan plan = q.search(List.of(0.1, 1.0, 10.0), true, FOLDS, "r2");
        int candidates = plan.candidates().size();
        assertEquals(4, candidates);

        ExecutionStats stats = SearchDriver.standard().run(plan, new SearchOptions(threads)).stats();

        assertEquals(FOLDS, stats.countFor(q.encoder(), LineageKey.Product.FITTED), "encoder fits");
        assertEquals(FOLDS, stats.countFor(q.scaler(), LineageKey.Product.FITTED), "scaler fits");
        assertEquals(2 * FOLDS, stats.count("FitTransform.fit"), "transformer fits in all");
        // Fold algebra: each transformer scans each partition (a fold's test rows) once; its five fits combine them.
        assertEquals(2 * FOLDS, stats.count(ExecutionStats.PARTITION_STATISTICS), "partition statistics");
        assertEquals(candidates * FOLDS, stats.count("FitPredict.fit"), "learner fits");
        assertEquals(candidates * FOLDS, stats.totalFits() - stats.count("FitTransform.fit"));
        // Each transformer output is made once on the training rows and once on the test rows of each fold.
        assertEquals(2 * FOLDS, stats.countFor(q.encoder(), LineageKey.Product.OUTPUT), "encoder outputs");
        // Predictions are only wanted on the test rows.
        assertEquals(candidates * FOLDS, stats.count("FitPredict"), "predictions");

        // Before the split: read, select, drop once for the whole search.
        assertEquals(1, stats.count("ScanCsv"), "scans");
        assertEquals(1, stats.countFor(q.dropped(), LineageKey.Product.OUTPUT), "drop");
        assertEquals(1, stats.count("SelectColumn"), "target selection");
        // X and y are split per fold and mode; assign runs after the split, so per fold and mode too.
        assertEquals(2 * 2 * FOLDS, stats.count("SplitRows"), "splits");
        assertEquals(2 * FOLDS, stats.count("AssignColumns"), "assign");
    }

    @ParameterizedTest(name = "threads={0}")
    @ValueSource(ints = {1, 4})
    void candidatesOnTheSameFeaturesReadOneFeatureMatrixPerFoldAndMode(int threads) {
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        // Three Ridge alphas, a LinearRegression (both from the shared Gram) and a k-NN (fitted on the matrix itself).
        SearchPlan grid = q.search(List.of(0.1, 1.0, 10.0), true, FOLDS, "r2");
        FitPredict knn = new FitPredict(q.scaler(), q.y(), TestPlans.estimator("sklearn.neighbors.KNeighborsRegressor"),
                "knn_brute", TestPlans.line(19));
        List<Candidate> candidates = new java.util.ArrayList<>(grid.candidates());
        candidates.add(new Candidate(candidates.size(), java.util.Arrays.asList(Const.of("knn"), null), knn, q.y()));
        SearchPlan plan = new SearchPlan(grid.choiceNames(), candidates, FOLDS, "r2");

        SearchOutcome outcome = SearchDriver.standard().run(plan, new SearchOptions(threads));

        ExecutionStats stats = outcome.stats();
        assertEquals(5 * FOLDS, stats.count("FitPredict.fit"), "every candidate is fitted");
        assertEquals(5 * FOLDS, stats.count("FitPredict"), "and predicts");
        // One matrix of the training rows (the Gram statistics and the k-NN read it) and one of the test rows (every
        // candidate's predictions read it) per fold: before, each prediction laid out its own test matrix.
        assertEquals(2 * FOLDS, stats.count(ExecutionStats.FEATURE_MATRIX), "feature matrices");
        assertEquals(0, stats.memory().recomputes(), "the task graph names every reader of a matrix");
    }

    @Test
    void equalOperatorsBuiltSeparatelyAreSharedByFingerprint() {
        // Two quick starts built independently (no shared objects) in one search: the optimizer's sharing is not
        // needed for the executor to run the common work once.
        TestPlans.Quickstart a = TestPlans.quickstart(TestPlans.seattleWeather());
        TestPlans.Quickstart b = TestPlans.quickstart(TestPlans.seattleWeather());
        assertNotSame(a.encoder(), b.encoder());
        SearchPlan pa = a.search(List.of(0.1), false, FOLDS, "r2");
        SearchPlan pb = b.search(List.of(1.0), false, FOLDS, "r2");
        SearchPlan both = new SearchPlan(pa.choiceNames(), List.of(pa.candidates().get(0),
                new Candidate(1, pb.candidates().get(0).outcomes(),
                        pb.candidates().get(0).predictions(), pb.candidates().get(0).target())), FOLDS, "r2");

        ExecutionStats stats = SearchDriver.standard().run(both, new SearchOptions(2)).stats();

        assertEquals(1, stats.count("ScanCsv"));
        assertEquals(FOLDS, stats.countFor(b.encoder(), LineageKey.Product.FITTED));
        assertEquals(2 * FOLDS, stats.count("FitTransform.fit"));
        assertEquals(2 * FOLDS, stats.count("FitPredict.fit"));
    }

    @Test
    void differentEncoderSettingsAreNotShared() {
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        FitTransform dropFirst = new FitTransform(q.assigned(), TestPlans.estimator("sklearn.preprocessing.OneHotEncoder",
                "handle_unknown", "ignore", "sparse_output", false, "drop", "first"), List.of("weather"), "onehot_dense",
                TestPlans.line(16));
        FitPredict onAll = new FitPredict(q.encoder(), q.y(), TestPlans.ridge(1.0), "ridge_cholesky", TestPlans.line(19));
        FitPredict onFirst = new FitPredict(dropFirst, q.y(), TestPlans.ridge(1.0), "ridge_cholesky", TestPlans.line(19));
        SearchPlan plan = new SearchPlan(List.of("drop"), List.of(
                new Candidate(0, List.of(Const.of("none")), onAll, q.y()),
                new Candidate(1, List.of(Const.of("first")), onFirst, q.y())), FOLDS, "r2");

        SearchOutcome outcome = SearchDriver.standard().run(plan, new SearchOptions(1));

        ExecutionStats stats = outcome.stats();
        assertEquals(FOLDS, stats.countFor(q.encoder(), LineageKey.Product.FITTED));
        assertEquals(FOLDS, stats.countFor(dropFirst, LineageKey.Product.FITTED));
        assertEquals(2 * FOLDS, stats.count("AssignColumns"), "assign is shared by both encoders");
        assertEquals(1, stats.count("ScanCsv"));
        assertNotEquals(outcome.scores().get(0).mean(), outcome.scores().get(1).mean(),
                "dropping a category changes the data Ridge sees");
    }
}
