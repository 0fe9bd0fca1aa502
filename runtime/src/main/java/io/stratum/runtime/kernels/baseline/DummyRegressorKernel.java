package io.stratum.runtime.kernels.baseline;

import io.stratum.runtime.data.DataException;
import java.util.Arrays;

/**
 * Fits scikit-learn's {@code DummyRegressor}, the baseline a search should beat: it predicts the training mean,
 * the training median (numpy's, the mean of the two middle values for an even count), or a given constant.
 */
public final class DummyRegressorKernel {
    private DummyRegressorKernel() {
    }

    /** The strategies Stratum runs ({@code "quantile"} is not among them yet). */
    public enum Strategy { MEAN, MEDIAN, CONSTANT }

    /** {@code constant} is used by {@link Strategy#CONSTANT} only and must then be non-null. */
    public static FittedDummyRegressor fit(double[] y, Strategy strategy, Double constant) {
        return fit(y, strategy, constant, null);
    }

    /**
     * With {@code fit(X, y, sample_weight=w)}'s weights ({@code w} null: none): the mean is numpy's
     * {@code np.average(y, weights=w)}, {@code (y * w).sum() / w.sum()} with numpy's pairwise sums; the median with
     * weights (scikit-learn's weighted percentile) is not ported and is refused before the plan runs.
     */
    public static FittedDummyRegressor fit(double[] y, Strategy strategy, Double constant, double[] w) {
        if (w != null && strategy == Strategy.MEAN && y.length > 0) {
            double[] products = new double[y.length];
            for (int i = 0; i < y.length; i++) {
                products[i] = y[i] * w[i];
            }
            checkFinite(y);
            return new FittedDummyRegressor(io.stratum.runtime.kernels.NumpySums.sum(products)
                    / io.stratum.runtime.kernels.NumpySums.sum(w));
        }
        if (w != null && strategy == Strategy.MEDIAN) {
            throw new DataException("DummyRegressor(strategy='median') with sample weights is not supported by Stratum"
                    + " yet (scikit-learn's weighted percentile); use strategy='mean'");
        }
        return unweighted(y, strategy, constant);
    }

    private static void checkFinite(double[] y) {
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new io.stratum.runtime.data.RejectedInput("DummyRegressor: y has a missing or infinite value at row " + i
                        + "; drop or impute those rows before fitting");
            }
        }
    }

    private static FittedDummyRegressor unweighted(double[] y, Strategy strategy, Double constant) {
        if (y.length == 0) {
            throw new DataException("DummyRegressor: cannot fit on 0 samples");
        }
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(y[i])) {
                throw new io.stratum.runtime.data.RejectedInput("DummyRegressor: y has a missing or infinite value at row " + i
                        + "; drop or impute those rows before fitting");
            }
        }
        return switch (strategy) {
            case MEAN -> {
                double s = 0.0;
                for (double v : y) {
                    s += v;
                }
                yield new FittedDummyRegressor(s / y.length);
            }
            case MEDIAN -> {
                double[] sorted = y.clone();
                Arrays.sort(sorted);
                int m = sorted.length;
                yield new FittedDummyRegressor(m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2.0);
            }
            case CONSTANT -> {
                if (constant == null) {
                    throw new DataException("DummyRegressor: Constant target value has to be specified when the"
                            + " constant strategy is used; pass constant=<number>");
                }
                yield new FittedDummyRegressor(constant);
            }
        };
    }
}
