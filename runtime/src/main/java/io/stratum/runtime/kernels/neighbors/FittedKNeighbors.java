package io.stratum.runtime.kernels.neighbors;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import java.util.List;

/**
 * The immutable state of a fitted k-nearest-neighbours regressor: the training rows (row-major) and targets, which
 * brute-force search compares every query against.
 */
public final class FittedKNeighbors {
    private final List<String> featureNames;
    private final int rows;
    private final int cols;
    private final double[] train;
    private final double[] trainNorms;
    private final double[] y;
    private final int k;
    private final boolean distanceWeights;

    FittedKNeighbors(List<String> featureNames, int rows, int cols, double[] train, double[] trainNorms, double[] y,
                     int k, boolean distanceWeights) {
        this.featureNames = List.copyOf(featureNames);
        this.rows = rows;
        this.cols = cols;
        this.train = train;
        this.trainNorms = trainNorms;
        this.y = y;
        this.k = k;
        this.distanceWeights = distanceWeights;
    }

    public int neighbours() {
        return k;
    }

    /**
     * The mean target of the {@code k} nearest training rows, or with distance weights the {@code 1/d} weighted
     * mean; a query that coincides with training rows takes the mean of those rows only, as scikit-learn does.
     */
    public double[] predict(FeatureMatrix x) {
        if (!x.featureNames().equals(featureNames)) {
            throw new DataException("KNeighborsRegressor was fitted on features " + featureNames + " but predict got "
                    + x.featureNames() + "; build the test matrix with the same columns in the same order");
        }
        int q = x.rows();
        double[] data = x.toColumnMajorArray();
        double[] out = new double[q];
        double[] dist = new double[rows];
        int[] order = new int[rows];
        double[] query = new double[cols];
        for (int a = 0; a < q; a++) {
            double queryNorm = 0.0;
            for (int j = 0; j < cols; j++) {
                query[j] = data[j * q + a];
                queryNorm += query[j] * query[j];
            }
            for (int b = 0; b < rows; b++) {
                // scikit-learn's brute force expands ||x - y||^2 = ||x||^2 - 2 x.y + ||y||^2 and clips at 0; doing
                // the same keeps equal-distance ties and the distance weights on its side of rounding.
                double dot = 0.0;
                int base = b * cols;
                for (int j = 0; j < cols; j++) {
                    dot += query[j] * train[base + j];
                }
                double squared = queryNorm + -2.0 * dot + trainNorms[b];
                dist[b] = squared < 0 ? 0.0 : squared;
            }
            int found = nearest(dist, order);
            out[a] = distanceWeights ? weighted(dist, order, found) : uniform(order, found);
        }
        return out;
    }

    /** Puts the indices of the k smallest distances first in {@code order}, by distance then by index. */
    private int nearest(double[] dist, int[] order) {
        // Insertion into a sorted prefix of length k: the first-seen (lowest) index wins among equal distances.
        int size = 0;
        for (int b = 0; b < rows; b++) {
            double d = dist[b];
            if (size == k && !(d < dist[order[size - 1]])) {
                continue;
            }
            int pos = size == k ? k - 1 : size++;
            while (pos > 0 && d < dist[order[pos - 1]]) {
                order[pos] = order[pos - 1];
                pos--;
            }
            order[pos] = b;
        }
        return size;
    }

    private double uniform(int[] order, int found) {
        double s = 0.0;
        for (int i = 0; i < found; i++) {
            s += y[order[i]];
        }
        return s / found;
    }

    private double weighted(double[] squared, int[] order, int found) {
        boolean exact = false;
        for (int i = 0; i < found; i++) {
            if (squared[order[i]] == 0.0) {
                exact = true;
                break;
            }
        }
        double num = 0.0;
        double den = 0.0;
        for (int i = 0; i < found; i++) {
            double d = Math.sqrt(squared[order[i]]);
            double w = exact ? (d == 0.0 ? 1.0 : 0.0) : 1.0 / d;
            num += y[order[i]] * w;
            den += w;
        }
        return num / den;
    }
}
