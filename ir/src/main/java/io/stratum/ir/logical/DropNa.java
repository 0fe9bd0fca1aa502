package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/**
 * {@code df.dropna(subset=..., how=...)}: the rows where any ({@code how="any"}) or all ({@code how="all"}) of the
 * {@code subset} columns (every column when empty) are missing are removed; on a column, its missing rows.
 */
public record DropNa(LogicalNode input, List<String> subset, boolean all, Origin origin) implements LogicalNode {

    public DropNa {
        Objects.requireNonNull(input, "input");
        subset = List.copyOf(subset);
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new DropNa(in.get(0), subset, all, origin);
    }

    @Override
    public String kind() {
        return "DropNa";
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
