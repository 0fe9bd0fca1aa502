package io.stratum.runtime.kernels.trees;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The slots of the features' histograms: a permutation whose shares of slots, one per thread, have about the same
 * split-search work (bins times scans, two scans with missing values).
 */
class FeatureOrderTest {

    /** The benchmark's table: six features of 255 bins, one of 24 values, one of 255 with missing values. */
    @Test
    void theFeatureWithMissingValuesAndTheFewValuedOneShareAThread() {
        int[] bins = {255, 255, 255, 24, 255, 255, 255, 255};
        boolean[] missing = {false, false, false, false, false, false, true, false};
        FeatureOrder order = FeatureOrder.balanced(bins, missing, 2);
        // in the features' own order, x6 (512 bins scanned) and x3 (24) went where the features in slots 0-3 had
        // 789 and those in 4-7 1,277
        assertArrayEquals(new int[] {3, 4, 6, 7, 0, 1, 2, 5}, order.featureAt());
        assertPermutation(order);
        assertTrue(Math.abs(work(order, bins, missing, 0, 4) - work(order, bins, missing, 4, 8)) <= 256);
    }

    @Test
    void oneShareKeepsEveryFeatureInItsOwnSlot() {
        FeatureOrder order = FeatureOrder.balanced(new int[] {3, 255, 2}, new boolean[] {true, false, true}, 1);
        assertArrayEquals(new int[] {0, 1, 2}, order.featureAt());
        assertArrayEquals(new int[] {0, 1, 2}, order.slotOf());
    }

    @Test
    void equalWorkKeepsTheFeaturesInOrder() {
        FeatureOrder order = FeatureOrder.balanced(new int[] {255, 255, 255, 255}, new boolean[4], 2);
        assertArrayEquals(new int[] {0, 2, 1, 3}, order.featureAt());
        assertPermutation(order);
    }

    /**
     * Random tables of 2 to 40 features on 2 to 4 threads: a permutation whose shares have the sizes of an even split,
     * and whose heaviest share has no more work than the lightest plus the largest feature's.
     */
    @Test
    void sharesKeepTheirSizesAndDifferByLessThanOneFeaturesWork() {
        SplittableRandom random = new SplittableRandom(11);
        for (int round = 0; round < 500; round++) {
            int features = 2 + random.nextInt(39);
            int shares = 2 + random.nextInt(3);
            int[] bins = new int[features];
            boolean[] missing = new boolean[features];
            long largest = 0;
            for (int j = 0; j < features; j++) {
                bins[j] = random.nextBoolean() ? 2 : 1 + random.nextInt(255);
                missing[j] = random.nextInt(4) == 0;
                largest = Math.max(largest, (bins[j] + (missing[j] ? 1L : 0L)) * (missing[j] ? 2 : 1));
            }
            FeatureOrder order = FeatureOrder.balanced(bins, missing, shares);
            assertPermutation(order);
            int used = Math.min(shares, features);
            long min = Long.MAX_VALUE;
            long max = 0;
            for (int c = 0; c < used; c++) {
                long w = work(order, bins, missing, FeatureOrder.firstSlot(c, used, features),
                        FeatureOrder.firstSlot(c + 1, used, features));
                min = Math.min(min, w);
                max = Math.max(max, w);
            }
            if (features >= 2 * used) {
                assertTrue(max - min <= largest, "round " + round + ": " + min + " to " + max + ", largest " + largest);
            }
        }
    }

    private static long work(FeatureOrder order, int[] bins, boolean[] missing, int fromSlot, int toSlot) {
        long w = 0;
        for (int slot = fromSlot; slot < toSlot; slot++) {
            int j = order.featureAt()[slot];
            w += (bins[j] + (missing[j] ? 1L : 0L)) * (missing[j] ? 2 : 1);
        }
        return w;
    }

    private static void assertPermutation(FeatureOrder order) {
        int n = order.features();
        boolean[] seen = new boolean[n];
        for (int slot = 0; slot < n; slot++) {
            int j = order.featureAt()[slot];
            assertTrue(!seen[j], "feature " + j + " in one slot");
            seen[j] = true;
            assertEquals(slot, order.slotOf()[j]);
        }
    }
}
