package io.stratum.frontend.api;

import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * What {@code pred.skb.train_test_split(test_size=, train_size=, random_state=, shuffle=)} returns: skrub computes X
 * and y and splits their rows with scikit-learn's {@code train_test_split}; Stratum keeps the split's settings, and a
 * learner fitted on {@link #train()} and scored on {@link #test()} runs as a one-split search over these rows (the
 * same rows, in the same order, as scikit-learn's split). {@code randomState} None draws a new split on every run, as
 * in scikit-learn; it is ignored when {@code shuffle} is false.
 */
public record TrainTestSplit(DataOp dataOp, Const testSize, Const trainSize, Const randomState, boolean shuffle) {
    public TrainTestSplit {
        Objects.requireNonNull(dataOp, "dataOp");
        testSize = checkedSize(testSize, "test_size");
        trainSize = checkedSize(trainSize, "train_size");
        randomState = randomState == null ? Const.none() : randomState;
        if (!(randomState instanceof Const.NoneConst)
                && !(randomState instanceof Const.IntConst i && i.value() >= 0 && i.value() <= 0xffffffffL)) {
            throw DataOp.error("train_test_split: random_state must be None or an int between 0 and 2**32 - 1, got "
                    + randomState.repr(), "numpy's RandomState accepts only such seeds");
        }
    }

    /** One side of the split, what {@code split["train"]} and {@code split["test"]} stand for. */
    public record Part(TrainTestSplit split, boolean train) {
        public String key() {
            return train ? "train" : "test";
        }
    }

    /** {@code split["train"]}: the environment with X and y restricted to the training rows. */
    public Part train() {
        return new Part(this, true);
    }

    /** {@code split["test"]}: the environment with X and y restricted to the test rows. */
    public Part test() {
        return new Part(this, false);
    }

    /** The keys of skrub's split dict that Stratum supports. */
    public static List<String> keys() {
        return List.of("train", "test");
    }

    /** The split as a search's {@code cv}: a dict naming {@code train_test_split} and its settings. */
    Const.DictConst cv() {
        return new Const.DictConst(
                List.of(Const.of("splitter"), Const.of("test_size"), Const.of("train_size"), Const.of("random_state"),
                        Const.of("shuffle")),
                List.of(Const.of("train_test_split"), testSize, trainSize, randomState, Const.of(shuffle)));
    }

    private static Const checkedSize(Const size, String name) {
        Const v = size == null ? Const.none() : size;
        return switch (v) {
            case Const.NoneConst n -> v;
            case Const.IntConst i when i.value() > 0 -> v;
            case Const.FloatConst f when f.value() > 0 && f.value() < 1 -> v;
            default -> throw DataOp.error("train_test_split: " + name + " must be None, a float in (0, 1) or a positive"
                    + " int, got " + v.repr(), "e.g. test_size=0.2");
        };
    }
}
