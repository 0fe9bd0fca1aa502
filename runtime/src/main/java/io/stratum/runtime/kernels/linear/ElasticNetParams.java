package io.stratum.runtime.kernels.linear;

import io.stratum.runtime.data.DataException;

/**
 * The settings of scikit-learn's {@code ElasticNet} (and of {@code Lasso}, which is {@code l1_ratio=1}) that the
 * coordinate descent kernels run: {@code positive} keeps every coefficient at or above zero, {@code randomSelection}
 * is {@code selection="random"} (a coordinate drawn at each step from a generator seeded by {@code randomState}, null
 * for {@code None}: a fresh seed).
 */
public record ElasticNetParams(double alpha, double l1Ratio, boolean fitIntercept, int maxIter, double tol,
                               boolean positive, boolean randomSelection, Long randomState) {
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

    /** Cyclic selection, coefficients of any sign. */
    public ElasticNetParams(double alpha, double l1Ratio, boolean fitIntercept, int maxIter, double tol) {
        this(alpha, l1Ratio, fitIntercept, maxIter, tol, false, false, null);
    }

    /** {@code Lasso(alpha, fit_intercept, max_iter, tol)}. */
    public static ElasticNetParams lasso(double alpha, boolean fitIntercept, int maxIter, double tol) {
        return new ElasticNetParams(alpha, 1.0, fitIntercept, maxIter, tol);
    }

    /**
     * The coordinate generator of {@code selection="random"} ({@code our_rand_r} seeded with
     * {@code check_random_state(random_state).randint(0, 2**31 - 1)}, as {@code _cd_fast} seeds it), or null for
     * cyclic selection.
     */
    CoordinateOrder.Random coordinates() {
        if (!randomSelection) {
            return null;
        }
        long seed = randomState != null ? randomState
                : java.util.concurrent.ThreadLocalRandom.current().nextLong(0x100000000L);
        return new CoordinateOrder.Random(new io.stratum.ir.random.NumpyRandomState(seed).randint(Integer.MAX_VALUE));
    }
}
