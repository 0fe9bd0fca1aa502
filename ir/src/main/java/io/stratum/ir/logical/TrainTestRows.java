package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * One part of scikit-learn's {@code train_test_split(*arrays, test_size, train_size, random_state, shuffle,
 * stratify)} called on a frame or column: the training ({@code test} false) or test rows of {@code input}, in the
 * order scikit-learn returns them. Sizes are None, a float fraction or an int count (test 0.25 when both are None);
 * {@code seed} is used only when shuffling; {@code stratify}, when given, is the column whose classes each part keeps
 * in proportion (scikit-learn's {@code StratifiedShuffleSplit}), else null.
 */
public record TrainTestRows(LogicalNode input, Const testSize, Const trainSize, boolean shuffle, long seed,
                            LogicalNode stratify, boolean test, Origin origin) implements LogicalNode {

    public TrainTestRows {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(testSize, "testSize");
        Objects.requireNonNull(trainSize, "trainSize");
        Objects.requireNonNull(origin, "origin");
        if (stratify != null && !shuffle) {
            throw new IllegalArgumentException("stratified splits shuffle");
        }
    }

    /**
     * The rows of this part when the input has {@code n} rows, as scikit-learn's {@code _validate_shuffle_split} sizes
     * them (a test fraction rounded up, a train fraction down, the missing size the rest); empty when the sizes do not
     * fit {@code n} (the split then fails with scikit-learn's error when it runs).
     */
    public java.util.OptionalLong rows(long n) {
        long nTest = switch (testSize) {
            case Const.FloatConst f -> (long) Math.ceil(f.value() * n);
            case Const.IntConst i -> i.value();
            default -> -1;
        };
        long nTrain = switch (trainSize) {
            case Const.FloatConst f -> (long) Math.floor(f.value() * n);
            case Const.IntConst i -> i.value();
            default -> nTest < 0 ? -1 : n - nTest;
        };
        if (nTest < 0) {
            nTest = n - nTrain;
        }
        if (nTrain <= 0 || nTest <= 0 || nTrain + nTest > n) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.of(test ? nTest : nTrain);
    }

    @Override
    public List<LogicalNode> inputs() {
        return stratify == null ? List.of(input) : List.of(input, stratify);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, stratify == null ? 1 : 2);
        return new TrainTestRows(in.get(0), testSize, trainSize, shuffle, seed, stratify == null ? null : in.get(1), test,
                origin);
    }

    @Override
    public String kind() {
        return "TrainTestRows";
    }

    @Override
    public void terms(Terms t) {
        t.item("part", test ? "test" : "train");
        t.item("test_size", testSize);
        t.item("train_size", trainSize);
        t.item("shuffle", Const.of(shuffle));
        if (shuffle) {
            t.item("random_state", seed);
        }
    }

    @Override
    public boolean equals(Object o) {
        return PlanNode.sameStructure(this, o);
    }

    @Override
    public int hashCode() {
        return fingerprint().hashCode();
    }
}
