package io.stratum.runtime.exec;

/** The training and test row indices of one cross-validation fold, in the order the splitter yields them. */
public record FoldSplit(int[] train, int[] test) {
    public FoldSplit {
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

    /** The rows of {@code mode}: training rows when fitting, test rows when predicting. */
    int[] rowsFor(Mode mode) {
        return switch (mode) {
            case FIT -> train;
            case PREDICT -> test;
            case FULL -> throw new IllegalArgumentException("the whole data set has no fold rows");
        };
    }
}
