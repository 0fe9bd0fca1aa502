package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.RowPositions;
import java.util.List;
import java.util.Objects;

/** The rows of a frame or column at the positions a {@link RowPositions} resolves to against its row count. */
public record TakeRows(PhysicalOp input, RowPositions positions, Origin origin) implements PhysicalOp {

    public TakeRows {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(positions, "positions");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new TakeRows(in.get(0), positions, origin);
    }

    @Override
    public String kind() {
        return "TakeRows";
    }

    @Override
    public void terms(Terms t) {
        t.item("rows", positions.describe());
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
