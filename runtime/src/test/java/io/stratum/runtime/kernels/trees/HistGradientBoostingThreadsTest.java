package io.stratum.runtime.kernels.trees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stratum.runtime.data.FeatureMatrix;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The thread count never changes the trees: on a table large enough that most nodes are split between threads
 * (histograms and split search by features, every thread partitioning its own replica of the rows) and small nodes
 * run on one thread, fits on 1, 2 and 3 threads (a crew of the caller and helpers) give the same bits: with
 * scikit-learn's defaults (31 leaves, which most trees reach with nodes still in the heap), more leaves with a larger
 * minimum leaf, and no leaf limit with a maximum depth. A classifier's trees of an iteration (one per class) grow one
 * per thread, those left over taken in turns by the threads.
 */
class HistGradientBoostingThreadsTest {
    private static final ForkJoinPool ONE = new ForkJoinPool(1);
    private static final ForkJoinPool TWO = new ForkJoinPool(2);
    private static final ForkJoinPool THREE = new ForkJoinPool(3);
    private static final int ROWS = 60_000;

    @AfterAll
    static void shutdown() {
        ONE.shutdown();
        TWO.shutdown();
        THREE.shutdown();
    }

    /** Nine features (more than one 8-bin word per row): normal, ties, a 24-valued one, 5% missing, a categorical. */
    private static FeatureMatrix table(double[] y, int[] classes) {
        SplittableRandom random = new SplittableRandom(7);
        int features = 9;
        double[] x = new double[ROWS * features];
        for (int j = 0; j < features; j++) {
            for (int i = 0; i < ROWS; i++) {
                double v = random.nextGaussian();
                if (j == 3 || j == 8) {
                    v = random.nextInt(24);
                } else if (j == 5) {
                    v = Math.round(v * 100) / 100.0;
                } else if (j == 6 && random.nextDouble() < 0.05) {
                    v = Double.NaN;
                }
                x[j * ROWS + i] = v;
            }
        }
        for (int i = 0; i < ROWS; i++) {
            double x6 = x[6 * ROWS + i];
            y[i] = Math.sin(x[i]) * 3 + x[ROWS + i] * x[ROWS + i] + (x[3 * ROWS + i] > 12 ? 2 : -1)
                    + x[2 * ROWS + i] * x[4 * ROWS + i] + (Double.isNaN(x6) ? 0 : x6)
                    + (x[8 * ROWS + i] % 3 == 0 ? 1.5 : 0) + random.nextGaussian() * 0.5;
            classes[i] = y[i] < 0 ? 0 : y[i] < 2 ? 1 : 2;
        }
        return FeatureMatrix.ofColumnMajor(ROWS, List.of("x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8"), x);
    }

    @Test
    void sameBitsOnOneTwoAndThreeThreads() {
        double[] y = new double[ROWS];
        int[] classes = new int[ROWS];
        FeatureMatrix x = table(y, classes);
        int[] binary = new int[ROWS];
        for (int i = 0; i < ROWS; i++) {
            binary[i] = classes[i] == 2 ? 1 : 0;
        }
        CategoricalFeatures x8 = new CategoricalFeatures.Indices(List.of(8L));
        for (HistGradientBoostingParams params : List.of(
                HistGradientBoostingParams.DEFAULTS.withEarlyStopping(false).withMaxIter(8).withCategoricalFeatures(x8),
                new HistGradientBoostingParams(0.1, 6, 63, 0, 60, 0.0, 255, false, 0.1, 10, 1e-7, null, x8),
                new HistGradientBoostingParams(0.1, 4, 0, 6, 20, 1.0, 255, false, 0.1, 10, 1e-7, null, x8))) {
            sameBits(x, y, binary, classes, params);
        }
    }

    private static void sameBits(FeatureMatrix x, double[] y, int[] binary, int[] classes,
                                 HistGradientBoostingParams params) {
        double[][] regression = HistGradientBoosting.fitRegressor(x, y, params, Parallel.sequential())
                .raw(x, Parallel.sequential());
        double[][] twoClasses = HistGradientBoosting.fitClassifier(x, binary, 2, params, Parallel.sequential())
                .raw(x, Parallel.sequential());
        double[][] threeClasses = HistGradientBoosting.fitClassifier(x, classes, 3, params, Parallel.sequential())
                .raw(x, Parallel.sequential());
        for (Parallel parallel : List.of(Parallel.on(TWO), Parallel.on(THREE), Parallel.common())) {
            check(regression, HistGradientBoosting.fitRegressor(x, y, params, parallel).raw(x, parallel));
            check(twoClasses, HistGradientBoosting.fitClassifier(x, binary, 2, params, parallel).raw(x, parallel));
            check(threeClasses, HistGradientBoosting.fitClassifier(x, classes, 3, params, parallel).raw(x, parallel));
        }
    }

