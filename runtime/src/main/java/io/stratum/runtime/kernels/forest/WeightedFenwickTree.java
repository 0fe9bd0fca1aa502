package io.stratum.runtime.kernels.forest;

import java.util.Arrays;

/**
 * scikit-learn's {@code WeightedFenwickTree} ({@code sklearn/tree/_utils.pyx}): prefix sums of weights and of
 * weight times target over ranks, with its search for the weighted median, ported step for step (the order of its
 * sums decides the last bits of the absolute-error criterion).
 */
final class WeightedFenwickTree {
    private final double[] treeW;
    private final double[] treeWy;
    private int size;
    private int maxPow2;
    double totalW;
    double totalWy;
    /** Outputs of {@link #search}: the prefix sums before the returned rank, and the previous rank. */
    double cumulW;
    double cumulWy;
    int prevIdx;

    WeightedFenwickTree(int capacity) {
        treeW = new double[capacity + 1];
        treeWy = new double[capacity + 1];
    }

    /** Holds {@code size} ranks, all empty. */
    void reset(int size) {
        this.size = size;
        Arrays.fill(treeW, 0, size + 1, 0.0);
        Arrays.fill(treeWy, 0, size + 1, 0.0);
        totalW = 0.0;
        totalWy = 0.0;
        int p = 1;
        while (p <= size) {
            p <<= 1;
        }
        maxPow2 = p >> 1;
    }

    /** Adds an observation of target {@code y} and weight {@code w} at the 0-based rank {@code idx}. */
    void add(int idx, double y, double w) {
        double wy = w * y;
        int i = idx + 1;
        while (i <= size) {
            treeW[i] += w;
            treeWy[i] += wy;
            i += i & -i;
        }
        totalW += w;
        totalWy += wy;
    }

    /**
     * The smallest rank whose cumulative weight exceeds {@code target} (or, on an exact match, the largest whose
     * cumulative weight equals it), with the prefix sums before it in {@link #cumulW}/{@link #cumulWy} and the
     * largest rank whose cumulative weight is below {@code target} in {@link #prevIdx}.
     */
    int search(double target) {
        int current = 0;
        double cw = 0.0;
        double cwy = 0.0;
        int bit = maxPow2;
        double equalTarget = 0.0;
        int equalBit = 0;
        while (bit != 0) {
            int next = current + bit;
            if (next <= size) {
                double node = treeW[next];
                if (target == node) {
                    equalTarget = target;
                    equalBit = bit;
                    break;
                } else if (target > node) {
                    target -= node;
                    current = next;
                    cw += node;
                    cwy += treeWy[next];
                }
            }
            bit >>= 1;
        }
        if (bit == 0) {
            cumulW = cw;
            cumulWy = cwy;
            prevIdx = current;
            return current;
        }
        int prev = current;
        while (bit != 0) {
            int next = prev + bit;
            if (next <= size) {
                double node = treeW[next];
                if (target > node) {
                    target -= node;
                    prev = next;
                }
            }
            bit >>= 1;
        }
        bit = equalBit;
        target = equalTarget;
        while (bit != 0) {
            int next = current + bit;
            if (next <= size) {
                double node = treeW[next];
                if (target >= node) {
                    target -= node;
                    current = next;
                    cw += node;
                    cwy += treeWy[next];
                }
            }
            bit >>= 1;
        }
        cumulW = cw;
        cumulWy = cwy;
        prevIdx = prev;
        return current;
    }
}
