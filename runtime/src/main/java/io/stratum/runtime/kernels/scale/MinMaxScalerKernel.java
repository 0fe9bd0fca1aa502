package io.stratum.runtime.kernels.scale;

import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.Table;

/**
 * Fits scikit-learn's {@code MinMaxScaler}: per feature, NaN-ignoring min and max, {@code scale_ = (hi - lo) /
 * range} (a range under ten epsilons counts as 1) and {@code min_ = lo - data_min * scale_}; {@code clip} clips the
 * output to the feature range.
 */
public final class MinMaxScalerKernel {
    private MinMaxScalerKernel() {
    }

    public static FittedFeatureScaler fit(Table input, double low, double high, boolean clip) {
        checkRange(low, high);
        return fromRanges(ColumnRanges.of(input, "MinMaxScaler"), low, high, clip);
    }

    /**
     * The scaler fitted on the rows whose column ranges are {@code ranges}: the same bits as {@link #fit} on those
     * rows, since minima and maxima combine exactly (fold algebra: {@link ColumnRanges#union} of partitions).
     */
    public static FittedFeatureScaler fromRanges(ColumnRanges ranges, double low, double high, boolean clip) {
        checkRange(low, high);
        int p = ranges.columns().size();
        double[] scale = new double[p];
        double[] min = new double[p];
        for (int j = 0; j < p; j++) {
            double lo = ranges.min()[j];
            double hi = ranges.max()[j];
            if (lo > hi) {
                // No value in the column: scikit-learn's nanmin and nanmax are NaN.
                lo = Double.NaN;
                hi = Double.NaN;
            }
            scale[j] = (high - low) / FittedFeatureScaler.handleZero(hi - lo);
            min[j] = low - lo * scale[j];
        }
        return new FittedFeatureScaler("MinMaxScaler", ranges.columns(), null, null, scale, min,
                clip ? low : 1.0, clip ? high : 0.0);
    }

    private static void checkRange(double low, double high) {
        if (!(low < high)) {
            throw new DataException("Minimum of desired feature range must be smaller than maximum. Got (" + low
                    + ", " + high + ")");
        }
    }
}
