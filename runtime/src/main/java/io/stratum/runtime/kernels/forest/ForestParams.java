package io.stratum.runtime.kernels.forest;

/**
 * The parameters of scikit-learn's {@code RandomForestRegressor}/{@code Classifier} that Stratum runs.
 * {@code minSamplesSplit}/{@code minSamplesLeaf} are counts when integral ({@link Long}) and fractions of the rows
 * otherwise ({@link Double}), as scikit-learn reads them; {@code maxFeatures} is {@code "sqrt"}, {@code "log2"},
 * a {@link Long} count, a {@link Double} fraction or null (all features); {@code maxDepth} 0 and
 * {@code randomState}/{@code maxSamples} null stand for {@code None}.
 */
public record ForestParams(int nEstimators, int maxDepth, Number minSamplesSplit, Number minSamplesLeaf,
                           double minWeightFractionLeaf, Object maxFeatures, double minImpurityDecrease,
                           boolean bootstrap, Long randomState, Number maxSamples) {

    /** {@code RandomForestRegressor()}'s defaults. */
    public static ForestParams regressorDefaults() {
        return new ForestParams(100, 0, 2L, 1L, 0.0, 1.0, 0.0, true, null, null);
    }

    /** {@code RandomForestClassifier()}'s defaults. */
    public static ForestParams classifierDefaults() {
        return new ForestParams(100, 0, 2L, 1L, 0.0, "sqrt", 0.0, true, null, null);
    }

    public ForestParams {
        if (nEstimators < 1) {
            throw new IllegalArgumentException("n_estimators must be at least 1, got " + nEstimators);
        }
    }

    /** The tree settings for {@code rows} rows and {@code features} features, as scikit-learn's tree {@code _fit}. */
    TreeBuilder.Settings settings(int rows, int features, double totalWeight) {
        int leaf = minSamplesLeaf instanceof Double f ? (int) Math.ceil(f * rows) : minSamplesLeaf.intValue();
        int split = minSamplesSplit instanceof Double f ? Math.max(2, (int) Math.ceil(f * rows))
                : minSamplesSplit.intValue();
        split = Math.max(split, 2 * leaf);
        int max = switch (maxFeatures) {
            case null -> features;
            case String s when s.equals("sqrt") -> Math.max(1, (int) Math.sqrt(features));
            case String s when s.equals("log2") -> Math.max(1, (int) (Math.log(features) / Math.log(2)));
            case Long l -> l.intValue();
            case Double d -> d > 0.0 ? Math.max(1, (int) (d * features)) : 0;
            default -> throw new IllegalArgumentException("max_features: " + maxFeatures);
        };
        return new TreeBuilder.Settings(max, leaf, split, minWeightFractionLeaf * totalWeight,
                maxDepth == 0 ? Integer.MAX_VALUE : maxDepth, minImpurityDecrease);
    }

    /** scikit-learn's {@code _get_n_samples_bootstrap}. */
    int bootstrapSize(int rows) {
        return switch (maxSamples) {
            case null -> rows;
            case Long l -> l.intValue();
            case Double d -> Math.max((int) Math.round(rows * d), 1);
            default -> throw new IllegalArgumentException("max_samples: " + maxSamples);
        };
    }
}
