package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/** The rows of input 0 where the boolean column of input 1 is true. */
public record FilterRows(PhysicalOp input, PhysicalOp mask, Origin origin) implements PhysicalOp {

    public FilterRows {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input, mask);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 2);
        return new FilterRows(in.get(0), in.get(1), origin);
    }

    @Override
    public String kind() {
        return "FilterRows";
    }

    @Override
    public void terms(Terms t) {
    }

    @Override
    public List<String> inputRoles() {
        return List.of("of", "mask");
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
