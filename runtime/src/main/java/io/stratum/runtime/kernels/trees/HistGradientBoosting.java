package io.stratum.runtime.kernels.trees;

import io.stratum.runtime.kernels.NumpySums;
import io.stratum.runtime.data.ScratchMemory;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.split.Fold;
import io.stratum.runtime.kernels.split.LegacyRandomState;
import io.stratum.runtime.kernels.split.ResampleKernel;
import io.stratum.runtime.kernels.split.ShuffleSplitKernel;
import io.stratum.runtime.kernels.split.StratifiedShuffleSplitKernel;
import java.util.ArrayDeque;
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
        return fitRegressor(x, y, null, params, parallel);
    }

    /** Fits a regressor (half squared error) with sample weights {@code w} (null: every row weighs 1). */
    static FittedBoosting fitRegressor(FeatureMatrix x, double[] y, double[] w, HistGradientBoostingParams params,
                                       Parallel parallel) {
        return fit(x, y, w, new BoostingLoss.SquaredError(), params, parallel, null);
    }

    /** Fits a classifier on class positions {@code codes} in [0, classes). */
    static FittedBoosting fitClassifier(FeatureMatrix x, int[] codes, int classes, HistGradientBoostingParams params,
                                        Parallel parallel) {
        return fitClassifier(x, codes, classes, null, params, parallel);
    }

    /**
     * Fits a classifier with sample weights {@code w} (null: every row weighs 1); scikit-learn's {@code class_weight}
     * is the weight of each row's class, times its sample weight ({@link #classWeighted}).
     */
    static FittedBoosting fitClassifier(FeatureMatrix x, int[] codes, int classes, double[] w,
                                        HistGradientBoostingParams params, Parallel parallel) {
        double[] y = new double[codes.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = codes[i];
        }
        BoostingLoss loss = classes <= 2 ? new BoostingLoss.Binomial() : new BoostingLoss.Multinomial(classes);
        return fit(x, y, w, loss, params, parallel, codes);
    }

    /**
     * {@code _finalize_sample_weight}: the weight of each row's class ({@code perClass[codes[i]]}), times the row's
     * sample weight when there are any.
     */
    public static double[] classWeighted(double[] perClass, int[] codes, double[] sampleWeight) {
        double[] w = new double[codes.length];
        for (int i = 0; i < w.length; i++) {
            w[i] = sampleWeight == null ? perClass[codes[i]] : sampleWeight[i] * perClass[codes[i]];
        }
        return w;
    }

    private static FittedBoosting fit(FeatureMatrix x, double[] y, double[] w, BoostingLoss loss,
                                      HistGradientBoostingParams params, Parallel parallel, int[] stratify) {
        // the binned X, the fit's raw predictions, gradients and partitions, the crew's other replicas of them, and
        // the partitions of the trees the threads take turns growing
        int threads = crewThreads(parallel, x.cols());
        long bytes = BinnedSamples.BYTES_PER_VALUE * x.rows() * x.cols()
                + (long) threads * Replica.bytes(x.rows(), loss.trees(), true)
                + (long) sharedPartitions(loss.trees(), threads) * Replica.partitionBytes(x.rows());
        try (ScratchMemory.Reservation scratch = ScratchMemory.reserve(bytes,
                "histogram gradient boosting's binned X (by row, by column, rows by bin), and each thread's raw"
                        + " predictions, gradients and partitions")) {
            return fitUnreserved(x, y, checkWeights(w, x.rows()), loss, params, parallel, stratify);
        }
    }

    /** scikit-learn's {@code _check_sample_weight} (finite, one per row) and np.average's refusal of a zero sum. */
    private static double[] checkWeights(double[] w, int rows) {
        if (w == null) {
            return null;
        }
        if (w.length != rows) {
            throw new DataException("sample_weight has " + w.length + " values but X has " + rows + " rows");
        }
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            if (!Double.isFinite(w[i])) {
                throw new DataException("sample_weight of row " + i + " is " + w[i]
                        + ": scikit-learn refuses weights that are NaN or infinite; give every row a finite weight");
            }
            sum += w[i];
        }
        if (sum == 0) {
            throw new DataException("the sample weights (class_weight) of the training rows sum to zero, and"
                    + " scikit-learn fails averaging with them (Weights sum to zero, can't be normalized); give some"
                    + " class a weight other than 0");
        }
        return w;
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

    private static FittedBoosting fitUnreserved(FeatureMatrix x, double[] y, double[] w, BoostingLoss loss,
                                                HistGradientBoostingParams params, Parallel parallel, int[] stratify) {
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
        double[] wTrain = w;
        FeatureMatrix xVal = null;
        double[] yVal = null;
        double[] wVal = null;
        if (validation) {
            Fold fold = stratify == null
                    ? ShuffleSplitKernel.split(x.rows(), 1, new ShuffleSplitKernel.Size.Fraction(params.validationFraction()),
                            new ShuffleSplitKernel.Size.Absent(), seed).getFirst()
                    // train_test_split(stratify=y): StratifiedShuffleSplit's rows, in its order
                    : StratifiedShuffleSplitKernel.split(stratify, 1,
                            new ShuffleSplitKernel.Size.Fraction(params.validationFraction()),
                            new ShuffleSplitKernel.Size.Absent(), seed).getFirst();
            xTrain = x.takeRows(fold.train());
            yTrain = take(y, fold.train());
            xVal = x.takeRows(fold.test());
            yVal = take(y, fold.test());
            if (w != null) {
                // train_test_split(X, y, sample_weight, ...): the same rows as without weights
                wTrain = take(w, fold.train());
                wVal = take(w, fold.test());
            }
        }
        int n = xTrain.rows();
        // Beyond 200,000 rows the weights choose the rows that are binned, and the thresholds are then unweighted.
        BinMapper mapper = BinMapper.fit(binningSample(xTrain, wTrain, seed), params.maxBins(),
                encoding == null ? new int[0] : encoding.categoryCounts(), n > BINNING_SUBSAMPLE ? null : wTrain,
                parallel);
        BinnedSamples binned = BinnedSamples.of(mapper, xTrain, params.maxBins() + 1, parallel);
        // scikit-learn predicts the validation rows from their bins (predict_binned), not from their values
        byte[] binnedVal = validation ? BinnedSamples.byColumn(mapper, xVal, params.maxBins() + 1, parallel) : null;
        int trees = loss.trees();
        boolean classifier = stratify != null;
        EarlyStoppingScore.check(params.scoring(), classifier, Math.max(2, trees));
        boolean byLoss = "loss".equals(params.scoring());
        if (earlyStopping && !byLoss && w != null) {
            throw new DataException("early stopping by the scorer '" + params.scoring() + "' with sample weights"
                    + " (class_weight) is not supported yet; leave scoring='loss' (the default), whose weighted mean"
                    + " is supported, or early_stopping=False");
        }
        // Without validation rows a scorer other than the loss scores scikit-learn's sample of the training rows
        // (_get_small_trainset: resample without replacement, stratified for classifiers, from the same seed).
        int[] scored = earlyStopping && !validation && !byLoss && n > SMALL_TRAINSET
                ? ResampleKernel.withoutReplacement(n, SMALL_TRAINSET, stratify, seed) : null;
        double[] yScored = scored == null ? yTrain : take(yTrain, scored);
        double[] baseline = loss.baseline(yTrain, wTrain);
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
                scores.add(score(params, loss, classifier, yVal, wVal, rawVal));
            } else {
                scores.add(score(params, loss, classifier, yScored, wTrain, rows(raw, scored)));
            }
        }
        float[][] g = new float[trees][n];
        float[][] h = loss.constantHessians() && wTrain == null ? null : new float[trees][n];
        GrowerSettings settings = new GrowerSettings(params.maxLeafNodes(), params.maxDepth(), params.minSamplesLeaf(),
                params.l2Regularization(), 0.0, 1e-3, params.learningRate());
        List<TreePredictor[]> predictors = new ArrayList<>();
        double[] targets = yTrain;
        double[] weights = wTrain;
        ArrayDeque<Histograms> spare = new ArrayDeque<>();
        // One crew for all trees: a tree's loops are many and short, too short to wake a fork/join worker for each;
        // each of its threads keeps its own replica of the per-row state (raw predictions, gradients, partitions).
        try (Crew crew = parallel.crew(crewThreads(parallel, binned.features()))) {
            Replica first = Replica.of(raw, g, h);
            Replica[] replicas = new Replica[crew.size()];
            replicas[0] = first;
            for (int r = 1; r < replicas.length; r++) {
                replicas[r] = Replica.like(first);
            }
            crew.whileWaiting(r -> replicas[r].updateSome());
            // the histograms no longer used by the trees each thread grows alone, per replica (replica 0's is spare)
            List<ArrayDeque<Histograms>> spares = new ArrayList<>();
            spares.add(spare);
            for (int r = 1; r < replicas.length; r++) {
                spares.add(new ArrayDeque<>());
            }
            // the partitions and spare histograms of the trees that several threads grow: those they take turns
            // growing (fewer than the threads), or the one tree at a time grown a node at a time per thread
            List<SharedRows.Room> rooms = new ArrayList<>();
            for (int s = 0; s < sharedPartitions(trees, replicas.length); s++) {
                rooms.add(new SharedRows.Room(n));
            }
            // every helper took a piece of the last tree grown a node at a time (NodesInFlight)
            boolean helpersKeptUp = true;
            for (int iteration = 0; iteration < params.maxIter(); iteration++) {
                crew.rejoin(r -> replicas[r].resync(first));
                gradients(crew, loss, targets, weights, replicas);
                TreePredictor[] iterationTrees = new TreePredictor[trees];
                int threads = crew.threadsNow();
                int tree = 0;
                while (threads > 1 && tree + threads <= trees) {
                    // the trees left over after the last group of side by side trees (fewer than the threads): the
                    // threads take turns growing them, between their own trees' steps
                    int left = trees - tree - threads;
                    int shared = left < threads ? left : 0;
                    growSideBySide(crew, threads, tree, shared, binned, mapper, replicas, settings, spares,
                            rooms, iterationTrees);
                    tree += threads + shared;
                }
                for (; tree < trees && threads > 1; tree++) {
                    // fewer trees than threads: each grown by all the threads, a node at a time each
                    NodesInFlight inFlight = new NodesInFlight(binned, mapper, replicas, tree, settings, crew,
                            rooms.getFirst());
                    iterationTrees[tree] = inFlight.grow(crew, threads, replicas, mapper, helpersKeptUp);
                    helpersKeptUp = inFlight.everyHelperAdded();
                }
                for (; tree < trees; tree++) {
                    TreeGrower grower = new TreeGrower(binned, mapper, replicas, tree, 1f, settings, crew, spare);
                    TreeGrower.Node root = grower.grow();
                    iterationTrees[tree] = TreePredictor.of(root, grower.nodeCount(), mapper);
                    // the leaves' values the threads have not yet added to their raw predictions while waiting
                    crew.everyReplica(r -> replicas[r].updateAll());
                }
                predictors.add(iterationTrees);
                if (earlyStopping) {
                    if (validation) {
                        int rowsVal = xVal.rows();
                        double[][] rv = rawVal;
                        TreePredictor.BinnedWalk[] walks = new TreePredictor.BinnedWalk[trees];
                        for (int k = 0; k < trees; k++) {
                            walks[k] = iterationTrees[k].binnedWalk(mapper.missingBin());
                        }
                        crew.forBlocks(rowsVal, 4096, (from, to) -> {
                            for (int k = 0; k < trees; k++) {
                                walks[k].addTo(binnedVal, rowsVal, from, to, rv[k]);
                            }
                        });
                        scores.add(score(params, loss, classifier, yVal, wVal, rawVal));
                    } else {
                        scores.add(score(params, loss, classifier, yScored, wTrain, rows(raw, scored)));
                    }
                    if (shouldStop(scores, params)) {
                        break;
                    }
                }
            }
        }
        return new FittedBoosting(baseline, predictors, inputFeatures, encoding);
    }

    /**
     * Trees [{@code first}, {@code first + threads}) of an iteration (a classifier's, one per class), one per thread,
     * each grown alone on the thread's replica ({@link Crew#solo}): a tree's work split between two threads gains
     * them far less than two trees side by side do. The {@code shared} trees after them (the iteration's last, fewer
     * than the threads) are grown a step at a time by whichever thread is free between its own tree's steps
     * ({@link SharedTree}), and then by the threads whose own trees are grown, instead of by the whole crew after the
     * others. Each tree's bits are those of a tree grown by the whole crew (its histograms are summed feature by
     * feature in the samples' order either way). Then every replica copies the raw predictions of the trees the other
     * threads grew (or the owner, running a late helper's tree itself) and adds the shared trees' leaves.
     */
    private static void growSideBySide(Crew crew, int threads, int first, int shared, BinnedSamples binned,
            BinMapper mapper, Replica[] replicas, GrowerSettings settings, List<ArrayDeque<Histograms>> spares,
            List<SharedRows.Room> rooms, TreePredictor[] iterationTrees) {
        int[] grownIn = new int[threads];
        SharedTree[] sharedTrees = new SharedTree[shared];
        for (int s = 0; s < shared; s++) {
            sharedTrees[s] = new SharedTree(binned, mapper, replicas, first + threads + s, settings, rooms.get(s));
        }
        crew.forEachPiece(threads, true, (p, r) -> {
            Replica replica = replicas[r];
            try (Crew solo = Crew.solo()) {
                TreeGrower grower = new TreeGrower(binned, mapper, new Replica[] {replica}, first + p, 1f, settings,
                        solo, spares.get(r));
                grower.start();
                SharedTree.stepAny(sharedTrees, r);
                while (grower.growing()) {
                    grower.step();
                    SharedTree.stepAny(sharedTrees, r);
                }
                iterationTrees[first + p] = TreePredictor.of(grower.finish(), grower.nodeCount(), mapper);
            }
            replica.updateAll();
            SharedTree.growAll(sharedTrees, r);
            if (r != 0) {
                for (SharedTree tree : sharedTrees) {
                    tree.addLeavesTo(replicas, r);
                }
            }
            grownIn[p] = r;
        });
        for (SharedTree tree : sharedTrees) {
            iterationTrees[tree.tree()] = tree.predictor(mapper);
            tree.addLeavesTo(replicas, 0);
        }
        crew.everyReplica(r -> {
            for (int p = 0; p < threads; p++) {
                Replica source = replicas[grownIn[p]];
                if (source != replicas[r]) {
                    double[] raw = source.raw[first + p];
                    System.arraycopy(raw, 0, replicas[r].raw[first + p], 0, raw.length);
                }
            }
            for (SharedTree tree : sharedTrees) {
                tree.copyIfMissing(replicas, r);
            }
        });
    }

    /**
     * How many of an iteration's {@code trees} the threads take turns growing ({@link SharedTree}): those left over
     * after the groups of {@code threads} grown side by side, if there is a group.
     */
    private static int sharedTrees(int trees, int threads) {
        return threads > 1 && trees >= threads ? trees % threads : 0;
    }

    /**
     * How many partitions the trees that several threads grow need: one per tree they take turns growing, or one for
     * the trees grown a node at a time by every thread ({@link NodesInFlight}: fewer trees than threads).
     */
    private static int sharedPartitions(int trees, int threads) {
        return threads > 1 && trees < threads ? 1 : sharedTrees(trees, threads);
    }

    /**
     * How many threads grow the trees: a node's histograms are split between them by features, so no more than
     * there are features, and every thread keeps a replica of the per-row state.
     */
    private static int crewThreads(Parallel parallel, int features) {
        return Math.max(1, Math.min(parallel.threads(), features));
    }

    /**
     * Every replica's gradients (and hessians) of this iteration. Where they are costly ({@link
     * BoostingLoss#costlyGradients}) and the helpers take part, each thread computes a block of the rows on its own
     * replica and then copies the other blocks from the replicas that computed them, one stream of lines from the
     * other core instead of an exponential per row and tree; otherwise every thread computes all of them. Each row's
     * gradients are computed the same way wherever, so every replica holds the same bits either way.
     */
    private static void gradients(Crew crew, BoostingLoss loss, double[] y, double[] w, Replica[] replicas) {
        int n = y.length;
        int threads = crew.threadsNow();
        if (!loss.costlyGradients() || threads == 1) {
            crew.everyReplica(r -> loss.gradients(y, w, replicas[r].raw, replicas[r].gradients, replicas[r].hessians,
                    0, n));
            return;
        }
        int[] computedIn = new int[threads];
        crew.forEachPiece(threads, true, (p, r) -> {
            loss.gradients(y, w, replicas[r].raw, replicas[r].gradients, replicas[r].hessians, block(p, threads, n),
                    block(p + 1, threads, n));
            computedIn[p] = r;
        });
        crew.everyReplica(r -> {
            for (int p = 0; p < threads; p++) {
                if (computedIn[p] == r) {
                    continue;
                }
                int from = block(p, threads, n);
                int length = block(p + 1, threads, n) - from;
                Replica source = replicas[computedIn[p]];
                for (int k = 0; k < source.gradients.length; k++) {
                    System.arraycopy(source.gradients[k], from, replicas[r].gradients[k], from, length);
                    if (source.hessians != null) {
                        System.arraycopy(source.hessians[k], from, replicas[r].hessians[k], from, length);
                    }
                }
            }
        });
    }

    /** The first row of block {@code b} of {@code blocks} over {@code n} rows. */
    private static int block(int b, int blocks, int n) {
        return (int) ((long) b * n / blocks);
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

    /**
     * The early-stopping score: minus the mean loss (weighted by {@code w} if any), or the named scorer on the raw
     * predictions (never with weights: refused before the fit).
     */
    private static double score(HistGradientBoostingParams params, BoostingLoss loss, boolean classifier, double[] y,
                                double[] w, double[][] raw) {
        return "loss".equals(params.scoring()) ? -meanLoss(loss, y, w, raw)
                : EarlyStoppingScore.score(params.scoring(), classifier, y, raw);
    }

    private static double meanLoss(BoostingLoss loss, double[] y, double[] w, double[][] raw) {
        double[] perRow = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            perRow[i] = loss.loss(y[i], raw, i);
        }
        return BoostingLoss.average(perRow, w);
    }

    /**
     * The rows thresholds are computed on: all of them, or scikit-learn's bootstrap sample of 200,000, drawn with
     * probabilities proportional to the weights {@code w} when there are any ({@code RandomState.choice(n, 200000,
     * p=w / w.sum())}: the cumulative probabilities, normalized by their last, searched for uniform draws).
     */
    static FeatureMatrix binningSample(FeatureMatrix x, double[] w, long seed) {
        if (x.rows() <= BINNING_SUBSAMPLE) {
            return x;
        }
        LegacyRandomState rng = new LegacyRandomState(seed);
        int[] rows = new int[BINNING_SUBSAMPLE];
        if (w == null) {
            for (int i = 0; i < rows.length; i++) {
                rows[i] = (int) rng.interval(x.rows() - 1L);
            }
            return x.takeRows(rows);
        }
        double total = NumpySums.sum(w);
        double[] cdf = new double[w.length];
        double running = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] < 0) {
                throw new DataException("sample weight " + w[i] + " of row " + i + " is negative, and with more than "
                        + BINNING_SUBSAMPLE + " training rows scikit-learn draws the rows it bins with probabilities"
                        + " proportional to the weights and fails (probabilities are not non-negative); give every"
                        + " row a weight of at least 0");
            }
            running += w[i] / total;
            cdf[i] = running;
        }
        double last = cdf[cdf.length - 1];
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] /= last;
        }
        for (int r = 0; r < rows.length; r++) {
            // np.searchsorted(cdf, u, side='right'): the first index whose cumulative probability exceeds u
            rows[r] = io.stratum.runtime.kernels.Searchsorted.right(cdf, rng.nextDouble());
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
