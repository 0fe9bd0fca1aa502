package io.stratum.runtime.kernels.split;

import io.stratum.runtime.data.DataException;
import java.util.ArrayList;
import java.util.List;

/**
 * scikit-learn's {@code TimeSeriesSplit}: the last {@code n_splits * test_size} rows are cut into consecutive test
 * blocks ({@code test_size} defaults to {@code n // (n_splits + 1)}); each trains on the rows before its block,
 * less {@code gap} rows, and at most the last {@code max_train_size} of them.
 */
public final class TimeSeriesSplitKernel {
    private TimeSeriesSplitKernel() {
    }

    /** {@code maxTrainSize} and {@code testSize} are 0 when not given (None). */
    public static List<Fold> split(int nSamples, int nSplits, int maxTrainSize, int testSize, int gap) {
        if (nSplits < 2) {
            throw new DataException("TimeSeriesSplit needs n_splits of at least 2, got " + nSplits);
        }
        int nFolds = nSplits + 1;
        int size = testSize > 0 ? testSize : nSamples / nFolds;
        if (nFolds > nSamples) {
            throw new DataException("Cannot have number of folds=" + nFolds + " greater than the number of samples="
                    + nSamples + "; use fewer splits");
        }
        if ((long) nSamples - gap - (long) size * nSplits <= 0) {
            throw new DataException("Too many splits=" + nSplits + " for number of samples=" + nSamples
                    + " with test_size=" + size + " and gap=" + gap + "; use fewer splits, a smaller test_size or gap");
        }
        List<Fold> folds = new ArrayList<>(nSplits);
        int firstTest = nSamples - nSplits * size;
        for (int f = 0; f < nSplits; f++) {
            int testStart = firstTest + f * size;
            int trainEnd = testStart - gap;
            int trainStart = maxTrainSize > 0 && maxTrainSize < trainEnd ? trainEnd - maxTrainSize : 0;
            int[] train = new int[trainEnd - trainStart];
            for (int i = 0; i < train.length; i++) {
                train[i] = trainStart + i;
            }
            int[] test = new int[size];
            for (int i = 0; i < size; i++) {
                test[i] = testStart + i;
            }
            folds.add(new Fold(f, train, test));
        }
        return folds;
    }
}
