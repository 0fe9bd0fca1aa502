package io.stratum.runtime.kernels.forest;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * One fitted decision tree, stored as scikit-learn's {@code Tree} stores it: parallel node arrays, a leaf being a
 * node whose left child is -1. Rows are compared as float32 values against float64 thresholds, as scikit-learn
 * does after converting X to float32; a missing value (NaN) goes to the side its node's split recorded.
 */
final class FittedTree {
    private final int[] left;
    private final int[] right;
    private final int[] feature;
    private final double[] threshold;
    private final boolean[] missingLeft;
    private final double[][] value;

    FittedTree(int[] left, int[] right, int[] feature, double[] threshold, boolean[] missingLeft, double[][] value) {
        this.left = left;
        this.right = right;
        this.feature = feature;
        this.threshold = threshold;
        this.missingLeft = missingLeft;
        this.value = value;
    }

    int nodeCount() {
        return left.length;
    }

    /** The leaf value (mean target, or class fractions) of a row given as float32 features. */
    double[] leafValue(float[] row) {
        int node = 0;
        while (left[node] != -1) {
            float v = row[feature[node]];
            boolean goLeft = Float.isNaN(v) ? missingLeft[node] : v <= threshold[node];
            node = goLeft ? left[node] : right[node];
        }
        return value[node];
    }

    /** Writes the node arrays with exact bits. */
    void writeTo(DataOutput out) throws IOException {
        int n = left.length;
        out.writeInt(n);
        out.writeInt(value[0].length);
        for (int i = 0; i < n; i++) {
            out.writeInt(left[i]);
            out.writeInt(right[i]);
            out.writeInt(feature[i]);
            out.writeLong(Double.doubleToRawLongBits(threshold[i]));
            out.writeBoolean(missingLeft[i]);
            for (double v : value[i]) {
                out.writeLong(Double.doubleToRawLongBits(v));
            }
        }
    }

    /** Reads what {@link #writeTo} wrote, refusing node links that could loop or leave the arrays. */
    static FittedTree readFrom(DataInput in) throws IOException {
        int n = in.readInt();
        int width = in.readInt();
        if (n < 1 || width < 1) {
            throw new IOException("bad tree size " + n + " x " + width);
        }
        int[] left = new int[n];
        int[] right = new int[n];
        int[] feature = new int[n];
        double[] threshold = new double[n];
        boolean[] missingLeft = new boolean[n];
        double[][] value = new double[n][width];
        for (int i = 0; i < n; i++) {
            left[i] = in.readInt();
            right[i] = in.readInt();
            feature[i] = in.readInt();
            threshold[i] = Double.longBitsToDouble(in.readLong());
            missingLeft[i] = in.readBoolean();
            for (int k = 0; k < width; k++) {
                value[i][k] = Double.longBitsToDouble(in.readLong());
            }
            boolean leaf = left[i] == -1 && right[i] == -1;
            if (!leaf && (left[i] <= i || left[i] >= n || right[i] <= i || right[i] >= n || feature[i] < 0)) {
                throw new IOException("bad node " + i);
            }
        }
        return new FittedTree(left, right, feature, threshold, missingLeft, value);
    }

    static void writeForest(DataOutput out, FittedTree[] trees) throws IOException {
        out.writeInt(trees.length);
        for (FittedTree t : trees) {
            t.writeTo(out);
        }
    }

    static FittedTree[] readForest(DataInput in) throws IOException {
        int n = in.readInt();
        if (n < 1) {
            throw new IOException("bad tree count " + n);
        }
        FittedTree[] trees = new FittedTree[n];
        for (int t = 0; t < n; t++) {
            trees[t] = readFrom(in);
        }
        return trees;
    }

    int[] left() {
        return left;
    }

    int[] right() {
        return right;
    }

    int[] feature() {
        return feature;
    }

    double[] threshold() {
        return threshold;
    }

    boolean[] missingLeft() {
        return missingLeft;
    }

    double[][] value() {
        return value;
    }
}
