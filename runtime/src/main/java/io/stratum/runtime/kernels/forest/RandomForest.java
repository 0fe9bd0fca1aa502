package io.stratum.runtime.kernels.forest;

import io.stratum.ir.random.NumpyRandomState;
import io.stratum.runtime.data.DataException;
import io.stratum.runtime.data.FeatureMatrix;
import io.stratum.runtime.kernels.classify.ClassWeights;
import io.stratum.runtime.kernels.NumpySums;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Fits a random forest as scikit-learn 1.9 does ({@code sklearn/ensemble/_forest.py}): the forest's
 * {@code RandomState(random_state)} draws one seed per tree ({@code randint(2**31 - 1)}); each tree's bootstrap is
 * {@code RandomState(seed).randint(0, n, n_samples_bootstrap)} turned into per-row counts used as sample weights,
 * and its splitter starts from {@code RandomState(seed).randint(0, 2**31 - 1)}. The trees are grown in parallel,
 * each from its own seed, and predictions are summed in tree order, so the result does not depend on the number of
 * threads.
 */
final class RandomForest {
    private RandomForest() {
    }

    /** The per-tree criteria: one made over the given sample slots, weights and total weight. */
    interface CriterionFactory {
        Criterion make(int[] samples, double[] weights, double weightedSamples);
    }

    /**
     * X as scikit-learn's trees see it: float32, one array per feature. Missing values (NaN) stay; an infinite value,
     * or one too large for float32, is refused as scikit-learn refuses it when fitting and predicting.
     */
    static float[][] float32(FeatureMatrix x) {
        float[][] out = new float[x.cols()][];
        for (int f = 0; f < out.length; f++) {
            double[] column = x.column(f);
            float[] c = new float[column.length];
            for (int i = 0; i < c.length; i++) {
                c[i] = (float) column[i];
                if (Float.isInfinite(c[i])) {
                    throw new DataException("column '" + x.featureNames().get(f) + "' has the value " + column[i]
                            + " at row " + i + " (0-based): random forests take X as float32 and refuse infinite"
                            + " values and values too large for float32, as scikit-learn does; clip or drop it first");
                }
            }
            out[f] = c;
        }
        return out;
    }

    /** The seed of every tree, drawn from the forest's generator. */
    static long[] treeSeeds(ForestParams params) {
        long seed = params.randomState() != null ? params.randomState()
                : ThreadLocalRandom.current().nextLong(0x100000000L);
        NumpyRandomState forest = new NumpyRandomState(seed);
        long[] seeds = new long[params.nEstimators()];
        for (int t = 0; t < seeds.length; t++) {
            seeds[t] = forest.randint(Integer.MAX_VALUE);
        }
        return seeds;
    }

    static FittedTree[] fit(float[][] x, int rows, ForestParams params, CriterionFactory criteria) {
        return fit(x, rows, params, criteria, null, null, null);
    }

    /**
     * Grows the trees; {@code codes} (the class positions of the rows) and {@code perClass} (the weight of each
     * class position: balanced over all rows, or as given) are needed only for a {@code class_weight}. As scikit-learn 1.9: "balanced" or a dict gives each row its class weight, which with
     * the bootstrap becomes the probability of drawing the row ({@code RandomState.choice(n, size, p=w / sum(w))},
     * trees weighted by the draw counts only) and without it the trees' sample weights; "balanced_subsample" with the
     * bootstrap draws uniformly, then multiplies each tree's counts by the balanced weights of its own draw.
     * {@code outOfBag}, when given (one slot per tree, bootstrap only), receives each tree's rows it never drew:
     * scikit-learn's {@code _generate_unsampled_indices}, which redraws the same indices from the tree's seed.
     */
    static FittedTree[] fit(float[][] x, int rows, ForestParams params, CriterionFactory criteria, int[] codes,
                            double[] perClass, java.util.BitSet[] outOfBag) {
        return fit(x, rows, params, criteria, codes, perClass, outOfBag, null);
    }

