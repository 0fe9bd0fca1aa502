package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/** Rows of the input in a stable order of the {@code by} columns, missing values last. */
public record SortRows(PhysicalOp input, List<String> by, List<Boolean> ascending, Origin origin) implements PhysicalOp {

    public SortRows {
        Objects.requireNonNull(input, "input");
        by = List.copyOf(by);
        ascending = List.copyOf(ascending);
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new SortRows(in.get(0), by, ascending, origin);
    }

    @Override
    public String kind() {
        return "SortRows";
    }

    @Override
    public void terms(Terms t) {
        t.item("by", by);
        t.item("ascending", new io.stratum.ir.value.Const.ListConst(ascending.stream().map(io.stratum.ir.value.Const::of).toList(), false));
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
