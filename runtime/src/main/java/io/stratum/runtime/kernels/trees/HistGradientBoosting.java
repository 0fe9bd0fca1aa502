package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.data.ScratchMemory;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.LegacyRandomState;
import io.stratum.runtime.kernels.split.ResampleKernel;
import io.stratum.runtime.kernels.split.ShuffleSplitKernel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * scikit-learn's histogram gradient boosting fit loop: bin the features, start from the baseline, and per
 * iteration compute float32 gradients, grow one tree per output on them and add its leaf values to the raw
 * predictions; optionally stop early when the validation loss stops improving. Everything that scikit-learn
 * computes in a fixed order is computed in the same order here, so with early stopping off the trees are the same.
 */
public final class HistGradientBoosting {
    /** scikit-learn bins at most this many rows (a bootstrap sample of them) to find the thresholds. */
    static final int BINNING_SUBSAMPLE = 200_000;
    /** Without validation rows, scikit-learn scores a scorer other than the loss on at most this many training rows. */
    static final int SMALL_TRAINSET = 10_000;

    private HistGradientBoosting() {
    }

    /** Fits a regressor (half squared error). */
    static FittedBoosting fitRegressor(FeatureMatrix x, double[] y, HistGradientBoostingParams params,
                                              Parallel parallel) {
        return fit(x, y, new BoostingLoss.SquaredError(), params, parallel, null);
    }

    /** Fits a classifier on class positions {@code codes} in [0, classes). */
    static FittedBoosting fitClassifier(FeatureMatrix x, int[] codes, int classes, HistGradientBoostingParams params,
                                        Parallel parallel) {
        double[] y = new double[codes.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = codes[i];
        }
        BoostingLoss loss = classes <= 2 ? new BoostingLoss.Binomial() : new BoostingLoss.Multinomial(classes);
        return fit(x, y, loss, params, parallel, codes);
    }

    private static FittedBoosting fit(FeatureMatrix x, double[] y, BoostingLoss loss, HistGradientBoostingParams params,
                                      Parallel parallel, int[] stratify) {
        long bytes = BinnedSamples.BYTES_PER_VALUE * x.rows() * x.cols() + 28L * x.rows();
        try (ScratchMemory.Reservation scratch = ScratchMemory.reserve(bytes,
                "histogram gradient boosting's binned X (by row, by column, rows by bin), gradients and partitions")) {
            return fitUnreserved(x, y, loss, params, parallel, stratify);
        }
    }

    /**
     * A column of pandas' category dtype, or a str column, that {@code categorical_features} does not name:
     * scikit-learn converts it to float with the numeric features and fails on its strings.
     */
    private static void refuseUnflaggedCategoryColumns(FeatureMatrix x, boolean[] categorical) {
        for (int j = 0; j < x.cols(); j++) {
            if (x.isTextColumn(j) && (categorical == null || !categorical[j])) {
                String[] values = x.categoryLevels(j);
                throw new DataException("column '" + x.featureNames().get(j) + "' holds strings"
                        + (values.length == 0 ? "" : " (such as '" + values[0] + "')") + " but is not among"
                        + " categorical_features, and scikit-learn fails converting it to float (could not convert"
                        + " string to float); name the column in categorical_features, or encode it first"
                        + " (OrdinalEncoder)");
            }
            if (x.categoryLevels(j) != null && (categorical == null || !categorical[j])) {
                throw new DataException("column '" + x.featureNames().get(j) + "' has pandas' category dtype but is"
                        + " not among categorical_features, and scikit-learn fails converting its str categories to"
                        + " float; leave categorical_features='from_dtype' (the default), name the column in it, or"
                        + " encode it first (OrdinalEncoder)");
            }
        }
    }

