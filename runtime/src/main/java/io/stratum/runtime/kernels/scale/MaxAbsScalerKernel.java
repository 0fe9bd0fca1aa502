package io.stratum.runtime.kernels.scale;

import io.stratum.runtime.data.Table;

/**
 * Fits scikit-learn's {@code MaxAbsScaler}: each feature is divided by its NaN-ignoring maximum absolute value
 * (1 when that is under ten epsilons); {@code clip} clips the output to [-1, 1].
 */
public final class MaxAbsScalerKernel {
    private MaxAbsScalerKernel() {
    }

    public static FittedFeatureScaler fit(Table input, boolean clip) {
        int p = input.columnCount();
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double[] x = FittedFeatureScaler.numeric("MaxAbsScaler", input.column(j));
            double m = Double.NEGATIVE_INFINITY;
            boolean any = false;
            for (double v : x) {
                if (!Double.isNaN(v)) {
                    m = Math.max(m, Math.abs(v));
                    any = true;
                }
            }
            scale[j] = FittedFeatureScaler.handleZero(any ? m : Double.NaN);
        }
        return new FittedFeatureScaler("MaxAbsScaler", input.columnNames(), null, scale, null, null,
                clip ? -1.0 : 1.0, clip ? 1.0 : 0.0);
    }

    /**
     * The scaler fitted on rows whose column ranges are {@code ranges}: the largest absolute value is the larger of
     * the minimum's and the maximum's, so this gives {@link #fit}'s bits (fold algebra over cells).
     */
    public static FittedFeatureScaler fromRanges(ColumnRanges ranges, boolean clip) {
        int p = ranges.columns().size();
        double[] scale = new double[p];
        for (int j = 0; j < p; j++) {
            double lo = ranges.min()[j];
            double hi = ranges.max()[j];
            scale[j] = FittedFeatureScaler.handleZero(lo <= hi ? Math.max(Math.abs(lo), Math.abs(hi)) : Double.NaN);
        }
        return new FittedFeatureScaler("MaxAbsScaler", ranges.columns(), null, scale, null, null,
                clip ? -1.0 : 1.0, clip ? 1.0 : 0.0);
    }
}
