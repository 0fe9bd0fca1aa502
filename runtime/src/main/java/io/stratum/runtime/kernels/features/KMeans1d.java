package io.stratum.runtime.kernels.features;

import io.stratum.runtime.kernels.NumpySums;

import io.stratum.runtime.data.DataException;

/**
 * scikit-learn's {@code KMeans(n_clusters, init=centres, n_init=1)} (Lloyd) on one column, as KBinsDiscretizer runs it:
 * the data centred on its mean, distances as {@code c*c - 2*x*c} (ties to the lower centre), centres moved to their
 * cluster means until the labels stop changing or the squared centre shift falls to {@code 1e-4 * var(x)}, at most
 * 300 iterations; a cluster left empty takes the farthest row, as scikit-learn relocates it. Sums run in row order
 * where scikit-learn sums in chunks, so centres agree to rounding.
 */
final class KMeans1d {
    private static final int MAX_ITER = 300;

    private KMeans1d() {
    }

    static double[] fit(String column, double[] raw, double[] init) {
        int n = raw.length;
        int k = init.length;
        if (n < k) {
            throw new DataException("KBinsDiscretizer(strategy='kmeans'): column '" + column + "' has n_samples=" + n
                    + ", which should be >= n_clusters=" + k + "; use fewer bins");
        }
        // np.var and np.mean with numpy's pairwise sums, so the centred data and tolerance are scikit-learn's bits
        double mean = NumpySums.mean(raw);
        double[] x = new double[n];
        double[] squares = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = raw[i] - mean;
            squares[i] = Math.abs(x[i]) * Math.abs(x[i]);
        }
        double tol = NumpySums.mean(squares) * 1e-4;
        double[] centers = new double[k];
        for (int c = 0; c < k; c++) {
            centers[c] = init[c] - mean;
        }
        int[] labels = new int[n];
        int[] previous = new int[n];
        java.util.Arrays.fill(previous, -1);
        boolean strict = false;
        for (int iter = 0; iter < MAX_ITER; iter++) {
            assign(x, centers, labels);
            double[] sums = new double[k];
            double[] counts = new double[k];
            for (int i = 0; i < n; i++) {
                sums[labels[i]] += x[i];
                counts[labels[i]] += 1.0;
            }
            relocateEmpty(x, centers, labels, sums, counts);
            // scikit-learn's _average_centers: multiply by 1/weight; a cluster still empty takes the place of the
            // heaviest one (first of equal weights) as it stands at that point of the loop.
            int heaviest = 0;
            for (int c = 1; c < k; c++) {
                if (counts[c] > counts[heaviest]) {
                    heaviest = c;
                }
            }
            for (int c = 0; c < k; c++) {
                if (counts[c] > 0) {
                    sums[c] *= 1.0 / counts[c];
                } else {
                    sums[c] = sums[heaviest];
                }
            }
            double shift = 0.0;
            for (int c = 0; c < k; c++) {
                shift += (sums[c] - centers[c]) * (sums[c] - centers[c]);
                centers[c] = sums[c];
            }
            if (java.util.Arrays.equals(labels, previous)) {
                strict = true;
                break;
            }
            if (shift <= tol) {
                break;
            }
            System.arraycopy(labels, 0, previous, 0, n);
        }
        if (!strict) {
            assign(x, centers, labels);
        }
        double[] out = new double[k];
        for (int c = 0; c < k; c++) {
            out[c] = centers[c] + mean;
        }
        return out;
    }

    /**
     * scikit-learn's {@code _relocate_empty_clusters_dense}: each empty cluster takes the row farthest from its
     * current centre (farthest first), which leaves its old cluster; labels stay as they were. Among rows at exactly
     * the same distance the last is taken first, as numpy's argpartition does for the single farthest row (one empty
     * cluster); with several empty clusters at once numpy's order among equal distances may differ.
     */
    private static void relocateEmpty(double[] x, double[] centers, int[] labels, double[] sums, double[] counts) {
        int[] emptyClusters = new int[counts.length];
        int empty = 0;
        for (int c = 0; c < counts.length; c++) {
            if (counts[c] == 0) {
                emptyClusters[empty++] = c;
            }
        }
        if (empty == 0) {
            return;
        }
        int n = x.length;
        double[] distance = new double[n];
        double largest = 0.0;
        for (int i = 0; i < n; i++) {
            double d = x[i] - centers[labels[i]];
            distance[i] = d * d;
            largest = Math.max(largest, distance[i]);
        }
        if (largest == 0) {
            return; // more clusters than distinct values: nothing to relocate, as in scikit-learn
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> distance[a] != distance[b] ? Double.compare(distance[b], distance[a])
                : Integer.compare(b, a));
        // the clusters empty before any move; one that empties by giving its row away stays empty this iteration
        for (int e = 0; e < empty; e++) {
            int c = emptyClusters[e];
            int far = order[e];
            int old = labels[far];
            sums[old] -= x[far];
            sums[c] = x[far];
            counts[c] = 1.0;
            counts[old] -= 1.0;
        }
    }

    private static void assign(double[] x, double[] centers, int[] labels) {
        int k = centers.length;
        for (int i = 0; i < x.length; i++) {
            int best = 0;
            double bestDistance = Double.POSITIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                double d = centers[c] * centers[c] - 2 * x[i] * centers[c];
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            labels[i] = best;
        }
    }
}