    private static FittedBoosting fitUnreserved(FeatureMatrix x, double[] y, BoostingLoss loss, HistGradientBoostingParams params,
                                      Parallel parallel, int[] stratify) {
        if (x.rows() != y.length) {
            throw new DataException("X has " + x.rows() + " rows but y has " + y.length);
        }
        if (x.rows() == 0) {
            throw new DataException("HistGradientBoosting needs at least one training row");
        }
        int inputFeatures = x.cols();
        // As scikit-learn: the categorical features are ordinal-encoded on all rows (before the validation split)
        // and moved first.
        boolean[] categorical = params.categoricalFeatures().resolve(x.featureNames(), x.categoryDtypes());
        refuseUnflaggedCategoryColumns(x, categorical);
        CategoricalEncoding encoding = categorical == null ? null
                : CategoricalEncoding.fit(x, categorical, params.maxBins());
        if (encoding != null) {
            x = encoding.apply(x);
        }
        // scikit-learn draws one seed from random_state for the validation split and the binning subsample.
        long seed = params.randomState() == null ? 0 : new LegacyRandomState(params.randomState()).interval(0xFFFFFFFEL);
        boolean earlyStopping = params.earlyStoppingFor(x.rows());
        boolean validation = earlyStopping && !Double.isNaN(params.validationFraction());
        FeatureMatrix xTrain = x;
        double[] yTrain = y;
        FeatureMatrix xVal = null;
        double[] yVal = null;
        if (validation) {
            Fold fold = stratify == null
                    ? ShuffleSplitKernel.split(x.rows(), 1, new ShuffleSplitKernel.Size.Fraction(params.validationFraction()),
                            new ShuffleSplitKernel.Size.Absent(), seed).getFirst()
                    // train_test_split(stratify=y): StratifiedShuffleSplit's rows, in its order
                    : io.stratum.runtime.kernels.split.StratifiedShuffleSplitKernel.split(stratify, 1,
                            new ShuffleSplitKernel.Size.Fraction(params.validationFraction()),
                            new ShuffleSplitKernel.Size.Absent(), seed).getFirst();
            xTrain = x.takeRows(fold.train());
            yTrain = take(y, fold.train());
            xVal = x.takeRows(fold.test());
            yVal = take(y, fold.test());
        }
        int n = xTrain.rows();
        BinMapper mapper = BinMapper.fit(binningSample(xTrain, seed), params.maxBins(),
                encoding == null ? new int[0] : encoding.categoryCounts(), parallel);
        BinnedSamples binned = BinnedSamples.of(mapper, xTrain, params.maxBins() + 1, parallel);
        int trees = loss.trees();
        boolean classifier = stratify != null;
        EarlyStoppingScore.check(params.scoring(), classifier, Math.max(2, trees));
        boolean byLoss = "loss".equals(params.scoring());
        // Without validation rows a scorer other than the loss scores scikit-learn's sample of the training rows
        // (_get_small_trainset: resample without replacement, stratified for classifiers, from the same seed).
        int[] scored = earlyStopping && !validation && !byLoss && n > SMALL_TRAINSET
                ? ResampleKernel.withoutReplacement(n, SMALL_TRAINSET, stratify, seed) : null;
        double[] yScored = scored == null ? yTrain : take(yTrain, scored);
        double[] baseline = loss.baseline(yTrain);
        double[][] raw = new double[trees][n];
        for (int k = 0; k < trees; k++) {
            Arrays.fill(raw[k], baseline[k]);
        }
        double[][] rawVal = null;
        List<Double> scores = new ArrayList<>();
        if (earlyStopping) {
            if (validation) {
                rawVal = new double[trees][xVal.rows()];
                for (int k = 0; k < trees; k++) {
                    Arrays.fill(rawVal[k], baseline[k]);
                }
                scores.add(score(params, loss, classifier, yVal, rawVal));
            } else {
                scores.add(score(params, loss, classifier, yScored, rows(raw, scored)));
            }
        }
        float[][] g = new float[trees][n];
        float[][] h = loss.constantHessians() ? null : new float[trees][n];
        GrowerSettings settings = new GrowerSettings(params.maxLeafNodes(), params.maxDepth(), params.minSamplesLeaf(),
                params.l2Regularization(), 0.0, 1e-3, params.learningRate());
        List<TreePredictor[]> predictors = new ArrayList<>();
        double[] targets = yTrain;
        TreeGrower.Scratch scratch = new TreeGrower.Scratch(n);
        // One team for all trees: a tree's loops are many and short, too short to wake a fork/join worker for each.
        try (Parallel team = parallel.team()) {
            for (int iteration = 0; iteration < params.maxIter(); iteration++) {
                team.forBlocks(n, 8192, (from, to) -> loss.gradients(targets, raw, g, h, from, to));
                TreePredictor[] iterationTrees = new TreePredictor[trees];
                for (int k = 0; k < trees; k++) {
                    TreeGrower grower = new TreeGrower(binned, mapper, g[k], h == null ? null : h[k], 1f, settings,
                            team, scratch);
                    TreeGrower.Node root = grower.grow();
                    iterationTrees[k] = TreePredictor.of(root, grower.nodeCount(), mapper);
                    double[] rawK = raw[k];
                    int[] partition = grower.partition();
                    List<TreeGrower.Node> leaves = grower.leaves();
                    team.forEach(leaves.size(), l -> {
                        TreeGrower.Node leaf = leaves.get(l);
                        for (int at = leaf.start; at < leaf.stop; at++) {
                            rawK[partition[at]] += leaf.value;
                        }
                    });
                }
                predictors.add(iterationTrees);
                if (earlyStopping) {
                    if (validation) {
                        FeatureMatrix xv = xVal;
                        double[][] rv = rawVal;
                        team.forBlocks(xv.rows(), 4096, (from, to) -> {
                            for (int k = 0; k < trees; k++) {
                                iterationTrees[k].addTo(xv, from, to, rv[k]);
                            }
                        });
                        scores.add(score(params, loss, classifier, yVal, rawVal));
                    } else {
                        scores.add(score(params, loss, classifier, yScored, rows(raw, scored)));
                    }
                    if (shouldStop(scores, params)) {
                        break;
                    }
                }
            }
        }
        return new FittedBoosting(baseline, predictors, inputFeatures, encoding);
    }

