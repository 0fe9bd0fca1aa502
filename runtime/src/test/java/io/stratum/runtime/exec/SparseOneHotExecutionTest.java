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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A one-hot encoder the lowering laid out as {@link OneHotLayouts#SPARSE} hands its learners a feature matrix with a
 * CSR block, written from the per-row categories: its dense indicator columns are never formed (no output task of
 * the encoder runs), and every learner — Ridge and LinearRegression from the shared Gram, a k-NN through the generic
 * accessors — scores bit for bit as on the dense layout.
 */
class SparseOneHotExecutionTest {
    private static final int FOLDS = 5;

    private static SearchPlan plan(TestPlans.Quickstart q, io.stratum.ir.physical.PhysicalOp encoder) {
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

    static Stream<Arguments> scaledColumns() {
        return Stream.of(
                // Every kept column scaled: the block comes first in the frame, then the scaled columns.
                Arguments.of(List.of("precipitation", "temp_min", "wind", "wet_wind")),
                // Some kept: they stay before the block, the scaled ones follow it.
                Arguments.of(List.of("precipitation", "wind")),
                Arguments.of(List.of("wet_wind")));
    }

    /**
     * A StandardScaler applied to columns the encoder kept sits between the encoder and the learners: the block is
     * carried through it (the scaler transforms the kept columns only), the frame's column order is kept, and neither
     * the encoder's nor the scaler's dense output is formed.
     */
    @ParameterizedTest
    @MethodSource("scaledColumns")
    void csrBlockIsCarriedThroughAScalerOfKeptColumns(List<String> scaled) {
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        FitTransform dense = q.encoder();
        FitTransform sparse = new FitTransform(dense.input(), dense.spec(), dense.columns(), OneHotLayouts.SPARSE,
                dense.origin());
        FitTransform scalerOnDense = new FitTransform(dense, TestPlans.scaler(), scaled, "standard_scaler",
                TestPlans.line(17));
        FitTransform scalerOnSparse = new FitTransform(sparse, TestPlans.scaler(), scaled, "standard_scaler",
                TestPlans.line(17));

        SearchOutcome onDense = SearchDriver.standard().run(plan(q, scalerOnDense), new SearchOptions(2));
        SearchOutcome onSparse = SearchDriver.standard().run(plan(q, scalerOnSparse), new SearchOptions(2));

        for (int c = 0; c < onDense.scores().size(); c++) {
            assertArrayEquals(onDense.scores().get(c).foldScores(), onSparse.scores().get(c).foldScores(),
                    "candidate " + c);
        }
        assertEquals(2 * FOLDS, onDense.stats().countFor(scalerOnDense, LineageKey.Product.OUTPUT), "dense path");
        assertEquals(0, onSparse.stats().countFor(sparse, LineageKey.Product.OUTPUT), "no dense indicators");
        assertEquals(0, onSparse.stats().countFor(scalerOnSparse, LineageKey.Product.OUTPUT), "no scaler frame");
        assertEquals(FOLDS, onSparse.stats().countFor(scalerOnSparse, LineageKey.Product.FITTED), "scaler fits");
        assertEquals(2 * FOLDS, onSparse.stats().count(ExecutionStats.FEATURE_MATRIX), "feature matrices");
        assertEquals(0, onSparse.stats().memory().recomputes(), "the task graph names what a carried matrix reads");
    }

    /** A step reading an encoded column cannot carry the block: the matrix is laid out from its frame, same scores. */
    @Test
    void stepReadingAnEncodedColumnFallsBackToTheFrame() {
        TestPlans.Quickstart q = TestPlans.quickstart(TestPlans.seattleWeather());
        FitTransform dense = q.encoder();
        FitTransform sparse = new FitTransform(dense.input(), dense.spec(), dense.columns(), OneHotLayouts.SPARSE,
                dense.origin());
        List<String> cols = List.of("wind", "weather_sun");
        SearchOutcome onDense = SearchDriver.standard().run(plan(q, new FitTransform(dense, TestPlans.scaler(), cols,
                "standard_scaler", TestPlans.line(17))), new SearchOptions(2));
        FitTransform scalerOnSparse = new FitTransform(sparse, TestPlans.scaler(), cols, "standard_scaler",
                TestPlans.line(17));
        SearchOutcome onSparse = SearchDriver.standard().run(plan(q, scalerOnSparse), new SearchOptions(2));
        for (int c = 0; c < onDense.scores().size(); c++) {
            assertArrayEquals(onDense.scores().get(c).foldScores(), onSparse.scores().get(c).foldScores(),
                    "candidate " + c);
        }
        assertEquals(2 * FOLDS, onSparse.stats().countFor(scalerOnSparse, LineageKey.Product.OUTPUT), "frame path");
    }
}
