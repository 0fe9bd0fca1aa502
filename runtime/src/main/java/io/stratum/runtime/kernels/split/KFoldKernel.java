package io.stratum.runtime.kernels.split;

import io.stratum.runtime.data.DataException;
import java.util.ArrayList;
import java.util.List;

/**
 * scikit-learn's {@code KFold(n_splits, shuffle=False)}: consecutive test blocks, the first {@code n % k} of them
 * one row longer. Shuffling ({@code shuffle=True, random_state=...}) needs numpy's random generator and is not
 * implemented yet.
 */
public final class KFoldKernel {
    private KFoldKernel() {
    }

    public static List<Fold> split(int nSamples, int nSplits) {
        if (nSplits < 2) {
            throw new DataException("KFold needs n_splits of at least 2, got " + nSplits);
        }
        if (nSplits > nSamples) {
            throw new DataException("KFold cannot have n_splits=" + nSplits + " greater than the number of samples: "
                    + "n_samples=" + nSamples + "; use fewer splits or more data");
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
            folds.add(new Fold(f, train, test));
            start = stop;
        }
        return folds;
    }
}