    /** {@code _should_stop}: none of the last n_iter_no_change scores beats the one before them by more than tol. */
    private static boolean shouldStop(List<Double> scores, HistGradientBoostingParams params) {
        int reference = params.nIterNoChange() + 1;
        if (scores.size() < reference) {
            return false;
        }
        double referenceScore = scores.get(scores.size() - reference) + params.tol();
        for (int i = scores.size() - reference + 1; i < scores.size(); i++) {
            if (scores.get(i) > referenceScore) {
                return false;
            }
        }
        return true;
    }

    /** The early-stopping score: minus the mean loss, or the named scorer on the raw predictions. */
    private static double score(HistGradientBoostingParams params, BoostingLoss loss, boolean classifier, double[] y,
                                double[][] raw) {
        return "loss".equals(params.scoring()) ? -meanLoss(loss, y, raw)
                : EarlyStoppingScore.score(params.scoring(), classifier, y, raw);
    }

    private static double meanLoss(BoostingLoss loss, double[] y, double[][] raw) {
        double[] perRow = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            perRow[i] = loss.loss(y[i], raw, i);
        }
        return NumpySums.mean(perRow);
    }

    /** The rows thresholds are computed on: all of them, or scikit-learn's bootstrap sample of 200,000. */
    private static FeatureMatrix binningSample(FeatureMatrix x, long seed) {
        if (x.rows() <= BINNING_SUBSAMPLE) {
            return x;
        }
        LegacyRandomState rng = new LegacyRandomState(seed);
        int[] rows = new int[BINNING_SUBSAMPLE];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (int) rng.interval(x.rows() - 1L);
        }
        return x.takeRows(rows);
    }

    /** The raw predictions of {@code rows} (all of them when null), in that order. */
    private static double[][] rows(double[][] raw, int[] rows) {
        if (rows == null) {
            return raw;
        }
        double[][] out = new double[raw.length][];
        for (int k = 0; k < raw.length; k++) {
            out[k] = take(raw[k], rows);
        }
        return out;
    }

    private static double[] take(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = v[rows[i]];
        }
        return out;
    }
}
