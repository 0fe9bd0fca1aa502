package io.stratum.runtime.kernels.neighbors;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;

/**
 * Fits scikit-learn's {@code KNeighborsRegressor} with the Euclidean metric (Minkowski, p=2): fitting stores the
 * training rows (and builds scikit-learn's k-d tree of them when its {@code algorithm} resolves to one, see
 * {@link #searchesTree}); prediction averages the targets of the nearest ones.
 */
public final class KNeighborsRegressorKernel {
    private KNeighborsRegressorKernel() {
    }

    /** A brute-force search over every training row, scikit-learn's {@code algorithm="brute"}. */
    public static FittedKNeighbors fit(FeatureMatrix x, double[] y, int nNeighbors, boolean distanceWeights) {
        return fit(x, y, nNeighbors, distanceWeights, "brute", 30);
    }

    /**
     * Whether scikit-learn searches a k-d tree for {@code algorithm} on {@code rows} x {@code features} dense rows
     * and the Euclidean metric: {@code "kd_tree"}, or {@code "auto"} with at most 15 features and fewer neighbours
     * than half the rows ({@code NearestNeighbors._fit}). {@code "ball_tree"} and {@code "brute"} search every row
     * (a ball tree's order among equally distant rows is not reproduced).
     */
    public static boolean searchesTree(String algorithm, int rows, int features, int nNeighbors) {
        return switch (algorithm) {
            case "kd_tree" -> true;
            case "auto" -> features <= 15 && nNeighbors < rows / 2;
            default -> false;
        };
    }

    /** Fits with scikit-learn's {@code algorithm} and {@code leaf_size}. */
    public static FittedKNeighbors fit(FeatureMatrix x, double[] y, int nNeighbors, boolean distanceWeights,
                                       String algorithm, int leafSize) {
        int n = x.rows();
        int p = x.cols();
        if (y.length != n) {
            throw new DataException("KNeighborsRegressor: X has " + n + " rows but y has " + y.length
                    + "; X and y must describe the same samples");
        }
        if (nNeighbors < 1) {
            throw new DataException("KNeighborsRegressor: n_neighbors must be >= 1, got " + nNeighbors);
        }
        if (nNeighbors > n) {
            throw new DataException("Expected n_neighbors <= n_samples_fit, but n_neighbors = " + nNeighbors
                    + ", n_samples_fit = " + n + "; use fewer neighbours or more training rows");
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(y[i])) {
                throw new io.stratum.runtime.data.RejectedInput("KNeighborsRegressor: y has a missing or infinite value at row " + i
                        + "; drop or impute those rows before fitting");
            }
        }
        double[] columns = x.toColumnMajorArray();
        double[] rows = new double[n * p];
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0.0;
            for (int j = 0; j < p; j++) {
                double v = columns[j * n + i];
                rows[i * p + j] = v;
                s += v * v;
            }
            norms[i] = s;
        }
        if (leafSize < 1) {
            throw new DataException("KNeighborsRegressor: leaf_size must be >= 1, got " + leafSize);
        }
        return new FittedKNeighbors(x.featureNames(), n, p, rows, norms, y.clone(), nNeighbors, distanceWeights,
                searchesTree(algorithm, n, p, nNeighbors) ? leafSize : 0);
    }
}
