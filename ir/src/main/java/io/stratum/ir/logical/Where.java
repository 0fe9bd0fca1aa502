package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/**
 * {@code column.where(condition, other)}: the column's value where the boolean condition holds, else the constant
 * {@code other} or, when {@code otherColumn} is not null, that column's value in the same row.
 */
public record Where(LogicalNode input, LogicalNode condition, Const other, LogicalNode otherColumn, Origin origin)
        implements LogicalNode {

    public Where {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(origin, "origin");
    }

    /** {@code where} with a constant {@code other}. */
    public Where(LogicalNode input, LogicalNode condition, Const other, Origin origin) {
        this(input, condition, other, null, origin);
    }

    @Override
    public List<LogicalNode> inputs() {
        return otherColumn == null ? List.of(input, condition) : List.of(input, condition, otherColumn);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, otherColumn == null ? 2 : 3);
        return new Where(in.get(0), in.get(1), other, otherColumn == null ? null : in.get(2), origin);
    }

    @Override
    public String kind() {
        return "Where";
    }

    @Override
    public void terms(Terms t) {
        if (otherColumn == null) {
            t.item("other", other);
        }
    }

    @Override
    public List<String> inputRoles() {
        return otherColumn == null ? List.of("self", "cond") : List.of("self", "cond", "other");
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
