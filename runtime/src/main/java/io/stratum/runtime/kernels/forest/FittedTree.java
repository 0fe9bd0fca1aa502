package io.stratum.runtime.kernels.forest;

/**
 * One fitted decision tree, stored as scikit-learn's {@code Tree} stores it: parallel node arrays, a leaf being a
 * node whose left child is -1. Rows are compared as float32 values against float64 thresholds, as scikit-learn
 * does after converting X to float32.
 */
final class FittedTree {
    private final int[] left;
    private final int[] right;
    private final int[] feature;
    private final double[] threshold;
    private final double[][] value;

    FittedTree(int[] left, int[] right, int[] feature, double[] threshold, double[][] value) {
        this.left = left;
        this.right = right;
        this.feature = feature;
        this.threshold = threshold;
        this.value = value;
    }

    int nodeCount() {
        return left.length;
    }

    /** The leaf value (mean target, or class fractions) of a row given as float32 features. */
    double[] leafValue(float[] row) {
        int node = 0;
        while (left[node] != -1) {
            node = row[feature[node]] <= threshold[node] ? left[node] : right[node];
        }
        return value[node];
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

    double[][] value() {
        return value;
    }
}
