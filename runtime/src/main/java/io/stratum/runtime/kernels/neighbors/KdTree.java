package io.stratum.runtime.kernels.neighbors;

/**
 * scikit-learn's {@code KDTree} with the Euclidean metric, built and queried as {@code sklearn.neighbors} does it,
 * so that a query finds the same neighbours in the same order, equally distant ones included: {@code 2^levels - 1}
 * nodes for leaves of {@code leafSize} to {@code 2 * leafSize} rows, each node split at its middle row along its
 * coordinate of largest spread ({@link NthElement}, libstdc++'s {@code nth_element}), bounded by its rows' minima
 * and maxima; a query descends depth first into the nearer child (by the squared distance to its box), skips a node
 * whose box is farther than its current k-th neighbour, visits a leaf's rows in the tree's order and keeps the
 * nearest in scikit-learn's bounded max-heap, then sorts them by distance ({@link SimultaneousSort}).
 */
final class KdTree {
    private final double[] data;
    private final int features;
    private final int[] idx;
    private final int nodes;
    private final int[] start;
    private final int[] end;
    private final boolean[] leaf;
    private final double[] lower;
    private final double[] upper;

    /** The tree of the {@code rows} row-major rows of {@code data}. */
    KdTree(double[] data, int rows, int features, int leafSize) {
        this.data = data;
        this.features = features;
        // scikit-learn: int(np.log2(fmax(1, (n_samples - 1) / leaf_size)) + 1), the exponent of a double >= 1 plus one
        int levels = Math.getExponent(Math.max(1.0, (rows - 1) / (double) leafSize)) + 1;
        this.nodes = (1 << levels) - 1;
        this.idx = new int[rows];
        for (int i = 0; i < rows; i++) {
            idx[i] = i;
        }
        this.start = new int[nodes];
        this.end = new int[nodes];
        this.leaf = new boolean[nodes];
        this.lower = new double[nodes * features];
        this.upper = new double[nodes * features];
        build(0, 0, rows);
    }

    private void build(int node, int from, int to) {
        bound(node, from, to);
        if (2 * node + 1 >= nodes || to - from < 2) {
            leaf[node] = true;
            return;
        }
        int mid = (to - from) / 2;
        NthElement.select(idx, from, from + mid, to, data, features, splitDimension(from, to));
        build(2 * node + 1, from, from + mid);
        build(2 * node + 2, from + mid, to);
    }

    /** The rows in the tree's order (scikit-learn's {@code idx_array}): each node holds a run of it. */
    int[] order() {
        return idx.clone();
    }

    /** The node's rows and, per coordinate, their smallest and largest value. */
    private void bound(int node, int from, int to) {
        start[node] = from;
        end[node] = to;
        int base = node * features;
        java.util.Arrays.fill(lower, base, base + features, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(upper, base, base + features, Double.NEGATIVE_INFINITY);
        for (int i = from; i < to; i++) {
            int row = idx[i] * features;
            for (int j = 0; j < features; j++) {
                lower[base + j] = fmin(lower[base + j], data[row + j]);
                upper[base + j] = fmax(upper[base + j], data[row + j]);
            }
        }
    }

    /** The first coordinate whose values spread widest over the rows (0 when none spreads). */
    private int splitDimension(int from, int to) {
        int best = 0;
        double widest = 0;
        for (int j = 0; j < features; j++) {
            double max = data[idx[from] * features + j];
            double min = max;
            for (int i = from + 1; i < to; i++) {
                double v = data[idx[i] * features + j];
                max = fmax(max, v);
                min = fmin(min, v);
            }
            double spread = max - min;
            if (spread > widest) {
                widest = spread;
                best = j;
            }
        }
        return best;
    }

    /** C's {@code fmin}: the other value when one is NaN. */
    private static double fmin(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    private static double fmax(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    /**
     * The {@code k} nearest rows of {@code point}: their row indices into {@code neighbours} and squared distances
     * into {@code squared}, nearest first, in scikit-learn's order.
     */
    void query(double[] point, int k, double[] squared, int[] neighbours) {
        java.util.Arrays.fill(squared, 0, k, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(neighbours, 0, k, 0);
        descend(0, point, k, squared, neighbours, boxDistance(0, point));
        SimultaneousSort.sort(squared, neighbours, k);
    }

    private void descend(int node, double[] point, int k, double[] heap, int[] heapRows, double bound) {
        if (bound > heap[0]) {
            return;
        }
        if (leaf[node]) {
            for (int i = start[node]; i < end[node]; i++) {
                int row = idx[i] * features;
                double d = 0;
                for (int j = 0; j < features; j++) {
                    double t = point[j] - data[row + j];
                    d += t * t;
                }
                NeighbourHeap.push(heap, heapRows, k, d, idx[i]);
            }
            return;
        }
        int left = 2 * node + 1;
        int right = left + 1;
        double leftBound = boxDistance(left, point);
        double rightBound = boxDistance(right, point);
        if (leftBound <= rightBound) {
            descend(left, point, k, heap, heapRows, leftBound);
            descend(right, point, k, heap, heapRows, rightBound);
        } else {
            descend(right, point, k, heap, heapRows, rightBound);
            descend(left, point, k, heap, heapRows, leftBound);
        }
    }

    /** The squared distance from {@code point} to the node's box, as scikit-learn's {@code min_rdist} adds it up. */
    private double boxDistance(int node, double[] point) {
        int base = node * features;
        double rdist = 0;
        for (int j = 0; j < features; j++) {
            double below = lower[base + j] - point[j];
            double above = point[j] - upper[base + j];
            double d = (below + Math.abs(below)) + (above + Math.abs(above));
            double half = 0.5 * d;
            rdist += half * half;
        }
        return rdist;
    }
}
