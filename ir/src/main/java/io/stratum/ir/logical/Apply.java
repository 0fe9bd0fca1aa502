package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.ColumnSelector;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code .skb.apply(estimator, y=..., cols=[...])}: fit on the training rows, then transform or predict. */
public record Apply(LogicalNode input, LogicalNode estimator, LogicalNode y, Const cols, Origin origin) implements LogicalNode {

    public Apply {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(estimator, "estimator");
        Objects.requireNonNull(cols, "cols");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return y == null ? List.of(input, estimator) : List.of(input, estimator, y);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, y == null ? 2 : 3);
        return new Apply(in.get(0), in.get(1), y == null ? null : in.get(2), cols, origin);
    }

    @Override
    public String kind() {
        return "Apply";
    }

    @Override
    public void terms(Terms t) {
        ColumnSelector selector = selector();
        // A selector shows as skrub writes it; its repr names it as uniquely as its encoding does.
        t.itemIf(!(cols instanceof Const.NoneConst), "cols", selector != null ? Const.of(selector.repr()) : cols);
    }

    @Override
    public List<String> inputRoles() {
        return y == null ? List.of("X", "estimator") : List.of("X", "estimator", "y");
    }

    /** The skrub selector given as {@code cols}, or null when cols is a list of names or absent. */
    public ColumnSelector selector() {
        return ColumnSelector.fromConst(cols);
    }

    /** The columns the estimator transforms, or null for all of them (or for a {@link #selector()}). */
    public List<String> columnList() {
        return cols instanceof Const.ListConst l && selector() == null ? l.asStrings() : null;
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
