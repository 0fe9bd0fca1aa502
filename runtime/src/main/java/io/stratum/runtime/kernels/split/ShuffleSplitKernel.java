package io.stratum.runtime.kernels.split;

import io.stratum.runtime.data.DataException;
import java.util.ArrayList;
import java.util.List;

/**
 * scikit-learn's {@code ShuffleSplit}: each split is a fresh permutation from one seeded generator, its first
 * {@code n_test} rows for testing and the next {@code n_train} for training, in permutation order as scikit-learn
 * yields them. Sizes follow {@code _validate_shuffle_split}: a float is a fraction (test rounded up, train
 * down), an int a count, and a missing size is the complement of the other (test defaults to 0.1).
 */
public final class ShuffleSplitKernel {
    private ShuffleSplitKernel() {
    }

    /** A train or test size as scikit-learn takes it: absent, a fraction in (0, 1), or a row count. */
    public sealed interface Size {
        /** A size as a plan holds it: None, a float fraction or an int count. */
        static Size of(io.stratum.ir.value.Const c) {
            return switch (c) {
                case io.stratum.ir.value.Const.NoneConst n -> new Absent();
                case io.stratum.ir.value.Const.FloatConst f -> new Fraction(f.value());
                case io.stratum.ir.value.Const.IntConst i -> new Count(i.value());
                default -> throw new DataException("a split size must be None, a float or an int, got " + c.repr());
            };
        }

        /** The size was not given. */
        record Absent() implements Size {
        }

        /** A share of the rows, strictly between 0 and 1. */
        record Fraction(double value) implements Size {
        }

        /** A number of rows. */
        record Count(long value) implements Size {
        }
    }

    public static List<Fold> split(int nSamples, int nSplits, Size testSize, Size trainSize, long seed) {
        if (nSplits < 1) {
            throw new DataException("ShuffleSplit needs n_splits of at least 1, got " + nSplits);
        }
        int[] sizes = sizes(nSamples, testSize, trainSize);
        int nTest = sizes[0];
        int nTrain = sizes[1];
        LegacyRandomState rng = new LegacyRandomState(seed);
        List<Fold> folds = new ArrayList<>(nSplits);
        for (int f = 0; f < nSplits; f++) {
            int[] permutation = rng.permutation(nSamples);
            int[] test = new int[nTest];
            int[] train = new int[nTrain];
            System.arraycopy(permutation, 0, test, 0, nTest);
            System.arraycopy(permutation, nTest, train, 0, nTrain);
            folds.add(new Fold(f, train, test));
        }
        return folds;
    }

    /** {@code [n_test, n_train]}, with scikit-learn's checks and messages. */
    static int[] sizes(int n, Size testSize, Size trainSize) {
        Size test = testSize instanceof Size.Absent && trainSize instanceof Size.Absent ? new Size.Fraction(0.1) : testSize;
        checkSize("test_size", test, n);
        checkSize("train_size", trainSize, n);
        if (test instanceof Size.Fraction t && trainSize instanceof Size.Fraction r && t.value() + r.value() > 1) {
            throw new DataException("The sum of test_size and train_size = " + (t.value() + r.value())
                    + ", should be in the (0, 1) range. Reduce test_size and/or train_size.");
        }
        long nTest = switch (test) {
            case Size.Fraction t -> (long) Math.ceil(t.value() * n);
            case Size.Count c -> c.value();
            case Size.Absent a -> -1;
        };
        long nTrain = switch (trainSize) {
            case Size.Fraction t -> (long) Math.floor(t.value() * n);
            case Size.Count c -> c.value();
            case Size.Absent a -> n - nTest;
        };
        if (nTest < 0) {
            nTest = n - nTrain;
        }
        if (nTrain + nTest > n) {
            throw new DataException("The sum of train_size and test_size = " + (nTrain + nTest)
                    + ", should be smaller than the number of samples " + n + ". Reduce test_size and/or train_size.");
        }
        if (nTrain == 0) {
            throw new DataException("With n_samples=" + n + ", the resulting train set would be empty;"
                    + " adjust test_size or train_size");
        }
        return new int[] {(int) nTest, (int) nTrain};
    }

    private static void checkSize(String name, Size size, int n) {
        switch (size) {
            case Size.Fraction f when !(f.value() > 0 && f.value() < 1) -> throw new DataException(
                    name + "=" + f.value() + " should be either positive and smaller than the number of samples " + n
                            + " or a float in the (0, 1) range");
            case Size.Count c when c.value() <= 0 || c.value() >= n -> throw new DataException(
                    name + "=" + c.value() + " should be either positive and smaller than the number of samples " + n
                            + " or a float in the (0, 1) range");
            default -> {
            }
        }
    }
}
