package io.stratum.runtime.kernels.forest;

import io.stratum.runtime.kernels.classify.ClassWeights;

/**
 * The parameters of scikit-learn's {@code RandomForestRegressor}/{@code Classifier} that Stratum runs.
 * {@code minSamplesSplit}/{@code minSamplesLeaf} are counts when integral ({@link Long}) and fractions of the rows
 * otherwise ({@link Double}), as scikit-learn reads them; {@code maxFeatures} is {@code "sqrt"}, {@code "log2"},
 * a {@link Long} count, a {@link Double} fraction or null (all features); {@code maxDepth} 0,
 * {@code maxLeafNodes} 0 and {@code randomState}/{@code maxSamples} null stand for {@code None}. {@code classWeight}
 * (classifiers) is scikit-learn's {@code class_weight}, {@code balancedSubsample} its {@code "balanced_subsample"}
 * (with {@code classWeight} balanced). {@code criterion} is scikit-learn's {@code criterion} name, null for the task's
 * default ({@code "squared_error"} for regressors, {@code "gini"} for classifiers). {@code oobScore} is
 * {@code oob_score}: null for {@code False}, otherwise how the out-of-bag predictions are scored.
 */
public record ForestParams(int nEstimators, int maxDepth, Number minSamplesSplit, Number minSamplesLeaf,
                           double minWeightFractionLeaf, Object maxFeatures, double minImpurityDecrease,
                           boolean bootstrap, Long randomState, Number maxSamples, int maxLeafNodes,
                           ClassWeights classWeight, boolean balancedSubsample, String criterion,
                           OutOfBag.Scoring oobScore) {
    /** The regression criteria Stratum grows trees with ({@code "friedman_mse"} is scikit-learn 1.9's deprecated alias). */
    static final java.util.Set<String> REGRESSION_CRITERIA = java.util.Set.of("squared_error", "friedman_mse", "poisson",
            "absolute_error");
    /** The classification criteria ({@code "log_loss"} is {@code "entropy"}). */
    static final java.util.Set<String> CLASSIFICATION_CRITERIA = java.util.Set.of("gini", "entropy", "log_loss");

    /** Without {@code oob_score}. */
    public ForestParams(int nEstimators, int maxDepth, Number minSamplesSplit, Number minSamplesLeaf,
                        double minWeightFractionLeaf, Object maxFeatures, double minImpurityDecrease,
                        boolean bootstrap, Long randomState, Number maxSamples, int maxLeafNodes,
                        ClassWeights classWeight, boolean balancedSubsample, String criterion) {
        this(nEstimators, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxFeatures,
                minImpurityDecrease, bootstrap, randomState, maxSamples, maxLeafNodes, classWeight, balancedSubsample,
                criterion, null);
    }

    /** With the task's default criterion. */
    public ForestParams(int nEstimators, int maxDepth, Number minSamplesSplit, Number minSamplesLeaf,
                        double minWeightFractionLeaf, Object maxFeatures, double minImpurityDecrease,
                        boolean bootstrap, Long randomState, Number maxSamples, int maxLeafNodes,
                        ClassWeights classWeight, boolean balancedSubsample) {
        this(nEstimators, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxFeatures,
                minImpurityDecrease, bootstrap, randomState, maxSamples, maxLeafNodes, classWeight, balancedSubsample,
                null);
    }

    /** Without {@code max_leaf_nodes} and {@code class_weight}. */
    public ForestParams(int nEstimators, int maxDepth, Number minSamplesSplit, Number minSamplesLeaf,
                        double minWeightFractionLeaf, Object maxFeatures, double minImpurityDecrease,
                        boolean bootstrap, Long randomState, Number maxSamples) {
        this(nEstimators, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf, maxFeatures,
                minImpurityDecrease, bootstrap, randomState, maxSamples, 0, new ClassWeights.Uniform(), false);
    }

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
        if (maxLeafNodes != 0 && maxLeafNodes < 2) {
            throw new IllegalArgumentException("max_leaf_nodes must be at least 2 or None, got " + maxLeafNodes);
        }
        java.util.Objects.requireNonNull(classWeight, "classWeight");
        if (balancedSubsample && !(classWeight instanceof ClassWeights.Balanced)) {
            throw new IllegalArgumentException("balanced_subsample goes with balanced class weights");
        }
        if (criterion != null && !REGRESSION_CRITERIA.contains(criterion) && !CLASSIFICATION_CRITERIA.contains(criterion)) {
            throw new IllegalArgumentException("criterion: " + criterion);
        }
        if (oobScore != null && !bootstrap) {
            // scikit-learn's own words (BaseForest.fit)
            throw new IllegalArgumentException("Out of bag estimation only available if bootstrap=True");
        }
    }

    /** These parameters with {@code oob_score} set: null for {@code False}. */
    public ForestParams withOobScore(OutOfBag.Scoring scoring) {
        return new ForestParams(nEstimators, maxDepth, minSamplesSplit, minSamplesLeaf, minWeightFractionLeaf,
                maxFeatures, minImpurityDecrease, bootstrap, randomState, maxSamples, maxLeafNodes, classWeight,
                balancedSubsample, criterion, scoring);
    }

    /** The criterion name, or {@code fallback} (the task's default) when none was given. */
    String criterionOr(String fallback) {
        return criterion == null ? fallback : criterion;
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
                maxDepth == 0 ? Integer.MAX_VALUE : maxDepth, minImpurityDecrease, maxLeafNodes);
    }

    /**
     * scikit-learn's {@code _get_n_samples_bootstrap}: a fraction is of the rows, or of the sum of the sample weights
     * when there are any ({@code weightSum}, numpy's sum; NaN for none), truncated.
     */
    int bootstrapSize(int rows, double weightSum) {
        return switch (maxSamples) {
            case null -> rows;
            case Long l -> l.intValue();
            case Double d -> Math.max((int) (d * (Double.isNaN(weightSum) ? rows : weightSum)), 1);
            default -> throw new IllegalArgumentException("max_samples: " + maxSamples);
        };
    }
}
