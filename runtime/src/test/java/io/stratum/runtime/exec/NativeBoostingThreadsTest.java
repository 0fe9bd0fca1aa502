package io.stratum.runtime.exec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.ir.node.Origin;
import io.stratum.ir.physical.EstimatorSpec;
import io.stratum.ir.value.Const;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.boosting.FittedLightGbm;
import io.stratum.runtime.kernels.parallel.CoreShare;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * How many threads a native boosting fit gets: every core by default, one inside a search cell that has one core
 * (cells side by side, or {@code --threads 1}) when the script left {@code n_jobs} at None, and what the script
 * wrote otherwise. LightGBM writes the count it trained with into its model, which is what is checked here.
 */
class NativeBoostingThreadsTest {
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    @Test
    void nJobsNoneIsEveryCoreOutsideACellAndOneInsideAOneCoreCell() {
        assertEquals(CORES, BoostingEstimators.threads(Const.none()));
        CoreShare.runOnOneCore(() -> {
            assertEquals(1, BoostingEstimators.threads(Const.none()));
            assertEquals(3, BoostingEstimators.threads(new Const.IntConst(3)), "a count the script wrote is kept");
            assertEquals(Math.max(1, CORES - 1), BoostingEstimators.threads(new Const.IntConst(-2)));
        });
    }

    @Test
    void lightGbmTrainsWithTheCellsShareAndPredictsTheSameNumbers() {
        FeatureMatrix x = data();
        double[] y = new double[x.rows()];
        for (int i = 0; i < y.length; i++) {
            y[i] = x.column(0)[i] * 2 - x.column(1)[i];
        }
        EstimatorKernels.Learner learner = EstimatorKernels.standard().learner(spec(""), Origin.NONE);
        EstimatorSpec written = spec("n_jobs=2");
        AtomicReference<FittedLightGbm> inCell = new AtomicReference<>();
        AtomicReference<FittedLightGbm> writtenInCell = new AtomicReference<>();
        AtomicReference<double[]> predictedInCell = new AtomicReference<>();
        CoreShare.runOnOneCore(() -> {
            inCell.set((FittedLightGbm) learner.fit(x, y, spec("")));
            writtenInCell.set((FittedLightGbm) learner.fit(x, y, written));
            predictedInCell.set(learner.predict(inCell.get(), x));
        });
        FittedLightGbm outside = (FittedLightGbm) learner.fit(x, y, spec(""));
        assertTrue(inCell.get().model().contains("[num_threads: 1]"), "one thread inside a one-core cell");
        assertTrue(writtenInCell.get().model().contains("[num_threads: 2]"), "n_jobs=2 is kept");
        assertTrue(outside.model().contains("[num_threads: " + CORES + "]"), "every core outside a cell");
        // 300 rows: one block of rows whatever the thread count, so the trees are the same; predicting on one
        // thread gives the numbers predicting on every core gives.
        assertArrayEquals(learner.predict(outside, x), predictedInCell.get());
    }

    private static EstimatorSpec spec(String params) {
        return BoostingSpecs.spec("lightgbm.LGBMRegressor", params.isEmpty() ? "n_estimators=5"
                : "n_estimators=5;" + params);
    }

    private static FeatureMatrix data() {
        int n = 300;
        double[] columnMajor = new double[2 * n];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < columnMajor.length; i++) {
            columnMajor[i] = random.nextInt(50) / 7.0;
        }
        return FeatureMatrix.ofColumnMajor(n, List.of("a", "b"), columnMajor);
    }
}
