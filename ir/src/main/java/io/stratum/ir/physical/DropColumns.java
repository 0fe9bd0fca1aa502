package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** The frame without {@code columns}. */
public record DropColumns(PhysicalOp input, List<String> columns, Origin origin) implements PhysicalOp {

    public DropColumns {
        Objects.requireNonNull(input, "input");
        columns = List.copyOf(columns);
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new DropColumns(in.get(0), columns, origin);
    }

    @Override
    public String kind() {
        return "DropColumns";
    }

    @Override
    public void terms(Terms t) {
        t.item("columns", columns);
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
