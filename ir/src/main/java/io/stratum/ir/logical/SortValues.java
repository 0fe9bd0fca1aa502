package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import java.util.List;
import java.util.Objects;

/**
 * {@code df.sort_values(by, ascending=..., kind=...)}, missing values last; {@code sortKind} is pandas' {@code kind}:
 * {@code "quicksort"} (pandas' default: numpy's order of equal keys) or {@code "stable"} (also {@code "mergesort"}).
 */
public record SortValues(LogicalNode input, List<String> by, List<Boolean> ascending, String sortKind, Origin origin)
        implements LogicalNode {

    public SortValues(LogicalNode input, List<String> by, List<Boolean> ascending, Origin origin) {
        this(input, by, ascending, "quicksort", origin);
    }

    public SortValues {
        if (!sortKind.equals("quicksort") && !sortKind.equals("stable")) {
            throw new IllegalArgumentException("sort kind " + sortKind);
        }
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
        return new SortValues(in.get(0), by, ascending, sortKind, origin);
    }

    @Override
    public String kind() {
        return "SortValues";
    }

    @Override
    public void terms(Terms t) {
        t.item("by", by);
        t.item("ascending", new io.stratum.ir.value.Const.ListConst(ascending.stream().map(io.stratum.ir.value.Const::of).toList(), false));
        if (!sortKind.equals("quicksort")) {
            t.item("kind", sortKind);
        }
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
