package io.stratum.runtime.kernels.forest;

import io.stratum.runtime.data.FeatureMatrix;

/** A fitted {@code RandomForestRegressor}: the mean of its trees' leaf means. */
public final class FittedRandomForestRegressor {
    private final FittedTree[] trees;

    FittedRandomForestRegressor(FittedTree[] trees) {
        this.trees = trees;
    }

    /** Grows the forest with the squared error criterion, trees in parallel on the common fork/join pool. */
    public static FittedRandomForestRegressor fit(FeatureMatrix x, double[] y, ForestParams params) {
        return new FittedRandomForestRegressor(RandomForest.fit(RandomForest.float32(x), x.rows(), params,
                (samples, weights, total) -> new SquaredError(y, samples, weights, total)));
    }

    public double[] predict(FeatureMatrix x) {
        return RandomForest.average(trees, x, 1)[0];
    }

    FittedTree[] trees() {
        return trees;
    }
}
