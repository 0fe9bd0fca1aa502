package io.stratum.runtime.kernels.forest;

import io.stratum.runtime.data.ScratchMemory;
import io.stratum.runtime.cache.Persistable;
import io.stratum.runtime.data.FeatureMatrix;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** A fitted {@code RandomForestRegressor}: the mean of its trees' leaf means. */
public final class FittedRandomForestRegressor implements Persistable {
    /** The tag under which the lineage cache finds {@link #readFrom}. */
    public static final String PERSIST_TAG = "FittedRandomForestRegressor/1";

    private final FittedTree[] trees;

    FittedRandomForestRegressor(FittedTree[] trees) {
        this.trees = trees;
    }

    /** Grows the forest with the squared error criterion, trees in parallel on the common fork/join pool. */
    public static FittedRandomForestRegressor fit(FeatureMatrix x, double[] y, ForestParams params) {
        try (ScratchMemory.Reservation scratch = ScratchMemory.reserve(4L * x.rows() * x.cols(), "the forest's float32 copy of X")) {
            return fitUnreserved(x, y, params);
        }
    }

    private static FittedRandomForestRegressor fitUnreserved(FeatureMatrix x, double[] y, ForestParams params) {
        return new FittedRandomForestRegressor(RandomForest.fit(RandomForest.float32(x), x.rows(), params,
                (samples, weights, total) -> new SquaredError(y, samples, weights, total)));
    }

    public double[] predict(FeatureMatrix x) {
        return RandomForest.average(trees, x, 1)[0];
    }

    @Override
    public String persistTag() {
        return PERSIST_TAG;
    }

    @Override
    public void writeTo(DataOutput out) throws IOException {
        FittedTree.writeForest(out, trees);
    }

    public static FittedRandomForestRegressor readFrom(DataInput in) throws IOException {
        return new FittedRandomForestRegressor(FittedTree.readForest(in));
    }

    FittedTree[] trees() {
        return trees;
    }
}
