package io.stratum.runtime.kernels.split;

import io.stratum.runtime.data.DataException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * scikit-learn's {@code StratifiedKFold(n_splits)}: each class's rows, in their order, are cut into consecutive
 * blocks, one per fold, whose sizes come from dealing the rows sorted by class round-robin to the folds; classes
 * are taken in order of first appearance. With {@code shuffle=True} each class's block assignment is shuffled by
 * numpy's {@code RandomState(random_state)}, class after class, as scikit-learn does.
 */
public final class StratifiedKFoldKernel {
    private StratifiedKFoldKernel() {
    }

    /** Folds of the rows whose classes are {@code labels} (any encoding of the classes as non-negative ints). */
    public static List<Fold> split(int[] labels, int nSplits) {
        return split(labels, nSplits, null);
    }

    /** Shuffled folds from {@code RandomState(seed)}. */
    public static List<Fold> splitShuffled(int[] labels, int nSplits, long seed) {
        return split(labels, nSplits, new LegacyRandomState(seed));
    }

    private static List<Fold> split(int[] labels, int nSplits, LegacyRandomState rng) {
        int n = labels.length;
        if (nSplits < 2) {
            throw new DataException("StratifiedKFold needs n_splits of at least 2, got " + nSplits);
        }
        if (nSplits > n) {
            throw new DataException("StratifiedKFold cannot have n_splits=" + nSplits + " greater than the number of"
                    + " samples: n_samples=" + n + "; use fewer splits or more data");
        }
        // Re-encode the classes by order of first appearance.
        int maxLabel = 0;
        for (int l : labels) {
            maxLabel = Math.max(maxLabel, l);
        }
        int[] firstSeen = new int[maxLabel + 1];
        Arrays.fill(firstSeen, -1);
        int classes = 0;
        int[] encoded = new int[n];
        for (int i = 0; i < n; i++) {
            if (firstSeen[labels[i]] < 0) {
                firstSeen[labels[i]] = classes++;
            }
            encoded[i] = firstSeen[labels[i]];
        }
        int[] counts = new int[classes];
        for (int e : encoded) {
            counts[e]++;
        }
        boolean anyLargeEnough = false;
        for (int c : counts) {
            anyLargeEnough |= c >= nSplits;
        }
        if (!anyLargeEnough) {
            throw new DataException("n_splits=" + nSplits + " cannot be greater than the number of members in each"
                    + " class; use fewer splits");
        }
        // allocation[f][c]: how many rows of class c fold f tests, from dealing the class-sorted rows round-robin.
        int[][] allocation = new int[nSplits][classes];
        int position = 0;
        for (int c = 0; c < classes; c++) {
            for (int r = 0; r < counts[c]; r++) {
                allocation[position % nSplits][c]++;
                position++;
            }
        }
        int[] testFold = new int[n];
        int[] foldsForClass = new int[n];
        int[] sizes = new int[nSplits];
        for (int c = 0; c < classes; c++) {
            int m = 0;
            for (int f = 0; f < nSplits; f++) {
                for (int r = 0; r < allocation[f][c]; r++) {
                    foldsForClass[m++] = f;
                }
            }
            if (rng != null) {
                int[] block = Arrays.copyOf(foldsForClass, m);
                rng.shuffle(block);
                System.arraycopy(block, 0, foldsForClass, 0, m);
            }
            int next = 0;
            for (int i = 0; i < n; i++) {
                if (encoded[i] == c) {
                    testFold[i] = foldsForClass[next++];
                    sizes[testFold[i]]++;
                }
            }
        }
        List<Fold> folds = new ArrayList<>(nSplits);
        for (int f = 0; f < nSplits; f++) {
            int[] test = new int[sizes[f]];
            int[] train = new int[n - sizes[f]];
            int t = 0;
            int r = 0;
            for (int i = 0; i < n; i++) {
                if (testFold[i] == f) {
                    test[t++] = i;
                } else {
                    train[r++] = i;
                }
            }
            folds.add(new Fold(f, train, test));
        }
        return folds;
    }
}
