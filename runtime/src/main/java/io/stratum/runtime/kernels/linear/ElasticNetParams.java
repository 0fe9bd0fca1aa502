package io.stratum.runtime.kernels.linear;

import io.stratum.runtime.data.DataException;

/**
 * The settings of scikit-learn's {@code ElasticNet} (and of {@code Lasso}, which is {@code l1_ratio=1}) that the
 * cyclic coordinate descent kernel runs.
 */
public record ElasticNetParams(double alpha, double l1Ratio, boolean fitIntercept, int maxIter, double tol) {
    public ElasticNetParams {
        if (!(alpha >= 0)) {
            throw new DataException("alpha must be >= 0, got " + alpha);
        }
        if (!(l1Ratio >= 0 && l1Ratio <= 1)) {
            throw new DataException("l1_ratio must be in [0, 1], got " + l1Ratio);
        }
        if (maxIter < 1) {
            throw new DataException("max_iter must be >= 1, got " + maxIter);
        }
        if (!(tol >= 0)) {
            throw new DataException("tol must be >= 0, got " + tol);
        }
    }

    /** {@code Lasso(alpha, fit_intercept, max_iter, tol)}. */
    public static ElasticNetParams lasso(double alpha, boolean fitIntercept, int maxIter, double tol) {
        return new ElasticNetParams(alpha, 1.0, fitIntercept, maxIter, tol);
    }
}
