package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.cache.Persistable;
import io.stratum.runtime.data.FeatureMatrix;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** A fitted {@code HistGradientBoostingRegressor}: predictions are the raw predictions (identity link). */
public final class FittedHistGradientBoostingRegressor implements Persistable {
    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedHistGradientBoostingRegressor/3";

    private final FittedBoosting model;

    FittedHistGradientBoostingRegressor(FittedBoosting model) {
        this.model = model;
    }

    /** Fits on {@code x} and {@code y}, in parallel on the common fork/join pool. */
    public static FittedHistGradientBoostingRegressor fit(FeatureMatrix x, double[] y, HistGradientBoostingParams params) {
        return new FittedHistGradientBoostingRegressor(HistGradientBoosting.fitRegressor(x, y, params, Parallel.common()));
    }

    /** Fits with {@code fit(X, y, sample_weight=w)}'s weights (null: every row weighs 1). */
    public static FittedHistGradientBoostingRegressor fit(FeatureMatrix x, double[] y, double[] w,
                                                          HistGradientBoostingParams params) {
        return new FittedHistGradientBoostingRegressor(HistGradientBoosting.fitRegressor(x, y, w, params,
                Parallel.common()));
    }

    public double[] predict(FeatureMatrix x) {
        return model.raw(x, Parallel.common())[0];
    }

    /** {@code n_iter_}. */
    public int iterations() {
        return model.iterations();
    }

    FittedBoosting model() {
        return model;
    }

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(DataOutput out) throws IOException {
        model.writeTo(out);
    }

    public static FittedHistGradientBoostingRegressor readFrom(DataInput in) throws IOException {
        return new FittedHistGradientBoostingRegressor(FittedBoosting.readFrom(in));
    }
}
