package io.stratum.runtime.kernels.split;

import java.util.Arrays;

/**
 * scikit-learn's {@code resample(arange(n), n_samples=..., replace=False, random_state=seed, stratify=...)}: without
 * {@code stratify}, the first rows of a shuffled {@code arange(n)}; with it, per class (in sorted order, present
 * classes only) the count {@code _approximate_mode} gives, drawn by {@code choice(rows of the class, count,
 * replace=False)} (a permutation of the class's rows in ascending order, cut), then all of them permuted; from one
 * seeded numpy {@code RandomState}, consumed in scikit-learn's order so the rows are the same.
 */
public final class ResampleKernel {
    private ResampleKernel() {
    }

    /**
     * Row indices of the sample, in scikit-learn's order; {@code stratify} holds class positions (null for none).
     * Requires {@code samples <= n}.
     */
    public static int[] withoutReplacement(int n, int samples, int[] stratify, long seed) {
        if (samples > n) {
            throw new IllegalArgumentException("cannot sample " + samples + " of " + n + " rows without replacement");
        }
        LegacyRandomState rng = new LegacyRandomState(seed);
        if (stratify == null) {
            int[] rows = rng.permutation(n);
            return Arrays.copyOf(rows, samples);
        }
        int k = 0;
        for (int label : stratify) {
            k = Math.max(k, label + 1);
        }
        int[] countsByLabel = new int[k];
        for (int label : stratify) {
            countsByLabel[label]++;
        }
        // numpy's unique: only the labels that occur, in order.
        int present = 0;
        int[] position = new int[k];
        for (int c = 0; c < k; c++) {
            position[c] = countsByLabel[c] > 0 ? present++ : -1;
        }
        long[] counts = new long[present];
        int[][] byClass = new int[present][];
        for (int c = 0; c < k; c++) {
            if (position[c] >= 0) {
                counts[position[c]] = countsByLabel[c];
                byClass[position[c]] = new int[countsByLabel[c]];
            }
        }
        int[] filled = new int[present];
        for (int i = 0; i < n; i++) {
            int c = position[stratify[i]];
            byClass[c][filled[c]++] = i;
        }
        long[] draws = StratifiedShuffleSplitKernel.approximateMode(counts, samples, rng);
        int[] rows = new int[samples];
        int at = 0;
        for (int c = 0; c < present; c++) {
            int[] permutation = rng.permutation(byClass[c].length);
            for (int i = 0; i < draws[c]; i++) {
                rows[at++] = byClass[c][permutation[i]];
            }
        }
        rng.shuffle(rows);
        return rows;
    }
}
