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
        if (!(low < high)) {
            throw new DataException("Minimum of desired feature range must be smaller than maximum. Got (" + low
                    + ", " + high + ")");
        }
        int p = input.columnCount();
        double[] scale = new double[p];
        double[] min = new double[p];
        for (int j = 0; j < p; j++) {
            double[] x = FittedFeatureScaler.numeric("MinMaxScaler", input.column(j));
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            boolean any = false;
            for (double v : x) {
                if (!Double.isNaN(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                    any = true;
                }
            }
            if (!any) {
                lo = Double.NaN;
                hi = Double.NaN;
            }
            scale[j] = (high - low) / FittedFeatureScaler.handleZero(hi - lo);
            min[j] = low - lo * scale[j];
        }
        return new FittedFeatureScaler("MinMaxScaler", input.columnNames(), null, null, scale, min,
                clip ? low : 1.0, clip ? high : 0.0);
    }
}
