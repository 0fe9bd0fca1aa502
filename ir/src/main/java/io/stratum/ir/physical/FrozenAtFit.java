package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/**
 * skrub's {@code .skb.freeze_after_fit()}: the input's value on a fold's training rows, also when predicting (on the test
 * rows it is not recomputed); before the split, the input's value.
 */
public record FrozenAtFit(PhysicalOp input, Origin origin) implements PhysicalOp {

    public FrozenAtFit {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new FrozenAtFit(in.get(0), origin);
    }

    @Override
    public String kind() {
        return "FrozenAtFit";
    }

    @Override
    public void terms(Terms t) {
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
