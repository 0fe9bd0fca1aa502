package io.stratum.runtime.data;

import java.util.Arrays;

/**
 * The distinct rows of a {@link FeatureMatrix} and, for every row, which of them it equals: a one-hot design of a few
 * categorical columns has far fewer distinct rows than rows, so a learner whose loss is a sum over rows can evaluate
 * it once per distinct row, weighted by how often (and with which labels) that row occurs.
 *
 * @param distinct the distinct rows, in order of first appearance
 * @param rowOf for each row of the original matrix, its row in {@code distinct}
 */
public record DistinctFeatureRows(FeatureMatrix distinct, int[] rowOf) {
    /**
     * The distinct rows of {@code x}, or null when fewer than {@code minRepeatedShare} of its rows repeat an earlier
     * one (then the caller's per-row path is cheaper than a copy). Rows are compared by the bits of their values,
     * one sequential pass in row order, so the result does not depend on the number of threads.
     */
    public static DistinctFeatureRows of(FeatureMatrix x, double minRepeatedShare) {
        int n = x.rows();
        if (n < 2) {
            return null;
        }
        int cap = Integer.highestOneBit(Math.max(4, n) * 2 - 1) * 2;
        int[] slots = new int[cap];
        Arrays.fill(slots, -1);
        int mask = cap - 1;
        int[] rowOf = new int[n];
        int[] firstRow = new int[n];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            int slot = x.rowHash(i) & mask;
            int found = -1;
            while (slots[slot] >= 0) {
                if (x.sameRow(firstRow[slots[slot]], i)) {
                    found = slots[slot];
                    break;
                }
                slot = (slot + 1) & mask;
            }
            if (found < 0) {
                found = distinct++;
                firstRow[found] = i;
                slots[slot] = found;
            }
            rowOf[i] = found;
        }
        if (n - distinct < minRepeatedShare * n) {
            return null;
        }
        return new DistinctFeatureRows(x.takeRows(Arrays.copyOf(firstRow, distinct)), rowOf);
    }
}
