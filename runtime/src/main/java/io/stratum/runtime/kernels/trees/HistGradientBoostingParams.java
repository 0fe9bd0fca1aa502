package io.stratum.runtime.kernels.trees;

/**
 * The parameters of scikit-learn's {@code HistGradientBoostingRegressor}/{@code Classifier} that Stratum runs.
 * {@code maxLeafNodes} and {@code maxDepth} of 0 stand for {@code None}; {@code earlyStopping} is null for
 * {@code 'auto'} (on above 10,000 rows); {@code validationFraction} NaN for {@code None} (score on training data);
 * {@code randomState} null for {@code None}; {@code categoricalFeatures} as given, resolved at fit time;
 * {@code scoring} what early stopping watches: {@code "loss"}, a scorer name, or null for scikit-learn's
 * {@code None} (the estimator's default scorer: r2 or accuracy).
 */
public record HistGradientBoostingParams(double learningRate, int maxIter, int maxLeafNodes, int maxDepth,
                                         int minSamplesLeaf, double l2Regularization, int maxBins,
                                         Boolean earlyStopping, double validationFraction, int nIterNoChange,
                                         double tol, Long randomState, CategoricalFeatures categoricalFeatures,
                                         String scoring) {

    /** scikit-learn's defaults. */
    public static final HistGradientBoostingParams DEFAULTS = new HistGradientBoostingParams(0.1, 100, 31, 0, 20,
            0.0, 255, null, 0.1, 10, 1e-7, null, CategoricalFeatures.FROM_DTYPE, "loss");

    /** The parameters with early stopping on the loss ({@code scoring="loss"}). */
    public HistGradientBoostingParams(double learningRate, int maxIter, int maxLeafNodes, int maxDepth,
                                      int minSamplesLeaf, double l2Regularization, int maxBins, Boolean earlyStopping,
                                      double validationFraction, int nIterNoChange, double tol, Long randomState,
                                      CategoricalFeatures categoricalFeatures) {
        this(learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf, l2Regularization, maxBins, earlyStopping,
                validationFraction, nIterNoChange, tol, randomState, categoricalFeatures, "loss");
    }

    /** The parameters without categorical features ({@code categorical_features=None}). */
    public HistGradientBoostingParams(double learningRate, int maxIter, int maxLeafNodes, int maxDepth,
                                      int minSamplesLeaf, double l2Regularization, int maxBins, Boolean earlyStopping,
                                      double validationFraction, int nIterNoChange, double tol, Long randomState) {
        this(learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf, l2Regularization, maxBins, earlyStopping,
                validationFraction, nIterNoChange, tol, randomState, CategoricalFeatures.NONE);
    }

    public HistGradientBoostingParams {
        if (categoricalFeatures == null) {
            throw new IllegalArgumentException("categoricalFeatures must not be null (use CategoricalFeatures.NONE)");
        }
        if (maxBins < 2 || maxBins > 255) {
            throw new IllegalArgumentException("max_bins must be in [2, 255], got " + maxBins);
        }
    }

    /** Whether a fit on {@code rows} rows stops early: scikit-learn's {@code early_stopping='auto'} rule. */
    public boolean earlyStoppingFor(int rows) {
        return earlyStopping == null ? rows > 10_000 : earlyStopping;
    }

    public HistGradientBoostingParams withMaxIter(int iterations) {
        return new HistGradientBoostingParams(learningRate, iterations, maxLeafNodes, maxDepth, minSamplesLeaf,
                l2Regularization, maxBins, earlyStopping, validationFraction, nIterNoChange, tol, randomState,
                categoricalFeatures);
    }

    public HistGradientBoostingParams withEarlyStopping(Boolean on) {
        return new HistGradientBoostingParams(learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
                l2Regularization, maxBins, on, validationFraction, nIterNoChange, tol, randomState, categoricalFeatures,
                scoring);
    }

    public HistGradientBoostingParams withCategoricalFeatures(CategoricalFeatures categorical) {
        return new HistGradientBoostingParams(learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
                l2Regularization, maxBins, earlyStopping, validationFraction, nIterNoChange, tol, randomState,
                categorical, scoring);
    }

    public HistGradientBoostingParams withScoring(String name) {
        return new HistGradientBoostingParams(learningRate, maxIter, maxLeafNodes, maxDepth, minSamplesLeaf,
                l2Regularization, maxBins, earlyStopping, validationFraction, nIterNoChange, tol, randomState,
                categoricalFeatures, name);
    }
}
