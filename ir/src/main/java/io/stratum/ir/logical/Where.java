package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.List;
import java.util.Objects;

/** {@code column.where(condition, other)}: the column's value where the boolean condition holds, else the constant. */
public record Where(LogicalNode input, LogicalNode condition, Const other, Origin origin) implements LogicalNode {

    public Where {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(other, "other");
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input, condition);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 2);
        return new Where(in.get(0), in.get(1), other, origin);
    }

    @Override
    public String kind() {
        return "Where";
    }

    @Override
    public void terms(Terms t) {
        t.item("other", other);
    }

    @Override
    public List<String> inputRoles() {
        return List.of("self", "cond");
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
