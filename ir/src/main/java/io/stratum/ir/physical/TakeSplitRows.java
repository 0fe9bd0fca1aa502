package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * The training or test rows ({@code test}) of scikit-learn's {@code train_test_split} of the input, in scikit-learn's
 * order ({@link io.stratum.ir.logical.TrainTestRows}); {@code stratify} is the operator giving the column to stratify
 * on, or null.
 */
public record TakeSplitRows(PhysicalOp input, Const testSize, Const trainSize, boolean shuffle, long seed,
                            PhysicalOp stratify, boolean test, Origin origin) implements PhysicalOp {

    public TakeSplitRows {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(testSize, "testSize");
        Objects.requireNonNull(trainSize, "trainSize");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return stratify == null ? List.of(input) : List.of(input, stratify);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, stratify == null ? 1 : 2);
        return new TakeSplitRows(in.get(0), testSize, trainSize, shuffle, seed, stratify == null ? null : in.get(1), test,
                origin);
    }

    @Override
    public String kind() {
        return "TakeSplitRows";
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