    /**
     * Trees left over after an iteration's groups of one tree per thread are grown a step at a time by whichever
     * thread is free ({@link SharedTree}): one such tree (three classes on two threads, four on three), two (five on
     * three), and one after a group (five on two). The steps' threads change no bit.
     */
    @Test
    void treesThatThreadsTakeTurnsGrowingAreTheSameBits() {
        double[] y = new double[ROWS];
        FeatureMatrix x = table(y, new int[ROWS]);
        HistGradientBoostingParams params = HistGradientBoostingParams.DEFAULTS.withEarlyStopping(false)
                .withMaxIter(8).withCategoricalFeatures(new CategoricalFeatures.Indices(List.of(8L)));
        for (int classes : new int[] {4, 5}) {
            int[] codes = new int[ROWS];
            for (int i = 0; i < ROWS; i++) {
                // about equal classes: y's quantiles on this table
                double[] edges = classes == 4 ? new double[] {-0.3, 1.0, 2.4} : new double[] {-0.6, 0.5, 1.5, 2.8};
                while (codes[i] < edges.length && y[i] >= edges[codes[i]]) {
                    codes[i]++;
                }
            }
            int[] counts = new int[classes];
            for (int code : codes) {
                counts[code]++;
            }
            for (int count : counts) {
                assertTrue(count > ROWS / 10, () -> "classes of about equal size: " + Arrays.toString(counts));
            }
            double[][] expected = HistGradientBoosting.fitClassifier(x, codes, classes, params, Parallel.sequential())
                    .raw(x, Parallel.sequential());
            for (Parallel parallel : List.of(Parallel.on(TWO), Parallel.on(THREE))) {
                check(expected, HistGradientBoosting.fitClassifier(x, codes, classes, params, parallel)
                        .raw(x, parallel));
            }
        }
    }

    /**
     * A helper that comes late (it waits 30 ms once started, as one kept off its core would) and applies the log
     * behind the owner, or is detached meanwhile (a machine said to keep it off its core) and rejoins with a copy of
     * the raw predictions, or never comes (the owner runs every piece of the helper's on its own replica, and detaches
     * it once it is too far behind): the trees are the same bits.
     */
    @Test
    void aHelperThatComesLateOrNeverChangesNoBit() {
        double[] y = new double[ROWS];
        int[] classes = new int[ROWS];
        FeatureMatrix x = table(y, classes);
        HistGradientBoostingParams params = HistGradientBoostingParams.DEFAULTS.withEarlyStopping(false)
                .withMaxIter(40);
        double[][] regression = HistGradientBoosting.fitRegressor(x, y, params, Parallel.sequential())
                .raw(x, Parallel.sequential());
        double[][] threeClasses = HistGradientBoosting.fitClassifier(x, classes, 3, params, Parallel.sequential())
                .raw(x, Parallel.sequential());
        Boolean[] keptOff = {null, true, null};
        long[] delays = {TimeUnit.MILLISECONDS.toNanos(30), TimeUnit.MILLISECONDS.toNanos(30), Long.MAX_VALUE};
        try {
            for (int c = 0; c < keptOff.length; c++) {
                Oversubscription.assumed = keptOff[c];
                Crew.startDelayNanos = delays[c];
                Crew.forgetLateHelpers();
                Parallel parallel = Parallel.on(TWO);
                check(regression, HistGradientBoosting.fitRegressor(x, y, params, parallel).raw(x, parallel));
                check(threeClasses,
                        HistGradientBoosting.fitClassifier(x, classes, 3, params, parallel).raw(x, parallel));
            }
        } finally {
            Oversubscription.assumed = null;
            Crew.startDelayNanos = 0;
            Crew.forgetLateHelpers();
        }
    }

    @Test
    void commonRunsOnTheCallersPool() {
        assertTrue(Parallel.common().threads() >= 2 || Runtime.getRuntime().availableProcessors() == 1);
        assertEquals(1, ONE.submit(() -> Parallel.common().threads()).join());
        assertEquals(3, THREE.submit(() -> Parallel.common().threads()).join());
        assertEquals(1, Parallel.sequential().threads());
    }

    private static void check(double[][] expected, double[][] actual) {
        assertEquals(expected.length, actual.length);
        for (int k = 0; k < expected.length; k++) {
            assertArrayEquals(expected[k], actual[k], 0.0, "tree " + k + ": the thread count changed bits");
        }
    }
}
