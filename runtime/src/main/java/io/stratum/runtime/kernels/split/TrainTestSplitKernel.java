package io.stratum.runtime.kernels.split;

import java.util.List;

/**
 * scikit-learn's {@code train_test_split} as one fold. Shuffled, it is {@code ShuffleSplit(n_splits=1)}'s split with
 * the same seed (scikit-learn builds exactly that splitter), so the rows and their order are scikit-learn's; unshuffled,
 * the first {@code n_train} rows train and the next {@code n_test} test. Sizes as {@link ShuffleSplitKernel}'s.
 */
public final class TrainTestSplitKernel {
    private TrainTestSplitKernel() {
    }

    public static List<Fold> split(int nSamples, ShuffleSplitKernel.Size testSize, ShuffleSplitKernel.Size trainSize,
                                   boolean shuffle, long seed) {
        if (shuffle) {
            return ShuffleSplitKernel.split(nSamples, 1, testSize, trainSize, seed);
        }
        int[] sizes = ShuffleSplitKernel.sizes(nSamples, testSize, trainSize);
        int nTest = sizes[0];
        int nTrain = sizes[1];
        int[] train = new int[nTrain];
        int[] test = new int[nTest];
        for (int i = 0; i < nTrain; i++) {
            train[i] = i;
        }
        for (int i = 0; i < nTest; i++) {
            test[i] = nTrain + i;
        }
        return List.of(new Fold(0, train, test));
    }
}
