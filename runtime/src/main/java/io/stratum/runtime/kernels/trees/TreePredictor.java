package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.cache.StoredArrays;
import io.stratum.runtime.data.FeatureMatrix;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * One fitted tree as flat node arrays in depth-first order (left subtree first), scikit-learn's
 * {@code TreePredictor}: an internal node sends a row left when its feature is {@code <= threshold}, a missing value
 * where {@code missingLeft} says; a leaf holds its (already shrunk) value. A categorical node (on ordinal codes)
 * sends a row left when its code is set in its row of the tree's bitset table, filled in the node order as
 * scikit-learn fills {@code raw_left_cat_bitsets}. Like scikit-learn, a categorical split on a feature with a single
 * category (the other side being the missing values) is stored as a numeric "split on NaN" with no bitset of its
 * own, and predicts with the table's first row.
 */
final class TreePredictor {
    private final int[] feature;
    private final double[] threshold;
    private final boolean[] missingLeft;
    private final int[] left;
    private final int[] right;
    private final double[] value;
    /** The bitset row of a categorical node, -1 for a numeric one. */
    private final int[] bitsetRow;
    /** Four words (256 bits) per categorical split of the tree. */
    private long[] bitsets;
    /**
     * The split's bin of each node of a tree just grown (null for a tree read back): a row whose bin is at most it
     * goes left in {@link #addBinnedTo}, as in scikit-learn's {@code predict_binned}.
     */
    private int[] binThreshold;

    private TreePredictor(int[] feature, double[] threshold, boolean[] missingLeft, int[] left, int[] right,
                          double[] value, int[] bitsetRow, long[] bitsets) {
        this.feature = feature;
        this.threshold = threshold;
        this.missingLeft = missingLeft;
        this.left = left;
        this.right = right;
        this.value = value;
        this.bitsetRow = bitsetRow;
        this.bitsets = bitsets;
    }

    /** The tree grown by a grower, numeric thresholds taken from the bin mapper (+inf for "all non-missing left"). */
    static TreePredictor of(TreeGrower.Node root, int nodeCount, BinMapper mapper) {
        int[] rows = new int[nodeCount];
        java.util.Arrays.fill(rows, -1);
        TreePredictor p = new TreePredictor(new int[nodeCount], new double[nodeCount], new boolean[nodeCount],
                new int[nodeCount], new int[nodeCount], new double[nodeCount], rows, new long[4 * nodeCount]);
        int[] nextRow = {0};
        int[] categoricalSplits = {0};
        p.binThreshold = new int[nodeCount];
        p.fill(root, 0, mapper, nextRow, categoricalSplits);
        p.bitsets = java.util.Arrays.copyOf(p.bitsets, 4 * categoricalSplits[0]);
        return p;
    }

    private int fill(TreeGrower.Node node, int at, BinMapper mapper, int[] nextRow, int[] categoricalSplits) {
        value[at] = node.value;
        if (node.leaf) {
            feature[at] = -1;
            return at + 1;
        }
        SplitInfo split = node.split;
        feature[at] = split.feature();
        binThreshold[at] = split.bin();
        missingLeft[at] = split.missingGoToLeft();
        if (split.categorical()) {
            categoricalSplits[0]++;
        }
        if (split.bin() == mapper.nonMissingBins(split.feature()) - 1) {
            threshold[at] = Double.POSITIVE_INFINITY;
            if (split.categorical()) {
                bitsetRow[at] = 0;
            }
        } else if (split.categorical()) {
            bitsetRow[at] = nextRow[0]++;
            System.arraycopy(split.leftCategories(), 0, bitsets, 4 * bitsetRow[at], 4);
        } else {
            threshold[at] = mapper.thresholds(split.feature())[split.bin()];
        }
        int next = at + 1;
        left[at] = next;
        next = fill(node.left, next, mapper, nextRow, categoricalSplits);
        right[at] = next;
        return fill(node.right, next, mapper, nextRow, categoricalSplits);
    }

    /** Adds this tree's value for rows [from, to) of {@code x} to {@code out}. */
    void addTo(FeatureMatrix x, int from, int to, double[] out) {
        for (int i = from; i < to; i++) {
            out[i] += valueOf(x, i);
        }
    }

