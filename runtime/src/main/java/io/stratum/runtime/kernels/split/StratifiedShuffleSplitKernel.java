package io.stratum.runtime.kernels.split;

import io.stratum.runtime.data.DataException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * scikit-learn's {@code StratifiedShuffleSplit}: per split, train and test counts per class from
 * {@code _approximate_mode} (floors of the proportional shares, the rest given by largest remainder with ties drawn
 * at random), then a fresh permutation of every class's rows, and finally the train and test rows shuffled; all from
 * one seeded numpy {@code RandomState}, consumed in scikit-learn's order so the folds are the same.
 */
public final class StratifiedShuffleSplitKernel {
    private StratifiedShuffleSplitKernel() {
    }

    /** {@code labels} are class positions 0..k-1 (numpy's {@code unique(..., return_inverse=True)}). */
    public static List<Fold> split(int[] labels, int nSplits, ShuffleSplitKernel.Size testSize,
            ShuffleSplitKernel.Size trainSize, long seed) {
        if (nSplits < 1) {
            throw new DataException("StratifiedShuffleSplit needs n_splits of at least 1, got " + nSplits);
        }
        int n = labels.length;
        int[] sizes = ShuffleSplitKernel.sizes(n, testSize, trainSize);
        int nTest = sizes[0];
        int nTrain = sizes[1];
        int k = 0;
        for (int label : labels) {
            k = Math.max(k, label + 1);
        }
        long[] counts = new long[k];
        for (int label : labels) {
            counts[label]++;
        }
        for (long c : counts) {
            if (c < 2) {
                throw new DataException("The least populated class in y has only 1 member, which is too few. The"
                        + " minimum number of groups for any class cannot be less than 2.");
            }
        }
        if (nTrain < k) {
            throw new DataException("The train_size = " + nTrain + " should be greater or equal to the number of"
                    + " classes = " + k);
        }
        if (nTest < k) {
            throw new DataException("The test_size = " + nTest + " should be greater or equal to the number of"
                    + " classes = " + k);
        }
        // The rows of each class in ascending order (a stable argsort of the labels, split by class).
        int[][] byClass = new int[k][];
        int[] filled = new int[k];
        for (int c = 0; c < k; c++) {
            byClass[c] = new int[(int) counts[c]];
        }
        for (int i = 0; i < n; i++) {
            byClass[labels[i]][filled[labels[i]]++] = i;
        }
        LegacyRandomState rng = new LegacyRandomState(seed);
        List<Fold> folds = new ArrayList<>(nSplits);
        for (int f = 0; f < nSplits; f++) {
            long[] trainCounts = approximateMode(counts, nTrain, rng);
            long[] remaining = new long[k];
            for (int c = 0; c < k; c++) {
                remaining[c] = counts[c] - trainCounts[c];
            }
            long[] testCounts = approximateMode(remaining, nTest, rng);
            int[] train = new int[(int) Arrays.stream(trainCounts).sum()];
            int[] test = new int[(int) Arrays.stream(testCounts).sum()];
            int tr = 0;
            int te = 0;
            for (int c = 0; c < k; c++) {
                int[] permutation = rng.permutation(byClass[c].length);
                for (int i = 0; i < trainCounts[c]; i++) {
                    train[tr++] = byClass[c][permutation[i]];
                }
                for (int i = 0; i < testCounts[c]; i++) {
                    test[te++] = byClass[c][permutation[(int) trainCounts[c] + i]];
                }
            }
            rng.shuffle(train);
            rng.shuffle(test);
            folds.add(new Fold(f, train, test));
        }
        return folds;
    }

    /**
     * scikit-learn's {@code _approximate_mode}: the floors of {@code counts / sum * draws}, plus one for the classes
     * with the largest remainders until {@code draws} are reached; equal remainders are chosen by
     * {@code rng.choice(replace=False)}, which is called (and consumes the generator) even when all are taken.
     */
    static long[] approximateMode(long[] counts, long draws, LegacyRandomState rng) {
        int k = counts.length;
        double total = 0;
        for (long c : counts) {
            total += c;
        }
        double[] continuous = new double[k];
        long[] floored = new long[k];
        double flooredSum = 0;
        for (int c = 0; c < k; c++) {
            continuous[c] = counts[c] / total * draws;
            floored[c] = (long) Math.floor(continuous[c]);
            flooredSum += Math.floor(continuous[c]);
        }
        long needToAdd = (long) (draws - flooredSum);
        if (needToAdd > 0) {
            double[] remainder = new double[k];
            for (int c = 0; c < k; c++) {
                remainder[c] = continuous[c] - Math.floor(continuous[c]);
            }
            double[] values = Arrays.stream(remainder).distinct().sorted().toArray();
            for (int v = values.length - 1; v >= 0 && needToAdd > 0; v--) {
                List<Integer> inds = new ArrayList<>();
                for (int c = 0; c < k; c++) {
                    if (remainder[c] == values[v]) {
                        inds.add(c);
                    }
                }
                int addNow = (int) Math.min(inds.size(), needToAdd);
                int[] permutation = rng.permutation(inds.size());
                for (int i = 0; i < addNow; i++) {
                    floored[inds.get(permutation[i])]++;
                }
                needToAdd -= addNow;
            }
        }
        return floored;
    }
}
