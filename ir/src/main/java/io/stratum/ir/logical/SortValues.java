package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/** {@code df.sort_values(by, ascending=...)}, stable, missing values last. */
public record SortValues(LogicalNode input, List<String> by, List<Boolean> ascending, Origin origin) implements LogicalNode {

    public SortValues {
        Objects.requireNonNull(input, "input");
        by = List.copyOf(by);
        ascending = List.copyOf(ascending);
        if (by.isEmpty() || by.size() != ascending.size()) {
            throw new IllegalArgumentException("SortValues needs one ascending flag per column");
        }
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new SortValues(in.get(0), by, ascending, origin);
    }

    @Override
    public String kind() {
        return "SortValues";
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
