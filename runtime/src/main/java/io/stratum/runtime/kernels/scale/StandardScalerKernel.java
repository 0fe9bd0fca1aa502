package io.stratum.runtime.kernels.scale;

import io.stratum.runtime.data.Table;

/**
 * Fits scikit-learn's {@code StandardScaler} on every column of a table: NaN values are left out of the
 * statistics and kept by the transform, the variance is the population variance computed with scikit-learn's
 * corrected two-pass formula, and features whose variance is within rounding error of zero get scale 1.
 */
public final class StandardScalerKernel {
    private StandardScalerKernel() {
    }

    public static FittedStandardScaler fit(Table input, ScalerParams params) {
        int p = input.columnCount();
        double[] mean = new double[p];
        double[] var = params.withStd() ? new double[p] : null;
        double[] scale = params.withStd() ? new double[p] : null;
        long[] seen = new long[p];
        for (int j = 0; j < p; j++) {
            double[] x = FittedStandardScaler.numeric(input.column(j));
            double sum = 0.0;
            long count = 0;
            for (double v : x) {
                if (!Double.isNaN(v)) {
                    sum += v;
                    count++;
                }
            }
            seen[j] = count;
            double m = sum / count;
            mean[j] = (params.withMean() || params.withStd()) ? m : Double.NaN;
            if (params.withStd()) {
                // Two-pass variance with the correction term of Chan, Golub and LeVeque, as scikit-learn does.
                double correction = 0.0;
                double squares = 0.0;
                for (double v : x) {
                    if (!Double.isNaN(v)) {
                        double d = v - m;
                        correction += d;
                        squares += d * d;
                    }
                }
                double variance = (squares - correction * correction / count) / count;
                var[j] = variance;
                double eps = Math.ulp(1.0);
                double bound = count * eps * variance + (count * m * eps) * (count * m * eps);
                scale[j] = variance <= bound ? 1.0 : Math.sqrt(variance);
            }
        }
        return new FittedStandardScaler(input.columnNames(), mean, var, scale, seen, params);
    }
}
