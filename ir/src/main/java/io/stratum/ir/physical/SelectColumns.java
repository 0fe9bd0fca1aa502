package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** The frame restricted to {@code columns}, in that order. */
public record SelectColumns(PhysicalOp input, List<String> columns, Origin origin) implements PhysicalOp {

    public SelectColumns {
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
        return new SelectColumns(in.get(0), columns, origin);
    }

    @Override
    public String kind() {
        return "SelectColumns";
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
