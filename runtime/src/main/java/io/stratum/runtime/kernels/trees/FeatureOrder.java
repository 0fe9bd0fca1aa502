package io.stratum.runtime.kernels.trees;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Where each feature's histograms sit in a fit's {@link Histograms} (its slot), so that the threads that split a
 * node between them by consecutive slots get about the same work. Filling a node's histograms costs about the same
 * per feature, but searching a feature's split scans its bins, twice when it has missing values: in the features'
 * own order, the benchmark's table gave its second thread the feature with missing values and its first the
 * 24-valued one, and the second thread's searches took about 60% longer (24.4 against 15.1 ms per one-thread fit),
 * which the first spent waiting at every node. Each thread's share of slots is fixed ({@link #firstSlot}), and
 * features go to the shares largest search first, each to the share with the least search so far. The order changes
 * no result: each feature's sums and split are what they would be in any slot, and ties between features are still
 * broken in the features' own order.
 */
record FeatureOrder(int[] featureAt, int[] slotOf) {

    /** Every feature in its own index's slot. */
    static FeatureOrder identity(int features) {
        int[] order = new int[features];
        for (int j = 0; j < features; j++) {
            order[j] = j;
        }
        return new FeatureOrder(order, order.clone());
    }

    /**
     * An order whose {@code shares} consecutive shares of slots ({@link #firstSlot}) have about the same search work:
     * a feature's is its bins ({@code nonMissingBins}, plus the missing-values bin) times its scans (two with missing
     * values). One share: the identity.
     */
    static FeatureOrder balanced(int[] nonMissingBins, boolean[] hasMissing, int shares) {
        int features = nonMissingBins.length;
        if (shares <= 1 || features <= 1) {
            return identity(features);
        }
        long[] work = new long[features];
        Integer[] byWork = new Integer[features];
        for (int j = 0; j < features; j++) {
            work[j] = (long) (nonMissingBins[j] + (hasMissing[j] ? 1 : 0)) * (hasMissing[j] ? 2 : 1);
            byWork[j] = j;
        }
        Arrays.sort(byWork, Comparator.comparingLong((Integer j) -> -work[j]).thenComparingInt(j -> j));
        long[] load = new long[shares];
        int[] free = new int[shares];
        for (int c = 0; c < shares; c++) {
            free[c] = firstSlot(c + 1, shares, features) - firstSlot(c, shares, features);
        }
        int[] shareOf = new int[features];
        for (int j : byWork) {
            int best = -1;
            for (int c = 0; c < shares; c++) {
                if (free[c] > 0 && (best < 0 || load[c] < load[best])) {
                    best = c;
                }
            }
            shareOf[j] = best;
            load[best] += work[j];
            free[best]--;
        }
        // each share's features in their own order, the shares one after the other
        int[] featureAt = new int[features];
        int[] slotOf = new int[features];
        int slot = 0;
        for (int c = 0; c < shares; c++) {
            for (int j = 0; j < features; j++) {
                if (shareOf[j] == c) {
                    featureAt[slot] = j;
                    slotOf[j] = slot++;
                }
            }
        }
        return new FeatureOrder(featureAt, slotOf);
    }

    /** The first slot of share {@code share} of {@code shares} over {@code features} slots. */
    static int firstSlot(int share, int shares, int features) {
        return (int) ((long) share * features / shares);
    }

    int features() {
        return featureAt.length;
    }
}
