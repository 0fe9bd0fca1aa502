package io.stratum.runtime.kernels.scale;

import io.stratum.runtime.data.Table;
import java.util.List;

/**
 * Fits scikit-learn's {@code StandardScaler} on every column of a table: NaN values are left out of the
 * statistics and kept by the transform, the variance is the population variance computed with scikit-learn's
 * corrected two-pass formula, and features whose variance is within rounding error of zero get scale 1.
 */
public final class StandardScalerKernel {
    private StandardScalerKernel() {
    }

    public static FittedStandardScaler fit(Table input, ScalerParams params) {
        // One set of rows is the one-partition case of the fold algebra: the same moments, the same arithmetic
        // (variance = corrected squared deviations / count), so a direct fit and a combined one of a single part agree
        // bit for bit by construction.
        ScalerMoments moments = ScalerMoments.of(input);
        int p = input.columnCount();
        double[] mean = new double[p];
        double[] var = params.withStd() ? new double[p] : null;
        double[] scale = params.withStd() ? new double[p] : null;
        long[] seen = moments.count().clone();
        for (int j = 0; j < p; j++) {
            long count = seen[j];
            double m = moments.sum()[j] / count;
            mean[j] = (params.withMean() || params.withStd()) ? m : Double.NaN;
            if (params.withStd()) {
                double variance = moments.squaredDeviations()[j] / count;
                var[j] = variance;
                scale[j] = scaleOf(variance, count, m);
            }
        }
        return new FittedStandardScaler(input.columnNames(), mean, var, scale, seen, params);
    }

    /**
     * The scaler fitted on the union of disjoint row sets, from their {@link ScalerMoments} (in a fixed order, so the
     * result does not depend on which was computed first): the sums add up, and the squared deviations from the
     * union's mean are each part's own plus {@code n_p (mean_p - mean)^2}. Equal to {@link #fit} on the union to
     * rounding (the sums are grouped by part instead of running over the rows in order).
     */
    public static FittedStandardScaler fromPartitions(List<ScalerMoments> parts, ScalerParams params) {
        List<String> columns = parts.get(0).columns();
        int p = columns.size();
        for (ScalerMoments part : parts) {
            if (!part.columns().equals(columns)) {
                throw new IllegalArgumentException("partitions of different columns: " + columns + " and " + part.columns());
            }
        }
        double[] mean = new double[p];
        double[] var = params.withStd() ? new double[p] : null;
        double[] scale = params.withStd() ? new double[p] : null;
        long[] seen = new long[p];
        for (int j = 0; j < p; j++) {
            long count = 0;
            double sum = 0.0;
            for (ScalerMoments part : parts) {
                count += part.count()[j];
                sum += part.sum()[j];
            }
            seen[j] = count;
            double m = sum / count;
            mean[j] = (params.withMean() || params.withStd()) ? m : Double.NaN;
            if (params.withStd()) {
                double deviations = count == 0 ? Double.NaN : 0.0;
                for (ScalerMoments part : parts) {
                    long n = part.count()[j];
                    if (n > 0) {
                        double d = part.sum()[j] / n - m;
                        deviations += part.squaredDeviations()[j] + n * d * d;
                    }
                }
                double variance = deviations / count;
                var[j] = variance;
                scale[j] = scaleOf(variance, count, m);
            }
        }
        return new FittedStandardScaler(columns, mean, var, scale, seen, params);
    }

    /** {@code scale_}: the standard deviation, or 1 when the variance is within rounding error of zero. */
    private static double scaleOf(double variance, long count, double mean) {
        double eps = Math.ulp(1.0);
        double bound = count * eps * variance + (count * mean * eps) * (count * mean * eps);
        return variance <= bound ? 1.0 : Math.sqrt(variance);
    }
}
