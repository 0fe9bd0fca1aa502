package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** Where cross-validation splits rows: training rows when fitting, test rows when predicting. */
public record SplitRows(PhysicalOp input, String role, Origin origin) implements PhysicalOp {

    public SplitRows {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new SplitRows(in.get(0), role, origin);
    }

    @Override
    public String kind() {
        return "SplitRows";
    }

    @Override
    public void terms(Terms t) {
        t.item("role", role);
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