    /**
     * Adds this tree's value for rows [from, to) of bins {@code binned} ({@code binned[feature * rows + row]}, missing
     * values in {@code missingBin}) to {@code out}, a row at a time: scikit-learn's {@code predict_binned}, and the
     * reference {@link BinnedWalk}, which the fit's early stopping uses, is tested against. A numeric node sends a row left when its bin is at most the split's; that is
     * where {@link #addTo} sends its value, except at a NaN threshold (a percentile between infinities), which every
     * value is right of. A categorical node's bitset holds codes, which are their bins.
     */
    void addBinnedTo(byte[] binned, int rows, int missingBin, int from, int to, double[] out) {
        for (int i = from; i < to; i++) {
            int node = 0;
            while (feature[node] >= 0) {
                node = goesLeftBinned(node, binned[feature[node] * rows + i] & 0xFF, missingBin) ? left[node]
                        : right[node];
            }
            out[i] += value[node];
        }
    }

    /** Whether internal node {@code node} sends a row of bin {@code bin} left ({@link #addBinnedTo}). */
    private boolean goesLeftBinned(int node, int bin, int missingBin) {
        if (bin == missingBin) {
            return missingLeft[node];
        } else if (bitsetRow[node] >= 0) {
            return (bitsets[4 * bitsetRow[node] + (bin >>> 6)] & (1L << (bin & 63))) != 0;
        }
        return bin <= binThreshold[node];
    }

    /**
     * This tree as tables over the bins, to add its values to many binned rows ({@link BinnedWalk#addTo}): built for
     * one early-stopping check and dropped after it, never kept with the fitted model.
     */
    BinnedWalk binnedWalk(int missingBin) {
        int nodes = feature.length;
        int[] splitFeature = new int[nodes];
        byte[] side = new byte[nodes * BinnedWalk.BINS];
        int[] next = new int[2 * nodes];
        for (int node = 0; node < nodes; node++) {
            if (feature[node] < 0) {
                // a leaf sends every row to itself, so rows that reach it early wait there for the deepest ones
                next[2 * node] = node;
                next[2 * node + 1] = node;
                continue;
            }
            splitFeature[node] = feature[node];
            next[2 * node] = right[node];
            next[2 * node + 1] = left[node];
            int base = node * BinnedWalk.BINS;
            if (bitsetRow[node] >= 0) {
                for (int bin = 0; bin < BinnedWalk.BINS; bin++) {
                    side[base + bin] = (byte) (goesLeftBinned(node, bin, missingBin) ? 1 : 0);
                }
            } else {
                // a numeric split: the bins up to the split's left, then the missing values' bin where they go
                int lefts = Math.max(0, Math.min(binThreshold[node] + 1, BinnedWalk.BINS));
                java.util.Arrays.fill(side, base, base + lefts, (byte) 1);
                if (missingBin >= 0 && missingBin < BinnedWalk.BINS) {
                    side[base + missingBin] = (byte) (missingLeft[node] ? 1 : 0);
                }
            }
        }
        return new BinnedWalk(splitFeature, side, next, value, depth(0));
    }

    /** The number of splits on the longest path from {@code node} down to a leaf. */
    private int depth(int node) {
        return feature[node] < 0 ? 0 : 1 + Math.max(depth(left[node]), depth(right[node]));
    }

    /**
     * {@link #addBinnedTo} for many rows: eight rows go down the tree together, each step a load of the row's bin and
     * of the side a table gives for (node, bin), so that the eight chains of loads overlap and no branch depends on a
     * bin (one row at a time, a mispredicted branch per split costs more than the split). Every row takes as many
     * steps as the tree is deep, a leaf sending it to itself. Each row gets its leaf's value added as one row at a
     * time would: the same bits.
     */
    static final class BinnedWalk {
        static final int BINS = 256;
        private final int[] feature;
        private final byte[] side;
        private final int[] next;
        private final double[] value;
        private final int depth;

        private BinnedWalk(int[] feature, byte[] side, int[] next, double[] value, int depth) {
            this.feature = feature;
            this.side = side;
            this.next = next;
            this.value = value;
            this.depth = depth;
        }

