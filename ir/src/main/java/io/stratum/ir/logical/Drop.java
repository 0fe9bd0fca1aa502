package io.stratum.ir.logical;

import io.stratum.ir.node.Origin;
import io.stratum.ir.node.PlanNode;
import io.stratum.ir.node.Terms;
import io.stratum.ir.value.Const;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** {@code df.drop(columns=[...])}: the frame without those columns. */
public record Drop(LogicalNode input, List<String> columns, Origin origin) implements LogicalNode {

    public Drop {
        Objects.requireNonNull(input, "input");
        columns = List.copyOf(columns);
        Objects.requireNonNull(origin, "origin");
    }

    @Override
    public List<LogicalNode> inputs() {
        return List.of(input);
    }

    @Override
    public LogicalNode withInputs(List<LogicalNode> in) {
        PlanNode.checkArity(this, in, 1);
        return new Drop(in.get(0), columns, origin);
    }

    @Override
    public String kind() {
        return "Drop";
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
