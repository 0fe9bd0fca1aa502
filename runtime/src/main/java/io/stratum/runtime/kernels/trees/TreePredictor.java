package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.cache.StoredArrays;
import io.stratum.runtime.data.FeatureMatrix;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * One fitted tree as flat node arrays in depth-first order (left subtree first), scikit-learn's
 * {@code TreePredictor}: an internal node sends a row left when its feature is {@code <= threshold}, a missing value
 * where {@code missingLeft} says; a leaf holds its (already shrunk) value.
 */
final class TreePredictor {
    private final int[] feature;
    private final double[] threshold;
    private final boolean[] missingLeft;
    private final int[] left;
    private final int[] right;
    private final double[] value;

    private TreePredictor(int[] feature, double[] threshold, boolean[] missingLeft, int[] left, int[] right,
                          double[] value) {
        this.feature = feature;
        this.threshold = threshold;
        this.missingLeft = missingLeft;
        this.left = left;
        this.right = right;
        this.value = value;
    }

    /** The tree grown by a grower, numeric thresholds taken from the bin mapper (+inf for "all non-missing left"). */
    static TreePredictor of(TreeGrower.Node root, int nodeCount, BinMapper mapper) {
        TreePredictor p = new TreePredictor(new int[nodeCount], new double[nodeCount], new boolean[nodeCount],
                new int[nodeCount], new int[nodeCount], new double[nodeCount]);
        p.fill(root, 0, mapper);
        return p;
    }

    private int fill(TreeGrower.Node node, int at, BinMapper mapper) {
        value[at] = node.value;
        if (node.leaf) {
            feature[at] = -1;
            return at + 1;
        }
        SplitInfo split = node.split;
        feature[at] = split.feature();
        missingLeft[at] = split.missingGoToLeft();
        threshold[at] = split.bin() == mapper.nonMissingBins(split.feature()) - 1
                ? Double.POSITIVE_INFINITY
                : mapper.thresholds(split.feature())[split.bin()];
        int next = at + 1;
        left[at] = next;
        next = fill(node.left, next, mapper);
        right[at] = next;
        return fill(node.right, next, mapper);
    }

    /** Adds this tree's value for rows [from, to) of {@code x} to {@code out}. */
    void addTo(FeatureMatrix x, int from, int to, double[] out) {
        for (int i = from; i < to; i++) {
            out[i] += valueOf(x, i);
        }
    }

    private double valueOf(FeatureMatrix x, int row) {
        int node = 0;
        while (feature[node] >= 0) {
            double v = x.get(row, feature[node]);
            boolean goLeft = Double.isNaN(v) ? missingLeft[node] : v <= threshold[node];
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
        }
        StoredArrays.writeDoubles(out, threshold);
        StoredArrays.writeDoubles(out, value);
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
        for (int i = 0; i < n; i++) {
            feature[i] = in.readInt();
            missingLeft[i] = in.readBoolean();
            left[i] = in.readInt();
            right[i] = in.readInt();
            if (feature[i] >= 0 && (left[i] <= i || left[i] >= n || right[i] <= i || right[i] >= n)) {
                throw new IOException("bad child of tree node " + i);
            }
        }
        double[] threshold = StoredArrays.readDoubles(in);
        double[] value = StoredArrays.readDoubles(in);
        if (threshold == null || value == null || threshold.length != n || value.length != n) {
            throw new IOException("tree arrays do not match its " + n + " nodes");
        }
        return new TreePredictor(feature, threshold, missingLeft, left, right, value);
    }
}
