package io.stratum.runtime.kernels.forest;

import io.stratum.ir.random.NumpyRandomState;
import io.stratum.runtime.data.FeatureMatrix;
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

    /** X as scikit-learn's trees see it: float32, one array per feature. */
    static float[][] float32(FeatureMatrix x) {
        float[][] out = new float[x.cols()][];
        for (int f = 0; f < out.length; f++) {
            double[] column = x.column(f);
            float[] c = new float[column.length];
            for (int i = 0; i < c.length; i++) {
                c[i] = (float) column[i];
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
        long[] seeds = treeSeeds(params);
        int bootstrap = params.bootstrapSize(rows);
        FittedTree[] trees = new FittedTree[seeds.length];
        IntStream.range(0, seeds.length).parallel().forEach(t -> {
            double[] weights = null;
            double total = rows;
            if (params.bootstrap()) {
                NumpyRandomState draws = new NumpyRandomState(seeds[t]);
                weights = new double[rows];
                for (int k = 0; k < bootstrap; k++) {
                    weights[(int) draws.randint(rows)] += 1.0;
                }
                total = bootstrap;
            }
            long splitterSeed = new NumpyRandomState(seeds[t]).randint(Integer.MAX_VALUE);
            Criterion criterion = criteria.make(new int[rows], weights, total);
            trees[t] = TreeBuilder.grow(x, criterion, weights, splitterSeed,
                    params.settings(rows, x.length, total));
        });
        return trees;
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
