package io.stratum.runtime.kernels.baseline;

import io.stratum.runtime.data.FeatureMatrix;
import java.util.Arrays;

/** The immutable state of a fitted dummy regressor: the one value ({@code constant_}) it predicts for every row. */
public record FittedDummyRegressor(double constant) {

    public double[] predict(FeatureMatrix x) {
        double[] out = new double[x.rows()];
        Arrays.fill(out, constant);
        return out;
    }
}