        /** Adds the tree's value for rows [from, to) of {@code binned} ({@code [feature * rows + row]}) to {@code out}. */
        void addTo(byte[] binned, int rows, int from, int to, double[] out) {
            int i = from;
            for (; i + 8 <= to; i += 8) {
                int n0 = 0;
                int n1 = 0;
                int n2 = 0;
                int n3 = 0;
                int n4 = 0;
                int n5 = 0;
                int n6 = 0;
                int n7 = 0;
                for (int d = 0; d < depth; d++) {
                    n0 = next[2 * n0 + side[n0 * BINS + (binned[feature[n0] * rows + i] & 0xFF)]];
                    n1 = next[2 * n1 + side[n1 * BINS + (binned[feature[n1] * rows + i + 1] & 0xFF)]];
                    n2 = next[2 * n2 + side[n2 * BINS + (binned[feature[n2] * rows + i + 2] & 0xFF)]];
                    n3 = next[2 * n3 + side[n3 * BINS + (binned[feature[n3] * rows + i + 3] & 0xFF)]];
                    n4 = next[2 * n4 + side[n4 * BINS + (binned[feature[n4] * rows + i + 4] & 0xFF)]];
                    n5 = next[2 * n5 + side[n5 * BINS + (binned[feature[n5] * rows + i + 5] & 0xFF)]];
                    n6 = next[2 * n6 + side[n6 * BINS + (binned[feature[n6] * rows + i + 6] & 0xFF)]];
                    n7 = next[2 * n7 + side[n7 * BINS + (binned[feature[n7] * rows + i + 7] & 0xFF)]];
                }
                out[i] += value[n0];
                out[i + 1] += value[n1];
                out[i + 2] += value[n2];
                out[i + 3] += value[n3];
                out[i + 4] += value[n4];
                out[i + 5] += value[n5];
                out[i + 6] += value[n6];
                out[i + 7] += value[n7];
            }
            for (; i < to; i++) {
                int node = 0;
                for (int d = 0; d < depth; d++) {
                    node = next[2 * node + side[node * BINS + (binned[feature[node] * rows + i] & 0xFF)]];
                }
                out[i] += value[node];
            }
        }
    }

    private double valueOf(FeatureMatrix x, int row) {
        int node = 0;
        while (feature[node] >= 0) {
            double v = x.get(row, feature[node]);
            boolean goLeft;
            if (Double.isNaN(v)) {
                goLeft = missingLeft[node];
            } else if (bitsetRow[node] >= 0) {
                int code = (int) v;
                goLeft = (bitsets[4 * bitsetRow[node] + (code >>> 6)] & (1L << (code & 63))) != 0;
            } else {
                goLeft = v <= threshold[node];
            }
            node = goLeft ? left[node] : right[node];
        }
        return value[node];
    }

    int nodeCount() {
        return feature.length;
    }

    int leafCount() {
        int leaves = 0;
        for (int f : feature) {
            if (f < 0) {
                leaves++;
            }
        }
        return leaves;
    }

    void writeTo(DataOutput out) throws IOException {
        int n = feature.length;
        out.writeInt(n);
        for (int i = 0; i < n; i++) {
            out.writeInt(feature[i]);
            out.writeBoolean(missingLeft[i]);
            out.writeInt(left[i]);
            out.writeInt(right[i]);
            out.writeInt(bitsetRow[i]);
        }
        StoredArrays.writeDoubles(out, threshold);
        StoredArrays.writeDoubles(out, value);
        out.writeInt(bitsets.length);
        for (long word : bitsets) {
            out.writeLong(word);
        }
    }

    static TreePredictor readFrom(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 1) {
            throw new IOException("bad tree size " + n);
        }
        int[] feature = new int[n];
        boolean[] missingLeft = new boolean[n];
        int[] left = new int[n];
        int[] right = new int[n];
        int[] bitsetRow = new int[n];
        for (int i = 0; i < n; i++) {
            feature[i] = in.readInt();
            missingLeft[i] = in.readBoolean();
            left[i] = in.readInt();
            right[i] = in.readInt();
            bitsetRow[i] = in.readInt();
            if (feature[i] >= 0 && (left[i] <= i || left[i] >= n || right[i] <= i || right[i] >= n)) {
                throw new IOException("bad child of tree node " + i);
            }
        }
        double[] threshold = StoredArrays.readDoubles(in);
        double[] value = StoredArrays.readDoubles(in);
        if (threshold == null || value == null || threshold.length != n || value.length != n) {
            throw new IOException("tree arrays do not match its " + n + " nodes");
        }
        int words = in.readInt();
        if (words < 0 || words % 4 != 0 || words > 4 * n) {
            throw new IOException("bad categorical bitsets of a tree");
        }
        long[] bitsets = new long[words];
        for (int w = 0; w < words; w++) {
            bitsets[w] = in.readLong();
        }
        for (int i = 0; i < n; i++) {
            if (bitsetRow[i] < -1 || 4 * bitsetRow[i] >= words && bitsetRow[i] >= 0) {
                throw new IOException("bad bitset row of tree node " + i);
            }
        }
        return new TreePredictor(feature, threshold, missingLeft, left, right, value, bitsetRow, bitsets);
    }
}
