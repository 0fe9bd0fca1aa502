package io.stratum.runtime.kernels.split;

import io.stratum.runtime.data.DataException;
import java.util.ArrayList;
import java.util.List;

/**
 * scikit-learn's {@code KFold(n_splits)}: consecutive test blocks, the first {@code n % k} of them one row longer.
 * With {@code shuffle=True} the blocks are cut from numpy's {@code RandomState(random_state)} shuffle of the rows;
 * train and test indices are still returned in ascending order, as scikit-learn returns them.
 */
public final class KFoldKernel {
    private KFoldKernel() {
    }

    public static List<Fold> split(int nSamples, int nSplits) {
        return split(nSamples, nSplits, null);
    }

    /** Shuffled folds from {@code RandomState(seed)}; scikit-learn's default {@code random_state=None} is not reproducible. */
    public static List<Fold> splitShuffled(int nSamples, int nSplits, long seed) {
        return split(nSamples, nSplits, new LegacyRandomState(seed));
    }

    private static List<Fold> split(int nSamples, int nSplits, LegacyRandomState rng) {
        if (nSplits < 2) {
            throw new DataException("KFold needs n_splits of at least 2, got " + nSplits);
        }
        if (nSplits > nSamples) {
            throw new DataException("KFold cannot have n_splits=" + nSplits + " greater than the number of samples: "
                    + "n_samples=" + nSamples + "; use fewer splits or more data");
        }
        int[] order = null;
        if (rng != null) {
            order = rng.permutation(nSamples);
        }
        List<Fold> folds = new ArrayList<>(nSplits);
        int base = nSamples / nSplits;
        int extra = nSamples % nSplits;
        int start = 0;
        for (int f = 0; f < nSplits; f++) {
            int size = base + (f < extra ? 1 : 0);
            int stop = start + size;
            int[] test = new int[size];
            int[] train = new int[nSamples - size];
            if (order == null) {
                for (int i = 0; i < size; i++) {
                    test[i] = start + i;
                }
                int t = 0;
                for (int i = 0; i < start; i++) {
                    train[t++] = i;
                }
                for (int i = stop; i < nSamples; i++) {
                    train[t++] = i;
                }
            } else {
                // scikit-learn turns the shuffled block into a mask over the rows, so both sides come out sorted.
                boolean[] inTest = new boolean[nSamples];
                for (int i = start; i < stop; i++) {
                    inTest[order[i]] = true;
                }
                int te = 0;
                int tr = 0;
                for (int i = 0; i < nSamples; i++) {
                    if (inTest[i]) {
                        test[te++] = i;
                    } else {
                        train[tr++] = i;
                    }
                }
            }
            folds.add(new Fold(f, train, test));
            start = stop;
        }
        return folds;
    }
}