    /**
     * As above, with {@code fit(X, y, sample_weight=w)}'s weights ({@code w} null: none): as scikit-learn 1.9, each row
     * weighs its sample weight times its class weight (with a "balanced" class weight computed from the weighted class
     * counts by the caller), and that product is what the bootstrap draws by and what the trees weigh without it.
     */
    static FittedTree[] fit(float[][] x, int rows, ForestParams params, CriterionFactory criteria, int[] codes,
                            double[] perClass, java.util.BitSet[] outOfBag, double[] w) {
        long[] seeds = treeSeeds(params);
        double[] rowWeights = w == null ? null : w.clone();
        if (!(params.classWeight() instanceof ClassWeights.Uniform) && !(params.balancedSubsample()
                && params.bootstrap())) {
            rowWeights = new double[rows];
            for (int i = 0; i < rows; i++) {
                rowWeights[i] = w == null ? perClass[codes[i]] : w[i] * perClass[codes[i]];
            }
        }
        double[] sampleWeight = rowWeights;
        double weightSum = sampleWeight == null ? Double.NaN : NumpySums.sum(sampleWeight);
        int bootstrap = params.bootstrapSize(rows, weightSum);
        double[] cdf = sampleWeight == null || !params.bootstrap() ? null : cumulative(sampleWeight, weightSum);
        boolean[] missing = missingFeatures(x);
        FittedTree[] trees = new FittedTree[seeds.length];
        IntStream.range(0, seeds.length).parallel().forEach(t -> {
            double[] weights = sampleWeight == null ? null : sampleWeight.clone();
            if (params.bootstrap()) {
                NumpyRandomState draws = new NumpyRandomState(seeds[t]);
                weights = new double[rows];
                int[] drawn = new int[bootstrap];
                for (int k = 0; k < bootstrap; k++) {
                    drawn[k] = cdf == null ? (int) draws.randint(rows) : io.stratum.runtime.kernels.Searchsorted.right(cdf, draws.randomSample());
                    weights[drawn[k]] += 1.0;
                }
                if (outOfBag != null) {
                    java.util.BitSet never = new java.util.BitSet(rows);
                    never.set(0, rows);
                    for (int i : drawn) {
                        never.clear(i);
                    }
                    outOfBag[t] = never;
                }
                if (params.balancedSubsample()) {
                    double[] subsample = balancedOf(codes, perClass.length, drawn);
                    for (int i = 0; i < rows; i++) {
                        weights[i] *= subsample[codes[i]];
                    }
                }
            }
            double total = 0;
            if (weights == null) {
                total = rows;
            } else {
                for (int i = 0; i < rows; i++) {
                    total += weights[i];
                }
            }
            long splitterSeed = new NumpyRandomState(seeds[t]).randint(Integer.MAX_VALUE);
            Criterion criterion = criteria.make(new int[rows], weights, total);
            double weightTotal = weights == null ? rows : NumpySums.sum(weights);
            trees[t] = TreeBuilder.grow(x, criterion, weights, splitterSeed,
                    params.settings(rows, x.length, weightTotal), missing);
        });
        return trees;
    }

    /**
     * scikit-learn's {@code _compute_missing_values_in_feature_mask} over all the training rows (not one tree's
     * bootstrap): the features holding a NaN, or null when none does.
     */
    static boolean[] missingFeatures(float[][] x) {
        boolean[] mask = new boolean[x.length];
        boolean any = false;
        for (int f = 0; f < x.length; f++) {
            for (float v : x[f]) {
                if (Float.isNaN(v)) {
                    mask[f] = true;
                    any = true;
                    break;
                }
            }
        }
        return any ? mask : null;
    }

    /**
     * {@code compute_sample_weight("balanced", y, indices=drawn)} per class: {@code len(drawn) / (k * count(c))}
     * over the classes present among the drawn rows (k of them); a class not drawn weighs 0.
     */
    static double[] balancedOf(int[] codes, int classes, int[] drawn) {
        double[] counts = new double[classes];
        for (int i : drawn) {
            counts[codes[i]] += 1.0;
        }
        int present = 0;
        double total = 0;
        for (double c : counts) {
            present += c > 0 ? 1 : 0;
            total += c;
        }
        double[] w = new double[classes];
        for (int c = 0; c < classes; c++) {
            w[c] = counts[c] > 0 ? total / (present * counts[c]) : 0.0;
        }
        return w;
    }

    /** numpy's {@code choice}: {@code cdf = (w / sum(w)).cumsum(); cdf /= cdf[-1]}. */
    private static double[] cumulative(double[] w, double sum) {
        double[] cdf = new double[w.length];
        double running = 0;
        for (int i = 0; i < w.length; i++) {
            running += w[i] / sum;
            cdf[i] = running;
        }
        double last = cdf[cdf.length - 1];
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] /= last;
        }
        return cdf;
    }

    /** The mean over the trees of each row's leaf value, summed in tree order as scikit-learn does. */
    static double[][] average(FittedTree[] trees, FeatureMatrix x, int width) {
        int n = x.rows();
        float[][] columns = float32(x);
        double[][] out = new double[width][n];
        Function<Integer, float[]> row = i -> {
            float[] r = new float[columns.length];
            for (int f = 0; f < r.length; f++) {
                r[f] = columns[f][i];
            }
            return r;
        };
        IntStream.range(0, n).parallel().forEach(i -> {
            float[] r = row.apply(i);
            double[] sum = new double[width];
            for (FittedTree tree : trees) {
                double[] v = tree.leafValue(r);
                for (int k = 0; k < width; k++) {
                    sum[k] += v[k];
                }
            }
            for (int k = 0; k < width; k++) {
                out[k][i] = sum[k] / trees.length;
            }
        });
        return out;
    }
}
