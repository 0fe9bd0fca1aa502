package io.stratum.runtime.kernels.split;

/** One cross-validation split: the row indices to train on and to test on, in the order scikit-learn yields them. */
public record Fold(int index, int[] train, int[] test) {
    public Fold {
        train = train.clone();
        test = test.clone();
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }
}
