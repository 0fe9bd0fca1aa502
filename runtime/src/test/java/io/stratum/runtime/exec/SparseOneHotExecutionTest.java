package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stratum.ir.physical.Candidate;
import io.stratum.ir.physical.FitPredict;
import io.stratum.ir.physical.FitTransform;
import io.stratum.ir.physical.OneHotLayouts;
import io.stratum.ir.physical.SearchPlan;
import io.stratum.ir.value.Const;
import io.stratum.runtime.search.SearchDriver;
import io.stratum.runtime.search.SearchOptions;
import io.stratum.runtime.search.SearchOutcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A one-hot encoder the lowering laid out as {@link OneHotLayouts#SPARSE} hands its learners a feature matrix with a
 * CSR block, written from the per-row categories: its dense indicator columns are never formed (no output task of
 * the encoder runs), and every learner — Ridge and LinearRegression from the shared Gram, a k-NN through the generic
 * accessors — scores bit for bit as on the dense layout.
 */
class SparseOneHotExecutionTest {
    private static final int FOLDS = 5;

    private static SearchPlan plan(TestPlans.Quickstart q, FitTransform encoder) {
        List<Candidate> candidates = new ArrayList<>();
        for (double alpha : List.of(0.1, 10.0)) {
            candidates.add(new Candidate(candidates.size(), List.of(Const.of("ridge" + alpha)),
                    new FitPredict(encoder, q.y(), TestPlans.ridge(alpha), "ridge_cholesky", TestPlans.line(19)), q.y()));
        }
        candidates.add(new Candidate(candidates.size(), List.of(Const.of("ols")),
                new FitPredict(encoder, q.y(), TestPlans.linearRegression(), "lstsq_svd", TestPlans.line(19)), q.y()));
        candidates.add(new Candidate(candidates.size(), List.of(Const.of("knn")), new FitPredict(encoder, q.y(),
                TestPlans.estimator("sklearn.neighbors.KNeighborsRegressor"), "knn_brute", TestPlans.line(19)), q.y()));
        return new SearchPlan(List.of("model"), candidates, FOLDS, "r2");
    }

    @Test
    void csrLayoutSkipsTheDenseIndicatorsAndScoresAsTheDenseLayout() {
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        FitTransform dense = q.encoder();
        FitTransform sparse = new FitTransform(dense.input(), dense.spec(), dense.columns(), OneHotLayouts.SPARSE,
                dense.origin());

        SearchOutcome onDense = SearchDriver.standard().run(plan(q, dense), new SearchOptions(2));
        SearchOutcome onSparse = SearchDriver.standard().run(plan(q, sparse), new SearchOptions(2));

        for (int c = 0; c < onDense.scores().size(); c++) {
            assertArrayEquals(onDense.scores().get(c).foldScores(), onSparse.scores().get(c).foldScores(),
                    "candidate " + c);
        }
        assertEquals(2 * FOLDS, onDense.stats().countFor(dense, LineageKey.Product.OUTPUT), "dense indicators");
        assertEquals(0, onSparse.stats().countFor(sparse, LineageKey.Product.OUTPUT), "no dense indicators");
        assertEquals(FOLDS, onSparse.stats().countFor(sparse, LineageKey.Product.FITTED), "encoder fits");
        assertEquals(2 * FOLDS, onSparse.stats().count(ExecutionStats.FEATURE_MATRIX), "feature matrices");
        assertEquals(0, onSparse.stats().memory().recomputes(), "the task graph names what a CSR matrix reads");
    }
}
