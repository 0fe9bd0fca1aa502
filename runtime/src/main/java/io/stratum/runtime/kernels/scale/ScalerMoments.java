package io.stratum.runtime.kernels.scale;

import io.stratum.runtime.data.Table;
import java.util.List;

/**
 * The per-column moments of one set of rows — the count of non-missing values, their sum, and the sum of squared
 * deviations from their own mean (with scikit-learn's correction term) — from which the moments of a union of
 * disjoint row sets follow exactly: fold algebra for {@code StandardScaler}, computed once per cross-validation
 * partition and combined for each fold's training rows ({@link StandardScalerKernel#fromPartitions}).
 */
public record ScalerMoments(List<String> columns, long[] count, double[] sum, double[] squaredDeviations) {
    public ScalerMoments {
        columns = List.copyOf(columns);
    }

    /** The moments of every column of {@code input}, NaN left out as the scaler leaves it out. */
    public static ScalerMoments of(Table input) {
        int p = input.columnCount();
        long[] count = new long[p];
        double[] sum = new double[p];
        double[] deviations = new double[p];
        for (int j = 0; j < p; j++) {
            double[] x = FittedStandardScaler.numeric(input.column(j));
            double s = 0.0;
            long n = 0;
            for (double v : x) {
                if (!Double.isNaN(v)) {
                    s += v;
                    n++;
                }
            }
            count[j] = n;
            sum[j] = s;
            if (n > 0) {
                double m = s / n;
                double correction = 0.0;
                double squares = 0.0;
                for (double v : x) {
                    if (!Double.isNaN(v)) {
                        double d = v - m;
                        correction += d;
                        squares += d * d;
                    }
                }
                deviations[j] = squares - correction * correction / n;
            }
        }
        return new ScalerMoments(input.columnNames(), count, sum, deviations);
    }
}
