package io.stratum.runtime.kernels.baseline;

import io.stratum.runtime.data.FeatureMatrix;
import java.util.Arrays;

/** The immutable state of a fitted dummy regressor: the one value ({@code constant_}) it predicts for every row. */
public record FittedDummyRegressor(double constant) implements io.stratum.runtime.cache.Persistable {

    public double[] predict(FeatureMatrix x) {
        double[] out = new double[x.rows()];
        Arrays.fill(out, constant);
        return out;
    }

    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedDummyRegressor/1";

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        out.writeLong(Double.doubleToRawLongBits(constant));
    }

    /** Rebuilds a regressor written by {@link #writeTo}. */
    public static FittedDummyRegressor readFrom(java.io.DataInput in) throws java.io.IOException {
        return new FittedDummyRegressor(Double.longBitsToDouble(in.readLong()));
    }
}
