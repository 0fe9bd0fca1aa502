package io.stratum.ir.physical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/**
 * Keeps the rows where not any ({@code all} false) or not all ({@code all} true) of the {@code subset} columns
 * (every column when empty) are missing: pandas' {@code dropna}.
 */
public record DropMissingRows(PhysicalOp input, List<String> subset, boolean all, Origin origin) implements PhysicalOp {

    public DropMissingRows {
        Objects.requireNonNull(input, "input");
        subset = List.copyOf(subset);
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<PhysicalOp> inputs() {
        return List.of(input);
    }

    @Override
    public PhysicalOp withInputs(List<PhysicalOp> in) {
        PlanNode.checkArity(this, in, 1);
        return new DropMissingRows(in.get(0), subset, all, origin);
    }

    @Override
    public String kind() {
        return "DropMissingRows";
    }

    @Override
    public void terms(Terms t) {
        if (!subset.isEmpty()) {
            t.item("subset", subset);
        }
        t.item("how", all ? "all" : "any");
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
