package io.stratum.runtime.kernels.forest;

/**
 * scikit-learn 1.9's {@code MAE} criterion ({@code criterion="absolute_error"}): a node predicts the weighted median
 * of its targets, and every reset precomputes, for each split position, the absolute errors and medians of the
 * prefix and of the suffix of the node's samples with a {@link WeightedFenwickTree} over the node-local ranks of the
 * targets (one pass forward, one backward), so {@link #update} only moves weights.
 *
 * <p>The ranks come from scikit-learn's introsort of the node's float64 targets; the order it leaves tied targets
 * in decides which Fenwick slots their weights land in, and so the last bits (and, with integer bootstrap weights
 * hitting exactly half the total, the median itself). Stratum sorts the targets' global dense ranks with the same
 * introsort ({@link FeatureSort}, exact as float32 below 2^24 distinct targets): a strictly increasing map keeps
 * every comparison, hence the same permutation.
 */
final class AbsoluteError extends Criterion {
    /** Dense ranks of more distinct targets than this are not exact as float32. */
    static final int MAX_DISTINCT = 1 << 24;

    private final double[] y;
    private final float[] yRank;
    private final double[] leftAbsErrors;
    private final double[] rightAbsErrors;
    private final double[] leftMedians;
    private final double[] rightMedians;
    private final int[] ranks;
    private final double[] sortedY;
    private final float[] sortKeys;
    private final int[] sortedIndices;
    private final WeightedFenwickTree tree;
    private double nodeMedian;

    /** {@code yRank}: {@link #denseRanks} of {@code y}. */
    AbsoluteError(double[] y, float[] yRank, int[] samples, double[] weights, double weightedSamples) {
        super(samples, weights, weightedSamples);
        int n = samples.length;
        this.y = y;
        this.yRank = yRank;
        this.leftAbsErrors = new double[n];
        this.rightAbsErrors = new double[n];
        this.leftMedians = new double[n];
        this.rightMedians = new double[n];
        this.ranks = new int[n];
        this.sortedY = new double[n];
        this.sortKeys = new float[n];
        this.sortedIndices = new int[n];
        this.tree = new WeightedFenwickTree(n);
    }

    /**
     * Each target's rank among the distinct targets (-0.0 and 0.0 being equal, as C compares them), as float32;
     * null when there are {@link #MAX_DISTINCT} or more distinct targets.
     */
    static float[] denseRanks(double[] y) {
        double[] distinct = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            distinct[i] = y[i] + 0.0;
        }
        java.util.Arrays.sort(distinct);
        int d = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || distinct[i] != distinct[d - 1]) {
                distinct[d++] = distinct[i];
            }
        }
        if (d >= MAX_DISTINCT) {
            return null;
        }
        float[] out = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = java.util.Arrays.binarySearch(distinct, 0, d, y[i] + 0.0);
        }
        return out;
    }

    @Override
    void init(int start, int end) {
        this.start = start;
        this.end = end;
        weightedNode = 0.0;
        for (int p = start; p < end; p++) {
            weightedNode += weight(samples[p]);
        }
        reset();
    }

    @Override
    void reset() {
        weightedLeft = 0.0;
        weightedRight = weightedNode;
        pos = start;
        java.util.Arrays.fill(leftAbsErrors, start, end, 0.0);
        java.util.Arrays.fill(rightAbsErrors, start, end, 0.0);
        int n = end - start;
        // compute_ranks: sort the node's targets, carrying their node-local positions.
        for (int k = 0; k < n; k++) {
            sortKeys[k] = yRank[samples[start + k]];
            sortedIndices[k] = k;
        }
        FeatureSort.sort(sortKeys, sortedIndices, 0, n);
        for (int k = 0; k < n; k++) {
            sortedY[k] = y[samples[start + sortedIndices[k]]];
            ranks[start + sortedIndices[k]] = k;
        }
        precompute(start, end, leftAbsErrors, leftMedians);
        precompute(end - 1, start - 1, rightAbsErrors, rightMedians);
        nodeMedian = rightMedians[start];
    }

    /** {@code precompute_absolute_errors}: prefix (from &lt; to) or suffix (from &gt; to) errors and medians. */
    private void precompute(int from, int to, double[] absErrors, double[] medians) {
        int step = from < to ? 1 : -1;
        int n = from < to ? to - from : from - to;
        tree.reset(n);
        int p = from;
        for (int k = 0; k < n; k++) {
            double w = weight(samples[p]);
            int rank = ranks[p];
            tree.add(rank, sortedY[rank], w);
            double half = 0.5 * tree.totalW;
            int medianRank = tree.search(half);
            double wLeft = tree.cumulW;
            double wyLeft = tree.cumulWy;
            int prevRank = tree.prevIdx;
            double median = medianRank != prevRank ? (sortedY[prevRank] + sortedY[medianRank]) / 2
                    : sortedY[medianRank];
            double wRight = tree.totalW - wLeft;
            double wyRight = tree.totalWy - wyLeft;
            medians[p] = median;
            absErrors[p] += (wyRight - median * wRight) + (median * wLeft - wyLeft);
            p += step;
        }
    }

    @Override
    void update(int newPos) {
        for (int p = pos; p < newPos; p++) {
            weightedLeft += weight(samples[p]);
        }
        weightedRight = weightedNode - weightedLeft;
        pos = newPos;
    }

    @Override
    double nodeImpurity() {
        return rightAbsErrors[start] / weightedNode;
    }

    @Override
    double[] childrenImpurity() {
        double left = 0.0;
        if (pos > start) {
            left += leftAbsErrors[pos - 1];
        }
        double right = 0.0;
        if (pos < end) {
            right += rightAbsErrors[pos];
        }
        return new double[] {left / weightedLeft, right / weightedRight};
    }

    @Override
    double proxyImprovement() {
        double[] impurity = childrenImpurity();
        return -weightedRight * impurity[1] - weightedLeft * impurity[0];
    }

    @Override
    double[] nodeValue() {
        return new double[] {nodeMedian};
    }
}
