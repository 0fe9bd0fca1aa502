package io.stratum.runtime.kernels.neighbors;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;

/**
 * Fits scikit-learn's {@code KNeighborsRegressor} with the Euclidean metric (Minkowski, p=2) and brute-force
 * search: fitting stores the training rows; prediction averages the targets of the nearest ones.
 */
public final class KNeighborsRegressorKernel {
    private KNeighborsRegressorKernel() {
    }

    public static FittedKNeighbors fit(FeatureMatrix x, double[] y, int nNeighbors, boolean distanceWeights) {
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
        return new FittedKNeighbors(x.featureNames(), n, p, rows, norms, y.clone(), nNeighbors, distanceWeights);
    }
}
